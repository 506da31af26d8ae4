import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { timingDummyHash, verifyPassword } from "@/lib/auth/password";
import { isLoginThrottled, THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";
import { loginSchema } from "@/lib/validation/auth";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

/** Error codes next-auth passes back to the login page as `?error=`. */
export const LOGIN_ERROR = { invalid: "CredentialsSignin", throttled: "TooManyAttempts" } as const;

export class LoginError extends Error {
  constructor(readonly reason: keyof typeof LOGIN_ERROR) {
    super(LOGIN_ERROR[reason]);
  }
}

async function recentFailures(email: string, ip: string | null): Promise<{ forEmail: number; forIp: number }> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // A successful login clears the slate for that address, so a user's own typo later is not held against them.
  const emailSince = lastSuccess?.createdAt ?? since;
  const [forEmail, forIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: emailSince } } }),
    ip ? db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }) : Promise.resolve(0),
  ]);
  return { forEmail, forIp };
}

/**
 * Checks e-mail and password. Unknown e-mail, wrong password and deactivated account all fail the
 * same way (and take the same time), so the form does not reveal which accounts exist.
 */
export async function authenticateWithPassword(
  input: { email?: unknown; password?: unknown },
  ip: string | null,
): Promise<AuthenticatedUser> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) throw new LoginError("invalid");
  const { email, password } = parsed.data;

  if (isLoginThrottled(await recentFailures(email, ip))) throw new LoginError("throttled");

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  const succeeded = Boolean(user && passwordMatches && !user.deactivatedAt);
  await db.loginAttempt.create({ data: { email, ip, succeeded } });
  if (!user || !succeeded) throw new LoginError("invalid");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
