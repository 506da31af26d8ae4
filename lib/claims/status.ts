import { recordAudit } from "@/lib/audit/record";
import { decideTransition, VERDICT_STATUSES } from "@/lib/claims/workflow";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions";

/**
 * Moves a claim through review. The rules live in lib/claims/workflow.ts (pure); this applies a
 * decision atomically: the update only matches the version that was checked, so of two reviewers
 * acting at once exactly one wins and the other gets 409.
 */
export async function changeClaimStatus(actor: Actor, claimId: string, request: { status: ClaimStatus; note?: string | null }) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, status: true, version: true, createdById: true, updatedById: true, verdictRationale: true } });
    if (!claim) throw notFound("The claim");
    const hasOpenContradiction = (await tx.claimLink.count({ where: { kind: "CONTRADICTS", OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] } })) > 0;
    const decision = decideTransition({ actor, claim, hasOpenContradiction }, { target: request.status, rationale: request.note });
    if (!decision.ok) throw new AppError(decision.code, decision.message, decision.code === "bad_request" && /rationale|reason/i.test(decision.message) ? { note: [decision.message] } : undefined);

    const isVerdict = VERDICT_STATUSES.includes(request.status);
    const rationale = request.note?.trim() || null;
    const updated = await tx.claim.updateMany({
      where: { id: claimId, version: claim.version, status: claim.status },
      data: {
        status: request.status,
        version: { increment: 1 },
        // A verdict records who gave it and why; leaving a verdict (reopen, send back) clears it —
        // the audit trail keeps the earlier one.
        verdictRationale: isVerdict ? rationale : null,
        reviewedById: isVerdict ? actor.id : null,
        reviewedAt: isVerdict ? new Date() : null,
      },
    });
    if (updated.count === 0) throw conflict("Someone changed this claim's status at the same moment; reload to see where it stands.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.status_change",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { status: claim.status, version: claim.version },
      after: { status: request.status, version: claim.version + 1, workflowAction: decision.action, ...(rationale ? { note: rationale } : {}) },
    });
    return { status: request.status, version: claim.version + 1 };
  });
}
