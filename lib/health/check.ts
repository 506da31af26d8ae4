import "server-only";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";

export type HealthReport = {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: "current" | "pending" | "unknown";
};

// Below Docker's and compose's 5 s health-check timeout, so a slow database reads as unhealthy, not as a hung check.
const QUERY_TIMEOUT_MS = 3_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function migrationsDir(): string {
  return process.env.CLAIMDESK_MIGRATIONS_DIR ?? join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");
}

async function shippedMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

// A process only ever sees its schema move forward (migrations run before it starts), so once the
// database holds every migration this build ships, that answer is kept for the process's life.
let migrationsKnownCurrent = false;

async function migrationState(dir: string): Promise<HealthReport["migrations"]> {
  if (migrationsKnownCurrent) return "current";
  const [expected, rows] = await Promise.all([
    shippedMigrations(dir),
    withTimeout(
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      QUERY_TIMEOUT_MS,
    ),
  ]);
  const applied = new Set(rows.map((row) => row.migration_name));
  migrationsKnownCurrent = expected.every((name) => applied.has(name));
  return migrationsKnownCurrent ? "current" : "pending";
}

/** One `SELECT 1` with a short timeout, plus the (cached) migration check. Never throws. */
export async function checkHealth(options: { migrationsDir?: string } = {}): Promise<HealthReport> {
  const log = logger().child({ component: "health" });
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, QUERY_TIMEOUT_MS);
  } catch (error) {
    log.warn({ err: error }, "health check: database unreachable");
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  }
  let migrations: HealthReport["migrations"];
  try {
    migrations = await migrationState(options.migrationsDir ?? migrationsDir());
  } catch (error) {
    log.warn({ err: error }, "health check: migration state unknown");
    migrations = "unknown";
  }
  return { status: migrations === "current" ? "ok" : "unavailable", database: "ok", migrations };
}

/** For tests: forget the cached migration answer. */
export function resetHealthCache(): void {
  migrationsKnownCurrent = false;
}
