import { z } from "zod";

// Building blocks shared by the input schemas. Forms send "" for an empty field and the API may
// send null; both mean "no value". `undefined` means "not given", which PATCH treats as "unchanged".

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. PostgreSQL cannot
 * store NUL in text at all, and none of them is ever typed on purpose, so they are refused at the
 * door rather than passed on to fail deeper down.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

function controlCharacterMessage(value: string, label: string): string {
  const found = CONTROL_CHARACTER.exec(value)?.[0] ?? "\u0000";
  const code = found.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `${label} contains a control character (U+${code}); remove it and try again.`;
}

/**
 * Half of a UTF-16 surrogate pair with no other half: not a character at all. JSON can carry one
 * ("\ud800"); stored, it would become U+FFFD and no longer match the text offsets point into, and
 * PostgreSQL refuses it inside JSON (the audit trail), so it is refused at the door too.
 */
const LONE_SURROGATE = /\p{Cs}/u;

/** A string without control characters or broken characters (tabs and line breaks are kept). */
export function plainString(label = "This field") {
  return z.string().check((context) => {
    if (hasControlCharacter(context.value)) {
      context.issues.push({ code: "custom", input: context.value, message: controlCharacterMessage(context.value, label) });
    } else if (LONE_SURROGATE.test(context.value)) {
      context.issues.push({ code: "custom", input: context.value, message: `${label} contains a broken character (half of a UTF-16 surrogate pair); remove it and try again.` });
    }
  });
}

/** A free-text filter of a list: trimmed, bounded, "" meaning "no filter". */
export function filterText(max: number, label = "This filter") {
  return plainString(label)
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((value) => value || undefined);
}

export function optionalText(max: number, label = "This field") {
  return plainString(label)
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .nullable()
    .optional()
    .transform((value) => (value === "" ? null : value));
}

/** Integer columns are PostgreSQL `integer`; anything past this would fail in the database, not here. */
export const MAX_INT32 = 2_147_483_647;

/**
 * An enum whose values clients may send in any letter case ("quantity", "Quantity"); the value is
 * kept in its canonical spelling, which is what every response uses.
 */
export function caseInsensitiveEnum<Value extends string>(values: readonly Value[] | { readonly [key: string]: Value }, params?: { error?: string }) {
  const canonical = (Array.isArray(values) ? [...values] : Object.values(values)) as [Value, ...Value[]];
  const byFolded = new Map(canonical.map((value) => [value.toLowerCase(), value]));
  const strict = z.enum(canonical, params);
  CASE_INSENSITIVE_ENUMS.add(strict);
  const lenient = z.preprocess((input) => (typeof input === "string" ? (byFolded.get(input.trim().toLowerCase()) ?? input) : input), strict);
  CASE_INSENSITIVE_ENUMS.add(lenient);
  return lenient;
}

/** The enums built by caseInsensitiveEnum, so lib/api/openapi.ts can say that any case is accepted. */
export const CASE_INSENSITIVE_ENUMS = new WeakSet<z.core.$ZodType>();

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

// PostgreSQL has no year 0 and JavaScript happily makes one, so dates are bounded here. Year 1000
// also catches the usual typo of a dropped digit ("0224-05-09"); no claim or article predates it.
export const EARLIEST_DATE = new Date("1000-01-01T00:00:00.000Z");
export const LATEST_DATE = new Date("9999-12-31T23:59:59.999Z");

export function isWithinDateRange(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST_DATE.getTime() && time <= LATEST_DATE.getTime();
}

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
    .refine(isWithinDateRange, "Enter a date between the years 1000 and 9999.")
    .nullable()
    .optional(),
);

export const httpUrl = plainString("The URL")
  .trim()
  .max(2000, "The URL must be at most 2,000 characters.")
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a full http:// or https:// address." }));

export const optionalHttpUrl = z.preprocess((value) => (value === "" ? null : value), httpUrl.nullable().optional());

export const uuidParam = z.uuid("That id is not valid.");
