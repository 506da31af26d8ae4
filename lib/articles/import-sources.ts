import { extractFromFile } from "@/lib/articles/extract";
import { fetchArticleFromUrl } from "@/lib/articles/fetch-url";
import { importArticle, outletDomain, type ImportResult } from "@/lib/articles/mutations";
import { badRequest } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { parseOrThrow } from "@/lib/api/respond";
import { importArticleSchema, type articleMetadataSchema, type importFromUrlSchema } from "@/lib/validation/articles";
import type { z } from "zod";

export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

type Metadata = z.output<typeof articleMetadataSchema>;

/** An uploaded .txt/.md/.html file: its text becomes the body, its first line or <title> the headline unless one was typed. */
export async function importFromFile(actor: Actor, file: File, metadata: Metadata): Promise<ImportResult> {
  if (file.size === 0) throw badRequest("The file is empty.", { file: ["Choose a file with the article text."] });
  if (file.size > MAX_UPLOAD_BYTES) throw badRequest(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, { file: ["Choose a smaller file."] });
  let text: string;
  try {
    // Strict decoding: a file in another encoding is refused rather than stored with replacement characters.
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw badRequest("The file is not UTF-8 text. Re-save it as UTF-8 and upload it again.", { file: ["Not UTF-8 text."] });
  }
  const extracted = extractFromFile(file.name, text);
  return importArticle(
    actor,
    parseOrThrow(importArticleSchema, {
      ...metadata,
      title: metadata.title ?? extracted.title ?? file.name,
      outlet: metadata.outlet ?? outletDomain(metadata.url) ?? "",
      body: extracted.body,
    }),
  );
}

/** A web page fetched by the server; the outlet defaults to the site's domain. */
export async function importFromUrl(actor: Actor, input: z.output<typeof importFromUrlSchema>): Promise<ImportResult> {
  const page = await fetchArticleFromUrl(input.url);
  return importArticle(
    actor,
    parseOrThrow(importArticleSchema, {
      ...input,
      url: page.url,
      title: input.title ?? page.title ?? page.url,
      outlet: input.outlet ?? outletDomain(page.url) ?? "",
      body: page.body,
    }),
  );
}
