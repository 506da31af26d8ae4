import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { POST as addSourceRoute } from "@/app/api/v1/claims/[id]/sources/route";
import { POST as statusRoute } from "@/app/api/v1/claims/[id]/status/route";
import { GET as getClaimRoute } from "@/app/api/v1/claims/[id]/route";
import { DELETE as deleteLinkRoute } from "@/app/api/v1/links/[id]/route";
import { POST as createLinkRoute } from "@/app/api/v1/links/route";
import { DELETE as deleteSourceRoute } from "@/app/api/v1/sources/[id]/route";
import { createClaim } from "@/lib/claims/mutations";
import { db, disconnectDb } from "@/lib/db";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, bearer, tokenFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;
const idContext = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (secret: string, path: string, body: unknown, method = "POST") => bearer(secret, path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function claimFor(user: { id: string; role: "EDITOR" | "REVIEWER" | "ADMIN" | "VIEWER" }, text = `Officials said ${crypto.randomUUID()} died.`) {
  const article = await articleFactory({ body: text });
  return createClaim(user, createClaimSchema.parse({ articleId: article.id, start: 0, end: 9, kind: "QUANTITY" }));
}

/** A rating verdict needs evidence; status tests that give one attach a source first. */
async function sourced<Claim extends { id: string }>(claim: Claim): Promise<Claim> {
  await db.source.create({ data: { claimId: claim.id, url: `https://registry.example/${claim.id}`, kind: "OFFICIAL" } });
  return claim;
}

async function writes() {
  const [claims, sources, links, audit, comments] = await Promise.all([db.claim.count(), db.source.count(), db.claimLink.count(), db.auditEvent.count(), db.comment.count()]);
  return { claims, sources, links, audit, comments };
}

describe("sources", () => {
  it("adds and removes a source, auditing both; a bad URL is a 400 that writes nothing", async () => {
    const { secret, user } = await tokenFactory("EDITOR");
    const claim = await claimFor(user);
    const before = await writes();
    const bad = await addSourceRoute(json(secret, `/api/v1/claims/${claim.id}/sources`, { url: "not a url", kind: "OFFICIAL" }), idContext(claim.id));
    assert.equal(bad.status, 400);
    assert.ok(((await bad.json()) as { error: { fields: Record<string, string[]> } }).error.fields.url);
    assert.deepEqual(await writes(), before);

    const created = await addSourceRoute(json(secret, `/api/v1/claims/${claim.id}/sources`, { url: "https://ministry.example/list", title: "Casualty list", kind: "OFFICIAL", accessedAt: "2026-03-01", archiveUrl: "https://archive.example/1" }), idContext(claim.id));
    assert.equal(created.status, 201);
    const source = (await created.json()) as { id: string };
    const removed = await deleteSourceRoute(bearer(secret, `/api/v1/sources/${source.id}`, { method: "DELETE" }), idContext(source.id));
    assert.equal(removed.status, 204);
    const actions = (await db.auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { id: "asc" } })).map((event) => event.action);
    assert.deepEqual(actions, ["claim.create", "source.add", "source.remove"]);
  });

  it("a viewer cannot add sources (403) and a missing claim is a 404, both writing nothing", async () => {
    const viewer = await tokenFactory("VIEWER");
    const editor = await tokenFactory("EDITOR");
    const claim = await claimFor(editor.user);
    const before = await writes();
    assert.equal((await addSourceRoute(json(viewer.secret, "/x", { url: "https://a.example", kind: "PRIMARY" }), idContext(claim.id))).status, 403);
    const missing = crypto.randomUUID();
    assert.equal((await addSourceRoute(json(editor.secret, "/x", { url: "https://a.example", kind: "PRIMARY" }), idContext(missing))).status, 404);
    assert.deepEqual(await writes(), before);
  });
});

