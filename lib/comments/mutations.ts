import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";

export async function addComment(actor: Actor, claimId: string, body: string) {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins comment on claims.");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("The claim");
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body } });
    await recordAudit(tx, { actorId: actor.id, action: "comment.add", entityType: "Comment", entityId: comment.id, claimId, after: { body } });
    return comment;
  });
}
