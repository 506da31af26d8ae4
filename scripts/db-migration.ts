// `npm run db:migration -- <name>`: writes the next migration, the SQL that takes the database
// from what prisma/migrations produces to what prisma/schema.prisma describes, in Prisma's own
// layout (prisma/migrations/<UTC timestamp>_<name>/migration.sql), like `prisma migrate dev
// --create-only` does. Review the file, then apply it with `npm run db:migrate`.
//
// Needs DATABASE_URL: the existing migrations are replayed in a temporary shadow database created
// (and dropped again) on that server, so its user must be allowed to CREATE DATABASE. The
// database itself is not changed.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl } from "@/lib/env";
import { createMigrationSql, MIGRATION_FILE, MIGRATION_LOCK_CONTENT, MIGRATION_LOCK_FILE } from "@/lib/migrations/schema-engine";

const root = fileURLToPath(new URL("..", import.meta.url));
const migrationsDir = join(root, "prisma", "migrations");
const schemaPath = join(root, "prisma", "schema.prisma");

function migrationName(raw: string | undefined): string {
  const name = (raw ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 150);
  if (!name) {
    throw new Error("Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add_claim_tags)");
  }
  return name;
}

function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const name = migrationName(process.argv[2]);
  if (!process.env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. db:migration needs a PostgreSQL server (any database on it; it is not " +
        "changed) to replay the existing migrations in a temporary shadow database, e.g.\n" +
        "  DATABASE_URL=postgresql://postgres:postgres@localhost:5432/claimdesk npm run db:migration -- <name>",
    );
  }
  const url = databaseUrl();
  const sql = await createMigrationSql(url, { schemaPath, migrationsDir });
  if (sql === null) {
    console.log("No difference: prisma/schema.prisma matches prisma/migrations. Nothing written.");
    return;
  }

  const directory = join(migrationsDir, `${utcTimestamp(new Date())}_${name}`);
  if (existsSync(directory)) throw new Error(`${relative(root, directory)} already exists`);
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, MIGRATION_FILE), sql, "utf8");
  const lockPath = join(migrationsDir, MIGRATION_LOCK_FILE);
  if (!existsSync(lockPath)) await writeFile(lockPath, MIGRATION_LOCK_CONTENT, "utf8");

  console.log(`Wrote ${relative(root, join(directory, MIGRATION_FILE))}`);
  console.log("Review it (add anything Prisma cannot express), then apply it with `npm run db:migrate`.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
