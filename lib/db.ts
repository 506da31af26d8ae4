import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/** The client handed to callbacks of db.$transaction(). */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient };

// Without it a pool waits forever for a server that does not answer, and so does every request.
const CONNECT_TIMEOUT_MS = 5_000;

function createClient(): PrismaClient {
  const log = logger().child({ component: "db" });
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
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
}
