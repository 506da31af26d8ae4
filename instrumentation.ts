// Runs once when the server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Refuse to start with incomplete configuration, naming what is missing.
  const { serverEnv } = await import("@/lib/env");
  serverEnv();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // The first query of a process pays for connecting and loading Prisma's query compiler (seconds
  // on a busy machine): paid here, not by the first request or the first health check.
  const { db } = await import("@/lib/db");
  const { logger } = await import("@/lib/log/logger");
  db.$queryRaw`SELECT 1`.catch((error: unknown) => logger().warn({ err: error }, "database not reachable at start"));
}
