import { recordAudit } from "@/lib/audit/record";
import { lockClaim } from "@/lib/claims/lock";
import { evidenceFrozenMessage } from "@/lib/claims/workflow";
import { db, type Tx } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, isFinalStatus, type Actor } from "@/lib/permissions";
import type { SourceData } from "@/lib/validation/evidence";

function requireEditor(actor: Actor): void {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins attach evidence.");
}

/** A verdict was given on this evidence; changing it underneath would make the verdict rest on something else. */
async function requireEvidenceOpen(tx: Tx, claimId: string): Promise<void> {
  if (!(await lockClaim(tx, claimId))) throw notFound("The claim");
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true } });
  if (isFinalStatus(claim.status)) throw conflict(evidenceFrozenMessage(claim.status, "sources"));
}

function snapshot(source: { url: string; title: string | null; publisher: string | null; kind: string; accessedAt: Date | null; archiveUrl: string | null; note: string | null }): Prisma.InputJsonObject {
  return { url: source.url, title: source.title, publisher: source.publisher, kind: source.kind, accessedAt: source.accessedAt?.toISOString() ?? null, archiveUrl: source.archiveUrl, note: source.note };
}

export async function addSource(actor: Actor, claimId: string, input: SourceData) {
  requireEditor(actor);
  return db.$transaction(async (tx) => {
    await requireEvidenceOpen(tx, claimId);
    const source = await tx.source.create({
      data: { claimId, url: input.url, title: input.title ?? null, publisher: input.publisher ?? null, kind: input.kind, accessedAt: input.accessedAt ?? null, archiveUrl: input.archiveUrl ?? null, note: input.note ?? null, createdById: actor.id },
    });
    await recordAudit(tx, { actorId: actor.id, action: "source.add", entityType: "Source", entityId: source.id, claimId, after: snapshot(source) });
    return source;
  });
}

export async function updateSource(actor: Actor, sourceId: string, input: SourceData) {
  requireEditor(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id: sourceId } });
    if (!before) throw notFound("The source");
    await requireEvidenceOpen(tx, before.claimId);
    const after = await tx.source.update({
      where: { id: sourceId },
      data: { url: input.url, title: input.title ?? null, publisher: input.publisher ?? null, kind: input.kind, accessedAt: input.accessedAt ?? null, archiveUrl: input.archiveUrl ?? null, note: input.note ?? null },
    });
    await recordAudit(tx, { actorId: actor.id, action: "source.update", entityType: "Source", entityId: sourceId, claimId: before.claimId, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

export async function removeSource(actor: Actor, sourceId: string): Promise<{ claimId: string }> {
  requireEditor(actor);
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: sourceId } });
    if (!source) throw notFound("The source");
    await requireEvidenceOpen(tx, source.claimId);
    await tx.source.delete({ where: { id: sourceId } });
    await recordAudit(tx, { actorId: actor.id, action: "source.remove", entityType: "Source", entityId: sourceId, claimId: source.claimId, before: snapshot(source) });
    return { claimId: source.claimId };
  });
}
