// Runs `prisma generate` without Prisma's native schema engine. Generating the client never uses
// that engine, but the CLI insists on locating it and tries to download it when it is missing,
// which fails offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the
// check. See docs/decisions/001-migrations-through-the-wasm-schema-engine.md.
// Its output (a banner and tips) is shown only when it fails: `npm start` runs this every time.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = join(mkdtempSync(join(tmpdir(), "claimdesk-prisma-")), "schema-engine");
  writeFileSync(placeholder, "");
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
const result = spawnSync("npx", ["prisma", "generate"], { env, encoding: "utf8" });
if (result.status !== 0) {
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
}
process.exit(result.status ?? 1);
