// Scale: the hot queries' plans (a cursor or filter that falls back to a sequential scan fails
// here, long before it fails at a million claims), keyset paging over equal timestamps, the export
// stopping cleanly when the client goes away, equality filters that are not patterns, and the
// per-subject counts the compare page reads.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { GET as listArticlesRoute } from "@/app/api/v1/articles/route";
import { GET as listClaimsRoute } from "@/app/api/v1/claims/route";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { articlePageKeysSql } from "@/lib/articles/queries";
import { claimPageKeysSql } from "@/lib/claims/queries";
import { listClaimHistory } from "@/lib/claims/workspace";
import { contradictionPageKeysSql, listContradictions } from "@/lib/contradictions/queries";
import { db, disconnectDb } from "@/lib/db";
import { csvBatchSql } from "@/lib/export/csv-sql";
import { EXPORT_BATCH_SIZE, exportBatchClaimsSql, exportWhereSql, readExportBatch } from "@/lib/export/stream";
import { Prisma } from "@/lib/generated/prisma/client";
import { subjectFiguresSql, subjectPageKeysSql } from "@/lib/compare/queries";
import { createLink } from "@/lib/links/mutations";
import { encodeCursor } from "@/lib/pagination/cursor";
import { listArticlesQuerySchema } from "@/lib/validation/articles";
import { listClaimsQuerySchema } from "@/lib/validation/claims";
import { exportQuerySchema } from "@/lib/validation/export";
import { articleFactory, bearer, outletFactory, tokenFactory, userFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;

const unique = crypto.randomUUID().slice(0, 8);
const CLAIMS = 2 * EXPORT_BATCH_SIZE + 350;
/** Claims share a createdAt in groups of this size, so batch and page boundaries fall inside groups. */
const SAME_TIME = 7;
const SUBJECT = `Displaced families ${unique}`;
const RARE_WORD = `zorbulant${unique.replace(/\d/g, "")}`;

/** Links made between the fixture's claims: half contradicts, half supports. */
const LINKS = 400;
let openContradictions = 0;

let fixture: { articleId: string; otherArticleId: string; outletId: string; speakerId: string; secret: string; userId: string };

before(async () => {
  const { user, secret } = await tokenFactory("EDITOR");
  const outlet = await outletFactory(`Scale Courier ${unique}`);
  const article = await articleFactory({ outletId: outlet.id, title: `Scale ${unique}`, body: `Camp officials counted the families; the ${RARE_WORD} register agrees.` });
  const other = await articleFactory({ outletId: outlet.id, title: `Scale other ${unique}` });
  const speaker = await db.actor.create({ data: { name: `Camp Director ${unique}`, kind: "PERSON", aliases: { create: { alias: `Director ${unique}`, normalized: `director ${unique}` } } } });
  // Several authors, as in a real newsroom: with one, an index led by the author would look as
  // good to the planner as the filter's own index, and the plans asserted below would vary.
  const authors = [user.id, ...(await Promise.all([userFactory("EDITOR"), userFactory("EDITOR"), userFactory("REVIEWER")])).map((author) => author.id)];
  const base = new Date("2025-03-01T08:00:00.000Z").getTime();
  for (let offset = 0; offset < CLAIMS; offset += 500) {
    await db.claim.createMany({
      data: Array.from({ length: Math.min(500, CLAIMS - offset) }, (_, index) => {
        const n = offset + index;
        return {
          articleId: n % 10 === 0 ? other.id : article.id,
          start: 0,
          end: 4,
          quote: "Camp",
          kind: n % 2 === 0 ? ("QUANTITY" as const) : ("EVENT" as const),
          // Mixed case: the filter and the counts treat them as one subject.
          subject: n % 3 === 0 ? SUBJECT.toUpperCase() : SUBJECT,
          speakerId: n % 4 === 0 ? speaker.id : null,
          status: n % 5 === 0 ? ("VERIFIED" as const) : ("DRAFT" as const),
          note: n === 1234 ? `checked in the ${RARE_WORD} register` : null,
          createdById: authors[n % authors.length]!,
          updatedById: user.id,
          createdAt: new Date(base + Math.floor(n / SAME_TIME) * 1000),
        };
      }),
    });
  }
  // Contradicts links between neighbouring claims (and as many of other kinds, which the list
  // must not show), created in groups sharing a createdAt, like the claims.
  const claimIds = (await db.claim.findMany({ where: { articleId: { in: [article.id, other.id] } }, orderBy: { id: "asc" }, select: { id: true, status: true } }));
  const links = Array.from({ length: LINKS }, (_, n) => {
    const [a, b] = [claimIds[2 * n]!, claimIds[2 * n + 1]!];
    return { fromClaimId: a.id, toClaimId: b.id, kind: n % 2 === 0 ? ("CONTRADICTS" as const) : ("SUPPORTS" as const), createdById: user.id, createdAt: new Date(base + Math.floor(n / SAME_TIME) * 1000), open: a.status !== "VERIFIED" || b.status !== "VERIFIED" };
  });
  await db.claimLink.createMany({ data: links.map(({ open: _open, ...link }) => link) });
  openContradictions = links.filter((link) => link.kind === "CONTRADICTS" && link.open).length;
  await db.$executeRawUnsafe(`ANALYZE "Claim"`);
  await db.$executeRawUnsafe(`ANALYZE "Article"`);
  await db.$executeRawUnsafe(`ANALYZE "ClaimLink"`);
  fixture = { articleId: article.id, otherArticleId: other.id, outletId: outlet.id, speakerId: speaker.id, secret, userId: user.id };
});

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Index Cond"?: string; Filter?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * The plan PostgreSQL picks with sequential scans priced out of reach: a table it still reads
 * sequentially is one no index can serve for this query. (On a table this small it might
 * otherwise prefer a scan, or a bitmap, for cheapness, which would hide the defect.)
 */
async function planOf(sql: Prisma.Sql, { fullText = false } = {}): Promise<PlanNode[]> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    // B-tree paths as plain index scans, where a cursor is either an index condition or a filter;
    // full-text matches only through the GIN index (bitmap scans), never a b-tree walk with a filter.
    await tx.$executeRawUnsafe(fullText ? "SET LOCAL enable_indexscan = off" : "SET LOCAL enable_bitmapscan = off");
    const rows = await tx.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
    return nodes(rows[0]!["QUERY PLAN"][0]!.Plan);
  });
}

