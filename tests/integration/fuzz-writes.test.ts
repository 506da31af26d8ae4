// Property-based fuzzing of every write endpoint: thousands of generated bodies, mostly hostile
// (wrong types, control characters, huge and negative numbers, impossible dates, enum values in
// odd cases, unknown ids, deep nesting, not JSON at all), some valid. Whatever arrives, the answer
// is never a 5xx, a refusal is always the documented error body, and a refused request changes
// nothing in the database. FUZZ_RUNS sets the bodies per endpoint (default 2,000).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { POST as importArticleRoute } from "@/app/api/v1/articles/route";
import { PATCH as patchClaimRoute } from "@/app/api/v1/claims/[id]/route";
import { POST as addSourceRoute } from "@/app/api/v1/claims/[id]/sources/route";
import { POST as changeStatusRoute } from "@/app/api/v1/claims/[id]/status/route";
import { POST as createClaimRoute } from "@/app/api/v1/claims/route";
import { POST as createLinkRoute } from "@/app/api/v1/links/route";
import { PATCH as patchSourceRoute } from "@/app/api/v1/sources/[id]/route";
import { db, disconnectDb } from "@/lib/db";
import { bearer, tokenFactory } from "../support/factories";

after(disconnectDb);

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
type Handler = (request: Request, context: never) => Promise<Response>;

let secret = "";
const ids = { article: "", claimA: "", claimB: "", source: "" };

before(async () => {
  const editor = await tokenFactory("ADMIN");
  secret = editor.secret;
  const body = `The river authority counted 1,200 boats; the harbour office said about 900. ${crypto.randomUUID()}`;
  const article = await importArticleRoute(bearer(secret, "/api/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Boats", outlet: "Fuzz Wire", body }) }), {} as never);
  ids.article = ((await article.json()) as { id: string }).id;
  const claim = async (start: number, end: number) => {
    const response = await createClaimRoute(
      bearer(secret, "/api/v1/claims", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articleId: ids.article, start, end, kind: "QUANTITY" }) }),
      {} as never,
    );
    return ((await response.json()) as { id: string }).id;
  };
  ids.claimA = await claim(4, 36);
  ids.claimB = await claim(38, 75);
  const source = await addSourceRoute(
    bearer(secret, `/api/v1/claims/${ids.claimA}/sources`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: "https://river.example/count", kind: "OFFICIAL" }) }),
    { params: Promise.resolve({ id: ids.claimA }) } as never,
  );
  ids.source = ((await source.json()) as { id: string }).id;
});

