"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { importFromFile, importFromUrl, previewFile, previewUrl, type ImportPreview } from "@/lib/articles/import-sources";
import { importArticle } from "@/lib/articles/mutations";
import { requirePermission } from "@/lib/auth/session";
import { articleMetadataSchema, importArticleSchema, importFromUrlSchema, previewUrlSchema } from "@/lib/validation/articles";

type Imported = { articleId: string; created: boolean };

function done(result: { article: { id: string }; created: boolean }): Imported {
  revalidatePath("/articles");
  return { articleId: result.article.id, created: result.created };
}

export async function importTextAction(input: unknown): Promise<ActionResult<Imported>> {
  const user = await requirePermission("article.import");
  const parsed = importArticleSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(async () => done(await importArticle(user, parsed.data)));
}

/** FormData because it carries the file; the other fields are checked with the same schema as the form's. */
export async function importFileAction(formData: FormData): Promise<ActionResult<Imported>> {
  const user = await requirePermission("article.import");
  const file = formData.get("file");
  const fields = Object.fromEntries([...formData.entries()].filter(([key, value]) => key !== "file" && typeof value === "string"));
  const parsed = articleMetadataSchema.safeParse(fields);
  if (!parsed.success) return invalidInput(parsed.error);
  if (!(file instanceof File)) return { ok: false, message: "Choose a file to import.", fields: { file: ["Choose a .txt, .md or .html file."] } };
  return runAction(async () => done(await importFromFile(user, file, parsed.data)));
}

export async function importUrlAction(input: unknown): Promise<ActionResult<Imported>> {
  const user = await requirePermission("article.import");
  const parsed = importFromUrlSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(async () => done(await importFromUrl(user, parsed.data)));
}

/** Step one of a file import: the text and what it says about itself, to confirm before saving. */
export async function previewFileAction(formData: FormData): Promise<ActionResult<ImportPreview>> {
  await requirePermission("article.import");
  const file = formData.get("file");
  if (!(file instanceof File)) return { ok: false, message: "Choose a file to import.", fields: { file: ["Choose a .txt, .md or .html file."] } };
  return runAction(() => previewFile(file));
}

/** Step one of a web import: fetch the page once; the confirmed import stores exactly this text. */
export async function previewUrlAction(input: unknown): Promise<ActionResult<ImportPreview>> {
  await requirePermission("article.import");
  const parsed = previewUrlSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(() => previewUrl(parsed.data.url));
}
