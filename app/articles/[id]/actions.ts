"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { requireUser } from "@/lib/auth/session";
import { createClaim, deleteClaim, updateClaim } from "@/lib/claims/mutations";
import { getClaim } from "@/lib/claims/queries";
import { readerClaim, type ReaderClaim } from "@/lib/claims/reader";
import { createClaimSchema, updateClaimSchema } from "@/lib/validation/claims";
import { uuidParam } from "@/lib/validation/fields";

export async function createClaimAction(input: unknown): Promise<ActionResult<ReaderClaim>> {
  const user = await requireUser();
  const parsed = createClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => readerClaim(await createClaim(user, parsed.data)), "Claim saved.");
  if (result.ok) revalidatePath(`/articles/${parsed.data.articleId}`);
  return result;
}

export type UpdateClaimResult = ActionResult<ReaderClaim> & { current?: ReaderClaim };

/** On a version conflict the current claim comes back too, so the form can show both and lose nothing. */
export async function updateClaimAction(claimId: string, input: unknown): Promise<UpdateClaimResult> {
  const user = await requireUser();
  const id = uuidParam.safeParse(claimId);
  const parsed = updateClaimSchema.safeParse(input);
  if (!id.success) return { ok: false, message: "That claim id is not valid." };
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => readerClaim(await updateClaim(user, id.data, parsed.data)), "Changes saved.");
  if (result.ok) {
    revalidatePath(`/articles/${result.data.articleId}`);
    return result;
  }
  const current = await getClaim(id.data);
  return current && result.code === "conflict" ? { ...result, current: readerClaim(current) } : result;
}

export async function deleteClaimAction(claimId: string, version: number): Promise<ActionResult> {
  const user = await requireUser();
  const id = uuidParam.safeParse(claimId);
  if (!id.success || !Number.isInteger(version)) return { ok: false, message: "That claim id is not valid." };
  const result = await runAction(() => deleteClaim(user, id.data, version), "Claim deleted.");
  if (!result.ok) return result;
  revalidatePath(`/articles/${result.data.articleId}`);
  return { ok: true, data: undefined, message: result.message };
}
