import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { badRequest, forbidden, notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import type { MergeSubjectsInput } from "@/lib/validation/subjects";

/** The key claims are grouped under once editors' merges are applied; one query for a whole batch. */
export async function applySubjectMerges(client: Tx | typeof db, keys: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(keys.filter((key): key is string => key !== null))];
  if (wanted.length === 0) return new Map();
  const merges = await client.subjectMerge.findMany({ where: { fromKey: { in: wanted } }, select: { fromKey: true, toKey: true } });
  return new Map(merges.map((merge) => [merge.fromKey, merge.toKey]));
}

/**
 * Editors decide that two subjects are one: claims keyed `from` move under `to` (or under the
 * subject `to` was itself merged into), and earlier merges into `from` follow. One transaction,
 * one audit event with the number of claims moved.
 */
export async function mergeSubjects(actor: Actor, input: MergeSubjectsInput): Promise<{ to: string; moved: number }> {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins merge subjects.");
  return db.$transaction(async (tx) => {
    const onward = await tx.subjectMerge.findUnique({ where: { fromKey: input.to }, select: { toKey: true } });
    const to = onward?.toKey ?? input.to;
    if (to === input.from) throw badRequest("These subjects are already one.", { to: ["Choose a different subject."] });
    await tx.subjectMerge.upsert({ where: { fromKey: input.from }, create: { fromKey: input.from, toKey: to, createdById: actor.id }, update: { toKey: to, createdById: actor.id } });
    await tx.subjectMerge.updateMany({ where: { toKey: input.from }, data: { toKey: to } });
    const moved = await tx.claim.updateMany({ where: { subjectKey: input.from }, data: { subjectKey: to } });
    await recordAudit(tx, { actorId: actor.id, action: "subject.merge", entityType: "Subject", entityId: input.from, before: { subjectKey: input.from }, after: { subjectKey: to, claims: moved.count } });
    return { to, moved: moved.count };
  });
}

/**
 * Undoes a merge: the claims whose own derived key is `from` get it back. Subjects that had been
 * merged into `from` before stay with the subject they were moved to; split them one by one.
 */
export async function splitSubject(actor: Actor, from: string): Promise<{ restored: number }> {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins split subjects.");
  return db.$transaction(async (tx) => {
    const merge = await tx.subjectMerge.findUnique({ where: { fromKey: from }, select: { toKey: true } });
    if (!merge) throw notFound("That merge");
    await tx.subjectMerge.delete({ where: { fromKey: from } });
    const restored = await tx.$executeRaw`
      UPDATE "Claim" SET "subjectKey" = ${from}
      WHERE "subjectKey" = ${merge.toKey} AND ("facts" ->> 'subjectKey') = ${from}`;
    await recordAudit(tx, { actorId: actor.id, action: "subject.split", entityType: "Subject", entityId: from, before: { subjectKey: merge.toKey }, after: { subjectKey: from, claims: restored } });
    return { restored };
  });
}
