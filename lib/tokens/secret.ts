import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "cdk_";

/** A new API token secret: 32 random bytes, prefixed so leaked tokens are recognisable in logs and scanners. */
export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** Tokens are high-entropy, so a fast hash is enough (unlike passwords) and allows lookup by hash. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function displayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}