describe("links", () => {
  it("stores contradicts once, shows it on both claims, and refuses the same link either way round with 409", async () => {
    const { secret, user } = await tokenFactory("EDITOR");
    const a = await claimFor(user);
    const b = await claimFor(user);
    const first = await createLinkRoute(json(secret, "/api/v1/links", { fromClaimId: b.id, toClaimId: a.id, kind: "CONTRADICTS", note: "5 vs 21" }), noContext);
    assert.equal(first.status, 201);
    const link = (await first.json()) as { id: string; fromClaimId: string };
    assert.equal(link.fromClaimId, [a.id, b.id].sort()[0], "symmetric links are stored in id order");

    const before = await writes();
    const again = await createLinkRoute(json(secret, "/api/v1/links", { fromClaimId: a.id, toClaimId: b.id, kind: "CONTRADICTS" }), noContext);
    assert.equal(again.status, 409);
    assert.match(((await again.json()) as { error: { message: string } }).error.message, /already linked/);
    assert.deepEqual(await writes(), before);

    for (const claim of [a, b]) {
      const response = await getClaimRoute(bearer(secret, `/api/v1/claims/${claim.id}`), idContext(claim.id));
      const body = (await response.json()) as { links: { id: string; kind: string; otherClaimId: string }[] };
      assert.deepEqual(body.links.map((item) => [item.id, item.kind, item.otherClaimId]), [[link.id, "CONTRADICTS", claim.id === a.id ? b.id : a.id]]);
    }
    assert.equal((await deleteLinkRoute(bearer(secret, `/api/v1/links/${link.id}`, { method: "DELETE" }), idContext(link.id))).status, 204);
  });

  it("a link to a missing claim is a 404, a self-link a 400, and neither writes anything", async () => {
    const { secret, user } = await tokenFactory("EDITOR");
    const a = await claimFor(user);
    const before = await writes();
    const missing = await createLinkRoute(json(secret, "/api/v1/links", { fromClaimId: a.id, toClaimId: crypto.randomUUID(), kind: "SUPPORTS" }), noContext);
    assert.equal(missing.status, 404);
    const self = await createLinkRoute(json(secret, "/api/v1/links", { fromClaimId: a.id, toClaimId: a.id, kind: "SUPPORTS" }), noContext);
    assert.equal(self.status, 400);
    assert.deepEqual(await writes(), before);
  });
});

describe("status changes", () => {
  it("follows the workflow with the two-person rule, and a refused change writes nothing", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const claim = await sourced(await claimFor(editor.user));
    const status = (secret: string, body: unknown) => statusRoute(json(secret, `/api/v1/claims/${claim.id}/status`, body), idContext(claim.id));

    assert.equal((await status(editor.secret, { status: "IN_REVIEW" })).status, 200);
    const before = await writes();
    const editorVerdict = await status(editor.secret, { status: "VERIFIED", note: "I checked it myself, honestly." });
    assert.equal(editorVerdict.status, 403);
    const noRationale = await status(reviewer.secret, { status: "VERIFIED" });
    assert.equal(noRationale.status, 400);
    assert.deepEqual(await writes(), before);

    const verdict = await status(reviewer.secret, { status: "VERIFIED", note: "Matches the ministry's published list of names." });
    assert.equal(verdict.status, 200);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    assert.equal(stored.status, "VERIFIED");
    assert.equal(stored.reviewedById, reviewer.user.id);
    assert.equal(stored.verdictRationale, "Matches the ministry's published list of names.");
  });

  it("a reviewer who last edited the claim cannot give its verdict", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const claim = await sourced(await claimFor(editor.user));
    await db.claim.update({ where: { id: claim.id }, data: { updatedById: reviewer.user.id, status: "IN_REVIEW" } });
    const response = await statusRoute(json(reviewer.secret, "/x", { status: "FALSE", note: "The figure is wrong by far." }), idContext(claim.id));
    assert.equal(response.status, 403);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /two-person rule/);
  });

  it("of two concurrent verdicts exactly one wins; the other gets 409", async () => {
    const editor = await tokenFactory("EDITOR");
    const first = await tokenFactory("REVIEWER");
    const second = await tokenFactory("REVIEWER");
    const claim = await sourced(await claimFor(editor.user));
    await statusRoute(json(editor.secret, "/x", { status: "IN_REVIEW" }), idContext(claim.id));
    const responses = await Promise.all([
      statusRoute(json(first.secret, "/x", { status: "VERIFIED", note: "Confirmed by two hospitals." }), idContext(claim.id)),
      statusRoute(json(second.secret, "/x", { status: "FALSE", note: "Contradicted by the hospital list." }), idContext(claim.id)),
    ]);
    assert.deepEqual(responses.map((response) => response.status).sort(), [200, 409]);
    const verdicts = await db.auditEvent.count({ where: { claimId: claim.id, action: "claim.status_change", after: { path: ["workflowAction"], equals: "give_verdict" } } });
    assert.equal(verdicts, 1);
  });
});
