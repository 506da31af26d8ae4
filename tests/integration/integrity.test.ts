import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { DELETE as deleteArticleRoute, PATCH as patchArticleRoute } from "@/app/api/v1/articles/[id]/route";
import { POST as importArticleRoute } from "@/app/api/v1/articles/route";
import { DELETE as unpublishRoute, POST as publishRoute } from "@/app/api/v1/claims/[id]/publish/route";
import { POST as addSourceRoute } from "@/app/api/v1/claims/[id]/sources/route";
import { POST as statusRoute } from "@/app/api/v1/claims/[id]/status/route";
import { POST as reviewLinkRoute } from "@/app/api/v1/links/[id]/review/route";
import { DELETE as deleteLinkRoute } from "@/app/api/v1/links/[id]/route";
import { POST as createLinkRoute } from "@/app/api/v1/links/route";
import { DELETE as deleteSourceRoute, PATCH as patchSourceRoute } from "@/app/api/v1/sources/[id]/route";
import { createClaim } from "@/lib/claims/mutations";
import { listContradictions } from "@/lib/contradictions/queries";
import { db, disconnectDb } from "@/lib/db";
import { exportConfig } from "@/lib/export/stream";
import { getPublishedFactCheck } from "@/lib/factchecks/queries";
import { listLinksOfClaim } from "@/lib/links/queries";
import { isContradictedAfterVerdict } from "@/lib/links/rules";
import type { Role } from "@/lib/generated/prisma/enums";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, bearer, tokenFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;
const idContext = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (secret: string, path: string, body: unknown, method = "POST") => bearer(secret, path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

async function claimBy(user: { id: string; role: Role }, articleId?: string) {
  const article = articleId ? { id: articleId } : await articleFactory({ body: `The ministry said ${crypto.randomUUID()} people were evacuated.` });
  return createClaim(user, createClaimSchema.parse({ articleId: article.id, start: 4, end: 12, kind: "ATTRIBUTION" }));
}

async function addSource(secret: string, claimId: string) {
  const response = await addSourceRoute(json(secret, `/api/v1/claims/${claimId}/sources`, { url: `https://gazette.example/${crypto.randomUUID()}`, kind: "OFFICIAL" }), idContext(claimId));
  assert.equal(response.status, 201);
  return (await response.json()) as { id: string };
}

async function status(secret: string, claimId: string, body: { status: string; note?: string }) {
  return statusRoute(json(secret, `/api/v1/claims/${claimId}/status`, body), idContext(claimId));
}

/** A claim by `editor`, with one source, given the verdict VERIFIED by `reviewer`. */
async function verifiedClaim(editor: { secret: string; user: { id: string; role: Role } }, reviewer: { secret: string }) {
  const claim = await claimBy(editor.user);
  const source = await addSource(editor.secret, claim.id);
  assert.equal((await status(editor.secret, claim.id, { status: "IN_REVIEW" })).status, 200);
  assert.equal((await status(reviewer.secret, claim.id, { status: "VERIFIED", note: "The gazette prints the same figure." })).status, 200);
  return { claim, source };
}

async function counts() {
  const [claims, sources, links, audit, articles] = await Promise.all([db.claim.count(), db.source.count(), db.claimLink.count(), db.auditEvent.count(), db.article.count()]);
  return { claims, sources, links, audit, articles };
}

describe("evidence rules", () => {
  it("refuses a rating verdict without a source with 422 naming `sources`; unverifiable needs none", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const claim = await claimBy(editor.user);
    await status(editor.secret, claim.id, { status: "IN_REVIEW" });
    const before = await counts();
    for (const verdict of ["VERIFIED", "FALSE", "MISLEADING"]) {
      const response = await status(reviewer.secret, claim.id, { status: verdict, note: "Looks right to me on reading." });
      assert.equal(response.status, 422, verdict);
      const body = (await response.json()) as ErrorBody;
      assert.equal(body.error.code, "evidence_required");
      assert.ok(body.error.fields?.sources?.[0]?.includes("at least one source"), verdict);
    }
    assert.deepEqual(await counts(), before, "a refused verdict writes nothing");
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status, "IN_REVIEW");

    const unverifiable = await status(reviewer.secret, claim.id, { status: "UNVERIFIABLE", note: "No record of the evacuation exists anywhere." });
    assert.equal(unverifiable.status, 200);
  });

  it("freezes sources and links while a verdict stands (409, reopen first), and thaws them on reopening", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const { claim, source } = await verifiedClaim(editor, reviewer);
    const other = await claimBy(editor.user);
    const linked = await createLinkRoute(json(editor.secret, "/api/v1/links", { fromClaimId: other.id, toClaimId: claim.id, kind: "SUPPORTS" }), noContext);
    assert.equal(linked.status, 201, "a new link from another claim to it is allowed");
    const link = (await linked.json()) as { id: string };
    const admin = await tokenFactory("ADMIN");
    const before = await counts();

    const attempts: [string, Promise<Response>][] = [
      ["add source", addSourceRoute(json(editor.secret, "/x", { url: "https://other.example/a", kind: "SECONDARY" }), idContext(claim.id))],
      ["edit source", patchSourceRoute(json(editor.secret, "/x", { url: "https://other.example/b", kind: "SECONDARY" }, "PATCH"), idContext(source.id))],
      ["remove source", deleteSourceRoute(bearer(editor.secret, "/x", { method: "DELETE" }), idContext(source.id))],
      ["link from it", createLinkRoute(json(editor.secret, "/api/v1/links", { fromClaimId: claim.id, toClaimId: other.id, kind: "CONTRADICTS" }), noContext)],
      ["unlink", deleteLinkRoute(bearer(editor.secret, "/x", { method: "DELETE" }), idContext(link.id))],
      ["admin removes source", deleteSourceRoute(bearer(admin.secret, "/x", { method: "DELETE" }), idContext(source.id))],
    ];
    for (const [what, pending] of attempts) {
      const response = await pending;
      assert.equal(response.status, 409, what);
      assert.match(((await response.json()) as ErrorBody).error.message, /reopen it first/, what);
    }
    assert.deepEqual(await counts(), before, "nothing was written");

    assert.equal((await status(reviewer.secret, claim.id, { status: "IN_REVIEW", note: "A second gazette disagrees with the first." })).status, 200);
    assert.equal((await deleteSourceRoute(bearer(editor.secret, "/x", { method: "DELETE" }), idContext(source.id))).status, 204);
  });

  it("a contradiction linked after the verdict raises the notice and keeps the pair on the board until the link is reviewed", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const { claim } = await verifiedClaim(editor, reviewer);
    const board = async () => (await listContradictions({ cursor: null, limit: 100 })).items.map((item) => item.id);
    const notice = async () => isContradictedAfterVerdict(await db.claim.findUniqueOrThrow({ where: { id: claim.id } }), await listLinksOfClaim(claim.id));
    assert.equal(await notice(), false);

    // The contradicting claim gets its own verdict too, so only the new rule keeps the pair on the board.
    const later = await claimBy(editor.user);
    const response = await createLinkRoute(json(editor.secret, "/api/v1/links", { fromClaimId: later.id, toClaimId: claim.id, kind: "CONTRADICTS", note: "Another outlet gives half." }), noContext);
    assert.equal(response.status, 201);
    const link = (await response.json()) as { id: string };
    await addSource(editor.secret, later.id);
    await status(editor.secret, later.id, { status: "IN_REVIEW" });
    assert.equal((await status(reviewer.secret, later.id, { status: "VERIFIED", note: "The port authority confirms half." })).status, 200);

    assert.equal(await notice(), true, "the verified claim carries the notice");
    assert.equal(isContradictedAfterVerdict(await db.claim.findUniqueOrThrow({ where: { id: later.id } }), await listLinksOfClaim(later.id)), false, "only the claim whose verdict came first");
    assert.ok((await board()).includes(link.id), "both sides have verdicts, yet the pair stays on the board");

    assert.equal((await reviewLinkRoute(bearer(editor.secret, "/x", { method: "POST" }), idContext(link.id))).status, 403, "editors cannot wave it away");
    const reviewed = await reviewLinkRoute(bearer(reviewer.secret, "/x", { method: "POST" }), idContext(link.id));
    assert.equal(reviewed.status, 200);
    assert.equal(await notice(), false);
    assert.equal((await board()).includes(link.id), false);
    assert.equal(await db.auditEvent.count({ where: { action: "link.review", entityId: link.id, claimId: claim.id } }), 1);
    assert.equal((await reviewLinkRoute(bearer(reviewer.secret, "/x", { method: "POST" }), idContext(link.id))).status, 409, "reviewed once");
  });

  it("reopening the claim answers the notice as well", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const { claim } = await verifiedClaim(editor, reviewer);
    const later = await claimBy(editor.user);
    assert.equal((await createLinkRoute(json(editor.secret, "/api/v1/links", { fromClaimId: later.id, toClaimId: claim.id, kind: "CONTRADICTS" }), noContext)).status, 201);
    assert.equal(await db.claimLink.count({ where: { challengesVerdictOfId: claim.id } }), 1);
    assert.equal((await status(reviewer.secret, claim.id, { status: "IN_REVIEW", note: "A later report contradicts the figure." })).status, 200);
    assert.equal(await db.claimLink.count({ where: { challengesVerdictOfId: claim.id } }), 0);
  });
});

