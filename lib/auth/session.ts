import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { activeSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { can, type GeneralAction } from "@/lib/permissions";

export type CurrentUser = SessionUser;

/**
 * The signed-in user, re-read from the database on every request: a role change or deactivation
 * takes effect at once instead of when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return activeSessionUser(userId);
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
