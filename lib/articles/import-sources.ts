import type { DetectedMetadata } from "@/lib/articles/detect";
import { extractFromFile } from "@/lib/articles/extract";
import type { OutletKind } from "@/lib/generated/prisma/enums";
import { fetchArticleFromUrl } from "@/lib/articles/fetch-url";
import { importArticle, outletDomain, type ImportResult } from "@/lib/articles/mutations";
import { badRequest } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { parseOrThrow } from "@/lib/api/respond";
import { importArticleSchema, type articleMetadataSchema, type importFromUrlSchema } from "@/lib/validation/articles";
import type { z } from "zod";

export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

type Metadata = z.output<typeof articleMetadataSchema>;

/** What the import preview shows: the text as it will be stored and the detected metadata, all editable but the text. */
export type ImportPreview = {
  body: string;
  title: string;
  outlet: string;
  outletKind: OutletKind | null;
  publishedAt: string;
  language: string;
  author: string;
  url: string;
};

async function fileText(file: File): Promise<string> {
  if (file.size === 0) throw badRequest("The file is empty.", { file: ["Choose a file with the article text."] });
  if (file.size > MAX_UPLOAD_BYTES) throw badRequest(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, { file: ["Choose a smaller file."] });
  try {
    // Strict decoding: a file in another encoding is refused rather than stored with replacement characters.
    return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw badRequest("The file is not UTF-8 text. Re-save it as UTF-8 and upload it again.", { file: ["Not UTF-8 text."] });
  }
}

function previewOf(body: string, detected: DetectedMetadata, fallbackTitle: string, url: string | null): ImportPreview {
  if (!body.trim()) throw badRequest("There is no readable text in it.", { file: ["No readable text."] });
  return {
    body,
    title: detected.title ?? fallbackTitle,
    outlet: detected.outlet ?? outletDomain(url) ?? "",
    outletKind: detected.outletKind,
    publishedAt: detected.publishedAt ?? "",
    language: detected.language ?? "en",
    author: detected.author ?? "",
    url: url ?? "",
  };
}

export async function previewFile(file: File): Promise<ImportPreview> {
  const extracted = extractFromFile(file.name, await fileText(file));
  return previewOf(extracted.body, extracted.detected, file.name, null);
}

export async function previewUrl(url: string): Promise<ImportPreview> {
  const page = await fetchArticleFromUrl(url);
  return previewOf(page.body, page.detected, page.url, page.url);
}

/** An uploaded .txt/.md/.html file: its text becomes the body, its first line or <title> the headline unless one was typed. */
export async function importFromFile(actor: Actor, file: File, metadata: Metadata): Promise<ImportResult> {
  const text = await fileText(file);
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
