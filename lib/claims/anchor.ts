/**
 * Anchoring a claim in an article body, W3C TextQuoteSelector style: the exact quote plus a little
 * context on either side, so a claim can be re-found (and checked) even if offsets are doubted.
 *
 * Offsets are JavaScript string indices (UTF-16 code units), the same unit the browser's
 * Selection/Range APIs report, so an offset taken in the editor UI can be stored unchanged.
 */

/** How much context is kept on each side of a quote. */
export const ANCHOR_CONTEXT_LENGTH = 32;

export interface TextAnchor {
  /** Inclusive start, in UTF-16 code units. */
  start: number;
  /** Exclusive end, in UTF-16 code units. */
  end: number;
  prefix: string;
  suffix: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Context before/after `[start, end)`. A cut through a surrogate pair would leave a lone surrogate,
 * which PostgreSQL stores as U+FFFD, so the stored context would no longer match the body.
 */
export function anchorContext(body: string, start: number, end: number): { prefix: string; suffix: string } {
  let prefixStart = Math.max(0, start - ANCHOR_CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(body.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(body.length, end + ANCHOR_CONTEXT_LENGTH);
  if (suffixEnd < body.length && isHighSurrogate(body.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    prefix: body.slice(prefixStart, Math.max(prefixStart, start)),
    suffix: body.slice(Math.min(end, suffixEnd), suffixEnd),
  };
}

/**
 * Finds the `occurrence`-th (1-based) appearance of `quote` in `body`. Matching is exact — no case,
 * whitespace or quote-mark folding — because the stored quote must equal `body.slice(start, end)`.
 * Overlapping appearances count separately ("aa" occurs twice in "aaa").
 */
export function locateQuote(body: string, quote: string, occurrence = 1): TextAnchor {
  if (quote.length === 0) throw new Error("locateQuote: the quote is empty");
  if (!Number.isInteger(occurrence) || occurrence < 1) {
    throw new Error(`locateQuote: occurrence must be a positive integer, got ${occurrence}`);
  }

  let found = 0;
  let from = 0;
  for (;;) {
    const index = body.indexOf(quote, from);
    if (index === -1) break;
    found += 1;
    if (found === occurrence) {
      const end = index + quote.length;
      return { start: index, end, ...anchorContext(body, index, end) };
    }
    from = index + 1;
  }

  const shown = quote.length > 60 ? `${quote.slice(0, 57)}...` : quote;
  throw new Error(
    found === 0
      ? `locateQuote: quote ${JSON.stringify(shown)} does not occur in the text`
      : `locateQuote: quote ${JSON.stringify(shown)} occurs ${found} time(s), not ${occurrence}`,
  );
}
