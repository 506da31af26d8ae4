// ClaimLinkSummary lists, per claim, the other claim of each of its links by kind and direction;
// the CSV export reads its link columns from it (decision 028). Triggers on ClaimLink keep it
// current. These tests hold it to the links themselves, computed here in TypeScript, after every
// kind of write: single and multi-row inserts, deletes, updates that re-point or re-kind a link,
// and claims deleted with their links; and they check that two transactions linking the same
// claim at once both land.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { db, disconnectDb } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { LinkKind } from "@/lib/generated/prisma/enums";
import { articleFactory, userFactory } from "../support/factories";

after(disconnectDb);

type Summary = { contradicts: string[]; supports: string[]; supportedBy: string[]; duplicate: string[]; updates: string[]; supersededBy: string[] };
const COLUMNS = ["contradicts", "supports", "supportedBy", "duplicate", "updates", "supersededBy"] as const;
const SYMMETRIC: LinkKind[] = ["CONTRADICTS", "DUPLICATE"];

/** The summary each claim should have, from its links: the oracle, written apart from the SQL. */
function expectedSummaries(claims: string[], links: { fromClaimId: string; toClaimId: string; kind: LinkKind }[]): Map<string, Summary> {
  const empty = (): Summary => ({ contradicts: [], supports: [], supportedBy: [], duplicate: [], updates: [], supersededBy: [] });
  const byClaim = new Map(claims.map((id) => [id, empty()]));
  const outgoing: Record<LinkKind, keyof Summary> = { CONTRADICTS: "contradicts", SUPPORTS: "supports", DUPLICATE: "duplicate", UPDATES: "updates" };
  const incoming: Record<LinkKind, keyof Summary> = { CONTRADICTS: "contradicts", SUPPORTS: "supportedBy", DUPLICATE: "duplicate", UPDATES: "supersededBy" };
  for (const link of links) {
    byClaim.get(link.fromClaimId)?.[outgoing[link.kind]].push(link.toClaimId);
    byClaim.get(link.toClaimId)?.[incoming[link.kind]].push(link.fromClaimId);
  }
  for (const summary of byClaim.values()) for (const column of COLUMNS) summary[column] = [...new Set(summary[column])].sort();
  return byClaim;
}

/** The stored summaries of these claims (a claim without a row has empty lists). */
async function storedSummaries(claims: string[]): Promise<Map<string, Summary>> {
  const rows = await db.$queryRaw<({ claimId: string } & { [K in keyof Summary]: string[] | null })[]>`
    SELECT "claimId", "contradicts"::text[], "supports"::text[], "supportedBy"::text[], "duplicate"::text[], "updates"::text[], "supersededBy"::text[]
    FROM "ClaimLinkSummary" WHERE "claimId" = ANY(${claims}::uuid[])`;
  const found = new Map(rows.map((row) => [row.claimId, row]));
  return new Map(
    claims.map((id) => {
      const row = found.get(id);
      return [id, Object.fromEntries(COLUMNS.map((column) => [column, row?.[column] ?? []])) as Summary];
    }),
  );
}

async function linksOf(claims: string[]) {
  return db.claimLink.findMany({ where: { OR: [{ fromClaimId: { in: claims } }, { toClaimId: { in: claims } }] }, select: { fromClaimId: true, toClaimId: true, kind: true } });
}

async function assertSummariesMatchLinks(claims: string[], message: string): Promise<void> {
  const existing = (await db.claim.findMany({ where: { id: { in: claims } }, select: { id: true } })).map((claim) => claim.id);
  assert.deepEqual(await storedSummaries(existing), expectedSummaries(existing, await linksOf(existing)), message);
}

let userId = "";
let articleId = "";

async function makeClaims(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const claim = await db.claim.create({
      data: { articleId, start: 0, end: 5, quote: `claim ${index}`, kind: "QUANTITY", createdById: userId, updatedById: userId },
      select: { id: true },
    });
    ids.push(claim.id);
  }
  return ids;
}

/** A link as the application stores it: symmetric kinds from the lower id to the higher. */
function oriented(a: string, b: string, kind: LinkKind) {
  return SYMMETRIC.includes(kind) && a > b ? { fromClaimId: b, toClaimId: a, kind } : { fromClaimId: a, toClaimId: b, kind };
}

before(async () => {
  userId = (await userFactory("EDITOR")).id;
  articleId = (await articleFactory()).id;
});

