import { isMeasureAdjective, parseQuantities, type ParsedQuantity } from "@/lib/claims/quantity";
import type { ClaimKind, Qualifier } from "@/lib/generated/prisma/enums";
import {
  COUNTED_CLASSES,
  COUNTRY_KEYS,
  EVENT_CLASSES,
  INCIDENT_MARKERS,
  MEASURE_WORDS,
  SINCE_MARKERS,
  WINDOW_MARKERS,
  NATIONAL_PLACES,
  PART_MARKERS,
  REPORTING_VERBS,
  SPEAKER_HEADS,
  TOTAL_MARKERS,
} from "@/lib/assist/lexicon";

/**
 * The comparable facts of a claim, read from its quote and the sentence around it. Pure, so the
 * reader's pre-fill, the candidate list and the facts the server stores for matching all come
 * from this one function.
 */
export type DerivedFacts = {
  value: number | null;
  valueMax: number | null;
  qualifier: Qualifier | null;
  /** What is counted, as written ("Norland soldiers", "people"). */
  unit: string | null;
  /** What happened to them: killed, wounded, displaced, detained, in need; null for a plain count. */
  measure: string | null;
  /** The class compared across outlets: people, military, fighters, children … */
  counted: string | null;
  /** Country of the counted group when the text names it ("Turkish soldiers" → turkey). */
  group: string | null;
  speaker: string | null;
  /** A local place (city, province) that narrows the figure; national places are left out. */
  place: string | null;
  /** The figure covers one incident or a short window ("on Saturday", "since April 22"). */
  incident: boolean;
  /** How the figure is bounded in time: from a start onwards ("since 2015") or over a window ("between January and March"). */
  period: "since" | "window" | null;
  /** The figure is a total ("81 cases in all"); a smaller figure on the same thing is a part of it. */
  total: boolean;
  /** The figure is a part of another given nearby ("including 19 children"). */
  part: boolean;
  /** For event and attribution claims: which opposing pair the verb belongs to, and which side. */
  event: { name: string; polarity: 1 | -1 } | null;
  /** Who the event is about, by country key (russia, us, syria …). */
  actor: string | null;
  subject: string | null;
  /** Normalised key that claims about the same thing share; matching looks claims up by it. */
  subjectKey: string | null;
};

export type FactsInput = {
  /** The sentence (or wider context) that holds the quote. */
  sentence: string;
  /** The quote's offsets within `sentence`. */
  quoteStart: number;
  quoteEnd: number;
  kind?: ClaimKind;
  /** The figure to read, offsets within `sentence`, when the caller has already chosen one. */
  figure?: CountedFigure;
};

const SPEAKER_STOP = new Set(["he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who", "there", "officials"]);
const LEADING_NOISE = /^(?:and|but|however|meanwhile|also|still|yet|so|then|instead|separately|earlier|later|now|while|as|when|after|before|although|though|because)\b[\s,]*/i;
const TRAILING_NOISE = /[\s,]*(?:\b(?:also|has|have|had|was|were|is|are|later|earlier|separately|then|previously|still|again|now|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on \w+ \d{1,2}|last week|this week|in a statement|in an interview|for (?:his|her|its|their) part|who has served with \w+|yesterday|today))+$/i;
const REPORTING_RE = new RegExp(`\\b(${REPORTING_VERBS})\\b`, "gi");

