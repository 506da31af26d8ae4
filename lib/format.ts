// The one place dates and enum values become text. Dates follow the reader's locale; instants
// (when something happened) also follow the reader's time zone, while calendar dates (when an
// article was published, what day a figure refers to) are stored as UTC midnight and are shown
// as that day everywhere, or a reader west of Greenwich would see the day before.
// Server code has no access to the browser's locale and zone, so pages render dates through
// <LocalTime> (components/local-time.tsx), which starts from the fallback below and switches to
// the browser's settings after hydration.

export const FALLBACK_LOCALE = "en-GB";
export const FALLBACK_TIME_ZONE = "UTC";

/** date: a calendar day (UTC midnight); day: the day of an instant in the reader's zone; datetime: an instant with its time. */
export type DateKind = "date" | "day" | "datetime";
export type DateSettings = { locale?: string; timeZone?: string };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: DateKind, { locale = FALLBACK_LOCALE, timeZone = FALLBACK_TIME_ZONE }: DateSettings): Intl.DateTimeFormat {
  const zone = kind === "date" ? "UTC" : timeZone;
  const key = `${kind}|${locale}|${zone}`;
  let format = cache.get(key);
  if (!format) {
    format =
      kind !== "datetime"
        ? new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: zone })
        : new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone, timeZoneName: "short" });
    cache.set(key, format);
  }
  return format;
}

/** A date or instant as text; "—" when there is none. */
export function formatWhen(value: Date | string | null | undefined, kind: DateKind, settings: DateSettings = {}): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "—";
  return formatter(kind, settings).format(date);
}

/** A calendar date ("1 Dec 2026" in en-GB), the same day in every time zone. */
export function formatDate(value: Date | string | null | undefined, settings: DateSettings = {}): string {
  return formatWhen(value, "date", settings);
}

/** The day an instant fell on. */
export function formatDay(value: Date | string | null | undefined, settings: DateSettings = {}): string {
  return formatWhen(value, "day", settings);
}

/** An instant with its time and zone ("1 Dec 2026, 14:05 UTC" in en-GB). */
export function formatDateTime(value: Date | string | null | undefined, settings: DateSettings = {}): string {
  return formatWhen(value, "datetime", settings);
}

/** How finely a chart's time axis is labelled: a tick per day (or more), per month, per year. */
export type CalendarTickUnit = "day" | "month" | "year";

const TICK_OPTIONS: Record<CalendarTickUnit, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "short" },
  month: { month: "short", year: "numeric" },
  year: { year: "numeric" },
};
const tickCache = new Map<string, Intl.DateTimeFormat>();

/**
 * A label on a time axis of calendar dates ("5 Jan", "Jan 2017", "2017" in en-GB). The ticks are
 * UTC midnights, so they are read in UTC whatever the reader's zone (a reader west of Greenwich
 * would otherwise see every tick a day early); only the locale follows the reader.
 */
export function formatCalendarTick(value: Date | number | string, unit: CalendarTickUnit, { locale = FALLBACK_LOCALE }: DateSettings = {}): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "—";
  const key = `${unit}|${locale}`;
  let format = tickCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...TICK_OPTIONS[unit], timeZone: "UTC" });
    tickCache.set(key, format);
  }
  return format.format(date);
}

/** A size while it downloads ("840 bytes", "12.5 KB", "3.2 MB"), in the reader's locale. */
export function formatBytes(bytes: number, { locale = FALLBACK_LOCALE }: DateSettings = {}): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} bytes`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

export function humanize(enumValue: string): string {
  const words = enumValue.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ACRONYMS = new Set(["ngo"]);

/** Enum value as a label, keeping acronyms upper-case ("NGO", not "Ngo"). */
export function enumLabel(enumValue: string): string {
  return ACRONYMS.has(enumValue.toLowerCase()) ? enumValue.toUpperCase() : humanize(enumValue);
}
