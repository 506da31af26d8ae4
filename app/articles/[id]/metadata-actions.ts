"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { deleteArticle, updateArticleMetadata } from "@/lib/articles/mutations";
import { requireUser } from "@/lib/auth/session";
import { updateArticleSchema } from "@/lib/validation/articles";
import { uuidParam } from "@/lib/validation/fields";

// Thin: the session is checked here, the role rules and the version check in lib/articles.

export async function updateArticleAction(articleId: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await requireUser();
  const id = uuidParam.safeParse(articleId);
  const parsed = updateArticleSchema.safeParse(input);
  if (!id.success) return { ok: false, message: "That article id is not valid." };
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => ({ version: (await updateArticleMetadata(user, id.data, parsed.data)).version }), "Details corrected.");
  if (result.ok) revalidatePath(`/articles/${id.data}`);
  return result;
}

export async function deleteArticleAction(articleId: string): Promise<ActionResult> {
  const user = await requireUser();
  const id = uuidParam.safeParse(articleId);
  if (!id.success) return { ok: false, message: "That article id is not valid." };
  const result = await runAction(async () => {
    await deleteArticle(user, id.data);
  }, "Article deleted.");
  if (result.ok) revalidatePath("/articles");
  return result;
}