describe("two-person rule", () => {
  it("binds admins: an admin who marked or last edited a claim cannot give its verdict", async () => {
    const admin = await tokenFactory("ADMIN");
    const otherAdmin = await tokenFactory("ADMIN");
    const claim = await claimBy(admin.user);
    await addSource(admin.secret, claim.id);
    await status(admin.secret, claim.id, { status: "IN_REVIEW" });
    const before = await counts();
    const own = await status(admin.secret, claim.id, { status: "VERIFIED", note: "I checked it against the gazette." });
    assert.equal(own.status, 403);
    assert.match(((await own.json()) as ErrorBody).error.message, /two-person rule/);
    assert.deepEqual(await counts(), before);

    const edited = await claimBy((await tokenFactory("EDITOR")).user);
    await db.claim.update({ where: { id: edited.id }, data: { updatedById: admin.user.id, status: "IN_REVIEW" } });
    await addSource(admin.secret, edited.id);
    assert.equal((await status(admin.secret, edited.id, { status: "FALSE", note: "The gazette says otherwise." })).status, 403);

    assert.equal((await status(otherAdmin.secret, claim.id, { status: "VERIFIED", note: "I checked it against the gazette." })).status, 200);
  });
});

describe("article corrections", () => {
  it("PATCH corrects metadata with before/after audit, refuses a stale version with 409 and a body with 400", async () => {
    const editor = await tokenFactory("EDITOR");
    const viewer = await tokenFactory("VIEWER");
    const article = await articleFactory({ title: "Harbour Gazette — News and Views" });
    const patch = (secret: string, body: unknown) => patchArticleRoute(json(secret, `/api/v1/articles/${article.id}`, body, "PATCH"), idContext(article.id));

    assert.equal((await patch(viewer.secret, { version: 1, title: "Nope" })).status, 403);
    const withBody = await patch(editor.secret, { version: 1, body: "rewritten" });
    assert.equal(withBody.status, 400);
    assert.ok(((await withBody.json()) as ErrorBody).error.fields?.body);

    const ok = await patch(editor.secret, { version: 1, title: "Ferry evacuated after engine fire", outlet: "Harbour Gazette", author: "R. Okafor", publishedAt: "2026-02-14", language: "en-GB" });
    assert.equal(ok.status, 200);
    const corrected = (await ok.json()) as { title: string; version: number; outlet: { name: string }; publishedAt: string };
    assert.equal(corrected.title, "Ferry evacuated after engine fire");
    assert.equal(corrected.version, 2);
    assert.equal(corrected.outlet.name, "Harbour Gazette");
    assert.equal(corrected.publishedAt, "2026-02-14T00:00:00.000Z");

    const before = await counts();
    const stale = await patch(editor.secret, { version: 1, title: "Someone else's idea" });
    assert.equal(stale.status, 409);
    assert.ok(((await stale.json()) as ErrorBody).error.fields?.version);
    assert.deepEqual(await counts(), before);
    assert.equal((await db.article.findUniqueOrThrow({ where: { id: article.id } })).title, "Ferry evacuated after engine fire");

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "article.update", entityId: article.id } });
    assert.equal((audit.before as { title: string }).title, "Harbour Gazette — News and Views");
    assert.equal((audit.after as { title: string; version: number }).title, "Ferry evacuated after engine fire");
  });

  it("a corrected text is a new import that supersedes the old article, linking both, once", async () => {
    const editor = await tokenFactory("EDITOR");
    const old = await articleFactory({ body: `The council said 12 ${crypto.randomUUID()} homes flooded.` });
    const body = { title: "Flood: corrected figures", outlet: "Harbour Ledger", body: `The council said 21 ${crypto.randomUUID()} homes flooded.`, supersedes: old.id };
    const created = await importArticleRoute(json(editor.secret, "/api/v1/articles", body), noContext);
    assert.equal(created.status, 201);
    const article = (await created.json()) as { id: string };
    const stored = await db.article.findUniqueOrThrow({ where: { id: old.id }, select: { supersededBy: { select: { id: true } } } });
    assert.equal(stored.supersededBy?.id, article.id);
    const again = await importArticleRoute(json(editor.secret, "/api/v1/articles", { ...body, body: `Another ${crypto.randomUUID()} text.` }), noContext);
    assert.equal(again.status, 409);
  });

  it("DELETE is admin-only, refused with 409 while a claim has a verdict, and otherwise removes everything in one audited step", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const admin = await tokenFactory("ADMIN");
    const { claim } = await verifiedClaim(editor, reviewer);
    const remove = (secret: string, id: string) => deleteArticleRoute(bearer(secret, `/api/v1/articles/${id}`, { method: "DELETE" }), idContext(id));

    assert.equal((await remove(editor.secret, claim.articleId)).status, 403);
    const before = await counts();
    const refused = await remove(admin.secret, claim.articleId);
    assert.equal(refused.status, 409);
    assert.match(((await refused.json()) as ErrorBody).error.message, /verdict/);
    assert.deepEqual(await counts(), before);

    // A draft and a claim in review, with a source and a link to a claim elsewhere.
    const article = await articleFactory({ body: `Officials said ${crypto.randomUUID()} homes lost power overnight.` });
    const draft = await claimBy(editor.user, article.id);
    const inReview = await createClaim(editor.user, createClaimSchema.parse({ articleId: article.id, start: 0, end: 9, kind: "OTHER" }));
    await addSource(editor.secret, inReview.id);
    await status(editor.secret, inReview.id, { status: "IN_REVIEW" });
    const elsewhere = await claimBy(editor.user);
    assert.equal((await createLinkRoute(json(editor.secret, "/api/v1/links", { fromClaimId: draft.id, toClaimId: elsewhere.id, kind: "CONTRADICTS" }), noContext)).status, 201);

    const removed = await remove(admin.secret, article.id);
    assert.equal(removed.status, 204);
    assert.equal(await db.article.count({ where: { id: article.id } }), 0);
    assert.equal(await db.claim.count({ where: { articleId: article.id } }), 0);
    assert.equal(await db.source.count({ where: { claimId: inReview.id } }), 0);
    assert.equal(await db.claimLink.count({ where: { OR: [{ fromClaimId: draft.id }, { toClaimId: draft.id }] } }), 0);
    assert.equal(await db.claim.count({ where: { id: elsewhere.id } }), 1, "claims of other articles stay");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "article.delete", entityId: article.id } });
    assert.equal(event.actorId, admin.user.id);
    const snapshot = event.before as { claims: { id: string }[]; sources: number; links: number };
    assert.deepEqual(snapshot.claims.map((item) => item.id).sort(), [draft.id, inReview.id].sort());
    assert.equal(snapshot.sources, 1);
    assert.equal(snapshot.links, 1);
    assert.equal(await db.auditEvent.count({ where: { action: "claim.delete", claimId: { in: [draft.id, inReview.id] } } }), 2);
    assert.equal((await remove(admin.secret, article.id)).status, 404);
  });
});

