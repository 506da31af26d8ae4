"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { requirePermission } from "@/lib/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/tokens/tokens";
import { createTokenSchema, revokeTokenSchema } from "@/lib/validation/tokens";

export async function createTokenAction(input: unknown): Promise<ActionResult<{ secret: string; name: string }>> {
  const user = await requirePermission("tokens.manage_own");
  const parsed = createTokenSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    const { token, secret } = await createApiToken(user, parsed.data);
    return { secret, name: token.name };
  });
  revalidatePath("/settings/tokens");
  return result;
}

export async function revokeTokenAction(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("tokens.manage_own");
  const parsed = revokeTokenSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(() => revokeApiToken(user, parsed.data.tokenId), "Token revoked. Tools using it can no longer connect.");
  revalidatePath("/settings/tokens");
  return result;
}
