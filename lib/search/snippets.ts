/**
 * Highlighted snippets without HTML. PostgreSQL's ts_headline marks matches with StartSel/StopSel;
 * we make those two control characters that cannot occur in the text (the query strips them from
 * the document first), then split on them here. The result is plain text in segments, which the
 * page renders as text and <mark> elements, so nothing from an article is ever parsed as HTML.
 */

export type SnippetSegment = { text: string; match: boolean };
export type Snippet = SnippetSegment[];

export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";
/** Characters removed from documents before ts_headline, so that only its own markers remain. */
export const HIGHLIGHT_MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;

type HeadlineShape = { maxWords: number; minWords: number; maxFragments?: number; highlightAll?: boolean };

/** The options string for ts_headline; passed as a query parameter, not spliced into SQL. */
export function headlineOptions(shape: HeadlineShape): string {
  const options = [`StartSel=${HIGHLIGHT_START}`, `StopSel=${HIGHLIGHT_STOP}`, `MaxWords=${shape.maxWords}`, `MinWords=${shape.minWords}`];
  if (shape.maxFragments) options.push(`MaxFragments=${shape.maxFragments}`, 'FragmentDelimiter=" … "');
  if (shape.highlightAll) options.push("HighlightAll=true");
  return options.join(", ");
}

function push(segments: Snippet, text: string, match: boolean): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last && last.match === match) last.text += text;
  else segments.push({ text, match });
}

/**
 * Splits ts_headline output into plain and matching segments. Whitespace runs become one space
 * (a snippet is shown inline). Tolerates unbalanced markers: a stray stop is dropped, an unclosed
 * start highlights to the end. Adjacent segments of the same kind are merged.
 */
export function parseHighlighted(headline: string): Snippet {
  const segments: Snippet = [];
  let match = false;
  let current = "";
  for (const char of headline.replace(/\s+/gu, " ").trim()) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      push(segments, current, match);
      current = "";
      match = char === HIGHLIGHT_START;
      continue;
    }
    current += char;
  }
  push(segments, current, match);
  return segments;
}

/** A snippet with nothing highlighted, cut at a word boundary near `maxLength` characters. */
export function plainSnippet(text: string, maxLength = 280): Snippet {
  return excerptAroundMatch(parseHighlighted(text.split(HIGHLIGHT_START).join("").split(HIGHLIGHT_STOP).join("")), maxLength);
}

/**
 * At most about `maxLength` characters of a snippet, around its first match (or from its start),
 * cut at word boundaries, with "…" where text was left out.
 */
export function excerptAroundMatch(snippet: Snippet, maxLength = 300): Snippet {
  const text = snippetText(snippet);
  if (text.length <= maxLength) return snippet;

  let matchStart = 0;
  let matchEnd = 0;
  let offset = 0;
  for (const segment of snippet) {
    if (segment.match) {
      matchStart = offset;
      matchEnd = offset + segment.text.length;
      break;
    }
    offset += segment.text.length;
  }
  // A third of the room before the match, so it reads in context.
  let from = Math.max(0, Math.min(matchStart - Math.floor(maxLength / 3), text.length - maxLength));
  let to = Math.min(text.length, from + maxLength);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < matchStart) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > Math.max(from, matchEnd)) to = space;
  }

  const excerpt: Snippet = [];
  if (from > 0) push(excerpt, "… ", false);
  offset = 0;
  for (const segment of snippet) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + segment.text.length);
    if (start < end) push(excerpt, segment.text.slice(start - offset, end - offset), segment.match);
    offset += segment.text.length;
  }
  if (to < text.length) push(excerpt, snippetText(excerpt).endsWith(" ") ? "…" : " …", false);
  return excerpt;
}

/**
 * Adds "…" before and after an excerpt of a longer text unless it begins (ends) where the text
 * does. `head` and `tail` are the text's first and last couple of hundred characters.
 */
export function markOmissions(snippet: Snippet, head: string, tail: string): Snippet {
  const text = snippetText(snippet);
  if (!text) return snippet;
  const probe = Math.min(text.length, 30);
  const collapse = (value: string) => value.replace(/\s+/gu, " ").trim();
  const marked: Snippet = [];
  if (!collapse(head).startsWith(text.slice(0, probe))) push(marked, "… ", false);
  for (const segment of snippet) push(marked, segment.text, segment.match);
  if (!collapse(tail).endsWith(text.slice(-probe))) push(marked, " …", false);
  return marked;
}

export function snippetText(snippet: Snippet): string {
  return snippet.map((segment) => segment.text).join("");
}

export function hasMatch(snippet: Snippet): boolean {
  return snippet.some((segment) => segment.match);
}