describe("published fact-checks", () => {
  it("publish and unpublish: the public page answers, then 404s, and reopening takes it down too", async () => {
    const editor = await tokenFactory("EDITOR");
    const reviewer = await tokenFactory("REVIEWER");
    const { claim } = await verifiedClaim(editor, reviewer);
    const publish = (secret: string) => publishRoute(bearer(secret, "/x", { method: "POST" }), idContext(claim.id));
    const unpublish = (secret: string) => unpublishRoute(bearer(secret, "/x", { method: "DELETE" }), idContext(claim.id));
    const publicPage = () => getPublishedFactCheck(claim.id, exportConfig());

    assert.equal(await publicPage(), null, "not published yet");
    assert.equal((await publish(editor.secret)).status, 403, "editors cannot publish");
    const published = await publish(reviewer.secret);
    assert.equal(published.status, 200);
    assert.equal(((await published.json()) as { path: string }).path, `/fact-checks/${claim.id}`);
    assert.equal((await publish(reviewer.secret)).status, 409, "already published");

    const page = await publicPage();
    assert.ok(page);
    assert.equal(page.review.url.endsWith(`/fact-checks/${claim.id}`), true);
    assert.equal(page.review.reviewRating.ratingExplanation, "The gazette prints the same figure.");
    assert.equal("note" in page, false);

    assert.equal((await unpublish(reviewer.secret)).status, 200);
    assert.equal(await publicPage(), null);
    assert.deepEqual(
      (await db.auditEvent.findMany({ where: { claimId: claim.id, action: { in: ["claim.publish", "claim.unpublish"] } }, orderBy: { id: "asc" } })).map((event) => event.action),
      ["claim.publish", "claim.unpublish"],
    );

    assert.equal((await publish(reviewer.secret)).status, 200);
    assert.ok(await publicPage());
    assert.equal((await status(reviewer.secret, claim.id, { status: "IN_REVIEW", note: "New figures from the port authority." })).status, 200);
    assert.equal(await publicPage(), null, "reopening unpublishes");
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).publishedAt, null);
    assert.equal((await publish(reviewer.secret)).status, 409, "a claim without a verdict cannot be published");
  });
});
