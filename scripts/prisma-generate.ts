// Runs `prisma generate` without Prisma's native schema engine. Generating the client never uses
// that engine, but the CLI insists on locating it and tries to download it when it is missing,
// which fails offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the
// check. See docs/decisions/001-migrations-through-the-wasm-schema-engine.md.
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
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
