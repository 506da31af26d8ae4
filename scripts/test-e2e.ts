// `npm run test:e2e`: Playwright against the production build, on a fresh database of its own.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { createFreshTestDatabase, freePort } from "@/lib/testing/postgres";
import { ensureBuilt } from "./build";

const database = await createFreshTestDatabase();
let exitCode = 1;
try {
  await applyMigrations(database.url, { migrationsDir: join(process.cwd(), "prisma", "migrations") });
  await ensureBuilt();
  mkdirSync("tests/e2e/.artifacts/screens", { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "end-to-end-test-secret-not-for-production",
    E2E_PORT: String(await freePort()),
    NEXT_TELEMETRY_DISABLED: "1",
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    // The specs create their data through lib/ (factories), which is server-only code.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=react-server"].filter(Boolean).join(" "),
  };
  exitCode = await new Promise<number>((resolve) => {
    const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
} finally {
  await database.drop();
}
process.exit(exitCode);
