// `npm run eval`: runs every evaluation module in this folder (`<name>.eval.ts` exporting
// `evaluate(): Promise<EvalSection[]>`) and prints per-set, per-half accuracy with Wilson 95 %
// intervals. `npm run eval -- meta` runs only `meta.eval.ts`. Only failures on a *tune* half may
// drive a change to the parser; a *check* half is looked at only as the number printed here.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type EvalSection, formatSection } from "./format.js";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const modules = readdirSync(here)
  .filter((f) => f.endsWith(".eval.ts"))
  .sort()
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.eval\.ts$/, "")));

for (const file of modules) {
  const mod = (await import(join(here, file))) as { evaluate?: () => Promise<readonly EvalSection[]> };
  if (typeof mod.evaluate !== "function") continue;
  for (const section of await mod.evaluate()) console.log(`\n${formatSection(section)}`);
}
