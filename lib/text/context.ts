// The text around a quote, as shown next to it (a claim's page, a side-by-side comparison). The
// surrounding text is taken by character count, which usually lands inside a word; showing
// "…ld Observatory said" reads as a typo. The partial word at a cut edge is dropped and an
// ellipsis marks the cut. Edges that are the real start or end of the text are left alone.

export type QuoteContext = { before: string; after: string; clippedBefore: boolean; clippedAfter: boolean };

const ELLIPSIS = "…";

/** `before` and `after` trimmed to whole words at clipped edges, with "…" where text was left out. */
export function wordBoundedContext({ before, after, clippedBefore, clippedAfter }: QuoteContext): { before: string; after: string } {
  return { before: clippedBefore ? trimStart(before) : before, after: clippedAfter ? trimEnd(after) : after };
}

function trimStart(text: string): string {
  // The first whitespace ends the partial word; with none, every character is part of it.
  const space = text.search(/\s/u);
  if (space === -1) return ELLIPSIS;
  const rest = text.slice(space).replace(/^\s+/u, "");
  return rest ? `${ELLIPSIS} ${rest}` : ELLIPSIS;
}

function trimEnd(text: string): string {
  const match = /\s(?=\S*$)/u.exec(text);
  if (!match) return ELLIPSIS;
  const rest = text.slice(0, match.index).replace(/\s+$/u, "");
  return rest ? `${rest} ${ELLIPSIS}` : ELLIPSIS;
}
