"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { addActorAlias } from "@/lib/actors/mutations";
import { requirePermission } from "@/lib/auth/session";
import { addAliasSchema } from "@/lib/validation/actors";

export async function addAliasAction(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("claim.create");
  const parsed = addAliasSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(() => addActorAlias(user, parsed.data), `Added “${parsed.data.alias}”.`);
  revalidatePath("/speakers");
  return result;
}
