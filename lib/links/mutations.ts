import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, badRequest, forbidden, notFound } from "@/lib/errors";
import { isSymmetric, orientLink } from "@/lib/links/rules";
import { can, type Actor } from "@/lib/permissions";
import type { CreateLinkData } from "@/lib/validation/evidence";

const KIND_WORD = { CONTRADICTS: "a contradiction", SUPPORTS: "a support", DUPLICATE: "a duplicate", UPDATES: "an update" } as const;

export async function createLink(actor: Actor, input: CreateLinkData) {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins link claims.");
  if (input.fromClaimId === input.toClaimId) throw badRequest("A claim cannot be linked to itself.", { toClaimId: ["Choose a different claim."] });
  const { fromClaimId, toClaimId } = orientLink(input.fromClaimId, input.toClaimId, input.kind);
  return db.$transaction(async (tx) => {
    const found = await tx.claim.findMany({ where: { id: { in: [fromClaimId, toClaimId] } }, select: { id: true } });
    if (found.length !== 2) throw notFound(found.some((claim) => claim.id === input.fromClaimId) ? "The claim to link to" : "The claim to link from");
    const existing = await tx.claimLink.findFirst({
      where: {
        kind: input.kind,
        OR: [{ fromClaimId, toClaimId }, ...(isSymmetric(input.kind) ? [] : [{ fromClaimId: toClaimId, toClaimId: fromClaimId }])],
      },
      select: { id: true },
    });
    if (existing) throw new AppError("conflict", `These claims are already linked as ${KIND_WORD[input.kind]}.`, { kind: ["This link exists already."] });
    const link = await tx.claimLink.create({ data: { fromClaimId, toClaimId, kind: input.kind, note: input.note ?? null, createdById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "link.create",
      entityType: "ClaimLink",
      entityId: link.id,
      claimId: fromClaimId,
      relatedClaimId: toClaimId,
      after: { fromClaimId, toClaimId, kind: link.kind, note: link.note },
    });
    return link;
  });
}

export async function deleteLink(actor: Actor, linkId: string) {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins unlink claims.");
  return db.$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId } });
    if (!link) throw notFound("The link");
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
