import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type GeneralAction } from "@/lib/permissions";

export type CurrentUser = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in user, re-read from the database on every request: a role change or deactivation
 * takes effect at once instead of when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return db.user.findFirst({
    where: { id: userId, deactivatedAt: null },
    select: { id: true, email: true, name: true, role: true },
  });
});

/** For pages and server actions: no session → the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages and server actions: renders app/forbidden.tsx with HTTP 403 when the role does not allow the action. */
export async function requirePermission(action: GeneralAction): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, action)) forbidden();
  return user;
}
