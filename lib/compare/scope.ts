import type { StoredFacts } from "@/lib/assist/claim-facts";

/**
 * What a figure covers, in a few words for the compare table: the reason two figures under one
 * subject may both be right (one strike against a whole war, a district against the country).
 */
export function describeScope(facts: Pick<StoredFacts, "place" | "incident" | "period" | "total" | "part"> | null): string | null {
  if (!facts) return null;
  const words: string[] = [];
  if (facts.part) words.push("part of a larger count");
  if (facts.total) words.push("total");
  if (facts.incident) words.push("one incident");
  if (facts.period === "since") words.push("running total");
  else if (facts.period === "window") words.push("a set period");
  if (facts.place) words.push(`in ${facts.place.replace(/\b\p{L}/gu, (letter: string) => letter.toUpperCase())}`);
  return words.length ? words.join(", ") : null;
}
