import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { POST as importArticleRoute } from "@/app/api/v1/articles/route";
import { DELETE as deleteClaimRoute, GET as getClaimRoute, PATCH as patchClaimRoute } from "@/app/api/v1/claims/[id]/route";
import { GET as listClaimsRoute, POST as createClaimRoute } from "@/app/api/v1/claims/route";
import { db, disconnectDb } from "@/lib/db";
import { bearer, tokenFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;
const idContext = (id: string) => ({ params: Promise.resolve({ id }) });

const BODY = "The ministry said “at least 93 people” died — a figure the monitor disputed.\u00A0Rescuers said nearly 150 had died.";

async function postJson(handler: (request: Request, context: never) => Promise<Response>, secret: string | null, path: string, body: unknown): Promise<Response> {
  const init = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  return handler(secret ? bearer(secret, path, init) : new Request(`http://claimdesk.test${path}`, init), noContext);
}

async function importFixture(secret: string, body = `${BODY} ${crypto.randomUUID()}`) {
  const response = await postJson(importArticleRoute, secret, "/api/v1/articles", { title: "Toll disputed", outlet: "Integration Wire", body });
  assert.equal(response.status, 201);
  return (await response.json()) as { id: string; body: string };
}

async function counts() {
  const [claims, audit, actors] = await Promise.all([db.claim.count(), db.auditEvent.count(), db.actor.count()]);
  return { claims, audit, actors };
}

describe("POST /api/v1/articles", () => {
  it("re-importing the same url or identical text returns the same article", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const url = `https://wire.example/${crypto.randomUUID()}`;
    const first = await postJson(importArticleRoute, secret, "/api/v1/articles", { title: "A", outlet: "Integration Wire", url, body: `Body one ${url}` });
    assert.equal(first.status, 201);
    const { id } = (await first.json()) as { id: string };
    const sameUrl = await postJson(importArticleRoute, secret, "/api/v1/articles", { title: "A again", outlet: "Integration Wire", url, body: "different text" });
    assert.equal(sameUrl.status, 200);
    assert.equal(((await sameUrl.json()) as { id: string }).id, id);
    const sameBody = await postJson(importArticleRoute, secret, "/api/v1/articles", { title: "Copy", outlet: "Other Outlet", body: `Body one ${url}` });
    assert.equal(sameBody.status, 200);
    assert.equal(((await sameBody.json()) as { id: string }).id, id);
    assert.equal(await db.article.count({ where: { OR: [{ url }, { body: `Body one ${url}` }] } }), 1);
  });

  it("stores the body exactly, whitespace and typography included", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const body = `  Leading spaces, “curly quotes” — dashes,\u00A0NBSP\r\nand trailing newline ${crypto.randomUUID()}\n\n`;
    const article = await importFixture(secret, body);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    assert.equal(stored.body, body);
  });

  it("refuses a viewer (403) and an anonymous caller (401); bad input is a 400 naming the fields", async () => {
    const viewer = await tokenFactory("VIEWER");
    const forbidden = await postJson(importArticleRoute, viewer.secret, "/api/v1/articles", { title: "x", outlet: "y", body: "z" });
    assert.equal(forbidden.status, 403);
    const anonymous = await postJson(importArticleRoute, null, "/api/v1/articles", { title: "x", outlet: "y", body: "z" });
    assert.equal(anonymous.status, 401);
    const editor = await tokenFactory("EDITOR");
    const bad = await postJson(importArticleRoute, editor.secret, "/api/v1/articles", { title: "", outlet: "y", body: "   ", url: "ftp://x" });
    assert.equal(bad.status, 400);
    const { error } = (await bad.json()) as { error: { fields: Record<string, string[]> } };
    assert.deepEqual(Object.keys(error.fields).sort(), ["body", "title", "url"]);
  });
});

