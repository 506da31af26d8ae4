// Faults that were planted on purpose and survived every test layer. Each test here names the
// fault it catches; it fails when that fault is put back.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { POST as importArticleRoute } from "@/app/api/v1/articles/route";
import { PATCH as patchClaimRoute } from "@/app/api/v1/claims/[id]/route";
import { POST as addSourceRoute } from "@/app/api/v1/claims/[id]/sources/route";
import { POST as changeStatusRoute } from "@/app/api/v1/claims/[id]/status/route";
import { GET as listClaimsRoute, POST as createClaimRoute } from "@/app/api/v1/claims/route";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { POST as createLinkRoute } from "@/app/api/v1/links/route";
import { db, disconnectDb } from "@/lib/db";
import { parseCsv } from "../support/csv";
import { activeSessionUser } from "@/lib/auth/session-user";
import { setUserActive } from "@/lib/users/mutations";
import { bearer, tokenFactory, userFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;
const idContext = (id: string) => ({ params: Promise.resolve({ id }) }) as never;
type Handler = (request: Request, context: never) => Promise<Response>;

function send(handler: Handler, secret: string, method: string, path: string, body?: unknown, context: never = noContext): Promise<Response> {
  const init: RequestInit = body === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  return handler(bearer(secret, path, init), context);
}

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text) as T;
}

async function articleWithClaims(secret: string, count: number, label = "Regression Wire") {
  const sentence = "The port handled 40 ships. ";
  const article = await json<{ id: string; body: string }>(
    await send(importArticleRoute, secret, "POST", "/api/v1/articles", { title: "Port traffic", outlet: `${label} ${crypto.randomUUID().slice(0, 6)}`, body: `${sentence.repeat(count)}${crypto.randomUUID()}` }),
    201,
  );
  const claims: { id: string; version: number }[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = index * sentence.length;
    claims.push(await json(await send(createClaimRoute, secret, "POST", "/api/v1/claims", { articleId: article.id, start, end: start + sentence.length - 1, kind: "QUANTITY", value: 40 }), 201));
  }
  return { article, claims };
}

describe("audit trail", () => {
  it("a claim edit records who changed what, before and after", async () => {
    const { secret, user } = await tokenFactory("EDITOR");
    const { claims } = await articleWithClaims(secret, 1);
    const claim = claims[0]!;
    await json(await send(patchClaimRoute, secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: 1, value: 41, note: "Port log says 41." }, idContext(claim.id)), 200);
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id, action: "claim.update" } });
    assert.equal(events.length, 1);
    const [event] = events as [(typeof events)[number]];
    assert.equal(event.actorId, user.id);
    assert.equal((event.before as { value: number }).value, 40);
    assert.equal((event.after as { value: number; note: string }).value, 41);
    assert.equal((event.after as { note: string }).note, "Port log says 41.");
  });

  it("creating a link records an event in the claim's history", async () => {
    const { secret, user } = await tokenFactory("EDITOR");
    const { claims } = await articleWithClaims(secret, 2);
    const a = claims[0]!;
    const b = claims[1]!;
    const link = await json<{ id: string; fromClaimId: string }>(await send(createLinkRoute, secret, "POST", "/api/v1/links", { fromClaimId: a.id, toClaimId: b.id, kind: "SUPPORTS", note: "Same log" }), 201);
    const events = await db.auditEvent.findMany({ where: { entityType: "ClaimLink", entityId: link.id } });
    assert.deepEqual(
      events.map((event) => [event.action, event.actorId, event.claimId]),
      [["link.create", user.id, a.id]],
    );
    assert.deepEqual(events[0]!.after, { fromClaimId: a.id, toClaimId: b.id, kind: "SUPPORTS", note: "Same log" });
  });
});

describe("CSV export", () => {
  it("quotes a field holding a bare carriage return, so the record is not split", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const { article, claims } = await articleWithClaims(secret, 1);
    const claim = claims[0]!;
    await json(await send(patchClaimRoute, secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: 1, note: "first line\rsecond line" }, idContext(claim.id)), 200);
    const response = await exportRoute(bearer(secret, `/api/v1/export?format=csv&articleId=${article.id}`), noContext);
    assert.equal(response.status, 200);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const records = parseCsv(text);
    assert.equal(records.length, 2, "a header and exactly one record");
    const note = records[0]!.indexOf("note");
    assert.equal(records[1]![note], "first line\rsecond line");
  });
});

describe("claims list paging", () => {
  it("pages through claims that share a timestamp without repeating or skipping one, in every order", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const { article, claims } = await articleWithClaims(secret, 7);
    const ids = claims.map((claim) => claim.id);
    // The same instant for all of them, so only the id breaks ties at every page boundary.
    const instant = new Date("2026-02-01T10:00:00.000Z");
    await db.claim.updateMany({ where: { id: { in: ids } }, data: { createdAt: instant, updatedAt: instant } });
    for (const sort of ["newest", "oldest", "updated"]) {
      for (const limit of [1, 2, 3]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        for (let page = 0; page < 20; page += 1) {
          const query = new URLSearchParams({ articleId: article.id, sort, limit: String(limit), ...(cursor ? { cursor } : {}) });
          const body: { items: { id: string }[]; nextCursor: string | null } = await json(await send(listClaimsRoute, secret, "GET", `/api/v1/claims?${query}`), 200);
          seen.push(...body.items.map((item) => item.id));
          cursor = body.nextCursor;
          if (!cursor) break;
        }
        assert.equal(new Set(seen).size, seen.length, `${sort}/${limit}: a claim came twice: ${seen.join(" ")}`);
        assert.deepEqual([...seen].sort(), [...ids].sort(), `${sort}/${limit}: not every claim was listed`);
      }
    }
  });
});