function cleanSpeaker(raw: string): string | null {
  let phrase = raw.replace(/[“”"()]+/gu, " ").replace(/\s+/gu, " ").trim();
  for (let i = 0; i < 3; i += 1) phrase = phrase.replace(LEADING_NOISE, "").replace(TRAILING_NOISE, "").trim();
  phrase = phrase.replace(/^(?:the|a|an)\s+/i, (article) => (/^the/i.test(article) ? "the " : ""));
  const words = phrase.split(" ").filter(Boolean);
  if (words.length === 0 || words.length > 9) return null;
  if (SPEAKER_STOP.has(phrase.toLowerCase()) || SPEAKER_STOP.has((words[0] ?? "").toLowerCase())) return null;
  const named = words.some((word, index) => /^\p{Lu}/u.test(word) && (index > 0 || words.length === 1 || !/^(?:the|a|an)$/i.test(word)));
  // ", the fire service said": a short definite noun phrase right before the verb names a speaker.
  // "the quay was closed" is a clause, not a noun phrase: it has a finite verb of its own.
  const definite = /^the\s/i.test(phrase) && words.length <= 5 && !/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/iu.test(phrase);
  if (!named && !definite && !SPEAKER_HEADS.test(phrase)) return null;
  if (/\d/u.test(phrase) && !/\p{Lu}/u.test(phrase)) return null;
  return phrase.replace(/^the\s+/i, (article) => article.toLowerCase());
}

/** Who the sentence attributes its statement to: "X said", "said X", "according to X", "X told Reuters". */
export function findSpeaker(sentence: string): string | null {
  const according = /\baccording to\s+([^,.;:“”"()]+?)(?=\s*(?:[,.;:“”"()]|$))/iu.exec(sentence);
  if (according) {
    // "according to United Nations estimates": the estimates are the United Nations'.
    // "according to figures from the health office", "according to a tally by Lusk Radio": the source is after "from" / "by".
    const source = (according[1] ?? "").replace(/^(?:(?:the|a|an|new|latest|official)\s+)*(?:estimates?|figures?|data|statistics|tallies|tally|counts?|records?|reports?)\s+(?:from|by|of)\s+/iu, "");
    const speaker = cleanSpeaker(source.replace(/(?:['’]s)?\s+(?:estimates?|figures?|data|statistics|tallies|tally|counts?|records?|reports?)$/iu, ""));
    if (speaker) return speaker;
  }
  for (const verb of sentence.matchAll(REPORTING_RE)) {
    const at = verb.index ?? 0;
    const before = sentence.slice(0, at);
    // "The quay was closed, said Orla Benedek": a verb that opens its clause is followed by its
    // speaker, and the clause before it is what was said ("told", "urged" … name the listener).
    if (/(?:^|[,;:“”"—–(])\s*$/u.test(before) && !/^(?:told|tells|urged|accused|accuses)$/iu.test(verb[0])) {
      // Only a name that ends its phrase: "…, said Norland troops had left" reports what was said.
      const inverted = speakerAfter(sentence, at + verb[0].length, true);
      if (inverted) return inverted;
    }
    // The speaker is the phrase right before the verb, after the last clause break or quotation.
    const segments = before.split(/[,;:“”"—–(]|\s-\s/u);
    for (let back = segments.length - 1; back >= Math.max(0, segments.length - 3); back -= 1) {
      const segment = segments[back] ?? "";
      if (!segment.trim()) continue;
      // "Ilse Marwan, who farms near the dam, told Reuters": skip the relative clause.
      if (/^\s*(?:who|which|whose|whom)\b/iu.test(segment)) continue;
      // ", on Monday,", ", in Lusk,", ", she said,": asides between the speaker and the verb.
      if (/^\s*(?:for (?:his|her|its|their) part|on \w+|in \w+|however|meanwhile|he|she|they|it)\s*$/iu.test(segment)) continue;
      // "Petra Lind, an aid worker in Lusk, said": an indefinite apposition describes the name before it.
      if (back > 0 && /^\s*an?\s/iu.test(segment)) {
        const named = cleanSpeaker(segments[back - 1] ?? "");
        if (named) return named;
      }
      const clauses = segment.split(/\b(?:that|which|who|when|as)\b/iu);
      // "Ilse Marwan who has served with Unicef said": a clause opening on its own verb is a relative clause.
      const own = clauses.length > 1 && /^\s*(?:has|have|had|is|are|was|were)\b/iu.test(clauses.at(-1) ?? "") ? clauses.at(-2) : clauses.at(-1);
      const speaker = cleanSpeaker(own ?? segment);
      if (speaker) return speaker;
      break;
    }
    const after = speakerAfter(sentence, at + verb[0].length);
    if (after) return after;
  }
  return null;
}

/** "…, said Ilse Marwan, a farmer in the valley": the name right after the verb, not a news agency. */
function speakerAfter(sentence: string, from: number, endsPhrase = false): string | null {
  const after = /^\s+(?:the\s+)?([A-Z][\p{L}.'’-]+(?:\s+(?:al-|de\s)?[A-Z][\p{L}.'’-]+){0,4})/u.exec(sentence.slice(from));
  if (!after?.[1]) return null;
  if (endsPhrase && !/^\s*(?:[,;:)”"]|$)/u.test(sentence.slice(from + after[0].length).replace(/^\./u, ""))) return null;
  // The full stop that ends the sentence is not part of the name; an initial's is ("John F.").
  const speaker = cleanSpeaker(after[1].replace(/(?<!(?:^|\s)\p{Lu})\.$/u, ""));
  return speaker && !/^(?:Reuters|AFP|reporters)$/i.test(speaker) ? speaker : null;
}

function firstMatch(table: ReadonlyArray<[RegExp, string]>, text: string): string | null {
  let best: { at: number; key: string } | null = null;
  for (const [pattern, key] of table) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.at)) best = { at: match.index, key };
  }
  return best?.key ?? null;
}

function countedClass(unit: string | null, clause: string): string | null {
  // "11 million displaced": the unit is what happened to them; they are people.
  if (unit && MEASURE_WORDS.some(([pattern]) => pattern.test(unit)) && !COUNTED_CLASSES.some(([pattern]) => pattern.test(unit))) return "people";
  if (unit) {
    // "12 wounded soldiers" are soldiers: a fate before the noun does not name the class.
    const noun = unit.replace(/^(?:dead|wounded|injured|displaced)\s+(?=\S)/iu, "");
    const head = (noun !== unit ? firstMatch(COUNTED_CLASSES, noun) : null) ?? firstMatch(COUNTED_CLASSES, unit);
    if (head) return head;
    const last = unit.split(/\s+/u).at(-1)?.toLowerCase() ?? null;
    // The singular, so "one family" and "300 families" count the same thing.
    if (last && last !== "mark" && last !== "toll" && last !== "figure") return last.replace(/^(?!series$|species$)(\p{L}{2,})ies$/u, "$1y").replace(/(?<=[^s])s$/u, "");
  }
  return firstMatch(COUNTED_CLASSES, clause);
}

const PLACE_RE = /\b(?:in|of|near|around|across|outside|inside)\s+(?:the\s+)?([A-Z][\p{L}'’-]+(?:\s+(?:al-)?[A-Z][\p{L}'’-]+){0,2})/gu;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Reuters|AFP|The|A|An|President|Foreign|Defense|Defence|State|Security|United Nations|UN|Islamic State)\b/u;

function localPlace(clause: string): string | null {
  for (const match of clause.matchAll(PLACE_RE)) {
    const name = (match[1] ?? "").replace(/['’]s$/u, "");
    if (!name || NOT_PLACES.test(name)) continue;
    const lower = name.toLowerCase();
    if (NATIONAL_PLACES.has(lower) || firstMatch(COUNTRY_KEYS, name)) continue;
    return lower;
  }
  return null;
}

/** The clause of `text` around [start, end): figures in one sentence often describe different things. */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(" — "), before.lastIndexOf(" – "), before.lastIndexOf(": "));
  const afterText = text.slice(end);
  const stop = afterText.search(/;|\s[—–]\s|,\s(?:while|but|whereas)\b/u);
  return text.slice(cut === -1 ? 0 : cut + 1, stop === -1 ? text.length : end + stop);
}

/** A verb inside "since …", "after …", "despite …" sets the scene; the main verb is elsewhere. */
const SUBORDINATE_BEFORE = /\b(?:since|after|following|despite|before|ahead of|amid)\b[^,.;:—]{0,60}$/iu;

function eventOf(text: string): { name: string; polarity: 1 | -1; at: number } | null {
  type Hit = { name: string; polarity: 1 | -1; at: number; subordinate: boolean };
  const hits: Hit[] = [];
  for (const eventClass of EVENT_CLASSES) {
    for (const [pattern, polarity] of [[eventClass.positive, 1], [eventClass.negative, -1]] as const) {
      const match = pattern.exec(text);
      if (match) hits.push({ name: eventClass.name, polarity, at: match.index, subordinate: SUBORDINATE_BEFORE.test(text.slice(0, match.index)) });
    }
  }
  // The main clause's verb decides: "Norland has moved more artillery into the valley, weeks after
  // declaring a partial withdrawal"; "a Norland proposal … had been rebuffed" (the earlier verb).
  const main = hits.filter((hit) => !hit.subordinate);
  const pool = main.length ? main : hits;
  const first = pool.sort((a, b) => a.at - b.at)[0];
  return first ? { name: first.name, polarity: first.polarity, at: first.at } : null;
}

/** The country an event is about: the nearest one named before its verb, else the first after it. */
function actorOf(text: string, at: number): string | null {
  let best: { at: number; key: string } | null = null;
  for (const [pattern, key] of COUNTRY_KEYS) {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const position = match.index ?? 0;
      if (position > at || at - position > 160) continue;
      if (!best || position > best.at) best = { at: position, key };
    }
  }
  return best?.key ?? firstMatch(COUNTRY_KEYS, text.slice(at));
}

const DURATION_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)$/i;
const DURATION_CONTEXT_BEFORE = /\b(?:in the (?:next|last|past)|within|for|after|over|during|of|since|about|until|nearly|almost)\s*$/i;
const ORDINAL = /^\d+(?:st|nd|rd|th)\b/i;
// "the driver, aged 45,": an age, written before the number.
const AGE_BEFORE = /\baged?\s+$/i;

/** The figures of a text that count something: not measure adjectives, pronoun "one", identifiers,
 * ages, ordinals or durations that only set the scene ("after five years of conflict"). */
export function countedFigures(text: string): CountedFigure[] {
  return partsOfWholes(
    text,
    plausibleCounts(text).map((q) => {
      // The adjective's noun, counted: "a 50,000-member force" counts 50,000 members.
      if (isMeasureAdjective(text, q)) return { ...q, unit: FORCE_UNITS[(q.unit ?? "").split(/[-\s]/u)[0]!.toLowerCase()] ?? q.unit };
      // "two thirds" is a share, compared as one: 66.7%.
      const denominator = q.unit ? FRACTIONS[q.unit.toLowerCase()] : undefined;
      if (denominator && q.value < denominator) {
        const share = (value: number) => Math.round((value / denominator) * 1000) / 10;
        return { ...q, value: share(q.value), valueMax: q.valueMax === null ? null : share(q.valueMax), unit: "%" };
      }
      return q;
    }),
  );
}

/** Counted classes that are people, whose fate the rest of a sentence may tell. */
const PERSON_CLASSES = new Set(["people", "military", "fighters", "children"]);

/** A counted figure; `whole` is set when the text gives it as a part of a larger count. */
export type CountedFigure = ParsedQuantity & { whole?: number; wholeUnit?: string };

// "two of the port's five container terminals": the words between a part and its whole.
const PART_OF_WHOLE_BETWEEN = /^\s+of\s+(?:(?:the|its|their|his|her|our|all|those)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;

/**
 * A part given with its whole is one claim about the part, counting what the whole counts: the
 * whole is kept on the part rather than proposed as a figure of its own, and the part does not
 * borrow the unit of an earlier, unrelated figure.
 */
function partsOfWholes(text: string, figures: ParsedQuantity[]): CountedFigure[] {
  const result: CountedFigure[] = [];
  for (let index = 0; index < figures.length; index += 1) {
    const part = figures[index]!;
    const whole = figures[index + 1];
    // "four in five residents": a share of whatever the second counts.
    if (whole && !part.unit && whole.valueMax === null && part.valueMax === null && part.value < whole.value && whole.value <= 100 && /^\s+(?:in|out of)\s+$/iu.test(text.slice(part.end, whole.start))) {
      const value = Math.round((part.value / whole.value) * 1000) / 10;
      result.push({ ...part, value, unit: "%", end: whole.end, ...(whole.unit ? { wholeUnit: whole.unit } : {}) });
      index += 1;
      continue;
    }
    const share = part.unit === "%";
    if (whole && (!part.unit || share) && whole.unit && whole.unit !== "%" && whole.valueMax === null && (share || part.value <= whole.value) && PART_OF_WHOLE_BETWEEN.test(text.slice(part.end, whole.start))) {
      // A share of a whole stays a share ("two thirds of the 1.2 million residents": 66.7%).
      result.push({ ...part, unit: share ? "%" : whole.unit, end: whole.end, whole: whole.value, wholeUnit: whole.unit });
      index += 1;
      continue;
    }
    result.push(part);
  }
  return result;
}

// "a 50,000-member force", "a 300-person relief mission": a size worth checking, unlike "a 15-member council".
const FORCE_AFTER = /^[\s\p{L}-]{0,30}?\b(?:force|forces|army|troops|contingent|mission|militia|battalion|brigade|coalition|deployment)\b/iu;

const FRACTIONS: Record<string, number> = { halves: 2, thirds: 3, third: 3, quarters: 4, quarter: 4, fifths: 5, fifth: 5, tenths: 10, tenth: 10 };

const FORCE_UNITS: Record<string, string> = { member: "members", person: "people", man: "men" };

function isForceSize(text: string, q: ParsedQuantity): boolean {
  if (!q.unit || !/^(?:member|person|man)\b/iu.test(q.unit)) return false;
  return q.value >= 1000 || FORCE_AFTER.test(text.slice(q.end, q.end + 40));
}

function plausibleCounts(text: string): ParsedQuantity[] {
  return parseQuantities(text).filter((q) => {
    if (isMeasureAdjective(text, q)) return isForceSize(text, q);
    // "one which yielded", "at one point": a lone "one" is a pronoun far more often than a count.
    if (q.value === 1 && q.valueMax === null && q.qualifier === "EXACT" && !/^\s+(?:in|out of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/iu.test(text.slice(q.end, q.end + 16))) {
      // "one envoy said" uses "one" as an article; "one child died" is still a toll.
      const tollFollows = MEASURE_WORDS.some(([pattern]) => pattern.test(text.slice(q.end, q.end + 40)));
      if (!q.unit || /^(?:point|time|way|day|side|another)$/i.test(q.unit) || !tollFollows) return false;
    }
    if (/\b(?:resolution|article|chapter|paragraph|no\.?|number)\s*$/i.test(text.slice(Math.max(0, q.start - 14), q.start))) return false;
    const after = text.slice(q.end, q.end + 12);
    if (ORDINAL.test(text.slice(q.start, q.end)) || AGE_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) || /^\s*(?:years? old|-year-old)/i.test(after)) return false;
    if (q.unit && DURATION_UNIT.test(q.unit)) {
      // "four or five minutes before the strikes" is checkable; "in the next two weeks" is not.
      const before = text.slice(Math.max(0, q.start - 24), q.start);
      if (DURATION_CONTEXT_BEFORE.test(before) || /^\s*(?:ago|later|earlier|old)\b/i.test(after) || /^\s+of\b/i.test(after)) return false;
      if (q.valueMax === null && !/\b(?:just|only|barely)\s*$/i.test(before)) return false;
    }
    return true;
  });
}

const SENTENCE_OPENERS = new Set(["the", "a", "an", "it", "this", "that", "but", "and", "however", "meanwhile", "in", "on", "at", "after", "before", "when", "while", "although"]);

/** The last name-like word before the event verb ("Norland" in "It was Norland that vetoed"), lower-cased. */
function properNounBefore(text: string, at: number): string | null {
  const names = [...text.slice(0, at).matchAll(/\b\p{Lu}[\p{L}'’-]+/gu)].map((m) => m[0].replace(/['’]s$/u, "")).filter((word) => !SENTENCE_OPENERS.has(word.toLowerCase()));
  return names.at(-1)?.toLowerCase() ?? null;
}

function shiftFigure(figure: CountedFigure | null, by: number): CountedFigure | null {
  return figure ? { ...figure, start: figure.start + by, end: figure.end + by } : null;
}

function chooseFigure(quote: string): CountedFigure | null {
  return countedFigures(quote)[0] ?? null;
}

/**
 * The subject key of a typed subject: the same classifier, so "Norland military deaths" meets "31
 * Norland soldiers were killed". A local place the editor named narrows it ("people killed in the
 * Tessel market strike" is not the war's toll), written after "@" so the base key still meets
 * claims marked by quote alone (see baseSubjectKey).
 */
export function subjectKeyOfText(subject: string): string {
  const measure = firstMatch(MEASURE_WORDS, subject);
  const counted = countedClass(null, subject);
  if (measure || counted) {
    const place = localPlace(subject);
    return `q:${measure ?? "count"}:${counted ?? "people"}${place ? `@${place}` : ""}`;
  }
  return `s:${subject.normalize("NFKD").toLowerCase().replace(/\p{M}+/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
}

function describeSubject(facts: Pick<DerivedFacts, "measure" | "unit" | "counted" | "place">): string | null {
  // "100 wounded": the unit says what happened, so the noun is what is counted ("people wounded").
  const unitIsMeasure = facts.unit !== null && !/\s/u.test(facts.unit) && MEASURE_WORDS.some(([pattern]) => pattern.test(facts.unit ?? ""));
  const noun = facts.unit && !unitIsMeasure && !/^(?:mark|toll|figure)$/i.test(facts.unit) ? facts.unit : facts.counted;
  if (!noun && !facts.measure) return null;
  const phrase = [noun ?? "people", facts.measure].filter(Boolean).join(" ");
  return facts.place ? `${phrase} in ${facts.place.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}` : phrase;
}

export function deriveFacts(input: FactsInput): DerivedFacts {
  const { sentence, quoteStart, quoteEnd } = input;
  const quote = sentence.slice(quoteStart, quoteEnd);
  // A statement marked as an attribution or event is compared as a statement, even when its
  // sentence also carries a figure ("a proposal … at the site of an attack that killed 93 …").
  const figure = input.kind === undefined || input.kind === "QUANTITY" || input.kind === "OTHER" ? (input.figure ?? shiftFigure(chooseFigure(quote), quoteStart)) : null;
  const speaker = findSpeaker(sentence);

  if (figure) {
    const figureStart = figure.start;
    const figureEnd = figure.end;
    const clause = clauseAround(sentence, figureStart, figureEnd);
    let unit = figure.unit;
    let qualifier = figure.qualifier;
    // "the toll crossed the 1,600 mark": more than 1,600 deaths.
    if (unit && /^mark$/i.test(unit) && /\b(crossed|passed|surpassed|exceeded|topped)\b/i.test(sentence.slice(Math.max(0, figureStart - 40), figureStart))) {
      qualifier = "MORE_THAN";
      unit = null;
    }
    if (!unit || unit === "%") {
      // "the Ministry admitted to only 5": the thing counted is the one counted just before.
      const earlier = parseQuantities(sentence.slice(0, figureStart)).filter((q) => q.unit && q.unit !== "%" && !isMeasureAdjective(sentence, q)).at(-1);
      if (unit !== "%" && earlier?.unit) unit = earlier.unit;
    }
    const counted = unit === "%" ? "percent" : countedClass(unit, clause);
    // What happened is read from the figure's own words first. The rest of the sentence only
    // speaks for people ("…, and 14 dock workers were injured" says nothing of terminals closed).
    // A later figure in the clause has words of its own: "closed two terminals, and 14 workers were injured".
    const nextFigure = countedFigures(sentence.slice(figureEnd))[0];
    const ownClause = nextFigure ? clause.slice(0, Math.max(0, figureEnd + nextFigure.start - sentence.indexOf(clause))) : clause;
    const measure =
      firstMatch(MEASURE_WORDS, quote) ?? firstMatch(MEASURE_WORDS, ownClause) ?? (counted === null || PERSON_CLASSES.has(counted) ? firstMatch(MEASURE_WORDS, sentence) : null);
    const group = unit ? firstMatch(COUNTRY_KEYS, unit) : null;
    // Scope words count only near the figure: "Earlier this week, the agency reported that 31 …"
    // dates the report, not the deaths, and "talks in Marvel aimed at ending a war that has killed …"
    // does not make the war's toll a Marvel one.
    const clauseStart = sentence.indexOf(clause);
    let nearStart = Math.max(clauseStart, figureStart - 60);
    const frame = /.*(?:,|\bthat\b|\bsaid\b|\breported\b)/su.exec(sentence.slice(nearStart, figureStart));
    if (frame) nearStart += frame[0].length;
    const near = sentence.slice(nearStart, Math.max(clauseStart + clause.length, quoteEnd));
    // "The shelling of Marvel, which has …, has killed nearly 300": a short opening phrase names the place.
    const opening = /^[^,;]{0,60},/u.exec(sentence)?.[0] ?? "";
    const place = localPlace(near) ?? localPlace(opening);
    const after = sentence.slice(figureEnd, figureEnd + 40);
    const before = sentence.slice(Math.max(0, figureStart - 30), figureStart);
    const facts: DerivedFacts = {
      value: figure.value,
      valueMax: figure.valueMax,
      qualifier,
      unit,
      measure,
      counted,
      group,
      // "While the monitor documented at least 31 …, the ministry admitted to only 6": the nearest speaker.
      speaker: findSpeaker(near) ?? speaker,
      place,
      incident: INCIDENT_MARKERS.test(near),
      period: SINCE_MARKERS.test(near) ? "since" : WINDOW_MARKERS.test(near) ? "window" : null,
      total: TOTAL_MARKERS.test(after) || /\btotal\b/i.test(before),
      // "including 19 children", "14 of the victims", "two of the five terminals": a part of a count.
      part: PART_MARKERS.test(before) || /^\s+of\s+(?:the|them|those|whom)\b/iu.test(after) || ("whole" in figure && figure.whole !== undefined),
      event: null,
      actor: null,
      subject: null,
      subjectKey: null,
    };
    facts.subject = unit === "%" && "wholeUnit" in figure && figure.wholeUnit ? `share of ${figure.wholeUnit}` : describeSubject(facts);
    facts.subjectKey = measure || counted ? `q:${measure ?? "count"}:${counted ?? "people"}` : null;
    return facts;
  }

  const event = eventOf(quote) ?? (quote.length < 40 ? eventOf(sentence) : null);
  const actor = event ? (actorOf(quote, event.at) ?? properNounBefore(quote, event.at)) : firstMatch(COUNTRY_KEYS, quote);
  return {
    value: null,
    valueMax: null,
    qualifier: null,
    unit: null,
    measure: null,
    counted: null,
    group: null,
    speaker,
    place: localPlace(quote),
    incident: INCIDENT_MARKERS.test(quote),
    period: null,
    total: false,
    part: false,
    event: event ? { name: event.name, polarity: event.polarity } : null,
    actor,
    // Without an actor there is no subject worth pre-filling ("who attack" reads as noise).
    subject: event && actor ? `${actor} ${event.name}` : null,
    // Without a known side there is nothing to set the statement against.
    subjectKey: event && actor ? `e:${event.name}:${actor}` : null,
  };
}
