#!/usr/bin/env node
// Makes sure the Debian packages the tests need are installed. As root (CI, a fresh
// container) it installs the missing ones with apt-get; otherwise it stops and names them.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const { packages } = JSON.parse(readFileSync(new URL("./system-packages.json", import.meta.url), "utf8"));
const names = Object.keys(packages);

function installed(name) {
  // dpkg-query's own format field, not a JavaScript placeholder
  const r = spawnSync("dpkg-query", ["-W", `-f=\${Status}`, name], {
    encoding: "utf8",
  });
  return r.status === 0 && r.stdout.includes("install ok installed");
}

const missing = names.filter((n) => !installed(n));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `xxgk-lab: these Debian packages are missing: ${missing.join(" ")}\n` +
      `install them with:  sudo apt-get install -y --no-install-recommends ${missing.join(" ")}`,
  );
  process.exit(1);
}
console.error(`xxgk-lab: installing Debian packages: ${missing.join(" ")}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { stdio: "inherit", env });
const still = missing.filter((n) => !installed(n));
if (still.length > 0) {
  console.error(`xxgk-lab: apt-get did not install: ${still.join(" ")}`);
  process.exit(1);
}
