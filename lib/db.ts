import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

/** The client handed to callbacks of db.$transaction(). */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: PrismaClient };

function client(): PrismaClient {
  // Cached on globalThis so that Next's hot reload and repeated imports share one pool.
  globalForPrisma.claimdeskPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl() }),
  });
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
