import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { db, disconnectDb } from "@/lib/db";
import { CSV_COLUMNS } from "@/lib/export/rows";
import { EXPORT_BATCH_SIZE } from "@/lib/export/stream";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { parseCsv } from "../support/csv";
import { articleFactory, bearer, outletFactory, tokenFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;

function rowsAsObjects(records: string[][]): Record<string, string>[] {
  const [header, ...rows] = records;
  assert.ok(header);
  return rows.map((row) => {
    assert.equal(row.length, header.length, "every record has as many fields as the header");
    return Object.fromEntries(header.map((name, index) => [name, row[index]!]));
  });
}

// ---------------------------------------------------------------------------------------------
// Fixture: one outlet (every request filters on it, so data of other test files never shows),
// two articles a month apart, three claims (DRAFT, VERIFIED, FALSE), sources and a CONTRADICTS link.
// ---------------------------------------------------------------------------------------------
const unique = crypto.randomUUID().slice(0, 8);
const TRICKY_QUOTE = `He said "93, at least"\nand left, ${unique}`;
const TRICKY_NOTE = `Line one, with a comma\r\nline two with "quotes"`;

type Fixture = Awaited<ReturnType<typeof createFixture>>;

async function createFixture() {
  const { user, secret } = await tokenFactory("VIEWER");
  const outlet = await outletFactory(`Daily, "Export" ${unique}`);
  const first = await articleFactory({ outletId: outlet.id, title: `Toll rises ${unique}` });
  const second = await articleFactory({ outletId: outlet.id, title: `Rescuers' count ${unique}` });
  const articleOne = await db.article.update({
    where: { id: first.id },
    data: { url: `https://news.example/${unique}/toll`, publishedAt: new Date("2024-05-09T06:00:00Z") },
    include: { outlet: true },
  });
  const articleTwo = await db.article.update({
    where: { id: second.id },
    data: { url: `https://news.example/${unique}/rescue`, publishedAt: new Date("2024-06-20T12:00:00Z") },
    include: { outlet: true },
  });
  const speaker = await db.actor.create({ data: { name: `Jane Minister ${unique}`, kind: "PERSON" } });
  const base = { kind: "QUANTITY" as const, createdById: user.id, updatedById: user.id, start: 0, end: 5 };
  const subject = `Deaths in the strike ${unique}`;

  // Created one after the other, so the export's createdAt order is verified, draft, false.
  const verified = await db.claim.create({
    data: {
      ...base,
      articleId: articleOne.id,
      quote: TRICKY_QUOTE,
      note: TRICKY_NOTE,
      subject,
      speakerId: speaker.id,
      value: 93,
      qualifier: "AT_LEAST",
      unit: "people",
      status: "VERIFIED",
      verdictRationale: "Matches the ministry's list, item 4.",
      reviewedAt: new Date("2024-05-10T15:30:00Z"),
      sources: {
        create: [
          { url: `https://gov.example/${unique}/list`, kind: "OFFICIAL" },
          { url: `https://data.example/${unique}/deaths.csv?a=1,2`, kind: "DATASET" },
        ],
      },
    },
  });
  const draft = await db.claim.create({ data: { ...base, articleId: articleOne.id, quote: "plain draft", subject } });
  const refuted = await db.claim.create({
    data: {
      ...base,
      articleId: articleTwo.id,
      quote: "Rescuers said nearly 150 had died",
      subject: `Rescue count ${unique}`,
      value: 150,
      qualifier: "NEARLY",
      status: "FALSE",
      reviewedAt: new Date("2024-06-21T08:00:00Z"),
    },
  });
  // Symmetric kinds are stored once, lower id first.
  const [low, high] = [verified.id, refuted.id].sort() as [string, string];
  const link = await db.claimLink.create({ data: { fromClaimId: low, toClaimId: high, kind: "CONTRADICTS", note: "Different totals" } });
  return { user, secret, outlet, articleOne, articleTwo, speaker, subject, verified, draft, refuted, link };
}

async function exportGet(secret: string | null, params: Record<string, string>): Promise<Response> {
  const path = `/api/v1/export?${new URLSearchParams(params).toString()}`;
  return exportRoute(secret ? bearer(secret, path) : new Request(`http://claimdesk.test${path}`), noContext);
}

type JsonExport = {
  claims: {
    id: string;
    quote: string;
    note: string | null;
    status: ClaimStatus;
    verdict: ClaimStatus | null;
    article: { id: string; title: string; url: string | null; publishedAt: string | null; outlet: { name: string; kind: string } };
    sources: { url: string; kind: string }[];
    links: { id: string; kind: string; direction: string; otherClaimId: string; note: string | null }[];
  }[];
};

async function exportedIds(fixture: Fixture, params: Record<string, string>): Promise<string[]> {
  const response = await exportGet(fixture.secret, { format: "json", outlet: fixture.outlet.id, ...params });
  assert.equal(response.status, 200, await response.clone().text());
  return ((await response.json()) as JsonExport).claims.map((claim) => claim.id);
}

describe("GET /api/v1/export", () => {
  let fixture: Fixture;
  before(async () => {
    fixture = await createFixture();
  });

  it("CSV: RFC 4180 with BOM and CRLF; quotes, commas and line breaks survive the round trip", async () => {
    const response = await exportGet(fixture.secret, { format: "csv", outlet: fixture.outlet.id });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/csv; charset=utf-8");
    assert.match(response.headers.get("content-disposition") ?? "", /^attachment; filename="claimdesk-claims-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "starts with the UTF-8 BOM");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    assert.ok(text.endsWith("\r\n"));

    const records = parseCsv(text);
    assert.deepEqual(records[0], [...CSV_COLUMNS]);
    const rows = rowsAsObjects(records);
    assert.deepEqual(rows.map((row) => row.claim_id), [fixture.verified.id, fixture.draft.id, fixture.refuted.id]);

    const [verified, draft, refuted] = rows as [Record<string, string>, Record<string, string>, Record<string, string>];
    assert.equal(verified.quote, TRICKY_QUOTE);
    assert.equal(verified.note, TRICKY_NOTE);
    assert.equal(verified.outlet, fixture.outlet.name);
    assert.equal(verified.article_title, fixture.articleOne.title);
    assert.equal(verified.article_url, fixture.articleOne.url);
    assert.equal(verified.published_at, "2024-05-09T06:00:00.000Z");
    assert.equal(verified.kind, "QUANTITY");
    assert.equal(verified.subject, fixture.subject);
    assert.equal(verified.speaker, fixture.speaker.name);
    assert.equal(verified.value, "93");
    assert.equal(verified.value_max, "");
    assert.equal(verified.qualifier, "AT_LEAST");
    assert.equal(verified.unit, "people");
    assert.equal(verified.status, "VERIFIED");
    assert.equal(verified.verdict, "VERIFIED");
    assert.equal(verified.verdict_rationale, "Matches the ministry's list, item 4.");
    assert.equal(verified.sources, `https://gov.example/${unique}/list | https://data.example/${unique}/deaths.csv?a=1,2`);
    assert.equal(verified.contradicts, fixture.refuted.id);
    assert.equal(verified.reviewed_at, "2024-05-10T15:30:00.000Z");

    assert.equal(draft.status, "DRAFT");
    assert.equal(draft.verdict, "");
    assert.equal(draft.contradicts, "");
    assert.equal(draft.sources, "");
    assert.equal(draft.reviewed_at, "");

    // The link is stored once; it shows on the row of the other end too.
    assert.equal(refuted.contradicts, fixture.verified.id);
    assert.equal(refuted.verdict, "FALSE");
    assert.equal(refuted.speaker, "");
    for (const column of ["supports", "supported_by", "duplicate", "updates", "superseded_by"]) assert.equal(refuted[column], "", column);
  });

  it("JSON: claims with nested article and outlet, sources and links", async () => {
    const response = await exportGet(fixture.secret, { format: "json", outlet: fixture.outlet.id });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/json");
    assert.match(response.headers.get("content-disposition") ?? "", /filename="claimdesk-claims-\d{4}-\d{2}-\d{2}\.json"/);
    const { claims } = (await response.json()) as JsonExport;
    assert.equal(claims.length, 3);
    const [verified, draft, refuted] = claims as [JsonExport["claims"][number], JsonExport["claims"][number], JsonExport["claims"][number]];
    assert.equal(verified.quote, TRICKY_QUOTE);
    assert.equal(verified.note, TRICKY_NOTE);
    assert.deepEqual(verified.article, {
      id: fixture.articleOne.id,
      title: fixture.articleOne.title,
      url: fixture.articleOne.url,
      publishedAt: "2024-05-09T06:00:00.000Z",
      outlet: { name: fixture.outlet.name, kind: "NEWSPAPER" },
    });
    assert.deepEqual(
      verified.sources.map((source) => [source.url, source.kind]),
      [
        [`https://gov.example/${unique}/list`, "OFFICIAL"],
        [`https://data.example/${unique}/deaths.csv?a=1,2`, "DATASET"],
      ],
    );
    const outgoing = fixture.link.fromClaimId === verified.id;
    assert.deepEqual(verified.links, [
      { id: fixture.link.id, kind: "CONTRADICTS", direction: outgoing ? "outgoing" : "incoming", otherClaimId: refuted.id, note: "Different totals" },
    ]);
    assert.deepEqual(refuted.links, [
      { id: fixture.link.id, kind: "CONTRADICTS", direction: outgoing ? "incoming" : "outgoing", otherClaimId: verified.id, note: "Different totals" },
    ]);
    assert.equal(draft.verdict, null);
    assert.deepEqual(draft.links, []);
  });

  it("ClaimReview: JSON-LD for the rated claims only", async () => {
    const response = await exportGet(fixture.secret, { format: "claimreview", outlet: fixture.outlet.id });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/ld+json");
    assert.match(response.headers.get("content-disposition") ?? "", /filename="claimdesk-claimreview-\d{4}-\d{2}-\d{2}\.json"/);
    type Review = {
      "@context": string;
      "@type": string;
      url: string;
      claimReviewed: string;
      datePublished: string;
      author: { "@type": string; name: string };
      reviewRating: { alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
      itemReviewed: { "@type": string; author?: { "@type": string; name: string }; appearance: { url?: string; headline: string }[] };
    };
    const reviews = (await response.json()) as Review[];
    assert.deepEqual(
      reviews.map((review) => review.claimReviewed),
      [TRICKY_QUOTE, fixture.refuted.quote],
      "the draft is left out",
    );
    const [verified, refuted] = reviews as [Review, Review];
    assert.equal(verified["@context"], "https://schema.org");
    assert.equal(verified["@type"], "ClaimReview");
    // Not published: the review points inside the app and says it is for internal use.
    assert.ok(verified.url.endsWith(`/claims/${fixture.verified.id}`), verified.url);
    assert.equal((verified as unknown as { creativeWorkStatus: string }).creativeWorkStatus, "Internal");
    assert.equal(verified.datePublished, "2024-05-10");
    assert.equal(verified.author["@type"], "Organization");
    assert.ok(verified.author.name.length > 0);
    assert.deepEqual(verified.reviewRating, { "@type": "Rating", alternateName: "Verified", ratingValue: 5, bestRating: 5, worstRating: 1, ratingExplanation: "Matches the ministry's list, item 4." });
    assert.equal(verified.itemReviewed["@type"], "Claim");
    assert.deepEqual(verified.itemReviewed.author, { "@type": "Person", name: fixture.speaker.name });
    assert.equal(verified.itemReviewed.appearance[0]?.url, fixture.articleOne.url);
    assert.equal(verified.itemReviewed.appearance[0]?.headline, fixture.articleOne.title);

    assert.equal(refuted.reviewRating.alternateName, "False");
    assert.equal(refuted.reviewRating.ratingValue, 1);
    assert.equal(refuted.itemReviewed.author, undefined, "no speaker, no author");
    assert.equal(refuted.itemReviewed.appearance[0]?.url, fixture.articleTwo.url);

    const none = await exportGet(fixture.secret, { format: "claimreview", outlet: fixture.outlet.id, status: "DRAFT" });
    assert.equal(none.status, 200);
    assert.deepEqual(await none.json(), [], "a non-verdict status gives an empty array");
  });

  it("respects the filters: status, articleId, subject, outlet and the article's publication dates", async () => {
    const { verified, draft, refuted } = fixture;
    assert.deepEqual(await exportedIds(fixture, { status: "VERIFIED" }), [verified.id]);
    assert.deepEqual(await exportedIds(fixture, { status: "DRAFT" }), [draft.id]);
    assert.deepEqual(await exportedIds(fixture, { articleId: fixture.articleTwo.id }), [refuted.id]);
    assert.deepEqual(await exportedIds(fixture, { subject: fixture.subject.toUpperCase() }), [verified.id, draft.id]);
    assert.deepEqual(await exportedIds(fixture, { outlet: fixture.outlet.name }), [verified.id, draft.id, refuted.id]);
    assert.deepEqual(await exportedIds(fixture, { from: "2024-06-01" }), [refuted.id]);
    // `to` as a date includes that whole day (the article appeared at 06:00).
    assert.deepEqual(await exportedIds(fixture, { to: "2024-05-09" }), [verified.id, draft.id]);
    assert.deepEqual(await exportedIds(fixture, { from: "2024-05-09", to: "2024-05-09" }), [verified.id, draft.id]);
    assert.deepEqual(await exportedIds(fixture, { from: "2024-05-10", to: "2024-06-19" }), []);
    assert.deepEqual(await exportedIds(fixture, { to: "2024-05-09T05:59:59Z" }), []);
    assert.deepEqual(await exportedIds(fixture, { status: "FALSE", from: "2024-06-20", to: "2024-06-20", subject: `rescue count ${unique}` }), [refuted.id]);
  });

  it("401 without a token; 400 for an unknown format, a bad id and from after to", async () => {
    const anonymous = await exportGet(null, { format: "csv" });
    assert.equal(anonymous.status, 401);
    assert.equal(((await anonymous.json()) as { error: { code: string } }).error.code, "unauthenticated");

    const xml = await exportGet(fixture.secret, { format: "xml" });
    assert.equal(xml.status, 400);
    assert.deepEqual(Object.keys(((await xml.json()) as { error: { fields: Record<string, string[]> } }).error.fields), ["format"]);

    const missing = await exportGet(fixture.secret, {});
    assert.equal(missing.status, 400);

    const badId = await exportGet(fixture.secret, { format: "csv", articleId: "42" });
    assert.equal(badId.status, 400);

    const reversed = await exportGet(fixture.secret, { format: "csv", from: "2024-06-02", to: "2024-06-01" });
    assert.equal(reversed.status, 400);
    assert.deepEqual(Object.keys(((await reversed.json()) as { error: { fields: Record<string, string[]> } }).error.fields), ["to"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Memory: the route handler runs in this process, so this process *is* the server; its RSS is
// what a deployment would see while streaming 20,000 claims to one client.
// ---------------------------------------------------------------------------------------------

/** global.gc, exposed on the fly when node was started without --expose-gc. */
function garbageCollector(): () => void {
  if (typeof globalThis.gc === "function") return globalThis.gc;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

const MB = 1024 * 1024;
const BIG = 20_000;

type StreamStats = { chunks: number; bytes: number; lines: number; ms: number };

/** Reads the export chunk by chunk, keeping only counts so the test itself holds none of it. */
async function readCsvExport(response: Response, onChunk: (chunk: number) => void = () => {}): Promise<StreamStats> {
  assert.equal(response.status, 200);
  assert.ok(response.body);
  const started = performance.now();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const stats: StreamStats = { chunks: 0, bytes: 0, lines: 0, ms: 0 };
  let carry = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    stats.chunks += 1;
    stats.bytes += value.byteLength;
    // The bulk quotes hold no line breaks, so every CRLF ends a record.
    const text = carry + decoder.decode(value, { stream: true });
    stats.lines += text.split("\r\n").length - 1;
    carry = text.endsWith("\r") ? "\r" : "";
    onChunk(stats.chunks);
  }
  stats.ms = performance.now() - started;
  return stats;
}

const mb = (bytes: number) => `${bytes >= 0 ? "+" : ""}${(bytes / MB).toFixed(1)} MB`;

describe("GET /api/v1/export with 20,000 claims", () => {
  it("streams them batch by batch without holding them in memory", async () => {
    const gc = garbageCollector();
    const { user, secret } = await tokenFactory("VIEWER");
    // An article of its own: the other tests filter by their outlet and never see these claims.
    const article = await articleFactory({ title: `Big export ${unique}` });
    const bigExport = () => exportGet(secret, { format: "csv", articleId: article.id });
    try {
      const insertStarted = performance.now();
      const filler = "Officials said the figure had risen again, citing hospital records and a ministry list; ".repeat(3);
      // 1,000 rows per statement stays under PostgreSQL's bind-parameter limit; larger chunks make
      // Prisma split them into overlapping queries on one connection (a pg deprecation warning).
      for (let offset = 0; offset < BIG; offset += 1_000) {
        await db.claim.createMany({
          data: Array.from({ length: 1_000 }, (_, index) => ({
            articleId: article.id,
            start: offset + index,
            end: offset + index + 10,
            quote: `Claim ${offset + index}: "${filler}", it said`,
            kind: "QUANTITY" as const,
            subject: "Bulk export",
            value: offset + index,
            unit: "people",
            createdById: user.id,
            updatedById: user.id,
          })),
        });
      }
      const insertMs = performance.now() - insertStarted;

      // Warm-up: a full run pays for JIT, the connection pool and Prisma's caches, and lets go of
      // what the bulk insert left behind, so the baseline is the steady state of a running server.
      const warm = await readCsvExport(await bigExport());
      gc();
      gc();
      const baseline = process.memoryUsage();

      // 1. Peak growth while streaming, sampled at every chunk, with no collection forced.
      let peakRss = baseline.rss;
      let peakHeap = baseline.heapUsed;
      const measured = await readCsvExport(await bigExport(), () => {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
      });
      gc();
      gc();
      const afterwards = process.memoryUsage().heapUsed - baseline.heapUsed;

      // 2. What the export holds on to halfway: everything still reachable after a collection. A
      // buffering export would hold all 20,000 claims here (about 60 MB); a streaming one, a batch.
      let halfway = Number.NaN;
      await readCsvExport(await bigExport(), (chunk) => {
        if (chunk !== 20) return;
        gc();
        halfway = process.memoryUsage().heapUsed - baseline.heapUsed;
      });

      console.log(
        `export memory: ${BIG} claims, ${measured.chunks} chunks, ${(measured.bytes / MB).toFixed(1)} MB of CSV in ${measured.ms.toFixed(0)} ms ` +
          `(first run ${warm.ms.toFixed(0)} ms; insert ${insertMs.toFixed(0)} ms). Baseline rss ${(baseline.rss / MB).toFixed(1)} MB, heapUsed ${(baseline.heapUsed / MB).toFixed(1)} MB; ` +
          `peak rss ${mb(peakRss - baseline.rss)}, peak heapUsed ${mb(peakHeap - baseline.heapUsed)}; ` +
          `live heap halfway ${mb(halfway)}; heapUsed after the export ${mb(afterwards)}`,
      );
      assert.equal(measured.lines, BIG + 1, "header + one line per claim");
      assert.equal(warm.lines, BIG + 1);
      assert.ok(measured.chunks >= BIG / EXPORT_BATCH_SIZE, "written batch by batch, not in one piece");
      assert.ok(peakRss - baseline.rss < 100 * MB, `peak RSS grew by ${mb(peakRss - baseline.rss)}`);
      // Peak heap mostly shows how lazily V8 collects garbage (it lets the old generation grow to
      // about 130 MB before a full collection), so what is actually held is checked as well.
      assert.ok(halfway < 20 * MB, `halfway through, the export held ${mb(halfway)}`);
      assert.ok(afterwards < 20 * MB, `after the export, the heap had grown by ${mb(afterwards)}`);
    } finally {
      // Keeps later test files from wading through 20,000 extra claims.
      await db.article.delete({ where: { id: article.id } });
    }
  });
});
