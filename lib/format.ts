const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatDate(value: Date | null | undefined): string {
  return value ? dateFormat.format(value) : "—";
}

export function formatDateTime(value: Date | null | undefined): string {
  return value ? dateTimeFormat.format(value) : "—";
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
