import { recordAudit } from "@/lib/audit/record";
import { lockClaim } from "@/lib/claims/lock";
import { evidenceFrozenMessage, VERDICT_STATUSES } from "@/lib/claims/workflow";
import { db, type Tx } from "@/lib/db";
import { AppError, badRequest, conflict, forbidden, isUniqueViolation, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSymmetric, orientLink } from "@/lib/links/rules";
import { can, hasRole, isFinalStatus, type Actor } from "@/lib/permissions";
import type { CreateLinkData } from "@/lib/validation/evidence";

/** The link as the API sends it back; the review columns are internal bookkeeping. */
const linkRecordSelect = { id: true, fromClaimId: true, toClaimId: true, kind: true, note: true, createdById: true, createdAt: true } satisfies Prisma.ClaimLinkSelect;

/** In id order, so two transactions locking the same pair cannot deadlock. */
async function lockClaims(tx: Tx, ids: string[]): Promise<void> {
  for (const id of [...new Set(ids)].sort()) await lockClaim(tx, id);
}

const KIND_WORD = { CONTRADICTS: "a contradiction", SUPPORTS: "a support", DUPLICATE: "a duplicate", UPDATES: "an update" } as const;

export async function createLink(actor: Actor, input: CreateLinkData) {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins link claims.");
  if (input.fromClaimId === input.toClaimId) throw badRequest("A claim cannot be linked to itself.", { toClaimId: ["Choose a different claim."] });
  const { fromClaimId, toClaimId } = orientLink(input.fromClaimId, input.toClaimId, input.kind);
  const alreadyLinked = () => new AppError("conflict", `These claims are already linked as ${KIND_WORD[input.kind]}.`, { kind: ["This link exists already."] });
  const created = db.$transaction(async (tx) => {
    await lockClaims(tx, [fromClaimId, toClaimId]);
    const found = await tx.claim.findMany({ where: { id: { in: [fromClaimId, toClaimId] } }, select: { id: true, status: true } });
    if (found.length !== 2) throw notFound(found.some((claim) => claim.id === input.fromClaimId) ? "The claim to link to" : "The claim to link from");
    // The claim the link is made from is the one being worked on, so its verdict freezes it. The
    // claim pointed at may have a verdict: a contradiction can surface after it, and must be
    // recordable (it is then flagged on that claim and on the contradictions board).
    const source = found.find((claim) => claim.id === input.fromClaimId)!;
    if (isFinalStatus(source.status)) throw conflict(evidenceFrozenMessage(source.status, "links"));
    const target = found.find((claim) => claim.id === input.toClaimId)!;
    const challengesVerdictOfId = input.kind === "CONTRADICTS" && isFinalStatus(target.status) ? target.id : null;
    const existing = await tx.claimLink.findFirst({
      where: {
        kind: input.kind,
        OR: [{ fromClaimId, toClaimId }, ...(isSymmetric(input.kind) ? [] : [{ fromClaimId: toClaimId, toClaimId: fromClaimId }])],
      },
      select: { id: true },
    });
    if (existing) throw alreadyLinked();
    const link = await tx.claimLink.create({ data: { fromClaimId, toClaimId, kind: input.kind, note: input.note ?? null, createdById: actor.id, challengesVerdictOfId }, select: linkRecordSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "link.create",
      entityType: "ClaimLink",
      entityId: link.id,
      claimId: fromClaimId,
      relatedClaimId: toClaimId,
      after: { fromClaimId, toClaimId, kind: link.kind, note: link.note, ...(challengesVerdictOfId ? { challengesVerdictOfId } : {}) },
    });
    return link;
  });
  // A concurrent request for the same pair (either way round) passes the check above too; the
  // unique index on the unordered pair then refuses one of them, which is the same conflict.
  return created.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw alreadyLinked();
    throw error;
  });
}

export async function deleteLink(actor: Actor, linkId: string) {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins unlink claims.");
  return db.$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId }, select: linkRecordSelect });
    if (!link) throw notFound("The link");
    await lockClaims(tx, [link.fromClaimId, link.toClaimId]);
    const withVerdict = await tx.claim.findFirst({ where: { id: { in: [link.fromClaimId, link.toClaimId] }, status: { in: [...VERDICT_STATUSES] } }, select: { status: true } });
    if (withVerdict) throw conflict(evidenceFrozenMessage(withVerdict.status, "links"));
    await tx.claimLink.delete({ where: { id: linkId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "link.delete",
      entityType: "ClaimLink",
      entityId: linkId,
      claimId: link.fromClaimId,
      relatedClaimId: link.toClaimId,
      before: { fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, kind: link.kind, note: link.note },
    });
    return link;
  });
}

/**
 * A reviewer has weighed a contradiction linked after a verdict and lets the verdict stand: the
 * claim loses its "contradicted after the verdict" notice and leaves the contradictions board.
 * (The alternative is to reopen the claim.)
 */
export async function reviewLink(actor: Actor, linkId: string) {
  if (!hasRole(actor, "REVIEWER")) throw forbidden("Only a reviewer or an admin can review a contradiction against a verdict.");
  return db.$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId }, select: { ...linkRecordSelect, challengesVerdictOfId: true } });
    if (!link) throw notFound("The link");
    const claimId = link.challengesVerdictOfId;
    if (!claimId) throw conflict("This link does not contradict a standing verdict, or it has been reviewed already.");
    const reviewedAt = new Date();
    const updated = await tx.claimLink.updateMany({ where: { id: linkId, challengesVerdictOfId: claimId }, data: { challengesVerdictOfId: null, reviewedAt, reviewedById: actor.id } });
    if (updated.count === 0) throw conflict("Someone reviewed this contradiction at the same moment.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "link.review",
      entityType: "ClaimLink",
      entityId: linkId,
      claimId,
      before: { challengesVerdictOfId: claimId },
      after: { challengesVerdictOfId: null, reviewedAt: reviewedAt.toISOString(), fromClaimId: link.fromClaimId, toClaimId: link.toClaimId },
    });
    return { ...link, reviewedAt };
  });
}
