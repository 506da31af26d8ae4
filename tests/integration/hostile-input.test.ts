// Hostile and out-of-range input must be refused with a 4xx that names the problem, never a 500,
// and must write nothing. Each case here answered 500 (or was read in full) before the fix.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, describe, it } from "node:test";
import { PrismaPg } from "@prisma/adapter-pg";
import { GET as listArticlesRoute, POST as importArticleRoute, PUT as putArticlesRoute } from "@/app/api/v1/articles/route";
import { DELETE as deleteClaimRoute, PATCH as patchClaimRoute, POST as postClaimByIdRoute } from "@/app/api/v1/claims/[id]/route";
import { GET as listClaimsRoute, POST as createClaimRoute } from "@/app/api/v1/claims/route";
import { POST as addSourceRoute } from "@/app/api/v1/claims/[id]/sources/route";
import { POST as changeStatusRoute } from "@/app/api/v1/claims/[id]/status/route";
import { POST as createLinkRoute } from "@/app/api/v1/links/route";
import { GET as unknownEndpointRoute } from "@/app/api/v1/[[...path]]/route";
import { db, disconnectDb } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/cursor";
import { bearer, tokenFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;
const idContext = (id: string) => ({ params: Promise.resolve({ id }) }) as never;
type Handler = (request: Request, context: never) => Promise<Response>;
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

function send(handler: Handler, secret: string, method: string, path: string, body?: unknown, context: never = noContext): Promise<Response> {
  const init: RequestInit = body === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  return handler(bearer(secret, path, init), context);
}

async function expectError(response: Response, status: number, field?: string): Promise<ErrorBody> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  const body = JSON.parse(text) as ErrorBody;
  assert.equal(typeof body.error.code, "string");
  assert.equal(typeof body.error.message, "string");
  if (field) assert.ok(body.error.fields?.[field], `expected ${field} in ${text}`);
  return body;
}

async function rowCounts() {
  const [articles, claims, actors, outlets, sources, links, audit] = await Promise.all([
    db.article.count(), db.claim.count(), db.actor.count(), db.outlet.count(), db.source.count(), db.claimLink.count(), db.auditEvent.count(),
  ]);
  return { articles, claims, actors, outlets, sources, links, audit };
}

async function setUp() {
  const editor = await tokenFactory("EDITOR");
  const imported = await send(importArticleRoute, editor.secret, "POST", "/api/v1/articles", {
    title: "Harbour figures",
    outlet: `Hostile Input Wire ${crypto.randomUUID().slice(0, 6)}`,
    body: `The harbour authority said 40 ships waited.\tTabs\nand newlines stay. ${crypto.randomUUID()}`,
  });
  assert.equal(imported.status, 201);
  const article = (await imported.json()) as { id: string; body: string };
  const created = await send(createClaimRoute, editor.secret, "POST", "/api/v1/claims", { articleId: article.id, start: 4, end: 20, kind: "QUANTITY" });
  assert.equal(created.status, 201);
  const claim = (await created.json()) as { id: string; version: number };
  return { editor, article, claim };
}

