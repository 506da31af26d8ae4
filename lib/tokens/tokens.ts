import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { displayPrefix, generateTokenSecret, hashTokenSecret } from "@/lib/tokens/secret";
import type { createTokenSchema } from "@/lib/validation/tokens";
import type { z } from "zod";

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const SUMMARY = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export function listOwnApiTokens(actor: Actor): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, select: SUMMARY });
}

/** Returns the secret once; only its hash is stored. */
export async function createApiToken(
  actor: Actor,
  input: z.output<typeof createTokenSchema>,
): Promise<{ token: ApiTokenSummary; secret: string }> {
  const secret = generateTokenSecret();
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, tokenHash: hashTokenSecret(secret), prefix: displayPrefix(secret) },
      select: SUMMARY,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.create",
      entityType: "ApiToken",
      entityId: created.id,
      after: { name: created.name, prefix: created.prefix, userId: actor.id },
    });
    return created;
  });
  return { token, secret };
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    // Ownership is part of the query: a user can only ever touch their own tokens.
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw notFound("An active token of yours with that id");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.revoke",
      entityType: "ApiToken",
      entityId: tokenId,
      before: { revokedAt: null },
      after: { revoked: true },
    });
  });
}

const LAST_USED_PRECISION_MS = 60_000;

/**
 * Stamps the token's lastUsedAt, unless another request is stamping it right now. A client that
 * sends ten requests at once after a quiet minute makes all ten see an old stamp; with a plain
 * UPDATE they queued on the token's row, each waiting for the one before to commit. SKIP LOCKED
 * lets one write it and the others go on. Timestamps are UTC (timestamp(3) columns hold UTC).
 */
async function recordTokenUse(tokenId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "ApiToken" SET "lastUsedAt" = now() AT TIME ZONE 'UTC'
    WHERE "id" IN (SELECT t."id" FROM "ApiToken" t
                   WHERE t."id" = ${tokenId}::uuid
                     AND (t."lastUsedAt" IS NULL OR t."lastUsedAt" < now() AT TIME ZONE 'UTC' - ${LAST_USED_PRECISION_MS} * interval '1 millisecond')
                   FOR UPDATE SKIP LOCKED)`;
}

/** The user behind a bearer token, or null when the token is unknown, revoked or its user deactivated. */
export async function userForTokenSecret(secret: string): Promise<(Actor & { email: string }) | null> {
  const token = await db.apiToken.findFirst({
    where: { tokenHash: hashTokenSecret(secret), revokedAt: null, user: { deactivatedAt: null } },
    select: { id: true, lastUsedAt: true, user: { select: { id: true, role: true, email: true } } },
  });
  if (!token) return null;
  // Recording every use would turn each read into a write; once a minute is precise enough.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) await recordTokenUse(token.id);
  return token.user;
}