describe("POST /api/v1/claims", () => {
  it("creates a claim at exact UTF-16 offsets, resolving the speaker and recording the audit event", async () => {
    const { secret, user } = await tokenFactory("EDITOR");
    const article = await importFixture(secret);
    const quote = "“at least 93 people”";
    const start = article.body.indexOf(quote);
    const response = await postJson(createClaimRoute, secret, "/api/v1/claims", {
      articleId: article.id, start, end: start + quote.length, quote, kind: "QUANTITY", subject: "Deaths in the test strike", speaker: "Ministry of Tests", value: 93, qualifier: "AT_LEAST", unit: "people",
    });
    assert.equal(response.status, 201);
    const claim = (await response.json()) as { id: string; quote: string; version: number; speaker: { name: string }; prefix: string };
    assert.equal(claim.quote, quote);
    assert.equal(claim.version, 1);
    assert.equal(claim.speaker.name, "Ministry of Tests");
    assert.ok(article.body.slice(0, start).endsWith(claim.prefix));
    const audit = await db.auditEvent.findMany({ where: { claimId: claim.id } });
    assert.deepEqual(audit.map((event) => [event.action, event.actorId]), [["claim.create", user.id]]);
  });

  it("a wrong quote is a 422 and writes nothing", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const article = await importFixture(secret);
    const before = await counts();
    const response = await postJson(createClaimRoute, secret, "/api/v1/claims", { articleId: article.id, start: 0, end: 12, quote: "Not the text", kind: "OTHER", speaker: "A Brand New Speaker" });
    assert.equal(response.status, 422);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, "quote_mismatch");
    assert.deepEqual(await counts(), before);
  });

  it("start > end, or an end past the text, is a 400 and writes nothing", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const article = await importFixture(secret);
    const before = await counts();
    const reversed = await postJson(createClaimRoute, secret, "/api/v1/claims", { articleId: article.id, start: 10, end: 5, kind: "OTHER" });
    assert.equal(reversed.status, 400);
    const beyond = await postJson(createClaimRoute, secret, "/api/v1/claims", { articleId: article.id, start: 0, end: article.body.length + 1, kind: "OTHER" });
    assert.equal(beyond.status, 400);
    const negative = await postJson(createClaimRoute, secret, "/api/v1/claims", { articleId: article.id, start: -1, end: 3, kind: "OTHER" });
    assert.equal(negative.status, 400);
    assert.deepEqual(await counts(), before);
  });

  it("a viewer token gets 403, no token 401, an unknown article 404", async () => {
    const viewer = await tokenFactory("VIEWER");
    const editor = await tokenFactory("EDITOR");
    const article = await importFixture(editor.secret);
    const payload = { articleId: article.id, start: 0, end: 3, kind: "OTHER" };
    assert.equal((await postJson(createClaimRoute, viewer.secret, "/api/v1/claims", payload)).status, 403);
    assert.equal((await postJson(createClaimRoute, null, "/api/v1/claims", payload)).status, 401);
    assert.equal((await postJson(createClaimRoute, editor.secret, "/api/v1/claims", { ...payload, articleId: crypto.randomUUID() })).status, 404);
  });
});

describe("PATCH, GET, DELETE /api/v1/claims/{id}", () => {
  async function claimFixture(secret: string) {
    const article = await importFixture(secret);
    const quote = "nearly 150";
    const start = article.body.indexOf(quote);
    const response = await postJson(createClaimRoute, secret, "/api/v1/claims", { articleId: article.id, start, end: start + quote.length, quote, kind: "QUANTITY" });
    return (await response.json()) as { id: string; version: number; articleId: string };
  }
  const patch = (secret: string, id: string, body: unknown) =>
    patchClaimRoute(bearer(secret, `/api/v1/claims/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), idContext(id));

  it("updates with the current version and answers 409 to a stale one, leaving the claim as the winner wrote it", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const other = await tokenFactory("EDITOR");
    const claim = await claimFixture(secret);
    const first = await patch(secret, claim.id, { version: 1, value: 150, qualifier: "NEARLY", unit: "people" });
    assert.equal(first.status, 200);
    assert.equal(((await first.json()) as { version: number }).version, 2);
    const stale = await patch(other.secret, claim.id, { version: 1, value: 140 });
    assert.equal(stale.status, 409);
    const { error } = (await stale.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, "conflict");
    assert.match(error.message, /version 2/);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    assert.equal(stored.value, 150);
    assert.equal(stored.version, 2);
  });

  it("requires a version, and clears fields given as null", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const claim = await claimFixture(secret);
    assert.equal((await patch(secret, claim.id, { value: 1 })).status, 400);
    await patch(secret, claim.id, { version: 1, unit: "people", place: "Kellin" });
    const cleared = await patch(secret, claim.id, { version: 2, place: null });
    const body = (await cleared.json()) as { place: string | null; unit: string | null };
    assert.equal(body.place, null);
    assert.equal(body.unit, "people");
  });

  it("a viewer cannot patch (403); everyone can read (200); unknown ids are 404", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const viewer = await tokenFactory("VIEWER");
    const claim = await claimFixture(secret);
    assert.equal((await patch(viewer.secret, claim.id, { version: 1, value: 2 })).status, 403);
    assert.equal((await getClaimRoute(bearer(viewer.secret, `/api/v1/claims/${claim.id}`), idContext(claim.id))).status, 200);
    assert.equal((await getClaimRoute(bearer(viewer.secret, "/api/v1/claims/nope"), idContext("nope"))).status, 404);
  });

  it("editors delete only their own drafts; the deletion is audited", async () => {
    const owner = await tokenFactory("EDITOR");
    const other = await tokenFactory("EDITOR");
    const claim = await claimFixture(owner.secret);
    const remove = (secret: string) => deleteClaimRoute(bearer(secret, `/api/v1/claims/${claim.id}`, { method: "DELETE" }), idContext(claim.id));
    assert.equal((await remove(other.secret)).status, 403);
    assert.equal((await remove(owner.secret)).status, 204);
    assert.equal(await db.claim.count({ where: { id: claim.id } }), 0);
    const actions = (await db.auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { id: "asc" } })).map((event) => event.action);
    assert.deepEqual(actions, ["claim.create", "claim.delete"]);
  });

  it("lists claims by filter with keyset cursors", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const claim = await claimFixture(secret);
    const page1 = await listClaimsRoute(bearer(secret, `/api/v1/claims?articleId=${claim.articleId}&limit=1`), noContext);
    const body = (await page1.json()) as { items: { id: string }[]; nextCursor: string | null };
    assert.deepEqual(body.items.map((item) => item.id), [claim.id]);
    assert.equal(body.nextCursor, null);
    const bad = await listClaimsRoute(bearer(secret, "/api/v1/claims?status=MAYBE"), noContext);
    assert.equal(bad.status, 400);
  });
});
