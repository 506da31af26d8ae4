import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, badRequest, forbidden, notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";

export async function assignClaim(actor: Actor, claimId: string, assigneeId: string) {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins assign claims.");
  return db.$transaction(async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time anyway.
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    const assignee = await tx.user.findFirst({ where: { id: assigneeId, deactivatedAt: null }, select: { id: true, name: true, role: true } });
    if (!claim) throw notFound("The claim");
    if (!assignee) throw notFound("The person");
    if (assignee.role === "VIEWER") throw badRequest(`${assignee.name} is a viewer and cannot work on claims.`, { assigneeId: ["Choose an editor or reviewer."] });
    const existing = await tx.assignment.findUnique({ where: { claimId_assigneeId: { claimId, assigneeId } }, select: { id: true } });
    if (existing) throw new AppError("conflict", `${assignee.name} is already assigned to this claim.`, { assigneeId: ["Already assigned."] });
    const assignment = await tx.assignment.create({ data: { claimId, assigneeId, assignedById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "assignment.add", entityType: "Assignment", entityId: assignment.id, claimId, after: { assigneeId, assignee: assignee.name } });
    return assignment;
  });
}

export async function unassignClaim(actor: Actor, assignmentId: string) {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins assign claims.");
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findUnique({ where: { id: assignmentId }, include: { assignee: { select: { name: true } } } });
    if (!assignment) throw notFound("The assignment");
    await tx.assignment.delete({ where: { id: assignmentId } });
    await recordAudit(tx, { actorId: actor.id, action: "assignment.remove", entityType: "Assignment", entityId: assignmentId, claimId: assignment.claimId, before: { assigneeId: assignment.assigneeId, assignee: assignment.assignee.name } });
    return assignment;
  });
}