describe("control characters (NUL and friends)", () => {
  it("are refused with 400 naming the field in every text field, and nothing is written", async () => {
    const { editor, article, claim } = await setUp();
    const before = await rowCounts();
    const nul = "a\u0000b";
    const cases: [Handler, string, string, Record<string, unknown>, string, never?][] = [
      [importArticleRoute, "POST", "/api/v1/articles", { title: nul, outlet: "Wire", body: "Text" }, "title"],
      [importArticleRoute, "POST", "/api/v1/articles", { title: "T", outlet: "Wire", body: `Text ${nul}` }, "body"],
      [importArticleRoute, "POST", "/api/v1/articles", { title: "T", outlet: nul, body: "Text" }, "outlet"],
      [createClaimRoute, "POST", "/api/v1/claims", { articleId: article.id, start: 0, end: 3, kind: "OTHER", subject: nul }, "subject"],
      [createClaimRoute, "POST", "/api/v1/claims", { articleId: article.id, start: 0, end: 3, kind: "OTHER", speaker: nul }, "speaker"],
      [createClaimRoute, "POST", "/api/v1/claims", { articleId: article.id, start: 0, end: 3, kind: "OTHER", quote: "Th\u0000" }, "quote"],
      [createClaimRoute, "POST", "/api/v1/claims", { articleId: article.id, start: 0, end: 3, kind: "OTHER", note: "x\u001Bx" }, "note"],
      [patchClaimRoute, "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, place: nul }, "place", idContext(claim.id)],
      [addSourceRoute, "POST", `/api/v1/claims/${claim.id}/sources`, { url: "https://example.org/a", kind: "PRIMARY", title: nul }, "title", idContext(claim.id)],
      [addSourceRoute, "POST", `/api/v1/claims/${claim.id}/sources`, { url: "https://example.org/\u0000", kind: "PRIMARY" }, "url", idContext(claim.id)],
      [changeStatusRoute, "POST", `/api/v1/claims/${claim.id}/status`, { status: "IN_REVIEW", note: nul }, "note", idContext(claim.id)],
    ];
    for (const [handler, method, path, body, field, context] of cases) {
      const { error } = await expectError(await send(handler, editor.secret, method, path, body, context ?? noContext), 400, field);
      assert.match(error.fields![field]!.join(" "), /control character \(U\+00(00|1B)\)/);
    }
    assert.deepEqual(await rowCounts(), before);
  });

  it("are refused in list filters", async () => {
    const { editor } = await setUp();
    for (const filter of ["q", "subject", "speaker", "outlet", "assignee"]) {
      await expectError(await send(listClaimsRoute, editor.secret, "GET", `/api/v1/claims?${filter}=%00`), 400, filter);
    }
    await expectError(await send(listArticlesRoute, editor.secret, "GET", "/api/v1/articles?q=%00"), 400, "q");
  });

  it("tabs and line breaks in the body are kept", async () => {
    const { article } = await setUp();
    assert.match(article.body, /\tTabs\nand newlines/);
  });
});

describe("numbers and dates outside their columns", () => {
  it("a version past PostgreSQL's integer is a 400, not a 500", async () => {
    const { editor, claim } = await setUp();
    await expectError(await send(deleteClaimRoute, editor.secret, "DELETE", `/api/v1/claims/${claim.id}?version=2147483648`, undefined, idContext(claim.id)), 400, "version");
    await expectError(await send(patchClaimRoute, editor.secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: 2 ** 31, note: "x" }, idContext(claim.id)), 400, "version");
    await expectError(await send(createClaimRoute, editor.secret, "POST", "/api/v1/claims", { articleId: claim.id, start: 0, end: 2 ** 31, kind: "OTHER" }), 400, "end");
    assert.equal(await db.claim.count({ where: { id: claim.id } }), 1);
  });

  it("dates in year 0000 (or past 9999) are a 400 wherever a date is taken", async () => {
    const { editor, claim } = await setUp();
    const before = await rowCounts();
    await expectError(await send(importArticleRoute, editor.secret, "POST", "/api/v1/articles", { title: "T", outlet: "W", body: "Text", publishedAt: "0000-01-01" }), 400, "publishedAt");
    await expectError(await send(patchClaimRoute, editor.secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, occurredAt: "0000-06-01T00:00:00Z" }, idContext(claim.id)), 400, "occurredAt");
    await expectError(
      await send(addSourceRoute, editor.secret, "POST", `/api/v1/claims/${claim.id}/sources`, { url: "https://example.org/a", kind: "PRIMARY", accessedAt: "0000-01-01" }, idContext(claim.id)),
      400,
      "accessedAt",
    );
    assert.deepEqual(await rowCounts(), before);
  });

  it("a cursor carrying a year-0000 date is a 400", async () => {
    const { editor } = await setUp();
    const cursor = encodeCursor({ createdAt: new Date("0000-01-01T00:00:00Z"), id: crypto.randomUUID() });
    await expectError(await send(listClaimsRoute, editor.secret, "GET", `/api/v1/claims?cursor=${cursor}`), 400, "cursor");
    await expectError(await send(listArticlesRoute, editor.secret, "GET", `/api/v1/articles?cursor=${cursor}`), 400, "cursor");
  });
});

