import { recordAudit } from "@/lib/audit/record";
import { createClaim } from "@/lib/claims/mutations";
import type { ClaimRecord } from "@/lib/claims/serialize";
import { candidateSelect } from "@/lib/candidates/queries";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict, forbidden } from "@/lib/errors";
import type { CandidateState } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { createClaimSchema } from "@/lib/validation/claims";
import type { CandidateSpan } from "@/lib/validation/candidates";

const STATE_WORD: Record<CandidateState, string> = { OPEN: "open", ACCEPTED: "already accepted", DISMISSED: "already dismissed" };

function requireEditor(actor: Actor): void {
  // Accepting marks a claim and dismissing is the same editorial decision the other way, so both
  // need exactly the role that marks claims.
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins accept or dismiss candidates.");
}

const candidateFields = { ...candidateSelect, id: true, articleId: true, state: true } as const;

async function findCandidate(tx: Tx, articleId: string, span: CandidateSpan) {
  const candidate = await tx.claimCandidate.findUnique({ where: { articleId_start_end: { articleId, start: span.start, end: span.end } }, select: candidateFields });
  if (!candidate) throw new AppError("not_found", "This article has no candidate with that start and end.");
  return candidate;
}

/**
 * Moves a candidate from one state to another only if it is still in the state it was read in, so
 * two editors deciding the same candidate at once cannot both succeed.
 */
async function transition(tx: Tx, actor: Actor, candidate: { id: string; state: CandidateState }, from: CandidateState, to: CandidateState, claimId?: string): Promise<void> {
  if (candidate.state !== from) throw conflict(`This candidate is ${STATE_WORD[candidate.state]}.`);
  const decided = to === "OPEN" ? { decidedById: null, decidedAt: null } : { decidedById: actor.id, decidedAt: new Date() };
  const { count } = await tx.claimCandidate.updateMany({ where: { id: candidate.id, state: from }, data: { state: to, ...decided, ...(claimId ? { claimId } : {}) } });
  if (count === 0) throw conflict("Someone decided this candidate at the same moment; reload to see what they chose.");
}

/**
 * Turns a candidate into a draft claim with its pre-filled fields, through the same createClaim
 * path as a claim marked by hand (validation, speaker resolution, audit), and records the decision,
 * all in one transaction.
 */
export async function acceptCandidate(actor: Actor, articleId: string, span: CandidateSpan): Promise<ClaimRecord> {
  requireEditor(actor);
  return db.$transaction(async (tx) => {
    const candidate = await findCandidate(tx, articleId, span);
    if (candidate.state !== "OPEN") throw conflict(`This candidate is ${STATE_WORD[candidate.state]}.`);
    const input = createClaimSchema.parse({
      articleId,
      start: candidate.start,
      end: candidate.end,
      quote: candidate.quote,
      kind: candidate.kind,
      subject: candidate.subject,
      speaker: candidate.speaker?.name ?? candidate.speakerName,
      value: candidate.value,
      valueMax: candidate.valueMax,
      qualifier: candidate.qualifier,
      unit: candidate.unit,
    });
    const claim = await createClaim(actor, input, tx);
    await transition(tx, actor, candidate, "OPEN", "ACCEPTED", claim.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "candidate.accept",
      entityType: "ClaimCandidate",
      entityId: candidate.id,
      claimId: claim.id,
      after: { articleId, start: candidate.start, end: candidate.end, quote: candidate.quote, claimId: claim.id },
    });
    return claim;
  });
}

/** Hides a candidate for good (the backfill never recreates it); audited, and undone by restoreCandidate. */
export async function dismissCandidate(actor: Actor, articleId: string, span: CandidateSpan): Promise<void> {
  requireEditor(actor);
  await db.$transaction(async (tx) => {
    const candidate = await findCandidate(tx, articleId, span);
    await transition(tx, actor, candidate, "OPEN", "DISMISSED");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "candidate.dismiss",
      entityType: "ClaimCandidate",
      entityId: candidate.id,
      after: { articleId, start: candidate.start, end: candidate.end, quote: candidate.quote },
    });
  });
}

/** Undoes a dismissal. An accepted candidate cannot be restored: its claim exists, delete that instead. */
export async function restoreCandidate(actor: Actor, articleId: string, span: CandidateSpan): Promise<void> {
  requireEditor(actor);
  await db.$transaction(async (tx) => {
    const candidate = await findCandidate(tx, articleId, span);
    await transition(tx, actor, candidate, "DISMISSED", "OPEN");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "candidate.restore",
      entityType: "ClaimCandidate",
      entityId: candidate.id,
      before: { state: "DISMISSED" },
      after: { articleId, start: candidate.start, end: candidate.end, quote: candidate.quote, state: "OPEN" },
    });
  });
}
