import { defineConfig } from "prisma/config";

// `prisma generate` needs no database; migrate commands (for users with Prisma's native engines)
// read DATABASE_URL. Our own scripts (scripts/db-migrate.ts) do not go through this file.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claimdesk" },
});
