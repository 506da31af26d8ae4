import { countedFigures, deriveFacts, findSpeaker } from "@/lib/assist/facts";
import { EVENT_VERBS } from "@/lib/assist/lexicon";
import { blocks, sentencesOf, type Span } from "@/lib/assist/text";
import type { ProposedClaim } from "@/lib/assist/types";
import { describeFigure } from "@/lib/claims/describe";
import { type ParsedQuantity } from "@/lib/claims/quantity";

// Proposes the claims a fact-checker would mark in an article: every figure that counts
// something, every attributed statement and every checkable event, never page furniture.
// Recall matters more than precision here: a dismissed candidate costs a key press, a missed
// figure costs a correction.

const CLAUSE_BREAK = /[,;:—–()]/gu;

/** Split a sentence holding several figures into one span per figure, at the clause break between them. */
function figureSpans(sentence: Span, text: string, figures: ParsedQuantity[]): Span[] {
  if (figures.length === 1) return [sentence];
  const spans: Span[] = [];
  let start = 0;
  figures.forEach((figure, index) => {
    const next = figures[index + 1];
    let end = text.length;
    if (next) {
      const between = text.slice(figure.end, next.start);
      const breaks = [...between.matchAll(CLAUSE_BREAK)].map((m) => figure.end + (m.index ?? 0));
      end = breaks.length ? (breaks.at(-1) ?? next.start) : next.start;
      // Nothing between two figures of one phrase ("17 … and 22"): cut just before the next.
      if (end <= figure.end) end = next.start;
    }
    let s = start;
    let e = end;
    while (s < e && /[\s,;:—–()]/u.test(text[s] ?? "")) s += 1;
    while (e > s && /[\s,;:—–(]/u.test(text[e - 1] ?? "")) e -= 1;
    if (e <= figure.start) e = figure.end;
    if (s > figure.start) s = figure.start;
    spans.push({ start: sentence.start + s, end: sentence.start + e });
    start = end;
  });
  return spans;
}

function figureScore(facts: ReturnType<typeof deriveFacts>): number {
  let score = 0.55;
  if (facts.measure) score += 0.25;
  if (facts.counted && facts.counted !== "percent") score += 0.05;
  if (facts.qualifier && facts.qualifier !== "EXACT") score += 0.05;
  if (facts.speaker) score += 0.05;
  return Math.min(0.98, score);
}

function figureReason(facts: ReturnType<typeof deriveFacts>, whole?: number): string {
  const figure = describeFigure({ value: facts.value, valueMax: facts.valueMax, qualifier: facts.qualifier, unit: facts.unit });
  const parts = [facts.measure ? `a ${facts.measure === "killed" ? "death toll" : `count of ${facts.measure}`}: ${figure}` : `a figure: ${figure}`];
  if (whole !== undefined) parts.push(`part of ${whole.toLocaleString("en")}`);
  if (facts.qualifier && facts.qualifier !== "EXACT") parts.push("hedged by its qualifier");
  if (facts.speaker) parts.push(`attributed to ${facts.speaker}`);
  return parts.join(", ");
}

const QUOTATION = /[“"][^”"]{12,}[”"]/u;
const DESCRIBES_IMAGE = /\b(image|photo|photograph|pictured|handout|in this file|file picture|REUTERS\/|Getty|AFP PHOTO)\b/i;
const TRAILING_CREDIT = /\s*\b(?:PHOTO|Photo|IMAGE|Image|Credit)\s*:.*$/su;

/**
 * Agency captions often carry the news itself ("At least 17 fighters were killed …, the monitor
 * said. PHOTO: …"). Such a sentence is kept, without its credit; the description of the picture
 * and the credit are not.
 */
function reportingInCaption(body: string, sentence: Span): Span | null {
  const text = body.slice(sentence.start, sentence.end);
  const kept = text.replace(TRAILING_CREDIT, "");
  if (DESCRIBES_IMAGE.test(kept) || !findSpeaker(kept)) return null;
  return { start: sentence.start, end: sentence.start + kept.length };
}

export function proposeClaims(body: string): ProposedClaim[] {
  const proposed: ProposedClaim[] = [];
  const taken = new Set<string>();
  const add = (claim: ProposedClaim) => {
    const key = `${claim.start}:${claim.end}`;
    if (taken.has(key) || claim.end <= claim.start) return;
    taken.add(key);
    proposed.push(claim);
  };
  let quotedSpeaker: string | null = null;
  for (const block of blocks(body)) {
    if (block.furniture && block.furniture !== "caption") {
      quotedSpeaker = null;
      continue;
    }
    for (const found of sentencesOf(body, block)) {
      const sentence = block.furniture === "caption" ? reportingInCaption(body, found) : found;
      if (!sentence) continue;
      const text = body.slice(sentence.start, sentence.end);
      if (text.split(/\s+/u).length < 4) continue;
      const figures = countedFigures(text);
      const spans = figureSpans(sentence, text, figures);
      figures.forEach((figure, index) => {
        const span = spans[index];
        if (!span) return;
        const facts = deriveFacts({ sentence: text, quoteStart: span.start - sentence.start, quoteEnd: span.end - sentence.start, kind: "QUANTITY", figure });
        if (facts.value === null) return;
        const speaker = facts.speaker ?? quotedSpeaker ?? undefined;
        add({
          start: span.start,
          end: span.end,
          quote: body.slice(span.start, span.end),
          kind: "QUANTITY",
          value: facts.value,
          ...(facts.valueMax !== null ? { valueMax: facts.valueMax } : {}),
          ...(facts.qualifier ? { qualifier: facts.qualifier } : {}),
          ...(facts.unit ? { unit: facts.unit } : {}),
          ...(speaker ? { speaker } : {}),
          ...(facts.subject ? { subject: facts.subject } : {}),
          score: figureScore(facts),
          reason: figureReason({ ...facts, speaker: speaker ?? null }, figure.whole),
        });
      });
      if (figures.length > 0) continue;

      const speaker = findSpeaker(text);
      const event = EVENT_VERBS.exec(text);
      const quoted = QUOTATION.test(text);
      if (!speaker && !event && !quotedSpeaker) continue;
      const facts = deriveFacts({ sentence: text, quoteStart: 0, quoteEnd: text.length, kind: event ? "EVENT" : "ATTRIBUTION" });
      const kind = event && (facts.event || !speaker) ? "EVENT" : quoted ? "QUOTE" : "ATTRIBUTION";
      const who = speaker ?? quotedSpeaker;
      const reasons: string[] = [];
      if (kind === "EVENT") reasons.push(facts.event ? `an event (${event?.[0]}) that other reports may confirm or deny` : `an event (${event?.[0]})`);
      else if (kind === "QUOTE") reasons.push("a direct quotation");
      else reasons.push("an attributed statement");
      if (who) reasons.push(`attributed to ${who}`);
      if (/\bden(?:ied|ies|ial|y)\b/i.test(text)) reasons.push("a denial");
      add({
        start: sentence.start,
        end: sentence.end,
        quote: text,
        kind,
        ...(who ? { speaker: who } : {}),
        ...(facts.subject ? { subject: facts.subject } : {}),
        score: Math.min(0.9, 0.4 + (who ? 0.2 : 0) + (facts.event ? 0.2 : event ? 0.1 : 0) + (quoted ? 0.05 : 0)),
        reason: reasons.join(", "),
      });
    }
    quotedSpeaker = block.introducesQuoteBy ?? (block.text.endsWith(":") ? quotedSpeaker : null);
  }
  return proposed.sort((a, b) => a.start - b.start || a.end - b.end);
}