/** Every table a write can touch, in one round trip. */
async function snapshot(): Promise<string> {
  const rows = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "Claim") AS claims,
           (SELECT count(*) FROM "Actor") AS actors, (SELECT count(*) FROM "ActorAlias") AS aliases,
           (SELECT count(*) FROM "Outlet") AS outlets, (SELECT count(*) FROM "Source") AS sources,
           (SELECT count(*) FROM "ClaimLink") AS links, (SELECT count(*) FROM "AuditEvent") AS audit,
           (SELECT coalesce(sum("version"), 0) FROM "Claim") AS versions,
           (SELECT coalesce(max("updatedAt")::text, '') FROM "Source") AS "sourceUpdated"`;
  return JSON.stringify(rows[0], (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

// Values chosen to hit the edges that broke before: control characters, out-of-range numbers and
// dates, lone surrogates, SQL and LIKE metacharacters, enum spellings, ids that exist or not.
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\u001b[31m", "\t\n\r", "\uD800", "%", "_", "\\", "'; DROP TABLE \"Claim\"; --", "<script>alert(1)</script>", "x".repeat(5_001)),
  fc.constantFrom("quantity", "QUANTITY", "Quantity", "in_review", "VERIFIED", "verified", "contradicts", "SUPPORTS", "official", "PRIMARY", "at_least", "RANGE", "newspaper"),
  fc.constantFrom("0000-01-01", "9999-12-31", "10000-01-01", "2024-02-30", "2024-05-09", "2024-05-09T10:00:00Z", "2024-05-09T10:00:00+25:00", "-000001-01-01T00:00:00Z"),
  fc.constantFrom("https://example.org/a", "http://[::127.0.0.1]/", "javascript:alert(1)", "ftp://x", "https://user:pw@example.org/"),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 31) - 1, 1e308, -1e308, 0.5),
);
const anyId = fc.oneof(fc.uuid(), fc.constantFrom(() => ids.article, () => ids.claimA, () => ids.claimB, () => ids.source).map((pick) => pick()), fc.constantFrom("..", "%00", "", "not-a-uuid"));
const leaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), anyId);
const value = fc.oneof({ weight: 6, arbitrary: leaf }, { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), leaf, { maxKeys: 3 }) });

/**
 * Half the bodies start from a valid one with a few fields replaced or dropped, so that many get
 * past validation into the writes; the rest have the endpoint's field names (and strays) filled
 * with anything, or are any JSON at all, or not JSON.
 */
function bodies(valid: () => Record<string, unknown>, fields: readonly string[]): fc.Arbitrary<unknown> {
  const damaged = fc
    .tuple(fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 2 }), fc.subarray([...fields], { maxLength: 1 }))
    .map(([replaced, dropped]) => {
      const body: Record<string, unknown> = { ...valid(), ...replaced };
      for (const field of dropped) delete body[field];
      return body;
    });
  const shaped = fc.dictionary(fc.constantFrom(...fields, "extra", "__proto__", "constructor"), value, { maxKeys: fields.length + 1 });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(null).map(() => valid()) },
    { weight: 8, arbitrary: damaged },
    { weight: 7, arbitrary: shaped },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((text) => ({ rawBody: text })) },
  );
}

type Endpoint = { name: string; handler: Handler; method: string; path: () => string; context: () => unknown; fields: readonly string[]; valid: () => Record<string, unknown> };

let claimBVersion = 1;
let claimBStatus = "DRAFT";

/** The valid status change from claim B's current status (the other one is refused as no change). */
async function refreshClaimB(): Promise<void> {
  const current = await db.claim.findUniqueOrThrow({ where: { id: ids.claimB }, select: { version: true, status: true } });
  claimBVersion = current.version;
  claimBStatus = current.status;
}
const unique = () => crypto.randomUUID().slice(0, 8);

const endpoints: Endpoint[] = [
  { name: "POST /articles", handler: importArticleRoute as Handler, method: "POST", path: () => "/api/v1/articles", context: () => ({}), fields: ["title", "outlet", "outletKind", "url", "author", "publishedAt", "language", "body"], valid: () => ({ title: `Boats ${unique()}`, outlet: `Fuzz Outlet ${unique()}`, publishedAt: "2026-03-02", body: `Counted boats ${unique()}` }) },
  { name: "POST /claims", handler: createClaimRoute as Handler, method: "POST", path: () => "/api/v1/claims", context: () => ({}), fields: ["articleId", "start", "end", "quote", "kind", "subject", "speaker", "value", "valueMax", "qualifier", "unit", "occurredAt", "place", "note"], valid: () => ({ articleId: ids.article, start: 4, end: 9, kind: "QUANTITY", speaker: `Harbour office ${unique()}`, value: 900, qualifier: "ABOUT" }) },
  { name: "PATCH /claims/{id}", handler: patchClaimRoute as Handler, method: "PATCH", path: () => `/api/v1/claims/${ids.claimB}`, context: () => ({ params: Promise.resolve({ id: ids.claimB }) }), fields: ["version", "kind", "subject", "speaker", "value", "valueMax", "qualifier", "unit", "occurredAt", "place", "note"], valid: () => ({ version: claimBVersion, value: 900, unit: "boats", note: `Checked ${unique()}` }) },
  { name: "POST /claims/{id}/sources", handler: addSourceRoute as Handler, method: "POST", path: () => `/api/v1/claims/${ids.claimA}/sources`, context: () => ({ params: Promise.resolve({ id: ids.claimA }) }), fields: ["url", "title", "publisher", "kind", "accessedAt", "archiveUrl", "note"], valid: () => ({ url: `https://river.example/${unique()}`, kind: "OFFICIAL", accessedAt: "2026-03-03" }) },
  { name: "PATCH /sources/{id}", handler: patchSourceRoute as Handler, method: "PATCH", path: () => `/api/v1/sources/${ids.source}`, context: () => ({ params: Promise.resolve({ id: ids.source }) }), fields: ["url", "title", "publisher", "kind", "accessedAt", "archiveUrl", "note"], valid: () => ({ url: "https://river.example/count", kind: "OFFICIAL", title: `Count ${unique()}` }) },
  { name: "POST /links", handler: createLinkRoute as Handler, method: "POST", path: () => "/api/v1/links", context: () => ({}), fields: ["fromClaimId", "toClaimId", "kind", "note"], valid: () => ({ fromClaimId: ids.claimA, toClaimId: ids.claimB, kind: "CONTRADICTS" }) },
  { name: "POST /claims/{id}/status", handler: changeStatusRoute as Handler, method: "POST", path: () => `/api/v1/claims/${ids.claimB}/status`, context: () => ({ params: Promise.resolve({ id: ids.claimB }) }), fields: ["status", "note"], valid: () => ({ status: claimBStatus === "DRAFT" ? "IN_REVIEW" : "DRAFT" }) },
];

describe(`fuzzed write endpoints (${RUNS} bodies each, seed ${SEED})`, () => {
  for (const endpoint of endpoints) {
    it(`${endpoint.name}: no 5xx, refusals in the error shape, and a refused body writes nothing`, async () => {
      const statuses = new Map<number, number>();
      await refreshClaimB();
      let expected = await snapshot();
      await fc.assert(
        fc.asyncProperty(bodies(endpoint.valid, endpoint.fields), async (body) => {
          const raw = typeof body === "object" && body !== null && "rawBody" in body ? String((body as { rawBody: unknown }).rawBody) : JSON.stringify(body);
          const request = bearer(secret, endpoint.path(), { method: endpoint.method, headers: { "content-type": "application/json" }, body: raw });
          const response = await endpoint.handler(request, endpoint.context() as never);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const text = await response.text();
          assert.ok(response.status < 500, `${response.status} for ${raw.slice(0, 300)}: ${text.slice(0, 300)}`);
          if (response.status >= 400) {
            const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown; fields?: unknown } }).error;
            assert.equal(typeof error?.code, "string", text);
            assert.equal(typeof error?.message, "string", text);
            // A 400 naming fields comes from the schema parse, which every handler runs before
            // any write; skipping the count there keeps the run short without weakening it.
            const refusedByValidation = response.status === 400 && error?.fields !== undefined;
            if (!refusedByValidation) assert.equal(await snapshot(), expected, `a refused request (${response.status}) changed the database: ${raw.slice(0, 300)}`);
          } else {
            // A write went through: it is the new baseline (and the claim's version moved on).
            expected = await snapshot();
            await refreshClaimB();
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      // The generator must reach past validation too, or the property says little about the writes.
      const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(" ");
      assert.ok([...statuses.keys()].some((status) => status < 300), `nothing got through: ${summary}`);
    });
  }
});