describe("the claim link summary", () => {
  it("lists each link on both claims, by kind and direction, sorted", async () => {
    const [a, b, c, d, e] = (await makeClaims(5)) as [string, string, string, string, string];
    await db.claimLink.createMany({
      data: [oriented(a, b, "CONTRADICTS"), oriented(a, c, "SUPPORTS"), oriented(d, a, "SUPPORTS"), oriented(a, e, "DUPLICATE"), oriented(a, d, "UPDATES"), oriented(c, a, "UPDATES"), oriented(e, a, "CONTRADICTS")].map((link) => ({ ...link, createdById: userId })),
    });
    const summary = (await storedSummaries([a])).get(a)!;
    assert.deepEqual(summary, {
      contradicts: [b, e].sort(),
      supports: [c],
      supportedBy: [d],
      duplicate: [e],
      updates: [d],
      supersededBy: [c],
    });
    await assertSummariesMatchLinks([a, b, c, d, e], "every claim of the statement");
  });

  it("names a column for every link kind, both ways", async () => {
    for (const kind of Object.values(LinkKind)) {
      for (const outgoing of [true, false]) {
        const [row] = await db.$queryRaw<{ field: string | null }[]>`SELECT claimdesk_claim_link_summary_field(${kind}::"LinkKind", ${outgoing}) AS field`;
        assert.ok(row?.field && (COLUMNS as readonly string[]).includes(row.field), `${kind}, ${outgoing ? "outgoing" : "incoming"}: ${row?.field}`);
      }
    }
  });

  it("follows deletes, updates that re-point or re-kind a link, and claims deleted with their links", async () => {
    const claims = await makeClaims(8);
    const [a, b, c, d, e, f, g, h] = claims as [string, string, string, string, string, string, string, string];
    await db.claimLink.createMany({
      data: [oriented(a, b, "SUPPORTS"), oriented(a, c, "CONTRADICTS"), oriented(b, c, "UPDATES"), oriented(d, e, "DUPLICATE"), oriented(f, a, "SUPPORTS"), oriented(g, h, "CONTRADICTS"), oriented(h, a, "UPDATES")].map((link) => ({ ...link, createdById: userId })),
    });
    await assertSummariesMatchLinks(claims, "after the inserts");

    await db.claimLink.deleteMany({ where: { fromClaimId: a, toClaimId: b } });
    await assertSummariesMatchLinks(claims, "after a delete");
    assert.deepEqual((await storedSummaries([b])).get(b)!.supportedBy, [], "b no longer supported by a");

    // Re-kind: SUPPORTS becomes UPDATES (f → a); re-point: b → c UPDATES becomes b → d.
    await db.claimLink.updateMany({ where: { fromClaimId: f, toClaimId: a }, data: { kind: "UPDATES" } });
    await db.claimLink.updateMany({ where: { fromClaimId: b, toClaimId: c }, data: { toClaimId: d } });
    await assertSummariesMatchLinks(claims, "after the updates");
    // An update that moves nothing (a review) changes nothing.
    await db.claimLink.updateMany({ where: { fromClaimId: { in: claims } }, data: { reviewedAt: new Date() } });
    await assertSummariesMatchLinks(claims, "after an update of other columns");

    // Deleting a claim deletes its links; the other claims lose them.
    await db.claim.delete({ where: { id: a } });
    await assertSummariesMatchLinks(claims, "after a claim was deleted");
    assert.deepEqual((await storedSummaries([c, h])).get(c)!.contradicts, []);
    assert.equal((await db.claimLinkSummary.count({ where: { claimId: a } })), 0, "the deleted claim's summary went with it");

    // Many links in one statement, some claims on several of them.
    await db.claimLink.deleteMany({ where: { OR: [{ fromClaimId: { in: claims } }, { toClaimId: { in: claims } }] } });
    await assertSummariesMatchLinks(claims, "after deleting every link at once");
  });

  it("matches the links after a long run of random writes, and a rebuild gives the same", async () => {
    const claims = await makeClaims(10);
    // A small deterministic generator (mulberry32), so a failure can be replayed.
    let seed = 20261202;
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n | 0;
    };
    const kinds = Object.values(LinkKind);
    for (let step = 0; step < 150; step++) {
      const a = claims[next(claims.length)]!;
      const b = claims[next(claims.length)]!;
      const kind = kinds[next(kinds.length)]!;
      const operation = next(10);
      if (a === b) continue;
      if (operation < 5) {
        await db.$executeRaw`INSERT INTO "ClaimLink" ("id", "fromClaimId", "toClaimId", "kind") VALUES (gen_random_uuid(), ${oriented(a, b, kind).fromClaimId}::uuid, ${oriented(a, b, kind).toClaimId}::uuid, ${kind}::"LinkKind") ON CONFLICT DO NOTHING`;
      } else if (operation < 7) {
        await db.claimLink.deleteMany({ where: { OR: [{ fromClaimId: a }, { toClaimId: a }], kind } });
      } else {
        // Re-kind one of a's links, unless that would duplicate another link.
        const link = await db.claimLink.findFirst({ where: { fromClaimId: a }, select: { id: true, toClaimId: true } });
        if (!link || SYMMETRIC.includes(kind)) continue;
        await db.$executeRaw`UPDATE "ClaimLink" SET "kind" = ${kind}::"LinkKind" WHERE "id" = ${link.id}::uuid
          AND NOT EXISTS (SELECT 1 FROM "ClaimLink" o WHERE o."id" <> ${link.id}::uuid AND o."kind" = ${kind}::"LinkKind"
                          AND least(o."fromClaimId", o."toClaimId") = least(${a}::uuid, ${link.toClaimId}::uuid)
                          AND greatest(o."fromClaimId", o."toClaimId") = greatest(${a}::uuid, ${link.toClaimId}::uuid))`;
      }
    }
    assert.ok((await linksOf(claims)).length > 5, "the run left links to compare");
    await assertSummariesMatchLinks(claims, "after the random writes");

    // The rebuild (for bulk loads and the migration's backfill) agrees with the triggers; rolled back.
    const before = await storedSummaries(claims);
    const rebuilt = await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`SELECT claimdesk_claim_link_summary_rebuild()`;
        const rows = await tx.$queryRaw<{ claimId: string; all: string[] }[]>`
          SELECT "claimId", ARRAY[array_to_string("contradicts", ' '), array_to_string("supports", ' '), array_to_string("supportedBy", ' '),
                                 array_to_string("duplicate", ' '), array_to_string("updates", ' '), array_to_string("supersededBy", ' ')] AS "all"
          FROM "ClaimLinkSummary" WHERE "claimId" = ANY(${claims}::uuid[])`;
        throw Object.assign(new Error("roll back"), { rows });
      })
      .catch((error: { rows?: { claimId: string; all: (string | null)[] }[] }) => {
        if (!error.rows) throw error;
        return error.rows;
      });
    for (const row of rebuilt) {
      const stored = before.get(row.claimId)!;
      assert.deepEqual(row.all.map((text) => (text ? text.split(" ") : [])), COLUMNS.map((column) => stored[column]), `rebuilt summary of ${row.claimId}`);
    }
    assert.ok(rebuilt.length > 0);
  });

  it("keeps both links when two transactions link the same claim at once", async () => {
    const [a, b, c, d, e] = (await makeClaims(5)) as [string, string, string, string, string];
    const first = new pg.Client({ connectionString: databaseUrl() });
    const second = new pg.Client({ connectionString: databaseUrl() });
    await first.connect();
    await second.connect();
    try {
      const insert = (client: pg.Client, from: string, to: string) =>
        client.query(`INSERT INTO "ClaimLink" ("id", "fromClaimId", "toClaimId", "kind") VALUES (gen_random_uuid(), $1, $2, 'SUPPORTS')`, [from, to]);
      const secondPid = (await second.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      // Twice: once when a has no summary row yet (both insert it), once when it has one (both update it).
      for (const [x, y] of [[b, c], [d, e]] as const) {
        await first.query("BEGIN");
        await second.query("BEGIN");
        await insert(first, a, x);
        const waiting = insert(second, a, y);
        // The second statement really waits for the first transaction.
        for (let attempt = 0; ; attempt++) {
          const [row] = await db.$queryRaw<{ wait: string | null }[]>`SELECT wait_event_type AS wait FROM pg_stat_activity WHERE pid = ${secondPid}`;
          if (row?.wait === "Lock") break;
          assert.ok(attempt < 200, "the second transaction never waited for the first");
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        await first.query("COMMIT");
        await waiting;
        await second.query("COMMIT");
      }
      assert.deepEqual((await storedSummaries([a])).get(a)!.supports, [b, c, d, e].sort());
      await assertSummariesMatchLinks([a, b, c, d, e], "after the concurrent links");
    } finally {
      await first.end();
      await second.end();
    }
  });
});
