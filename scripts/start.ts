// `npm start`: the one command that brings Claimdesk up.
// - DATABASE_URL unset → an embedded PostgreSQL whose data lives in .data/postgres (kept between
//   runs), with the demo data loaded on first start.
// - DATABASE_URL set → that server; demo data only when CLAIMDESK_DEMO_DATA=true.
// Then: apply migrations, build the app if the sources changed since the last build, serve on PORT.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { startEmbeddedPostgres } from "@/lib/testing/postgres";
import { ensureBuilt, generatePrismaClient } from "./build";

const ROOT = process.cwd();
const DATA_DIR = join(ROOT, ".data");
const devMode = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(2);
}

mkdirSync(DATA_DIR, { recursive: true });
let stopDatabase: (() => Promise<void>) | undefined;
let server: ChildProcess | undefined;
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  shuttingDown = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server?.once("exit", resolve));
  }
  // Stopped only after the app's connections are gone, or PostgreSQL waits for them.
  await stopDatabase?.();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function persistentSecret(): string {
  const file = join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function waitForServer(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server?.exitCode !== null) return false;
    try {
      const response = await fetch(`${url}/login`, { redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return false;
}

async function main(): Promise<void> {
  const embedded = !process.env.DATABASE_URL;
  if (embedded) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    console.log(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/postgres, port ${pgPort}).`);
    const database = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "postgres"), port: pgPort, persistent: true });
    stopDatabase = database.stop;
    process.env.DATABASE_URL = await database.ensureDatabase("claimdesk");
  }
  process.env.NEXTAUTH_SECRET ??= persistentSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const { applied } = await applyMigrations(process.env.DATABASE_URL!, { migrationsDir: join(ROOT, "prisma", "migrations") });
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  const loadDemo = embedded || process.env.CLAIMDESK_DEMO_DATA === "true";
  if (loadDemo) {
    const { seedDemoData } = await import("@/lib/demo/seed");
    const { seeded } = await seedDemoData();
    console.log(seeded ? "Loaded the demo data." : "Demo data already present.");
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
  }

  const env = { ...process.env };
  if (devMode) generatePrismaClient(env);
  else if (!ensureBuilt(ROOT, env)) console.log("Using the existing build (sources unchanged).");

  // Node runs Next's CLI directly (not through npx) so that stopping `server` stops the app itself.
  const nextCli = join(ROOT, "node_modules", "next", "dist", "bin", "next");
  server = spawn(process.execPath, [nextCli, devMode ? "dev" : "start", "--port", String(port)], { stdio: ["ignore", "inherit", "inherit"], env });
  server.on("exit", (code) => {
    if (shuttingDown) return;
    console.error(`The app server stopped unexpectedly (exit code ${code}).`);
    void shutdown(code ?? 1);
  });

  const url = `http://localhost:${port}`;
  if (await waitForServer(url)) {
    const { demoUsers, DEMO_PASSWORD } = await import("@/lib/demo/content");
    console.log(`\nClaimdesk is running at ${url}`);
    if (loadDemo) {
      console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
      for (const user of Object.values(demoUsers)) console.log(`  ${user.role.padEnd(9)} ${user.email}`);
    }
    console.log("Press Ctrl+C to stop.\n");
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
