import { recordAudit } from "@/lib/audit/record";
import { decideTransition, VERDICT_STATUSES, type RefusalCode } from "@/lib/claims/workflow";
import { lockClaim } from "@/lib/claims/lock";
import { db } from "@/lib/db";
import { AppError, conflict, notFound, type FieldErrors } from "@/lib/errors";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions";

function refusalFields(code: RefusalCode, message: string): FieldErrors | undefined {
  if (code === "evidence_required") return { sources: [message] };
  if (code === "bad_request" && /rationale|reason/i.test(message)) return { note: [message] };
  return undefined;
}

/**
 * Moves a claim through review. The rules live in lib/claims/workflow.ts (pure); this applies a
 * decision atomically: the update only matches the version that was checked, so of two reviewers
 * acting at once exactly one wins and the other gets 409.
 */
export async function changeClaimStatus(actor: Actor, claimId: string, request: { status: ClaimStatus; note?: string | null }) {
  return db.$transaction(async (tx) => {
    // Read before the lock: a change committed while we wait then fails the version check below
    // (409), as concurrent changes always have. The lock itself keeps a source from being removed
    // between counting the sources and giving the verdict.
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, status: true, version: true, createdById: true, updatedById: true, verdictRationale: true, publishedAt: true } });
    if (!claim) throw notFound("The claim");
    await lockClaim(tx, claimId);
    // One after the other: a transaction is one connection, which runs one query at a time anyway.
    const contradictions = await tx.claimLink.count({ where: { kind: "CONTRADICTS", OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] } });
    const sourceCount = await tx.source.count({ where: { claimId } });
    const decision = decideTransition({ actor, claim, hasOpenContradiction: contradictions > 0, sourceCount }, { target: request.status, rationale: request.note });
    if (!decision.ok) throw new AppError(decision.code, decision.message, refusalFields(decision.code, decision.message));

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
        // A public page shows a verdict; once the verdict is withdrawn the page must go too.
        ...(isVerdict ? {} : { publishedAt: null, publishedById: null }),
      },
    });
    if (updated.count === 0) throw conflict("Someone changed this claim's status at the same moment; reload to see where it stands.");
    // Reopening answers any contradiction raised against the verdict it withdraws.
    if (!isVerdict) {
      await tx.claimLink.updateMany({ where: { challengesVerdictOfId: claimId }, data: { challengesVerdictOfId: null } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.status_change",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { status: claim.status, version: claim.version },
      after: {
        status: request.status,
        version: claim.version + 1,
        workflowAction: decision.action,
        ...(rationale ? { note: rationale } : {}),
        ...(claim.publishedAt && !isVerdict ? { unpublished: true } : {}),
      },
    });
    return { status: request.status, version: claim.version + 1 };
  });
}
