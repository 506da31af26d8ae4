import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, describe, it } from "node:test";
import { createClaim } from "@/lib/claims/mutations";
import { disconnectDb, db } from "@/lib/db";
import { getSubjectComparisonPage, getSubjectFigures } from "@/lib/compare/queries";
import { mergeSubjectByName } from "@/lib/subjects/merge-form";
import { mergeSubjects, splitSubject } from "@/lib/subjects/mutations";
import { getSubjectSummary, listSubjectsMergedInto, resolveSubjectKey } from "@/lib/subjects/queries";
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

describe("compare pages group by subject key", () => {
  it("put a typed subject and claims sent with only a quote under one key, counted and charted together", async () => {
    const editor = await userFactory("EDITOR");
    // A typed toll and a figure marked by quote alone meet under the shared "people killed" key.
    const key = "q:killed:people";
    const before = await getSubjectSummary(key);
    const figure = 100_000 + Math.floor(Math.random() * 800_000);
    const typedArticle = await articleFactory({ body: `The agency said ${figure} civilians were killed this month.` });
    const typed = await createClaim(
      editor,
      createClaimSchema.parse({ articleId: typedArticle.id, start: 0, end: typedArticle.body.length, kind: "QUANTITY", subject: "Civilian death toll", value: figure, unit: "civilians" }),
    );
    const bare = await mark(editor, `A monitor said ${figure + 7} people died in the same month.`, `${figure + 7} people died in the same month`);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: typed.id } })).subjectKey, key);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: bare.id } })).subjectKey, key);
    assert.equal(await resolveSubjectKey("Civilian death toll"), key, "the subject as typed finds the group");
    assert.equal(await resolveSubjectKey(key), key, "so does the key a link carries");
    assert.equal((await getSubjectSummary(key)).claims, before.claims + 2, "both are counted under the key");

    const onPages = new Set<string>();
    let cursor: Parameters<typeof getSubjectComparisonPage>[1] = null;
    do {
      const page = await getSubjectComparisonPage(key, cursor);
      for (const claim of page.claims) onPages.add(claim.id);
      cursor = page.nextCursor;
    } while (cursor);
    assert.ok(onPages.has(typed.id) && onPages.has(bare.id), "both are listed on the subject's compare pages");
    const { figures } = await getSubjectFigures(key);
    assert.ok(figures.some((row) => row.value === figure), "the typed figure is charted");
  });

  it("merge by the name an editor types, show the merged subject, and split it off again", async () => {
    const editor = await userFactory("EDITOR");
    const [a, b] = [noun(), noun()];
    await mark(editor, `Officials said 12 ${a} were detained at the crossing.`, `12 ${a} were detained at the crossing`);
    await mark(editor, `Lawyers said 30 ${b} were detained at the crossing.`, `30 ${b} were detained at the crossing`);
    const keyA = `q:detained:${a.slice(0, -1)}`;
    const keyB = `q:detained:${b.slice(0, -1)}`;

    await assert.rejects(mergeSubjectByName(editor, { from: keyA, into: `${noun()} nobody reported` }), { code: "bad_request" }, "a subject without claims is a typing slip");
    await assert.rejects(mergeSubjectByName(editor, { from: keyA, into: keyA }), { code: "bad_request" });
    assert.equal(await db.subjectMerge.count({ where: { fromKey: keyA } }), 0, "nothing written by refused merges");

    const { to, moved } = await mergeSubjectByName(editor, { from: keyA, into: keyB });
    assert.deepEqual({ to, moved }, { to: keyB, moved: 1 });
    assert.equal((await getSubjectSummary(keyB)).claims, 2, "the counts follow the merge");
    assert.equal((await getSubjectSummary(keyA)).claims, 0);
    assert.equal(await resolveSubjectKey(keyA), keyB, "old links land on the merged subject");
    assert.deepEqual((await listSubjectsMergedInto(keyB)).map((entry) => entry.key), [keyA]);

    await splitSubject(editor, keyA);
    assert.equal((await getSubjectSummary(keyA)).claims, 1);
    assert.deepEqual(await listSubjectsMergedInto(keyB), []);
  });
});
