// `npm run bench`: runs every bench module (bench/<stage>.ts exporting `bench({quick})`) and prints
// their figures (`--sizes 10000,100000` sets the end-to-end corpus sizes). Every figure is a ratio against a baseline measured in the same run, because these
// machines are shared and noisy. `npm run bench -- --quick` runs smaller corpora.
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
// module names; the value after --sizes (read by pipeline.ts) is not one
const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--sizes");
const modules = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && f !== "fuzz.ts" && !f.startsWith("_"))
  .sort()
  .filter((f) => only.length === 0 || only.includes(basename(f, ".ts")));

for (const file of modules) {
  const mod = (await import(join(here, file))) as {
    bench?: (o: { quick: boolean }) => Promise<Record<string, unknown>>;
  };
  if (typeof mod.bench !== "function") continue;
  console.log(`\n== ${basename(file, ".ts")} ==`);
  const figures = await mod.bench({ quick });
  for (const [k, v] of Object.entries(figures))
    console.log(`${k.padEnd(48)} ${typeof v === "number" ? +v.toFixed(3) : JSON.stringify(v)}`);
}
