import nlp from "compromise/one";

// How an imported page is laid out: its paragraphs, which of them are page furniture rather than
// reporting, and its sentences. Sentence boundaries come from compromise's tokenizer (abbreviations
// such as "Mr." and "U.S." are its job, not ours); furniture is newsroom knowledge and stays here.
// Only compromise's first stage is loaded: its full tagger costs about a second per 20 KB here,
// which would break the one-second import budget (docs/decisions/008).

export type Span = { start: number; end: number };
export type Furniture = "caption" | "related" | "comments" | "byline" | "headline" | "promo";
export type Block = Span & { text: string; furniture: Furniture | null; introducesQuoteBy: string | null };

const CAPTION = /(\bPHOTO:|\bPhoto:|REUTERS\/|\/Reuters\)|\/AFP\)|\bAFP PHOTO\b|handout image|\bTOP PHOTO\b|\[[A-Z][\w ]*(?:Agency|Images|Photo|News)\]\s*$|\bpictured\b.*\.$|^Image:|Getty Images)/;
const RELATED = /^\s*(related (?:posts|articles|stories|content)|read (?:also|more)|see also|more on this|you may also like|recommended|most read)\b/i;
const COMMENTS = /^\s*(leave a (?:comment|reply)|comments? are closed|\d+ comments?|comments? \(?\d+\)?|add a comment|post a comment|join the discussion)\s*\.?\s*$/i;
const BYLINE = /^\s*(by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?: [A-Z][a-z]+ \d{1,2})?\s*$|reuters news service\s*$|blog at\b|up ↑|[\w ]+ invented by \w+\s*$|i have a parallel blog|to be continued)/i;
const PROMO = /^\s*(read (?:also|more)\s*:|advertisement\s*$|subscribe\b|sign up\b|share this\b|follow us\b)/i;
const COMMENT_ITEM = /^(?:\s{2,}|\t)|^\s*(?:[•·▪◦]|\d{1,3}\.\s)/;
const TERMINAL = /[.!?”"’)\]…:]\s*$/;

/** A line that introduces an embedded video or gallery: "Bombing of the town on Friday morning:". */
const MEDIA_INTRO = /\b(clip|video|footage|watch|listen|photos?|pictures?|gallery|interview|bombing of|attack on|aftermath of)\b[^:]*:\s*$/i;
const ATTRIBUTION_INTRO = /\b(said|says|told|declared|stated|wrote|added|reiterated|explained|warned)\b[^:]*:\s*$/i;

function classify(line: string, inFurnitureZone: boolean): Furniture | null {
  if (RELATED.test(line)) return PROMO.test(line) ? "promo" : "related";
  if (PROMO.test(line)) return "promo";
  if (COMMENTS.test(line)) return "comments";
  if (CAPTION.test(line)) return "caption";
  // A short line ending in a colon, attributed to nobody, introduces an embedded video or picture.
  const shortIntro = /:\s*$/u.test(line) && line.trim().split(/\s+/u).length <= 12;
  if ((MEDIA_INTRO.test(line) || shortIntro) && !ATTRIBUTION_INTRO.test(line)) return "caption";
  if (BYLINE.test(line)) return "byline";
  if (inFurnitureZone) return "comments";
  if (COMMENT_ITEM.test(line)) return "comments";
  // A short line without closing punctuation is a headline, crosshead or link text.
  const words = line.trim().split(/\s+/u).length;
  if (!TERMINAL.test(line) && words <= 14) return "headline";
  return null;
}

/** A line that hands the following paragraph to a speaker: "After the meeting, the minister said:". */
const INTRODUCES_QUOTE = /(?:^|,\s*|\b)([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})\s+(?:said|declared|stated|wrote|added|reiterated|told [\w ]+?)(?:,[^:]*)?:\s*$/u;

/** The body's paragraphs (one per line), each classified. Once a "related posts" list or a comments
 * section starts, everything after it is furniture: on news pages nothing editorial follows them. */
export function blocks(body: string): Block[] {
  const out: Block[] = [];
  let zone = false;
  const linePattern = /[^\n]+/g;
  for (let match = linePattern.exec(body); match; match = linePattern.exec(body)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = match.index + lead;
    const furniture = classify(raw, zone);
    if (furniture === "related" || furniture === "comments") zone = zone || furniture === "related" || /leave a|comments? are closed/i.test(text);
    const quoteBy = furniture ? null : (INTRODUCES_QUOTE.exec(text)?.[1] ?? null);
    out.push({ start, end: start + text.length, text, furniture, introducesQuoteBy: quoteBy });
  }
  return out;
}

/** Sentences of one block, as offsets into the body. Consecutive sentences meet, so an opening
 * quotation mark that compromise keeps outside a sentence stays with the sentence it opens. */
export function sentencesOf(body: string, block: Span): Span[] {
  const text = body.slice(block.start, block.end);
  const found = nlp(text).json({ offset: true, text: false } as { offset: boolean }) as { offset: { start: number; length: number } }[];
  const spans: Span[] = [];
  let cursor = block.start;
  for (const sentence of found) {
    let start = Math.min(cursor, block.start + sentence.offset.start);
    let end = block.start + sentence.offset.start + sentence.offset.length;
    while (start < end && /\s/u.test(body[start] ?? "")) start += 1;
    while (end > start && /\s/u.test(body[end - 1] ?? "")) end -= 1;
    if (end > start) spans.push({ start, end });
    cursor = Math.max(cursor, end);
  }
  if (spans.length && cursor < block.end) {
    const last = spans[spans.length - 1]!;
    last.end = block.end;
  }
  return spans.length ? spans : [{ start: block.start, end: block.end }];
}

/** The sentence of the body that holds [start, end), for claims marked without their context. */
export function sentenceAround(body: string, start: number, end: number): Span {
  const lineStart = body.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const nextBreak = body.indexOf("\n", end);
  const lineEnd = nextBreak === -1 ? body.length : nextBreak;
  if (end - start > 0 && lineEnd - lineStart > 4000) return { start, end };
  const sentences = sentencesOf(body, { start: lineStart, end: lineEnd });
  const first = sentences.find((s) => s.end > start) ?? { start, end };
  const last = [...sentences].reverse().find((s) => s.start < end) ?? first;
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}

