// `npm run test:mutation:changed`: mutation testing over only those pure-rule files a branch
// changed, which is what CI runs (all of them take far longer than CI's 10-minute budget on two
// cores; see the README). The base is MUTATION_BASE, else main.
import { spawnSync } from "node:child_process";
import { PURE_RULES } from "../stryker.config.mjs";

const base = process.env.MUTATION_BASE || "main";
const diff = spawnSync("git", ["diff", "--name-only", `${base}...HEAD`], { encoding: "utf8" });
if (diff.status !== 0) {
  console.error(`Cannot compare with ${base}: ${diff.stderr.trim()}. Set MUTATION_BASE to the branch this one starts from.`);
  process.exit(1);
}
const changed = new Set(diff.stdout.split("\n").map((line) => line.trim()));
const files = PURE_RULES.filter((file) => changed.has(file));
if (files.length === 0) {
  console.log(`No mutated file changed since ${base} (${PURE_RULES.join(", ")}); nothing to mutate.`);
  process.exit(0);
}
console.log(`Mutating the changed rules: ${files.join(", ")}`);
const run = spawnSync("npx", ["stryker", "run"], { stdio: "inherit", env: { ...process.env, MUTATE_FILES: files.join(",") } });
process.exit(run.status ?? 1);
