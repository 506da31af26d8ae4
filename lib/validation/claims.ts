import { z } from "zod";
import { ClaimKind, ClaimStatus, Qualifier } from "@/lib/generated/prisma/enums";
import { cursorParamSchema, pageLimitSchema } from "@/lib/pagination/cursor";
import { optionalDate, optionalNumber, optionalText } from "@/lib/validation/fields";

const offset = (label: string) =>
  z.number({ error: `${label} must be a whole number.` }).int(`${label} must be a whole number.`).min(0, `${label} cannot be negative.`);

/** The structured fields an editor fills in; shared by create, the edit form and PATCH. */
export const claimFieldsSchema = z.object({
  kind: z.enum(ClaimKind, { error: "Choose what kind of claim this is." }),
  subject: optionalText(300, "The subject"),
  speaker: optionalText(200, "The speaker"),
  value: optionalNumber,
  valueMax: optionalNumber,
  qualifier: z.preprocess((value) => (value === "" ? null : value), z.enum(Qualifier).nullable().optional()),
  unit: optionalText(100, "The unit"),
  occurredAt: optionalDate,
  place: optionalText(200, "The place"),
  note: optionalText(5000, "The note"),
});

type FigureFields = { value?: number | null; valueMax?: number | null };

function checkFigure(fields: FigureFields, context: z.RefinementCtx): void {
  if (fields.valueMax != null && fields.value == null) {
    context.addIssue({ code: "custom", path: ["value"], message: "Give the lower figure too, or leave the upper bound empty." });
  }
  if (fields.valueMax != null && fields.value != null && fields.valueMax < fields.value) {
    context.addIssue({ code: "custom", path: ["valueMax"], message: "The upper bound must not be below the figure." });
  }
}

export const createClaimSchema = claimFieldsSchema
  .extend({
    articleId: z.uuid("articleId must be an article id."),
    start: offset("start"),
    end: offset("end"),
    /** When given, must equal body.slice(start, end); otherwise the request is refused with 422. */
    quote: z.string().optional(),
  })
  .superRefine((claim, context) => {
    if (claim.end <= claim.start) context.addIssue({ code: "custom", path: ["end"], message: "end must be greater than start." });
    checkFigure(claim, context);
  });
export type CreateClaimInput = z.input<typeof createClaimSchema>;
export type CreateClaimData = z.output<typeof createClaimSchema>;

/** PATCH: every field optional (absent = unchanged, null = cleared), plus the version that was read. */
export const updateClaimSchema = claimFieldsSchema
  .partial()
  .extend({ version: z.number({ error: "version is required: send the version you read." }).int().min(1) })
  .superRefine(checkFigure);
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;
export type UpdateClaimData = z.output<typeof updateClaimSchema>;

export const deleteClaimSchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export const CLAIM_SORTS = ["newest", "oldest", "updated"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/**
 * A text filter: compared as a value (never a pattern), so any character may appear except control
 * characters, which PostgreSQL text cannot hold (NUL) or no one types; refused with 400.
 */
const filterText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "Filters must not contain control characters.")
    .optional()
    .transform((v) => v || undefined);

/** The claims list's filters; the export takes the same ones, so "export what I see" means exactly that. */
export const claimFilterShape = {
  articleId: z.uuid().optional().or(z.literal("").transform(() => undefined)),
  status: z.enum(ClaimStatus).optional().or(z.literal("").transform(() => undefined)),
  kind: z.enum(ClaimKind).optional().or(z.literal("").transform(() => undefined)),
  outlet: filterText(200),
  speaker: filterText(200),
  subject: filterText(300),
  assignee: filterText(200),
  q: filterText(200),
};

export const listClaimsQuerySchema = z.object({
  ...claimFilterShape,
  sort: z.enum(CLAIM_SORTS).optional().default("newest"),
  cursor: cursorParamSchema,
  limit: pageLimitSchema,
});
export type ListClaimsQuery = z.output<typeof listClaimsQuerySchema>;
