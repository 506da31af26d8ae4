import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError, badRequest, forbidden, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { userListSelect } from "@/lib/users/queries";
import type { createUserSchema } from "@/lib/validation/users";
import type { z } from "zod";

function requireAdmin(actor: Actor): void {
  if (!can(actor, "users.manage")) throw forbidden("Only admins manage users.");
}

/** `actor` is null for the command-line script, which runs with the operator's authority. */
export async function createUser(actor: Actor | null, input: z.output<typeof createUserSchema>) {
  if (actor) requireAdmin(actor);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new AppError("conflict", `A user with the e-mail ${input.email} already exists.`, { email: ["This e-mail is already in use."] });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: userListSelect,
    });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role },
    });
    return user;
  });
}

export async function changeUserRole(actor: Actor, userId: string, role: Role) {
  requireAdmin(actor);
  if (userId === actor.id && role !== "ADMIN") throw badRequest("You cannot remove your own admin role; ask another admin.");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw notFound("The user");
    if (before.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actorId: actor.id, action: "user.role_change", entityType: "User", entityId: userId, before: { role: before.role }, after: { role } });
  });
}

export async function setUserActive(actor: Actor, userId: string, active: boolean) {
  requireAdmin(actor);
  if (userId === actor.id && !active) throw badRequest("You cannot deactivate your own account.");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
    if (!before) throw notFound("The user");
    const wasActive = before.deactivatedAt === null;
    if (wasActive === active) return;
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: active ? null : new Date() } });
    if (!active) {
      // A deactivated person's tokens must stop working too, not just their sessions.
      await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      before: { active: wasActive },
      after: { active },
    });
  });
}

export async function resetUserPassword(actor: Actor, userId: string, password: string) {
  requireAdmin(actor);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash } });
    if (updated.count === 0) throw notFound("The user");
    // The hash itself never goes into the audit trail.
    await recordAudit(tx, { actorId: actor.id, action: "user.password_reset", entityType: "User", entityId: userId });
  });
}

