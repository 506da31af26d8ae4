// Builds the Next.js app only when its inputs changed since the last build, so `npm start` and the
// end-to-end tests do not pay for a two-minute build on every run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BUILD_INPUTS = ["app", "components", "lib", "types", "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json", "instrumentation.ts", "proxy.ts", "public"];

function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (path.endsWith("generated")) return;
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const entry of BUILD_INPUTS) visit(join(root, entry));
  return hash.digest("hex");
}

function runOrFail(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit code ${result.status}).`);
}

export function generatePrismaClient(env: NodeJS.ProcessEnv = process.env): void {
  runOrFail("npx", ["tsx", "scripts/prisma-generate.ts"], env);
}

/** Generates the Prisma client and runs `next build` if the sources changed (or `force`). Returns whether it built. */
export function ensureBuilt(root = process.cwd(), env: NodeJS.ProcessEnv = process.env, options: { force?: boolean } = {}): boolean {
  generatePrismaClient(env);
  const fingerprintFile = join(root, ".next", "claimdesk-build-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const upToDate = existsSync(join(root, ".next", "BUILD_ID")) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint;
  if (upToDate && !options.force) return false;
  console.log("Building the app (first run or sources changed; this takes a minute or two)…");
  runOrFail("npx", ["next", "build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(fingerprintFile, fingerprint);
  return true;
}

// `npm run build`: always builds, and records the fingerprint so a later `npm start` (e.g. in the
// Docker image) reuses this build instead of building again.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureBuilt(process.cwd(), process.env, { force: true });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
