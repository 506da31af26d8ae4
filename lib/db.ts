import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/** The client handed to callbacks of db.$transaction(). */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient; claimdeskPool?: pg.Pool };

// Without it a pool waits forever for a server that does not answer, and so does every request.
const CONNECT_TIMEOUT_MS = 5_000;

/** The connection pool under the Prisma client, which arrayRows() below reads through as well. */
function pool(): pg.Pool {
  globalForPrisma.claimdeskPool ??= new pg.Pool({ connectionString: databaseUrl(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  return globalForPrisma.claimdeskPool;
}

function createClient(): PrismaClient {
  const log = logger().child({ component: "db" });
  const client = new PrismaClient({
    // The client owns the pool: $disconnect() ends it.
    adapter: new PrismaPg(pool(), { disposeExternalPool: true }),
    log: [
      { emit: "event", level: "query" },
      { emit: "event", level: "warn" },
      { emit: "event", level: "error" },
    ],
  });
  // Query events fire inside the query's own async context, so these lines carry the request id.
  // The text is logged without its parameters, which can hold personal data.
  client.$on("query", (event) => {
    if (log.isLevelEnabled("debug")) log.debug({ durationMs: event.duration, query: event.query }, "query");
  });
  client.$on("warn", (event) => log.warn({ target: event.target }, event.message));
  // Debug only: expected failures (a unique violation the caller turns into a 409) arrive here too;
  // unexpected ones reach the route's error handler, which logs them as errors.
  client.$on("error", (event) => log.debug({ target: event.target }, event.message));
  return client;
}

function client(): PrismaClient {
  // Cached on globalThis so that Next's hot reload and repeated imports share one pool.
  globalForPrisma.claimdeskPrisma ??= createClient();
  return globalForPrisma.claimdeskPrisma;
}

/**
 * The one Prisma client. Created on first use rather than at import, so that `next build` and
 * scripts that choose their database at run time can import modules that use it.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  if (globalForPrisma.claimdeskPrisma) {
    await globalForPrisma.claimdeskPrisma.$disconnect();
    globalForPrisma.claimdeskPrisma = undefined;
  }
  if (globalForPrisma.claimdeskPool) {
    // Still open when the client was never created (only arrayRows() used it), or if $disconnect left it.
    if (!globalForPrisma.claimdeskPool.ended) await globalForPrisma.claimdeskPool.end();
    globalForPrisma.claimdeskPool = undefined;
  }
}

/**
 * A read whose rows go straight out again, as arrays of the driver's values, through the same
 * pool as the client. For the CSV export's batches only (decision 026): passed through the
 * ORM's raw query, each batch's rows were copied twice more, and the server's heap grew three
 * times as large during an export. Dates in `sql` are sent as ISO 8601 UTC, which is what the
 * timestamp columns hold; select timestamps as text (the driver would read them as local time).
 */
export async function arrayRows<Row extends unknown[]>(sql: Prisma.Sql): Promise<Row[]> {
  const values = sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const result = await pool().query<Row>({ text: sql.text, values, rowMode: "array" });
  return result.rows;
}
