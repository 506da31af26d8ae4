import { z } from "zod";
import { ClaimKind, ClaimStatus } from "@/lib/generated/prisma/enums";
import { optionalDate } from "@/lib/validation/fields";

export const EXPORT_FORMATS = ["csv", "json", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Query strings send "" for a cleared filter; it means "no filter", like an absent parameter.
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalFilterText = (max: number) =>
  z.string().trim().max(max).optional().transform((value) => value || undefined);

/**
 * `to` is inclusive: a bare date means "up to the end of that day" (UTC), so `from=to=2024-05-09`
 * selects that whole day. A full timestamp is taken as given.
 */
const inclusiveEndDate = z.preprocess(
  (value) => (typeof value === "string" && DATE_ONLY.test(value.trim()) ? `${value.trim()}T23:59:59.999Z` : value),
  optionalDate,
);

/** GET /api/v1/export. `from`/`to` filter on the article's publication date, not the claim's. */
export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: "format must be csv, json or claimreview." }),
    // One status per request; the list's filter works the same way.
    status: z.preprocess(blankToUndefined, z.enum(ClaimStatus, { error: "Unknown status." }).optional()),
    articleId: z.preprocess(blankToUndefined, z.uuid("articleId must be an article id.").optional()),
    subject: optionalFilterText(300),
    // An outlet's id or its name, as in the claims list.
    outlet: optionalFilterText(200),
    // The claims list's other filters, so "export what I see" exports exactly that.
    kind: z.preprocess(blankToUndefined, z.enum(ClaimKind, { error: "Unknown kind." }).optional()),
    speaker: optionalFilterText(200),
    assignee: optionalFilterText(200),
    q: optionalFilterText(200),
    from: optionalDate,
    to: inclusiveEndDate,
  })
  .superRefine((query, context) => {
    if (query.from && query.to && query.from > query.to) {
      context.addIssue({ code: "custom", path: ["to"], message: "`to` must not be before `from`." });
    }
  });

export type ExportQueryInput = z.input<typeof exportQuerySchema>;
export type ExportQuery = z.output<typeof exportQuerySchema>;
