// The migration tooling against the run's database (already migrated by the test runner): the
// bookkeeping must match `prisma migrate deploy`'s, and the hand-written parts of migration.sql
// must be in force.
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations } from "@/lib/migrations/schema-engine";

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run these tests with `npm run test:integration`");
  return url;
}

async function migrationDirectories(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The PostgreSQL error a promise rejects with, for asserting on its code and constraint. */
async function pgError(promise: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; constraint?: string };
  }
  assert.fail("expected the statement to be rejected");
}

const client = new pg.Client({ connectionString: databaseUrl() });
before(() => client.connect());
after(() => client.end());

describe("migrations", () => {
  it("records exactly one finished row per migration directory", async () => {
    const { rows } = await client.query<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    const directories = await migrationDirectories();
    assert.ok(directories.length > 0, "prisma/migrations has no migration directories");
    assert.deepEqual(
      rows.map((row) => row.migration_name),
      directories,
    );
    for (const row of rows) {
      assert.equal(row.finished, true, `${row.migration_name} is not finished`);
      assert.equal(row.rolled_back, false, `${row.migration_name} is rolled back`);
    }
  });

  it("applies nothing a second time", async () => {
    const { applied } = await applyMigrations(databaseUrl(), { migrationsDir });
    assert.deepEqual(applied, []);
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM _prisma_migrations");
    assert.equal(Number(rows[0]?.count), (await migrationDirectories()).length);
  });

  it("enables pg_trgm", async () => {
    const { rows } = await client.query<{ similarity: number }>("SELECT similarity('claimdesk', 'claimdesks') AS similarity");
    assert.ok((rows[0]?.similarity ?? 0) > 0.5);
  });

  describe("CHECK constraints", () => {
    // Everything happens in a transaction that is rolled back, and each rejected statement in a
    // savepoint, so the shared database is left as it was.
    let fixture: { userId: string; articleId: string } | undefined;

    before(async () => {
      await client.query("BEGIN");
      const { rows } = await client.query<{ userId: string; articleId: string }>(`
        WITH u AS (
          INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
          VALUES (gen_random_uuid(), 'check-' || gen_random_uuid() || '@example.test', 'Check', 'x', now())
          RETURNING id
        ), o AS (
          INSERT INTO "Outlet" (id, name, kind, "updatedAt")
          VALUES (gen_random_uuid(), 'Check outlet ' || gen_random_uuid(), 'NEWSPAPER', now())
          RETURNING id
        )
        INSERT INTO "Article" (id, "outletId", title, body, "contentHash", "updatedAt")
        SELECT gen_random_uuid(), o.id, 'Check', 'Forty-two people attended.', gen_random_uuid()::text, now() FROM o
        RETURNING (SELECT id FROM u) AS "userId", id AS "articleId"`);
      fixture = rows[0];
    });

    after(() => client.query("ROLLBACK"));

    function insertClaim(span: { start: number; end: number; value?: number; valueMax?: number }) {
      const { userId, articleId } = fixture ?? assert.fail("fixture rows missing");
      return client.query<{ id: string }>(
        `INSERT INTO "Claim" (id, "articleId", start, "end", value, "valueMax", quote, kind,
                              "createdById", "updatedById", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'Forty-two', 'QUANTITY', $6, $6, now())
         RETURNING id`,
        [articleId, span.start, span.end, span.value ?? null, span.valueMax ?? null, userId],
      );
    }

    async function rejected(statement: () => Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
      await client.query("SAVEPOINT attempt");
      const error = await pgError(statement());
      await client.query("ROLLBACK TO SAVEPOINT attempt");
      return error;
    }

    it("accepts a valid claim", async () => {
      const { rowCount } = await insertClaim({ start: 0, end: 9, value: 40, valueMax: 45 });
      assert.equal(rowCount, 1);
    });

    it("rejects a claim whose end is not after its start", async () => {
      for (const span of [{ start: 5, end: 5 }, { start: 6, end: 5 }]) {
        const error = await rejected(() => insertClaim(span));
        assert.equal(error.code, "23514");
        assert.equal(error.constraint, "Claim_span_check");
      }
    });

    it("rejects a negative start", async () => {
      const error = await rejected(() => insertClaim({ start: -1, end: 5 }));
      assert.equal(error.constraint, "Claim_span_check");
    });

    it("rejects a range whose maximum is below its value", async () => {
      const error = await rejected(() => insertClaim({ start: 0, end: 9, value: 45, valueMax: 40 }));
      assert.equal(error.code, "23514");
      assert.equal(error.constraint, "Claim_value_range_check");
    });

    it("rejects a link from a claim to itself", async () => {
      const { rows } = await insertClaim({ start: 0, end: 9 });
      const claimId = rows[0]?.id ?? assert.fail("claim not created");
      const error = await rejected(() =>
        client.query(
          `INSERT INTO "ClaimLink" (id, "fromClaimId", "toClaimId", kind) VALUES (gen_random_uuid(), $1, $1, 'DUPLICATE')`,
          [claimId],
        ),
      );
      assert.equal(error.code, "23514");
      assert.equal(error.constraint, "ClaimLink_not_self_check");
    });
  });
});
