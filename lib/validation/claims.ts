import { z } from "zod";
import { ClaimKind, ClaimStatus, Qualifier } from "@/lib/generated/prisma/enums";
import { cursorParamSchema, pageLimitSchema } from "@/lib/pagination/cursor";
import { caseInsensitiveEnum, filterText, MAX_INT32, optionalDate, optionalNumber, optionalText, plainString } from "@/lib/validation/fields";
import { ARTICLE_BODY_MAX_CHARS } from "@/lib/validation/articles";

const offset = (label: string) =>
  z
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)
    // No article is longer, so a larger offset cannot point into one (and could not be stored).
    .max(ARTICLE_BODY_MAX_CHARS, `${label} is past the end of any article.`);

const version = (message: string) =>
  z.number({ error: message }).int(message).min(1, "version starts at 1.").max(MAX_INT32, "That version does not exist.");

/** The structured fields an editor fills in; shared by create, the edit form and PATCH. */
export const claimFieldsSchema = z.object({
  kind: caseInsensitiveEnum(ClaimKind, { error: "Choose what kind of claim this is." }),
  subject: optionalText(300, "The subject"),
  speaker: optionalText(200, "The speaker"),
  value: optionalNumber,
  valueMax: optionalNumber,
  qualifier: z.preprocess((value) => (value === "" ? null : value), caseInsensitiveEnum(Qualifier).nullable().optional()),
  unit: optionalText(100, "The unit"),
  occurredAt: optionalDate,
  place: optionalText(200, "The place"),
  note: optionalText(5000, "The note"),
});

type FigureFields = { value?: number | null; valueMax?: number | null };

/**
 * What is wrong with a claim's figure and upper bound, by field: an upper bound needs a figure,
 * and must not be below it. Checked on each request's fields, and again on a PATCH merged with
 * the stored claim (a PATCH of the figure alone can put it above the stored upper bound).
 */
export function figureIssues(fields: FigureFields): Partial<Record<"value" | "valueMax", string>> {
  if (fields.valueMax == null) return {};
  if (fields.value == null) return { value: "Give the lower figure too, or leave the upper bound empty." };
  return fields.valueMax < fields.value ? { valueMax: "The upper bound must not be below the figure." } : {};
}

function checkFigure(fields: FigureFields, context: z.RefinementCtx): void {
  for (const [path, message] of Object.entries(figureIssues(fields))) context.addIssue({ code: "custom", path: [path], message });
}

export const createClaimSchema = claimFieldsSchema
  .extend({
    articleId: z.uuid("articleId must be an article id."),
    start: offset("start"),
    end: offset("end"),
    /** When given, must equal body.slice(start, end); otherwise the request is refused with 422. */
    quote: plainString("The quote").optional(),
  })
  .superRefine((claim, context) => {
    if (claim.end <= claim.start) context.addIssue({ code: "custom", path: ["end"], message: "end must be greater than start." });
    checkFigure(claim, context);
  });
export type CreateClaimInput = z.input<typeof createClaimSchema>;
export type CreateClaimData = z.output<typeof createClaimSchema>;

/**
 * PATCH: every field optional (absent = unchanged, null = cleared), plus the version that was read.
 * The figure and its upper bound are checked here when the request sends both; when it sends one,
 * updateClaim checks it against the stored other (figureIssues on the merged claim).
 */
export const updateClaimSchema = claimFieldsSchema
  .partial()
  .extend({ version: version("version is required: send the version you read.") })
  .superRefine((fields, context) => {
    if (fields.value !== undefined && fields.valueMax !== undefined) checkFigure(fields, context);
  });
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;
export type UpdateClaimData = z.output<typeof updateClaimSchema>;

export const deleteClaimSchema = z.object({ version: z.coerce.number().pipe(version("version must be a whole number.")).optional() });

export const CLAIM_SORTS = ["newest", "oldest", "updated"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** The claims list's filters; the export takes the same ones, so "export what I see" means exactly that. */
export const claimFilterShape = {
  articleId: z.uuid().optional().or(z.literal("").transform(() => undefined)),
  status: caseInsensitiveEnum(ClaimStatus).optional().or(z.literal("").transform(() => undefined)),
  kind: caseInsensitiveEnum(ClaimKind).optional().or(z.literal("").transform(() => undefined)),
  outlet: filterText(200, "The outlet"),
  speaker: filterText(200, "The speaker"),
  subject: filterText(300, "The subject"),
  assignee: filterText(200, "The assignee"),
  q: filterText(200, "The search text"),
};

export const listClaimsQuerySchema = z.object({
  ...claimFilterShape,
  sort: caseInsensitiveEnum(CLAIM_SORTS).optional().default("newest"),
  cursor: cursorParamSchema,
  limit: pageLimitSchema,
});
export type ListClaimsQuery = z.output<typeof listClaimsQuerySchema>;
