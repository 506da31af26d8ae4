// "Mark this text": find what an editor typed in the article although their keyboard gives straight
// quotes, hyphens and plain spaces where the outlet printed curly quotes, dashes and non-breaking
// spaces. Only the search is lenient: the span found is the article's own text at exact offsets.

const SINGLE_QUOTES = "'‘’‚‛′ʼ`";
const DOUBLE_QUOTES = '"“”„‟″«»';
const DASHES = "-‐‑‒–—―−";
const SPACES = " \\t\\n\\r\\u00A0\\u2007\\u202F\\u2009\\u200A\\u2002\\u2003";

function charClass(characters: string): string {
  return `[${characters.replace(/[\]\\^-]/g, (c) => `\\${c}`)}]`;
}

const SINGLE = charClass(SINGLE_QUOTES);
const DOUBLE = charClass(DOUBLE_QUOTES);
const DASH = charClass(DASHES);

function escapeRegExp(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The typed text as a pattern in which each typographic family matches any of its members. */
export function typographicPattern(typed: string): RegExp | null {
  const text = typed.trim();
  if (!text) return null;
  let source = "";
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (/\s/.test(character)) {
      // A run of spaces of any kind matches a run of spaces of any kind.
      while (index + 1 < text.length && /\s/.test(text[index + 1]!)) index++;
      source += `[${SPACES}]+`;
    } else if (SINGLE_QUOTES.includes(character)) source += SINGLE;
    else if (DOUBLE_QUOTES.includes(character)) source += DOUBLE;
    else if (DASHES.includes(character)) source += DASH;
    else if (character === "…") source += "(?:…|\\.\\.\\.)";
    else if (character === "." && text.startsWith("...", index)) {
      source += "(?:…|\\.\\.\\.)";
      index += 2;
    } else source += escapeRegExp(character);
  }
  return new RegExp(source, "g");
}

/**
 * The next occurrence at or after `from` (wrapping round to the start), as [start, end) offsets into
 * `body` with the body's own characters; null when the text does not occur.
 */
export function findInArticle(body: string, typed: string, from = 0): { start: number; end: number; quote: string } | null {
  const pattern = typographicPattern(typed);
  if (!pattern) return null;
  for (const position of from > 0 ? [from, 0] : [0]) {
    pattern.lastIndex = position;
    const match = pattern.exec(body);
    if (match) return { start: match.index, end: match.index + match[0].length, quote: match[0] };
  }
  return null;
}
