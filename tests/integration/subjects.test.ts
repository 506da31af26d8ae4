import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, describe, it } from "node:test";
import { createClaim } from "@/lib/claims/mutations";
import { disconnectDb, db } from "@/lib/db";
import { mergeSubjects, splitSubject } from "@/lib/subjects/mutations";
import { suggestLinksFor } from "@/lib/suggestions/queries";
import { createClaimSchema } from "@/lib/validation/claims";
import { articleFactory, userFactory } from "../support/factories";

after(disconnectDb);

function noun(): string {
  return `v${randomUUID().replace(/[^a-f]/g, "").slice(0, 6).padEnd(6, "e")}ites`;
}

async function mark(author: Awaited<ReturnType<typeof userFactory>>, body: string, quote: string) {
  const article = await articleFactory({ body });
  const start = body.indexOf(quote);
  return createClaim(author, createClaimSchema.parse({ articleId: article.id, start, end: start + quote.length, quote, kind: "QUANTITY" }));
}

describe("subject merges", () => {
  it("group two subjects for comparison, apply to later claims, and split back exactly, all audited", async () => {
    const editor = await userFactory("EDITOR");
    const [a, b] = [noun(), noun()];
    const first = await mark(editor, `Officials said 40 ${a} were killed in the raid.`, `40 ${a} were killed in the raid`);
    const second = await mark(editor, `A monitor said 90 ${b} were killed in the raid.`, `90 ${b} were killed in the raid`);
    const keyA = `q:killed:${a.slice(0, -1)}`;
    const keyB = `q:killed:${b.slice(0, -1)}`;
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: first.id } })).subjectKey, keyA);
    assert.deepEqual(await suggestLinksFor(first.id), [], "different subjects are not compared");

    const { moved } = await mergeSubjects(editor, { from: keyA, to: keyB });
    assert.equal(moved, 1);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: first.id } })).subjectKey, keyB);
    assert.equal((await suggestLinksFor(first.id))?.[0]?.claim.id, second.id, "merged subjects are compared");
    const later = await mark(editor, `Residents said 41 ${a} were killed in the raid.`, `41 ${a} were killed in the raid`);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: later.id } })).subjectKey, keyB, "new claims follow the merge");

    const { restored } = await splitSubject(editor, keyA);
    assert.equal(restored, 2);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: second.id } })).subjectKey, keyB, "the other subject's claims stay");
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: first.id } })).subjectKey, keyA);
    const audit = await db.auditEvent.findMany({ where: { entityType: "Subject", entityId: keyA }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
    assert.deepEqual(audit.map((event: { action: string }) => event.action), ["subject.merge", "subject.split"]);
    assert.ok(audit.every((event: { actorId: string | null }) => event.actorId === editor.id));
  });

  it("refuses viewers and merging a subject into itself, and writes nothing", async () => {
    const viewer = await userFactory("VIEWER");
    const editor = await userFactory("EDITOR");
    const key = `q:killed:${noun()}`;
    await assert.rejects(mergeSubjects(viewer, { from: key, to: "q:killed:people" }), { code: "forbidden" });
    await mergeSubjects(editor, { from: key, to: `${key}x` });
    await assert.rejects(mergeSubjects(editor, { from: `${key}x`, to: key }), { code: "bad_request" });
    await assert.rejects(splitSubject(editor, `q:killed:${noun()}`), { code: "not_found" });
    assert.equal(await db.subjectMerge.count({ where: { fromKey: `${key}x` } }), 0);
  });
});
