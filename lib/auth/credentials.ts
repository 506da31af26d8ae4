import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { clientIp } from "@/lib/auth/client-ip";
import { timingDummyHash, verifyPassword } from "@/lib/auth/password";
import { isLoginThrottled, THROTTLE_WINDOW_MS, type FailureCounts } from "@/lib/auth/throttle";
import { loginSchema } from "@/lib/validation/auth";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

/** Error codes next-auth passes back to the login page as `?error=`. */
export const LOGIN_ERROR = { invalid: "CredentialsSignin", throttled: "TooManyAttempts" } as const;

export class LoginError extends Error {
  constructor(readonly reason: keyof typeof LOGIN_ERROR) {
    super(LOGIN_ERROR[reason]);
  }
}

async function recentFailures(email: string, ip: string | null, now: Date): Promise<FailureCounts> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  // The pair is this e-mail from this address; with no known address, from anywhere.
  const pairWhere = { email, ...(ip ? { ip } : {}) };
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { ...pairWhere, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // A successful login clears the slate for that pair, so a user's own typo later is not held against them.
  const pairSince = lastSuccess?.createdAt ?? since;
  const [pairCount, lastFailure, forIp, forEmail] = await Promise.all([
    db.loginAttempt.count({ where: { ...pairWhere, succeeded: false, createdAt: { gt: pairSince } } }),
    db.loginAttempt.findFirst({ where: { ...pairWhere, succeeded: false, createdAt: { gt: pairSince } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    ip ? db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }) : Promise.resolve(0),
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return { pair: { count: pairCount, lastAt: lastFailure?.createdAt ?? null }, forIp, forEmail };
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

  const now = new Date();
  if (isLoginThrottled(await recentFailures(email, ip, now), now)) throw new LoginError("throttled");

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  const succeeded = Boolean(user && passwordMatches && !user.deactivatedAt);
  await db.loginAttempt.create({ data: { email, ip, succeeded } });
  if (!user || !succeeded) throw new LoginError("invalid");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * next-auth's authorize(): the credentials and the request's headers (as a plain object) in, the
 * user or null ("wrong credentials") out. A throttled attempt throws, so next-auth shows its code.
 */
export async function authorizeCredentials(credentials: { email?: unknown; password?: unknown }, headers: Record<string, unknown> | undefined): Promise<AuthenticatedUser | null> {
  const forwardedFor = headers?.["x-forwarded-for"];
  try {
    return await authenticateWithPassword(credentials, clientIp(typeof forwardedFor === "string" ? forwardedFor : null));
  } catch (error) {
    if (error instanceof LoginError && error.reason === "invalid") return null;
    throw error;
  }
}