function assertIndexed(plan: PlanNode[], table: string, label: string): PlanNode[] {
  const onTable = plan.filter((node) => node["Relation Name"] === table);
  assert.ok(onTable.length > 0, `${label}: the plan reads ${table}`);
  for (const node of onTable) assert.notEqual(node["Node Type"], "Seq Scan", `${label}: ${table} is read by a sequential scan`);
  return onTable;
}

/** The cursor must be part of an index condition (a range), not a filter applied to every row from the start. */
function assertCursorIsIndexRange(plan: PlanNode[], label: string): void {
  const claimNodes = plan.filter((node) => node["Relation Name"] === "Claim");
  assert.ok(
    claimNodes.some((node) => /ROW\(.*"createdAt".*\bid\b.*\)\s*[<>]\s*ROW\(/.test(node["Index Cond"] ?? "")),
    `${label}: the (createdAt, id) cursor is not an index range: ${JSON.stringify(claimNodes.map((node) => ({ type: node["Node Type"], index: node["Index Name"], cond: node["Index Cond"], filter: node.Filter })))}`,
  );
}

const cursorInTheMiddle = () => ({ createdAt: new Date("2025-03-01T08:02:00.000Z"), id: "01900000-0000-7000-8000-000000000000" });

describe("query plans of the hot queries (EXPLAIN, sequential scans priced out)", () => {
  const listCases: [string, Record<string, string>][] = [
    ["no filter", {}],
    ["status", { status: "VERIFIED" }],
    ["kind", { kind: "EVENT" }],
    ["articleId", { articleId: "" }],
    ["subject (any case)", { subject: SUBJECT.toLowerCase() }],
    ["speaker by id", { speaker: "" }],
    ["speaker by name", { speaker: `camp director ${unique}` }],
  ];
  for (const [label, raw] of listCases) {
    it(`claims list, ${label}: an index range from the cursor`, async () => {
      const params = { ...raw };
      if ("articleId" in params) params.articleId = fixture.articleId;
      if (params.speaker === "") params.speaker = fixture.speakerId;
      for (const sort of ["newest", "oldest"]) {
        const query = listClaimsQuerySchema.parse({ ...params, sort, cursor: encodeCursor(cursorInTheMiddle()) });
        const plan = await planOf(claimPageKeysSql(query));
        assertIndexed(plan, "Claim", `${label}, ${sort}`);
        assertCursorIsIndexRange(plan, `${label}, ${sort}`);
      }
    });
  }

  it("claims list, q: the full-text index, no scan", async () => {
    const plan = await planOf(claimPageKeysSql(listClaimsQuerySchema.parse({ q: RARE_WORD })), { fullText: true });
    assertIndexed(plan, "Claim", "q");
    // The bitmap index scan node names the index; the heap scan above it names the table.
    assert.ok(plan.some((node) => node["Index Name"] === "Claim_searchVector_idx"), `q uses the search vector's index: ${JSON.stringify(plan.map((node) => [node["Node Type"], node["Index Name"]]))}`);
  });

  it("articles list, with and without q: index-backed, the cursor a range", async () => {
    const paged = await planOf(articlePageKeysSql(listArticlesQuerySchema.parse({ cursor: encodeCursor(cursorInTheMiddle()) })));
    assertIndexed(paged, "Article", "articles");
    assert.ok(
      paged.some((node) => /ROW\(.*"createdAt".*\)\s*<\s*ROW\(/.test(node["Index Cond"] ?? "")),
      `the articles cursor is an index range: ${JSON.stringify(paged.map((node) => [node["Node Type"], node["Index Name"], node["Index Cond"], node.Filter]))}`,
    );
    const searched = await planOf(articlePageKeysSql(listArticlesQuerySchema.parse({ q: RARE_WORD })), { fullText: true });
    assertIndexed(searched, "Article", "articles q");
    assert.ok(searched.some((node) => node["Index Name"] === "Article_searchVector_idx"), "articles q uses the search vector's index");
  });

  for (const filter of ["status", "articleId", "subject", "speaker", "kind"] as const) {
    it(`export batch filtered by ${filter}: an index led by the filter, the cursor a range`, async () => {
      const values = { status: "VERIFIED", articleId: fixture.articleId, subject: SUBJECT, speaker: fixture.speakerId, kind: "QUANTITY" };
      const query = exportQuerySchema.parse({ format: "csv", [filter]: values[filter] });
      const plan = await planOf(exportBatchClaimsSql(exportWhereSql(query), cursorInTheMiddle()));
      assertIndexed(plan, "Claim", filter);
      assertCursorIsIndexRange(plan, `export by ${filter}`);
    });
  }

  it("CSV export batch (records written in SQL): the claims as one index range, everything else by key", async () => {
    const plan = await planOf(csvBatchSql(exportWhereSql(exportQuerySchema.parse({ format: "csv" })), cursorInTheMiddle(), EXPORT_BATCH_SIZE));
    assertIndexed(plan, "Claim", "csv export");
    assertIndexed(plan, "Article", "csv export");
    // The link columns come from each claim's summary row (decision 028), not from its links.
    assertIndexed(plan, "ClaimLinkSummary", "csv export");
    assert.ok(!plan.some((node) => node["Relation Name"] === "ClaimLink"), "csv export: the links are not looked up per claim");
    assertCursorIsIndexRange(plan, "csv export");
  });

  it("contradictions list (open ones, the default): the (kind, createdAt, id) index from the cursor, both claims by key", async () => {
    const plan = await planOf(contradictionPageKeysSql({ cursor: cursorInTheMiddle(), limit: 30 }));
    assertIndexed(plan, "Claim", "open");
    const links = assertIndexed(plan, "ClaimLink", "open");
    assert.ok(
      links.some((node) => node["Index Name"] === "ClaimLink_kind_createdAt_id_idx" && /ROW\("createdAt", id\)\s*<\s*ROW\(/.test(node["Index Cond"] ?? "")),
      `the cursor is a range of the (kind, createdAt, id) index: ${JSON.stringify(links.map((node) => ({ type: node["Node Type"], index: node["Index Name"], cond: node["Index Cond"], filter: node.Filter })))}`,
    );
  });

  // With a filter on either side's claim the planner may start from that side (on this small table
  // it does, for a status held by a fifth of the claims): every table must still be read by index.
  for (const [label, filters] of [
    ["status", { status: "VERIFIED" as const }],
    ["outlet", { outlet: `scale courier ${unique}` }],
  ] as const) {
    it(`contradictions list by ${label}: every table by index, the cursor in row-value form`, async () => {
      const plan = await planOf(contradictionPageKeysSql({ ...filters, cursor: cursorInTheMiddle(), limit: 30 }));
      for (const table of ["ClaimLink", "Claim", ...(label === "outlet" ? ["Article", "Outlet"] : [])]) assertIndexed(plan, table, `${label}, ${table}`);
      assert.ok(
        plan.some((node) => /ROW\("createdAt", id\)\s*<\s*ROW\(/.test(`${node["Index Cond"] ?? ""} ${node.Filter ?? ""}`)),
        `${label}: the cursor is a row-value comparison`,
      );
    });
  }

  // The outlet and the publication dates belong to the article: the plan goes from the outlet (by
  // its lowered name) or the date range (Article.publishedAt) to the articles, and from each article
  // to its claims through the (articleId, createdAt, id) index; no table is read in full.
  for (const [label, params] of [
    ["outlet", { outlet: `scale courier ${unique}` }],
    ["outlet by id", { outlet: "" }],
    ["publication dates", { from: "2025-01-01", to: "2025-12-31" }],
  ] as const) {
    it(`export batch and claims list by ${label}: every table by index`, async () => {
      const values: Record<string, string> = { ...params };
      if (values.outlet === "") values.outlet = fixture.outletId;
      const exportPlan = await planOf(exportBatchClaimsSql(exportWhereSql(exportQuerySchema.parse({ format: "csv", ...values })), cursorInTheMiddle()));
      for (const table of ["Claim", "Article"]) assertIndexed(exportPlan, table, `export by ${label}`);
      if (!("from" in values)) {
        const listPlan = await planOf(claimPageKeysSql(listClaimsQuerySchema.parse({ ...values, cursor: encodeCursor(cursorInTheMiddle()) })));
        for (const table of ["Claim", "Article"]) assertIndexed(listPlan, table, `list by ${label}`);
      }
    });
  }

  it("the search vectors keep a statistics sample large enough to price a rare word as rare", async () => {
    // With the default target a word in 10 of a million claims was estimated at ~3,300 matches, and
    // q walked the whole (createdAt, id) index instead of reading the GIN index (see the migration).
    const rows = await db.$queryRaw<{ table: string; target: number }[]>`
      SELECT c.relname AS "table", a.attstattarget::int AS target FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE a.attname = 'searchVector' AND c.relname IN ('Claim', 'Article') AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`;
    assert.deepEqual(rows, [{ table: "Article", target: 10000 }, { table: "Claim", target: 10000 }]);
  });

  it("claim history: both its columns by index", async () => {
    const plan = await planOf(Prisma.sql`SELECT "id" FROM "AuditEvent" WHERE "claimId" = ${fixture.speakerId}::uuid OR "relatedClaimId" = ${fixture.speakerId}::uuid ORDER BY "id"`);
    assertIndexed(plan, "AuditEvent", "history");
  });
});

describe("keyset paging over equal createdAt values", () => {
  it("export batches of 97 visit every claim once, in (createdAt, id) order", async () => {
    const where = exportWhereSql(exportQuerySchema.parse({ format: "csv", subject: SUBJECT }));
    const seen: { id: string; createdAt: Date }[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    let batches = 0;
    for (;;) {
      const batch = await readExportBatch(where, cursor, 97);
      if (batch.length === 0) break;
      batches++;
      seen.push(...batch.map((claim) => ({ id: claim.id, createdAt: claim.createdAt })));
      const last = batch.at(-1)!;
      cursor = { createdAt: last.createdAt, id: last.id };
      if (batch.length < 97) break;
    }
    assert.ok(batches > 20, `several batches (${batches})`);
    assert.equal(seen.length, CLAIMS);
    assert.equal(new Set(seen.map((row) => row.id)).size, CLAIMS, "no claim twice");
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      assert.ok(a.createdAt < b.createdAt || (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id), `order at ${i}`);
    }
  });

  it("the CSV export over several full batches holds every claim once", async () => {
    const response = await exportRoute(bearer(fixture.secret, `/api/v1/export?${new URLSearchParams({ format: "csv", subject: SUBJECT })}`), noContext);
    assert.equal(response.status, 200);
    const text = await response.text();
    const ids = text.split("\r\n").slice(1, -1).map((line) => line.split(",")[0]);
    assert.equal(ids.length, CLAIMS);
    assert.equal(new Set(ids).size, CLAIMS);
  });

  it("the contradictions list in pages of 30 repeats and skips nothing, newest first", async () => {
    const seen: { id: string; createdAt: Date }[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    let pages = 0;
    for (;;) {
      const page = await listContradictions({ outlet: `SCALE COURIER ${unique.toUpperCase()}`, cursor, limit: 30 });
      pages++;
      seen.push(...page.items.map((link) => ({ id: link.id, createdAt: link.createdAt })));
      if (!page.nextCursor) break;
      const last = page.items.at(-1)!;
      cursor = { createdAt: last.createdAt, id: last.id };
    }
    assert.ok(pages > 3, `several pages (${pages})`);
    assert.equal(seen.length, openContradictions);
    assert.equal(new Set(seen.map((link) => link.id)).size, openContradictions, "no link twice");
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      assert.ok(a.createdAt > b.createdAt || (a.createdAt.getTime() === b.createdAt.getTime() && a.id > b.id), `order at ${i}`);
    }
  });

  it("GET /api/v1/claims pages of 50 (newest and oldest) repeat and skip nothing", async () => {
    for (const sort of ["newest", "oldest"]) {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const params = new URLSearchParams({ articleId: fixture.otherArticleId, sort, limit: "50", ...(cursor ? { cursor } : {}) });
        const response = await listClaimsRoute(bearer(fixture.secret, `/api/v1/claims?${params}`), noContext);
        assert.equal(response.status, 200);
        const body = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
        ids.push(...body.items.map((item) => item.id));
        cursor = body.nextCursor;
      } while (cursor);
      const expected = await db.claim.count({ where: { articleId: fixture.otherArticleId } });
      assert.equal(ids.length, expected, sort);
      assert.equal(new Set(ids).size, expected, `${sort}: no claim twice`);
    }
  });
});

describe("the export and the client", () => {
  it("answers 400 before any byte for a year-0000 date or a NUL in q, and 200 for a backslash speaker", async () => {
    for (const params of [{ from: "0000-01-01" }, { q: "\u0000" }] as Record<string, string>[]) {
      const response = await exportRoute(bearer(fixture.secret, `/api/v1/export?${new URLSearchParams({ format: "csv", ...params })}`), noContext);
      assert.equal(response.status, 400, JSON.stringify(params));
      const body = (await response.json()) as { error: { code: string } };
      assert.ok(body.error.code);
    }
    const response = await exportRoute(bearer(fixture.secret, `/api/v1/export?${new URLSearchParams({ format: "csv", speaker: "\\" })}`), noContext);
    assert.equal(response.status, 200);
    assert.equal((await response.text()).split("\r\n").length - 1, 1, "the header only: no speaker is called \\");
  });

  it("a client that goes away mid-export stops it, and nothing is logged", async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const client = new AbortController();
      const request = bearer(fixture.secret, `/api/v1/export?${new URLSearchParams({ format: "json", subject: SUBJECT })}`, { signal: client.signal });
      const response = await exportRoute(request, noContext);
      assert.equal(response.status, 200);
      const reader = response.body!.getReader();
      await reader.read(); // the head
      await reader.read(); // the first batch
      // The next batch is being read when the client disconnects.
      const pending = reader.read();
      client.abort();
      await reader.cancel();
      await pending.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      console.error = original;
      process.off("unhandledRejection", onUnhandled);
    }
    assert.deepEqual(logged, [], "nothing logged");
    assert.deepEqual(unhandled, []);
  });
});

describe("equality filters are equality, case-insensitive", () => {
  const count = async (params: Record<string, string>) => {
    let total = 0;
    let cursor: string | null = null;
    do {
      const response = await listClaimsRoute(bearer(fixture.secret, `/api/v1/claims?${new URLSearchParams({ ...params, limit: "200", ...(cursor ? { cursor } : {}) })}`), noContext);
      assert.equal(response.status, 200, JSON.stringify(params));
      const body = (await response.json()) as { items: unknown[]; nextCursor: string | null };
      total += body.items.length;
      cursor = body.nextCursor;
    } while (cursor);
    return total;
  };

  it("%, _ and a backslash match only themselves", async () => {
    // Within this file's articles, where every claim has the subject and a quarter the speaker
    // that a pattern would match: other test files (the write fuzzer) may store a speaker, subject
    // or outlet literally named "%" elsewhere in the shared database.
    for (const articleId of [fixture.articleId, fixture.otherArticleId]) {
      assert.equal(await count({ speaker: "%", articleId }), 0);
      assert.equal(await count({ subject: "_", articleId }), 0);
      assert.equal(await count({ subject: "%", articleId }), 0);
      assert.equal(await count({ speaker: "\\", articleId }), 0);
    }
    const outlets = await listArticlesRoute(bearer(fixture.secret, `/api/v1/articles?${new URLSearchParams({ outlet: "%", limit: "200" })}`), noContext);
    assert.equal(outlets.status, 200);
    const items = ((await outlets.json()) as { items: { outlet: { id: string; name: string } }[] }).items;
    assert.ok(items.every((item) => item.outlet.name === "%"), `only an outlet named "%" itself: ${JSON.stringify(items.map((item) => item.outlet.name))}`);
    assert.ok(!items.some((item) => item.outlet.id === fixture.outletId));
  });

  it("any letter case matches the subject, the speaker's name and alias", async () => {
    assert.equal(await count({ subject: SUBJECT.toLowerCase(), articleId: fixture.otherArticleId }), CLAIMS / 10);
    const bySpeaker = await db.claim.count({ where: { speakerId: fixture.speakerId, articleId: fixture.otherArticleId } });
    assert.equal(await count({ speaker: `CAMP DIRECTOR ${unique.toUpperCase()}`, articleId: fixture.otherArticleId }), bySpeaker);
    assert.equal(await count({ speaker: `director ${unique}`, articleId: fixture.otherArticleId }), bySpeaker);
  });

  it("q is full-text search: a word in a note (claims) and in an article's body (articles)", async () => {
    const response = await listClaimsRoute(bearer(fixture.secret, `/api/v1/claims?${new URLSearchParams({ q: RARE_WORD })}`), noContext);
    const claims = ((await response.json()) as { items: { note: string | null }[] }).items;
    assert.equal(claims.length, 1);
    assert.match(claims[0]!.note ?? "", new RegExp(RARE_WORD));
    const articles = await listArticlesRoute(bearer(fixture.secret, `/api/v1/articles?${new URLSearchParams({ q: RARE_WORD })}`), noContext);
    const items = ((await articles.json()) as { items: { id: string }[] }).items;
    assert.deepEqual(items.map((item) => item.id), [fixture.articleId]);
  });
});

describe("per-subject counts for the compare page", () => {
  // Counted per subject key (what the compare page groups by), not per subject as typed.
  async function truth(key: string) {
    const rows = await db.$queryRaw<{ claims: bigint; outlets: bigint }[]>`
      SELECT count(*) AS claims, count(DISTINCT a."outletId") AS outlets FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."subjectKey" = ${key}`;
    return { claims: Number(rows[0]!.claims), outlets: Number(rows[0]!.outlets) };
  }
  async function stored(key: string) {
    const row = await db.subjectStat.findUnique({ where: { key } });
    return { claims: row?.claims ?? 0, outlets: row?.outlets ?? 0 };
  }
  const claimUnder = (userId: string) => (articleId: string, subjectKey: string, subject: string | null = null) => ({
    articleId, start: 0, end: 2, quote: "A ", kind: "EVENT" as const, subject, subjectKey, createdById: userId, updatedById: userId,
  });

  it("stay equal to a recount through inserts, key changes, deletes and an article's deletion", async () => {
    const key = `s:refugee arrivals ${unique}`;
    const other = `s:border crossings ${unique}`;
    const user = await userFactory("EDITOR");
    const claim = claimUnder(user.id);
    const outletA = await outletFactory();
    const outletB = await outletFactory();
    const articleA = await articleFactory({ outletId: outletA.id });
    const articleB = await articleFactory({ outletId: outletB.id });
    await db.claim.createMany({ data: [claim(articleA.id, key), claim(articleA.id, key), claim(articleB.id, key)] });
    assert.deepEqual(await stored(key), { claims: 3, outlets: 2 });
    const single = await db.claim.create({ data: claim(articleB.id, other) });
    assert.deepEqual(await stored(other), { claims: 1, outlets: 1 });

    await db.claim.update({ where: { id: single.id }, data: { subjectKey: key } });
    assert.deepEqual(await stored(other), { claims: 0, outlets: 0 });
    assert.deepEqual(await stored(key), await truth(key));

    // Retyping the subject without changing the key moves nothing.
    await db.claim.update({ where: { id: single.id }, data: { subject: "Something else entirely" } });
    assert.deepEqual(await stored(key), await truth(key));

    await db.claim.deleteMany({ where: { articleId: articleB.id } });
    assert.deepEqual(await stored(key), { claims: 2, outlets: 1 });
    assert.deepEqual(await stored(key), await truth(key));

    await db.article.delete({ where: { id: articleA.id } });
    assert.deepEqual(await stored(key), { claims: 0, outlets: 0 });
  });

  it("are rebuilt from scratch in one pass to the same figures, labelled by the subject typed most", async () => {
    const key = `q:killed:patients${unique}`;
    const user = await userFactory("EDITOR");
    const claim = claimUnder(user.id);
    const [outletA, outletB] = [await outletFactory(), await outletFactory()];
    const [articleA, articleB] = [await articleFactory({ outletId: outletA.id }), await articleFactory({ outletId: outletB.id })];
    await db.claim.createMany({ data: [claim(articleA.id, key, "Hospital deaths"), claim(articleB.id, key, "Patients killed"), claim(articleB.id, key, "Patients killed"), claim(articleB.id, key)] });
    await db.$executeRaw`SELECT claimdesk_subject_stats_rebuild()`;
    assert.deepEqual(await stored(key), await truth(key));
    assert.deepEqual(await stored(key), { claims: 4, outlets: 2 });
    assert.equal((await db.subjectStat.findUniqueOrThrow({ where: { key } })).subject, "Patients killed");
  });

  it("a compare page is a range of the (subjectKey, createdAt, id) index", async () => {
    const key = `s:scale compare ${unique}`;
    await db.claim.updateMany({ where: { articleId: fixture.articleId }, data: { subjectKey: key } });
    await db.$executeRawUnsafe(`ANALYZE "Claim"`);
    for (const cursor of [null, cursorInTheMiddle()]) {
      const plan = await planOf(subjectPageKeysSql(key, cursor));
      const onClaim = assertIndexed(plan, "Claim", "compare page");
      assert.ok(onClaim.some((node) => node["Index Name"] === "Claim_subjectKey_createdAt_id_idx"), `compare page uses the subject key index: ${JSON.stringify(onClaim)}`);
      if (cursor) assertCursorIsIndexRange(plan, "compare page");
    }
  });

  it("the chart reads a bounded range of the partial figures index, and looks up articles by key", async () => {
    const key = `s:scale chart ${unique}`;
    await db.claim.updateMany({ where: { articleId: fixture.articleId, kind: "QUANTITY" }, data: { subjectKey: key, value: 12 } });
    await db.$executeRawUnsafe(`ANALYZE "Claim"`);
    const plan = await planOf(subjectFiguresSql(key));
    const onClaim = assertIndexed(plan, "Claim", "compare chart");
    assert.ok(onClaim.some((node) => node["Index Name"] === "Claim_subjectKey_figures_idx"), `the chart reads the figures index: ${JSON.stringify(onClaim)}`);
    assert.ok(plan.some((node) => node["Node Type"] === "Limit" && (node.Plans ?? []).some((child) => child["Index Name"] === "Claim_subjectKey_figures_idx")), "the read is bounded by the window");
    assertIndexed(plan, "Article", "compare chart");
  });

  it("link events are found from both claims' histories", async () => {
    const user = await userFactory("EDITOR");
    const [first, second] = await db.claim.findMany({ where: { articleId: fixture.articleId }, take: 2, orderBy: { id: "asc" }, select: { id: true } });
    await createLink({ id: user.id, role: user.role }, { fromClaimId: first!.id, toClaimId: second!.id, kind: "SUPPORTS", note: null });
    for (const claim of [first!, second!]) {
      const history = await listClaimHistory(claim.id);
      assert.ok(history.some((event) => event.action === "link.create"), `history of ${claim.id}`);
    }
  });
});
