import { z } from "zod";
import { claimFilterShape } from "@/lib/validation/claims";
import { caseInsensitiveEnum, optionalDate } from "@/lib/validation/fields";

export const EXPORT_FORMATS = ["csv", "json", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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
    format: caseInsensitiveEnum(EXPORT_FORMATS, { error: "format must be csv, json or claimreview." }),
    // The claims list's filters, shared so that the list and its download always agree.
    ...claimFilterShape,
    from: optionalDate,
    to: inclusiveEndDate,
  })
  .superRefine((query, context) => {
    // Years outside 1000–9999 are typos, and PostgreSQL refuses some of them (year 0) outright.
    for (const key of ["from", "to"] as const) {
      const year = query[key]?.getUTCFullYear();
      if (year !== undefined && (year < 1000 || year > 9999)) context.addIssue({ code: "custom", path: [key], message: `\`${key}\` must be a date between the years 1000 and 9999.` });
    }
    if (query.from && query.to && query.from > query.to) {
      context.addIssue({ code: "custom", path: ["to"], message: "`to` must not be before `from`." });
    }
  });

export type ExportQueryInput = z.input<typeof exportQuerySchema>;
export type ExportQuery = z.output<typeof exportQuerySchema>;
