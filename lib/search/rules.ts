// Pure search rules: query clean-up, thresholds and wording. The SQL lives in lib/search/queries.ts.
// See docs/decisions/007-search-full-text-and-trigram.md for why the thresholds are what they are.
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
export const LINK_PICKER_LIMIT = 12;
/**
 * How many matches a search section ranks and counts at most. Ranking every match of a common word
 * (hundreds of thousands of claims) is what made /search slow; beyond this, the count reads
 * "more than" and the best hits are the best of the first matches the index yields.
 */
export const SEARCH_COUNT_LIMIT = 1000;

/** "12", or "more than 1,000" when the count stopped at the limit. */
export function describeTotal(total: number): string {
  return total > SEARCH_COUNT_LIMIT ? `more than ${SEARCH_COUNT_LIMIT.toLocaleString("en")}` : total.toLocaleString("en");
}

/** word_similarity(query, alias) at or above which a speaker is listed ("Vereczki" → "Tomas Vereczky" is 0.78). */
export const SPEAKER_WORD_SIMILARITY = 0.4;
/** word_similarity(query, quote or subject) for the typo fallback; quotes are long, so stricter. */
export const TYPO_WORD_SIMILARITY = 0.5;
/** The typo fallback needs this many characters: shorter queries resemble too many quotes. */
export const TYPO_MIN_QUERY_LENGTH = 4;
/** similarity(quote, quote) above which two claims read as the same claim. */
export const NEAR_DUPLICATE_SIMILARITY = 0.45;

/** The first characters of a body or quote that are indexed (the migration's limit) and highlighted. */
export const INDEXED_PREFIX_CHARS = 100_000;

/**
 * What is actually searched for: control characters removed (PostgreSQL rejects NUL in text, and
 * the highlight markers must not come from the user), whitespace collapsed, length capped.
 * Quotes, minus signs and "or" are kept: websearch_to_tsquery gives them their web-search meaning
 * and never fails on them.
 */
export function cleanQuery(raw: string): string {
  // Every C0 control character and DEL: covers NUL and both highlight markers (U+0001, U+0002).
  const text = Array.from(raw, (char) => (char < " " || char === "\u007f" ? " " : char)).join("");
  return text.replace(/\s+/gu, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

export function isSearchable(query: string): boolean {
  return query.length >= MIN_QUERY_LENGTH;
}

export function clampLimit(limit: number | undefined, fallback = DEFAULT_SEARCH_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.trunc(limit)));
}

/** An ILIKE pattern matching `text` anywhere, with its own % _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** An ILIKE pattern matching exactly `text`, case-insensitively. */
export function exactPattern(text: string): string {
  return escapeLike(text);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Why a claim is offered as a near-duplicate, e.g. "92% similar wording; same subject and figure". */
export function nearDuplicateReason(match: { similarity: number; sameFigure: boolean }): string {
  const reasons: string[] = [];
  if (match.similarity > NEAR_DUPLICATE_SIMILARITY) reasons.push(`${Math.round(match.similarity * 100)}% similar wording`);
  if (match.sameFigure) reasons.push("same subject and figure");
  return reasons.join("; ");
}

/**
 * The line under a claim hit: subject, speaker and outlet, those present, joined by " · ". A part
 * that repeats an earlier one (an outlet quoted as its own speaker, "Reuters · Reuters"), ignoring
 * letter case and spacing, is left out.
 */
export function claimHitByline(parts: { subject: string | null; speaker: string | null; outlet: string | null }): string {
  const seen = new Set<string>();
  const shown: string[] = [];
  for (const part of [parts.subject, parts.speaker, parts.outlet]) {
    const text = part?.trim();
    if (!text) continue;
    const key = text.replace(/\s+/g, " ").toLocaleLowerCase("en");
    if (seen.has(key)) continue;
    seen.add(key);
    shown.push(text);
  }
  return shown.join(" · ");
}
