// The production server, bundled by `npm run build` into dist/serve.mjs and run by plain Node (the
// Docker image has no tsx or dev tools). It is Next's request handler inside our own HTTP server,
// for two things `next start` cannot give:
// - every request runs with its id in AsyncLocalStorage, so its query and error logs carry it;
// - SIGTERM/SIGINT drain in-flight requests (up to SHUTDOWN_DEADLINE_MS), then exit 0.
// `--prepare` first applies pending migrations (and loads the demo data when CLAIMDESK_DEMO_DATA
// is true): the container's start. See docs/decisions/018-production-image-and-shutdown.md.
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { requestIdFrom, runWithRequestContext } from "@/lib/log/context";
import { logger } from "@/lib/log/logger";
import { createGracefulServer } from "@/lib/server/graceful";
import { DEMO_REACHABLE_WARNING, demoDataEnabled, listenAddress } from "@/lib/server/listen-address";

const SHUTDOWN_DEADLINE_MS = Number(process.env.SHUTDOWN_DEADLINE_MS ?? 10_000);
const dir = process.cwd();
const log = logger().child({ component: "server" });

function port(): number {
  const value = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}".`);
  return value;
}

async function prepare(): Promise<void> {
  const { databaseUrl } = await import("@/lib/env");
  const { applyMigrations } = await import("@/lib/migrations/schema-engine");
  const { applied } = await applyMigrations(databaseUrl(), { migrationsDir: join(dir, "prisma", "migrations") });
  log.info({ applied }, applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");
  if (demoDataEnabled(process.env)) {
    const { seedDemoData } = await import("@/lib/demo/seed");
    const { seeded } = await seedDemoData();
    log.info(seeded ? "loaded the demo data" : "demo data already present");
  }
}

/** The configuration `next build` recorded, so the server needs neither next.config.js nor its imports. */
function builtConfig(): Record<string, unknown> {
  const file = join(dir, ".next", "required-server-files.json");
  if (!existsSync(file)) throw new Error("No production build found (.next/required-server-files.json): run `npm run build` first.");
  return (JSON.parse(readFileSync(file, "utf8")) as { config: Record<string, unknown> }).config;
}

async function main(): Promise<void> {
  if (process.argv.includes("--prepare")) await prepare();

  const config = builtConfig();
  // What Next's own standalone server.js does: later config lookups inside Next read it from here.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  const { host, demoReachable } = listenAddress(process.env, { demoData: demoDataEnabled(process.env) });
  const listenPort = port();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: host, port: listenPort, conf: config });
  const handle = app.getRequestHandler();
  await app.prepare();

  const { server, inFlight, stop: drain } = createGracefulServer((request: IncomingMessage, response: ServerResponse) => {
    const requestId = requestIdFrom(request.headers["x-request-id"]);
    const started = process.hrtime.bigint();
    response.setHeader("X-Request-Id", requestId);
    response.once("close", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (request.url ?? "").split("?", 1)[0] ?? "";
      const line = { requestId, method: request.method, path, status: response.statusCode, durationMs: Math.round(durationMs) };
      if (path.startsWith("/_next/static/")) log.debug(line, "request");
      else log.info(line, "request");
    });
    void runWithRequestContext({ requestId }, () => handle(request, response)).catch((error: unknown) => {
      runWithRequestContext({ requestId }, () => log.error({ err: error }, "unhandled request error"));
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout (60 s)

  let stopping = false;
  async function stop(signal: NodeJS.Signals): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight: inFlight() }, "stopping: no new connections, finishing requests in flight");
    const { forced } = await drain(SHUTDOWN_DEADLINE_MS);
    if (forced) log.warn({ forced }, `requests still running after ${SHUTDOWN_DEADLINE_MS} ms: their connections were closed`);
    await app.close().catch((error: unknown) => log.warn({ err: error }, "Next did not close cleanly"));
    const prisma = (globalThis as { claimdeskPrisma?: { $disconnect(): Promise<void> } }).claimdeskPrisma;
    await prisma?.$disconnect().catch(() => undefined);
    log.info("stopped");
    process.exit(0);
  }
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenPort, host, resolve);
  });
  log.info({ host, port: listenPort }, `listening on http://${host.includes(":") ? `[${host}]` : host}:${listenPort}`);
  if (demoReachable) log.warn(DEMO_REACHABLE_WARNING);
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, error instanceof Error ? error.message : "server failed to start");
  process.exit(1);
});
