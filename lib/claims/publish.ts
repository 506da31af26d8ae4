import { recordAudit } from "@/lib/audit/record";
import { VERDICT_STATUSES } from "@/lib/claims/workflow";
import { db } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { hasRole, isFinalStatus, type Actor } from "@/lib/permissions";

export type PublishState = { id: string; publishedAt: string | null; path: string | null };

function requireReviewer(actor: Actor): void {
  if (!hasRole(actor, "REVIEWER")) throw forbidden("Only a reviewer or an admin can publish or take down a fact-check.");
}

/**
 * Gives a verdict its public page. The update repeats "has a verdict" in its `where`, so a claim
 * reopened at the same moment is never published without one.
 */
export async function publishClaim(actor: Actor, claimId: string): Promise<PublishState> {
  requireReviewer(actor);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { status: true, publishedAt: true } });
    if (!claim) throw notFound("The claim");
    if (!isFinalStatus(claim.status)) throw conflict("Only a claim with a verdict can be published; this one has none yet.");
    if (claim.publishedAt) throw conflict("This fact-check is already published.");
    const publishedAt = new Date();
    const updated = await tx.claim.updateMany({
      where: { id: claimId, status: { in: [...VERDICT_STATUSES] }, publishedAt: null },
      data: { publishedAt, publishedById: actor.id },
    });
    if (updated.count === 0) throw conflict("The claim changed while it was being published; reload and try again.");
    await recordAudit(tx, { actorId: actor.id, action: "claim.publish", entityType: "Claim", entityId: claimId, claimId, before: { publishedAt: null }, after: { publishedAt: publishedAt.toISOString(), status: claim.status } });
    return { id: claimId, publishedAt: publishedAt.toISOString(), path: `/fact-checks/${claimId}` };
  });
}

export async function unpublishClaim(actor: Actor, claimId: string): Promise<PublishState> {
  requireReviewer(actor);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { publishedAt: true } });
    if (!claim) throw notFound("The claim");
    if (!claim.publishedAt) throw conflict("This fact-check is not published.");
    const updated = await tx.claim.updateMany({ where: { id: claimId, publishedAt: { not: null } }, data: { publishedAt: null, publishedById: null } });
    if (updated.count === 0) throw conflict("Someone took this fact-check down at the same moment.");
    await recordAudit(tx, { actorId: actor.id, action: "claim.unpublish", entityType: "Claim", entityId: claimId, claimId, before: { publishedAt: claim.publishedAt.toISOString() }, after: { publishedAt: null } });
    return { id: claimId, publishedAt: null, path: null };
  });
}
