"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { requirePermission } from "@/lib/auth/session";
import { mergeSubjectByName } from "@/lib/subjects/merge-form";
import { splitSubject } from "@/lib/subjects/mutations";
import { mergeSubjectFormSchema, splitSubjectSchema } from "@/lib/validation/subjects";

export async function mergeSubjectAction(input: unknown): Promise<ActionResult<{ to: string; moved: number }>> {
  const user = await requirePermission("claim.create");
  const parsed = mergeSubjectFormSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(() => mergeSubjectByName(user, parsed.data));
  if (result.ok) {
    result.message = `Merged: ${result.data.moved} claim${result.data.moved === 1 ? "" : "s"} moved.`;
    revalidatePath("/compare");
  }
  return result;
}

export async function splitSubjectAction(input: unknown): Promise<ActionResult<{ restored: number }>> {
  const user = await requirePermission("claim.create");
  const parsed = splitSubjectSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(() => splitSubject(user, parsed.data.from));
  if (result.ok) {
    result.message = `Split off: ${result.data.restored === 1 ? "1 claim has its" : `${result.data.restored} claims have their`} own subject again.`;
    revalidatePath("/compare");
  }
  return result;
}
