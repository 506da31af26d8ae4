import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/**
 * The user a session cookie names, re-read on every request so that a role change or a
 * deactivation takes effect at once instead of when the cookie expires: a deactivated user's
 * session is worth nothing from the next request on.
 */
export function activeSessionUser(userId: string): Promise<SessionUser | null> {
  return db.user.findFirst({
    where: { id: userId, deactivatedAt: null },
    select: { id: true, email: true, name: true, role: true },
  });
}