describe("enum values in any letter case", () => {
  it("accepts lower-case kinds, qualifiers, statuses and link kinds and answers in the canonical form", async () => {
    const { editor, article, claim } = await setUp();
    const created = await send(createClaimRoute, editor.secret, "POST", "/api/v1/claims", { articleId: article.id, start: 21, end: 30, kind: "quantity", qualifier: "at_least", value: 40 });
    assert.equal(created.status, 201, await created.clone().text());
    const other = (await created.json()) as { id: string; kind: string; qualifier: string };
    assert.equal(other.kind, "QUANTITY");
    assert.equal(other.qualifier, "AT_LEAST");
    const link = await send(createLinkRoute, editor.secret, "POST", "/api/v1/links", { fromClaimId: claim.id, toClaimId: other.id, kind: "Contradicts" });
    assert.equal(link.status, 201, await link.clone().text());
    assert.equal(((await link.json()) as { kind: string }).kind, "CONTRADICTS");
    const status = await send(changeStatusRoute, editor.secret, "POST", `/api/v1/claims/${claim.id}/status`, { status: "in_review" }, idContext(claim.id));
    assert.equal(status.status, 200, await status.clone().text());
    assert.equal(((await status.json()) as { status: string }).status, "IN_REVIEW");
    const listed = await send(listClaimsRoute, editor.secret, "GET", `/api/v1/claims?articleId=${article.id}&status=in_review&kind=quantity`);
    assert.deepEqual(((await listed.json()) as { items: { id: string }[] }).items.map((item) => item.id), [claim.id]);
  });
});

describe("the documented error shape", () => {
  it("an unsupported method is a JSON 405 with Allow", async () => {
    const { editor, claim } = await setUp();
    const put = await putArticlesRoute(bearer(editor.secret, "/api/v1/articles", { method: "PUT" }));
    const { error } = await expectError(put, 405);
    assert.equal(error.code, "method_not_allowed");
    assert.equal(put.headers.get("allow"), "GET, POST, HEAD, OPTIONS");
    const post = await postClaimByIdRoute(bearer(editor.secret, `/api/v1/claims/${claim.id}`, { method: "POST" }));
    await expectError(post, 405);
    assert.equal(post.headers.get("allow"), "GET, PATCH, DELETE, HEAD, OPTIONS");
  });

  it("an address no route serves is a JSON 404", async () => {
    const response = await unknownEndpointRoute(new Request("http://claimdesk.test/api/v1/claims/x/nothing"));
    const { error } = await expectError(response, 404);
    assert.equal(error.code, "not_found");
  });

  it("an unreachable database is a 503 with Retry-After", async () => {
    const { editor } = await setUp();
    // A port nobody listens on: taken from the OS, then released.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const holder = globalThis as unknown as { claimdeskPrisma?: PrismaClient };
    const real = holder.claimdeskPrisma;
    const dead = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${port}/gone`, connectionTimeoutMillis: 2_000 }) });
    holder.claimdeskPrisma = dead;
    try {
      const response = await send(listClaimsRoute, editor.secret, "GET", "/api/v1/claims");
      const { error } = await expectError(response, 503);
      assert.equal(error.code, "unavailable");
      assert.equal(response.headers.get("retry-after"), "5");
    } finally {
      holder.claimdeskPrisma = real;
      await dead.$disconnect();
    }
  });
});

describe("request body size", () => {
  it("a body over the limit is refused with 413 from its declared length, without being read", async () => {
    const { editor } = await setUp();
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const declared = bearer(editor.secret, "/api/v1/articles", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(30 * 1024 * 1024) },
      body: endless,
      duplex: "half",
    } as RequestInit);
    const { error } = await expectError(await importArticleRoute(declared, noContext), 413);
    assert.equal(error.code, "payload_too_large");
    assert.ok(pulled <= 2, `read ${pulled} chunks of a body it should have refused`);
  });

  it("an undeclared (chunked) body is cut off once it passes the limit", async () => {
    const { editor } = await setUp();
    let sent = 0;
    const thirtyMegabytes = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 30 * 1024 * 1024) return controller.close();
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
      },
    });
    const chunked = bearer(editor.secret, "/api/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: thirtyMegabytes, duplex: "half" } as RequestInit);
    await expectError(await importArticleRoute(chunked, noContext), 413);
    assert.ok(sent < 10 * 1024 * 1024, `read ${sent} bytes before refusing`);
  });

  it("the largest article the app accepts still fits", async () => {
    const { editor } = await setUp();
    // 1,000,000 code units of a three-byte character: the worst case for UTF-8 size.
    const body = "\u20AC".repeat(999_960) + crypto.randomUUID();
    const response = await send(importArticleRoute, editor.secret, "POST", "/api/v1/articles", { title: "Largest", outlet: "Wire", body });
    assert.equal(response.status, 201, (await response.clone().text()).slice(0, 300));
  });
});
