import { z } from "zod";
import { OutletKind } from "@/lib/generated/prisma/enums";
import { cursorParamSchema, pageLimitSchema } from "@/lib/pagination/cursor";
import { caseInsensitiveEnum, filterText, httpUrl, optionalDate, optionalHttpUrl, optionalText, plainString } from "@/lib/validation/fields";

export const ARTICLE_BODY_MAX_CHARS = 1_000_000;

export const importArticleSchema = z.object({
  title: plainString("The headline").trim().min(1, "Enter the headline.").max(500, "The headline must be at most 500 characters."),
  outlet: plainString("The outlet name").trim().min(1, "Name the outlet, e.g. Meridian Wire.").max(200, "The outlet name must be at most 200 characters."),
  /** Used only when the outlet is new. */
  outletKind: caseInsensitiveEnum(OutletKind).optional(),
  url: optionalHttpUrl,
  author: optionalText(300, "The author"),
  publishedAt: optionalDate,
  language: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a language code such as en, fr or pt-BR.")
    .optional()
    .default("en"),
  /** A corrected text: the id of the article whose text this one replaces (both stay, linked). */
  supersedes: z.uuid("That article id is not valid.").optional().or(z.literal("").transform(() => undefined)),
  // Never trimmed or normalised: claims point into the body by offset, so it is kept byte for byte.
  body: plainString("The text")
    .max(ARTICLE_BODY_MAX_CHARS, `The text must be at most ${ARTICLE_BODY_MAX_CHARS.toLocaleString("en")} characters.`)
    .refine((body) => body.trim().length > 0, "Paste the article text."),
});
export type ImportArticleInput = z.input<typeof importArticleSchema>;
export type ImportArticleData = z.output<typeof importArticleSchema>;

export const listArticlesQuerySchema = z.object({
  q: filterText(200, "The search text"),
  outlet: filterText(200, "The outlet"),
  cursor: cursorParamSchema,
  limit: pageLimitSchema,
});
export type ListArticlesQuery = z.output<typeof listArticlesQuerySchema>;

/** File and URL imports: the text comes from the file or page, so the headline may be left for it to supply. */
export const articleMetadataSchema = importArticleSchema.omit({ body: true, title: true, outlet: true }).extend({
  title: optionalText(500, "The headline"),
  outlet: optionalText(200, "The outlet name"),
});
export type ArticleMetadataInput = z.input<typeof articleMetadataSchema>;

export const importFromUrlSchema = articleMetadataSchema.extend({ url: httpUrl });
export type ImportFromUrlInput = z.input<typeof importFromUrlSchema>;

export const BODY_IS_FIXED_MESSAGE =
  "The article text never changes after import: claims point into it by character offsets. Import the corrected text as a new article that supersedes this one.";

const languageCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a language code such as en, fr or pt-BR.");

/**
 * PATCH /articles/{id} and the metadata form: corrections to what describes the article. Absent
 * fields stay as they are; null (or "" from the form) clears the optional ones.
 */
export const updateArticleSchema = z.object({
  version: z.number({ error: "version is required: send the version you read." }).int().min(1),
  title: importArticleSchema.shape.title.optional(),
  outlet: importArticleSchema.shape.outlet.optional(),
  author: optionalText(300, "The author"),
  publishedAt: optionalDate,
  url: optionalHttpUrl,
  language: languageCode.optional(),
  // Named so that a client sending it hears why, instead of the field being dropped silently.
  body: z.undefined({ error: BODY_IS_FIXED_MESSAGE }).optional(),
});
export type UpdateArticleInput = z.input<typeof updateArticleSchema>;
export type UpdateArticleData = z.output<typeof updateArticleSchema>;

export const previewUrlSchema = z.object({ url: httpUrl });
