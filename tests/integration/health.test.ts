// GET /api/health against the run's (migrated) database, one with a migration it lacks, and a
// database server that is not there.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { GET } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db";
import { resetHealthCache } from "@/lib/health/check";
import { freePort } from "@/lib/testing/postgres";

const shippedMigrations = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const runDatabaseUrl = process.env.DATABASE_URL;

afterEach(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = runDatabaseUrl;
  delete process.env.CLAIMDESK_MIGRATIONS_DIR;
  resetHealthCache();
});

describe("GET /api/health", () => {
  it("answers 200 with every part ok when the database is up and migrated", async () => {
    const response = await GET();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("cache-control"), "no-store");
    assert.deepEqual(await response.json(), { status: "ok", database: "ok", migrations: "current" });
  });

  it("answers 503 naming the migrations when the build ships one the database lacks", async () => {
    const dir = await mkdtemp(join(tmpdir(), "claimdesk-migrations-"));
    try {
      await cp(shippedMigrations, dir, { recursive: true });
      await mkdir(join(dir, "29991231000000_not_applied_yet"));
      process.env.CLAIMDESK_MIGRATIONS_DIR = dir;
      const response = await GET();
      assert.equal(response.status, 503);
      assert.deepEqual(await response.json(), { status: "unavailable", database: "ok", migrations: "pending" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("answers 503 naming the database, quickly, when the database server is down", async () => {
    // A port nothing listens on: the same refusal a stopped PostgreSQL gives.
    const url = new URL(runDatabaseUrl ?? "postgresql://postgres@127.0.0.1/claimdesk");
    url.hostname = "127.0.0.1";
    url.port = String(await freePort());
    await disconnectDb();
    process.env.DATABASE_URL = url.toString();
    const started = Date.now();
    const response = await GET();
    assert.equal(response.status, 503);
    assert.ok(response.headers.get("retry-after"));
    assert.deepEqual(await response.json(), { status: "unavailable", database: "unreachable", migrations: "unknown" });
    assert.ok(Date.now() - started < 3_000, "the check gives up within its timeout");
  });
});