describe("review rules applied by the API", () => {
  it("a claim can be marked disputed only while a contradicting link exists", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const { claims } = await articleWithClaims(secret, 3);
    const [claim, supporter, contradicter] = [claims[0]!, claims[1]!, claims[2]!];
    const dispute = () => send(changeStatusRoute, secret, "POST", `/api/v1/claims/${claim.id}/status`, { status: "DISPUTED" }, idContext(claim.id));
    const refused = await dispute();
    assert.ok(refused.status >= 400 && refused.status < 500, `expected a refusal, got ${refused.status}`);
    // A supporting link is not a contradiction.
    await json(await send(createLinkRoute, secret, "POST", "/api/v1/links", { fromClaimId: supporter.id, toClaimId: claim.id, kind: "SUPPORTS" }), 201);
    assert.equal((await dispute()).status, refused.status);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status, "DRAFT");
    await json(await send(createLinkRoute, secret, "POST", "/api/v1/links", { fromClaimId: contradicter.id, toClaimId: claim.id, kind: "CONTRADICTS" }), 201);
    assert.equal((await json<{ status: string }>(await dispute(), 200)).status, "DISPUTED");
  });

  it("a reviewer cannot give the verdict on a claim they created, even after someone else edited it", async () => {
    const author = await tokenFactory("REVIEWER");
    const editor = await tokenFactory("EDITOR");
    const otherReviewer = await tokenFactory("REVIEWER");
    const { claims } = await articleWithClaims(author.secret, 1);
    const claim = claims[0]!;
    // Someone else edits last, so only the "created by me" half of the rule can stop the author.
    await json(await send(patchClaimRoute, editor.secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: 1, unit: "ships" }, idContext(claim.id)), 200);
    // A verified verdict must rest on a source (the evidence rule), so the claim gets one first.
    await json(await send(addSourceRoute, editor.secret, "POST", `/api/v1/claims/${claim.id}/sources`, { url: "https://port.example/traffic-log", kind: "PRIMARY" }, idContext(claim.id)), 201);
    await json(await send(changeStatusRoute, editor.secret, "POST", `/api/v1/claims/${claim.id}/status`, { status: "IN_REVIEW" }, idContext(claim.id)), 200);
    const verdict = { status: "VERIFIED", note: "The port's own traffic log lists 40 ships that day." };
    const refused = await send(changeStatusRoute, author.secret, "POST", `/api/v1/claims/${claim.id}/status`, verdict, idContext(claim.id));
    const { error } = await json<{ error: { message: string } }>(refused, 403);
    assert.match(error.message, /created this claim/);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status, "IN_REVIEW");
    assert.equal((await json<{ status: string }>(await send(changeStatusRoute, otherReviewer.secret, "POST", `/api/v1/claims/${claim.id}/status`, verdict, idContext(claim.id)), 200)).status, "VERIFIED");
  });
});

describe("sessions", () => {
  it("a deactivated user's session stops working at once; reactivated, it works again", async () => {
    const admin = await userFactory("ADMIN");
    const user = await userFactory("EDITOR");
    assert.equal((await activeSessionUser(user.id))?.id, user.id);
    await setUserActive(admin, user.id, false);
    assert.equal(await activeSessionUser(user.id), null);
    await setUserActive(admin, user.id, true);
    assert.equal((await activeSessionUser(user.id))?.role, "EDITOR");
  });
});

describe("a PATCH judged with the stored claim", () => {
  // Found by the write fuzzer: PATCH { value } above the stored upper bound passed the request's
  // own checks and hit the database's range constraint: a 500.
  it("refuses a figure above the stored upper bound, or clearing the figure under one, with 400 and nothing written", async () => {
    const { secret } = await tokenFactory("EDITOR");
    const { claims } = await articleWithClaims(secret, 1, "Range Wire");
    const claim = claims[0]!;
    const ranged = await json<{ version: number }>(await send(patchClaimRoute, secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: 1, valueMax: 60, qualifier: "RANGE" }, idContext(claim.id)), 200);

    const above = await json<{ error: { code: string; message: string; fields: Record<string, string[]> } }>(
      await send(patchClaimRoute, secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: ranged.version, value: 75 }, idContext(claim.id)),
      400,
    );
    assert.equal(above.error.code, "bad_request");
    assert.deepEqual(above.error.fields, { valueMax: ["The upper bound must not be below the figure."] });
    assert.match(above.error.message, /figure would be 75 and its upper bound 60/);

    const cleared = await json<{ error: { fields: Record<string, string[]> } }>(
      await send(patchClaimRoute, secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: ranged.version, value: null }, idContext(claim.id)),
      400,
    );
    assert.deepEqual(cleared.error.fields, { value: ["Give the lower figure too, or leave the upper bound empty."] });

    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { value: true, valueMax: true, version: true } });
    assert.deepEqual(stored, { value: 40, valueMax: 60, version: ranged.version });
    // Both together are fine.
    await json(await send(patchClaimRoute, secret, "PATCH", `/api/v1/claims/${claim.id}`, { version: ranged.version, value: 75, valueMax: 90 }, idContext(claim.id)), 200);
  });
});
