import { z } from "zod";

// Building blocks shared by the input schemas. Forms send "" for an empty field and the API may
// send null; both mean "no value". `undefined` means "not given", which PATCH treats as "unchanged".

export function optionalText(max: number, label = "This field") {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .nullable()
    .optional()
    .transform((value) => (value === "" ? null : value));
}

export const optionalNumber = z.preprocess(
  (value) => {
    if (value === "" || value === null) return null;
    if (typeof value === "string") {
      const cleaned = value.trim().replace(/[,\u00A0\u202F\s]/g, "");
      return cleaned === "" ? null : Number(cleaned);
    }
    if (typeof value === "number" && Number.isNaN(value)) return null;
    return value;
  },
  z.number({ error: "Enter a number, e.g. 250000 or 13.5." }).refine(Number.isFinite, "Enter a finite number.").nullable().optional(),
);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date ("2024-05-09") or a full ISO timestamp; dates are taken as midnight UTC. A Date
 * is accepted too, so already-parsed data can be parsed again when it is combined with more fields.
 */
export const optionalDate = z.preprocess(
  (value) => (value === "" ? null : value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string()
    .trim()
    .refine((value) => (DATE_ONLY.test(value) ? !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) : z.iso.datetime({ offset: true }).safeParse(value).success), "Enter a date as YYYY-MM-DD or an ISO 8601 timestamp.")
    .transform((value) => new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value))
    .nullable()
    .optional(),
);

export const httpUrl = z
  .string()
  .trim()
  .max(2000, "The URL must be at most 2,000 characters.")
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a full http:// or https:// address." }));

export const optionalHttpUrl = z.preprocess((value) => (value === "" ? null : value), httpUrl.nullable().optional());

export const uuidParam = z.uuid("That id is not valid.");
