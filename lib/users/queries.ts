import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { can } from "@/lib/permissions";
import { forbidden } from "@/lib/errors";

export const userListSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
} as const;

/** The whole team fits one screen; admin-only, checked here as well as by the caller. */
export function listUsers(actor: Actor) {
  if (!can(actor, "users.manage")) throw forbidden();
  return db.user.findMany({ orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }], select: userListSelect });
}
