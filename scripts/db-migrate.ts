// `npm run db:migrate`: applies the migrations in prisma/migrations that DATABASE_URL has not
// recorded yet. Equivalent to `prisma migrate deploy` (same `_prisma_migrations` bookkeeping), but
// without Prisma's native engine, which cannot be downloaded everywhere.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl } from "@/lib/env";
import { applyMigrations } from "@/lib/migrations/schema-engine";

const migrationsDir = join(fileURLToPath(new URL("..", import.meta.url)), "prisma", "migrations");

async function main(): Promise<void> {
  const { applied } = await applyMigrations(databaseUrl(), { migrationsDir });
  if (applied.length === 0) {
    console.log("No pending migrations.");
    return;
  }
  console.log(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"}:`);
  for (const name of applied) console.log(`  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
