import type { Qualifier } from "@/lib/generated/prisma/enums";

/*
 * Pre-fills a claim's value / valueMax / qualifier / unit from the text an
 * editor highlighted. It is a suggestion the editor confirms, so when a reading
 * is doubtful we prefer returning nothing (or the weaker claim) to inventing
 * precision.
 *
 * Hand-written rather than a dependency: the npm number-word parsers are
 * largely unmaintained and none of them know newsroom conventions (qualifier
 * phrases, "1.2bn", "hundreds of thousands", dates and resolution numbers that
 * are not quantities), so most of this file would be needed anyway.
 *
 * Decisions an editor might otherwise be surprised by:
 * - Vague plurals ("dozens", "hundreds", "thousands of", "tens of thousands",
 *   "hundreds of thousands") become AT_LEAST with the smallest value the plural
 *   literally supports: two of the unit, so "hundreds of thousands" is at least
 *   200,000. Any midpoint would be a number the source never claimed.
 * - A currency symbol becomes the unit as an ISO code ("$" → USD, "£" → GBP,
 *   "€" → EUR) and replaces any noun that follows ("$5m in aid" → USD). A bare
 *   "$" is assumed to be US dollars because the text cannot tell us otherwise.
 * - A four-digit number from 1900 to 2100 written without separators is read as
 *   a year, unless a comparative qualifier precedes it ("more than 2000") or a
 *   lower-case plural noun follows it ("2000 people", not "the 2017 budget").
 *   Year-ish prepositions ("in", "since", "by" …) win over the noun, so
 *   "in 2000 people …" reads as a year, and "2011-2017" is always a span of
 *   years. "2,017 people" has a separator, so it is always a count.
 * - An attached "m" means million after a currency symbol or before a noun
 *   ("£5m", "5m people"); otherwise it stays a unit ("500m from the border").
 */

export type ParsedQuantity = {
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  unit: string | null;
  /** the matched span within the input, UTF-16 indices */
  start: number;
  end: number;
};

type Tok = {
  kind: "num" | "word" | "punct";
  text: string;
  lower: string;
  start: number;
  end: number;
  spaceBefore: boolean;
};

// Comma, no-break, narrow no-break and thin spaces all appear as thousands separators in copy.
const NUM_RE = /\d{1,3}(?:[,\u00A0\u202F\u2009]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y;
const SEPARATORS_RE = /[,\u00A0\u202F\u2009]/g;
// Letters may carry digits after them ("F-16", "Covid-19", "A320") so those identifiers never surface as numbers.
const WORD_RE = /\p{L}(?:[\p{L}\p{M}\p{N}]|['’\-‐](?=[\p{L}\p{N}]))*/uy;
const SPACE_RE = /\s/u;

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let spaceBefore = true;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (SPACE_RE.test(ch)) {
      spaceBefore = true;
      i += 1;
      continue;
    }
    let kind: Tok["kind"] = "punct";
    let end = i + 1;
    NUM_RE.lastIndex = i;
    WORD_RE.lastIndex = i;
    const num = /\d/.test(ch) ? NUM_RE.exec(text) : null;
    const word = num ? null : WORD_RE.exec(text);
    if (num) {
      kind = "num";
      end = i + num[0].length;
    } else if (word) {
      kind = "word";
      end = i + word[0].length;
    }
    const tokText = text.slice(i, end);
    toks.push({ kind, text: tokText, lower: tokText.toLowerCase(), start: i, end, spaceBefore });
    spaceBefore = false;
    i = end;
  }
  return toks;
}

const SMALL = new Map<string, number>(
  ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"].map((w, n) => [w, n]),
);
const TENS = new Map<string, number>([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);
const LARGE_SCALES = new Map<string, number>([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["mn", 1e6],
  ["bn", 1e9],
  ["tn", 1e12],
]);
const MULTIPLIERS = new Map<string, number>([...LARGE_SCALES, ["hundred", 100], ["dozen", 12]]);
const ATTACHED_SUFFIXES = new Map<string, number>([
  ["k", 1e3],
  ["mn", 1e6],
  ["bn", 1e9],
  ["b", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
]);
// Plural "of" forms; value is one unit of the plural, doubled later.
const VAGUE = new Map<string, number>([
  ["dozens", 12],
  ["tens", 10],
  ["hundreds", 100],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
]);
const VAGUE_SCALES = new Map<string, number>([
  ["hundreds", 100],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
]);
// Hyphenated compound adjectives worth keeping as a unit ("a five-year war", "a 74-month conflict").
const MEASURES = new Set([
  "year", "month", "week", "day", "hour", "minute", "second", "mile", "kilometre", "kilometer", "km", "metre", "meter", "foot",
  "storey", "story", "member", "point", "seat", "nation", "page", "acre", "tonne", "ton", "person", "man",
]);
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
const CURRENCIES = new Map<string, string>([
  ["$", "USD"],
  ["£", "GBP"],
  ["€", "EUR"],
]);
const DASHES = new Set(["-", "‐", "–", "—"]);
const PERIOD = new Set(["."]);
const COLON = new Set([":"]);
const PLUS = new Set(["+"]);
const PERCENT = new Set(["%"]);
const TIME_ZONES = new Set(["gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt"]);
const YEAR_PREPOSITIONS = new Set([
  "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "early", "late", "mid", "year", "through",
  "between", "spring", "summer", "autumn", "fall", "winter",
]);
const PLURAL_WITHOUT_S = new Set(["people", "children", "men", "women", "police", "personnel", "staff", "cattle", "livestock", "sheep", "aircraft", "militia", "infantry", "youth"]);
const NOT_PLURAL = new Set(["news", "series", "species", "means", "his", "this", "its", "has", "was", "is"]);
// A capitalised word before a bare number usually names the thing numbered ("Resolution 2118"), unless it is a sentence-opening function word.
const IDENTIFIER_NOUNS = new Set([
  "resolution", "article", "flight", "route", "chapter", "section", "room", "phase", "level", "grade", "class", "category", "model",
  "number", "no", "vol", "volume", "page", "item", "act", "bill", "amendment", "paragraph", "clause", "rule", "highway", "interstate",
  "unit", "brigade", "division", "battalion", "regiment", "squadron", "zone", "sector", "block", "building", "gate", "terminal",
  "platform", "camp", "road", "street", "lot", "ward", "district", "line", "channel", "version", "stage", "season", "episode", "part",
  "figure", "table", "annex", "protocol",
]);
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "some", "about", "around", "nearly", "almost", "over", "under", "only", "just", "all", "another", "those",
  "these", "this", "that", "his", "her", "their", "its", "our", "my", "your", "with", "in", "on", "at", "by", "for", "of", "since",
  "from", "to", "and", "but", "or", "than", "between", "as", "every", "each", "both", "when", "after", "before", "during", "while",
  "until", "last", "next", "yet", "roughly", "approximately", "fewer", "more", "less", "least", "up", "estimated", "then",
  "here", "there", "now", "so", "also", "still", "even", "if", "because", "although", "though", "we", "they", "he", "she", "it", "i",
]);
// "one" in these positions is a pronoun, not a count ("one of the", "no one", "one another").
const PRONOUN_ONE_BEFORE = new Set(["no", "any", "every", "each", "the", "which", "this", "that"]);
const PRONOUN_ONE_AFTER = new Set(["of", "another"]);

const UNIT_STOP = new Set([
  "were", "was", "is", "are", "be", "been", "being", "am", "had", "have", "has", "having", "will", "would", "could", "should", "shall",
  "may", "might", "must", "can", "did", "do", "does",
  "in", "on", "at", "of", "since", "and", "or", "but", "nor", "who", "whom", "whose", "that", "which", "what", "when", "where",
  "while", "why", "how", "if", "because", "though", "although", "unless", "until", "till",
  "by", "from", "to", "for", "with", "without", "as", "than", "into", "onto", "over", "under", "after", "before", "during", "across",
  "around", "about", "against", "among", "amid", "between", "through", "throughout", "within", "via", "per", "toward", "towards",
  "upon", "near", "inside", "outside", "beyond", "along", "out",
  "the", "a", "an", "this", "these", "those", "its", "it", "their", "his", "her", "our", "my", "your", "them", "they", "he", "she",
  "we", "you", "i", "us", "him", "there", "here",
  "more", "less", "fewer", "most", "least", "ago", "earlier", "later", "last", "next", "each", "every", "all", "both", "some", "any",
  "many", "much", "several", "such", "only", "just", "also", "even", "still", "already", "yet", "now", "then", "so", "too", "very",
  "not", "no", "alone", "apiece", "altogether", "respectively", "reportedly", "allegedly", "apparently", "mostly", "mainly",
  "largely", "roughly", "nearly", "almost", "approximately", "plus",
  // Reporting and casualty verbs that commonly follow a bare count.
  "said", "say", "says", "told", "according", "reported", "killed", "died", "fled", "remain", "remained", "remains", "including",
  "included", "left", "arrived",
]);

type QualifierPhrase = { words: string[]; qualifier: Qualifier | "BETWEEN" };
const QUALIFIER_PHRASES: QualifierPhrase[] = (
  [
    [["no", "fewer", "than"], "AT_LEAST"],
    [["no", "less", "than"], "AT_LEAST"],
    [["not", "fewer", "than"], "AT_LEAST"],
    [["not", "less", "than"], "AT_LEAST"],
    [["a", "minimum", "of"], "AT_LEAST"],
    [["at", "least"], "AT_LEAST"],
    [["in", "excess", "of"], "MORE_THAN"],
    [["more", "than"], "MORE_THAN"],
    [["greater", "than"], "MORE_THAN"],
    [["upwards", "of"], "MORE_THAN"],
    [["well", "over"], "MORE_THAN"],
    [["just", "over"], "MORE_THAN"],
    [["over"], "MORE_THAN"],
    [["above"], "MORE_THAN"],
    [["in", "the", "region", "of"], "ABOUT"],
    [["an", "estimated"], "ABOUT"],
    [["estimated"], "ABOUT"],
    [["about"], "ABOUT"],
    [["around"], "ABOUT"],
    [["approximately"], "ABOUT"],
    [["approx"], "ABOUT"],
    [["roughly"], "ABOUT"],
    [["circa"], "ABOUT"],
    [["just", "shy", "of"], "NEARLY"],
    [["just", "under"], "NEARLY"],
    [["close", "to"], "NEARLY"],
    [["nearly"], "NEARLY"],
    [["almost"], "NEARLY"],
    [["as", "many", "as"], "AS_MANY_AS"],
    [["as", "much", "as"], "AS_MANY_AS"],
    [["as", "high", "as"], "AS_MANY_AS"],
    [["up", "to"], "UP_TO"],
    [["fewer", "than"], "FEWER_THAN"],
    [["less", "than"], "FEWER_THAN"],
    [["under"], "FEWER_THAN"],
    [["below"], "FEWER_THAN"],
    [["some"], "SOME"],
    [["between"], "BETWEEN"],
  ] as const
)
  .map(([words, qualifier]) => ({ words: [...words], qualifier }))
  // Longest first so "no fewer than" is not read as "fewer than".
  .sort((a, b) => b.words.length - a.words.length);

type Amount = {
  value: number;
  /** For "three thousand": base 3, mult 1000, so "two to three thousand" can lend its scale to the lower bound. */
  base: number;
  mult: number;
  endTok: number;
  digits: boolean;
  plainInteger: boolean;
  yearLike: boolean;
  vague: boolean;
  isWordOne: boolean;
  attachedUnit: string | null;
};
type AmountResult = { kind: "amount"; amount: Amount } | { kind: "skip"; endTok: number };

function clean(n: number): number {
  // Decimal × power of ten can pick up binary noise (e.g. 1.15 × 1e6); 15 significant digits is beyond any reported figure.
  return Number(n.toPrecision(15));
}

function isCapitalised(tok: Tok): boolean {
  return /^\p{Lu}/u.test(tok.text);
}

function isMonth(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === "word" && isCapitalised(tok) && MONTHS.has(tok.lower);
}

function isNumberWord(lower: string): boolean {
  return SMALL.has(lower) || TENS.has(lower) || MULTIPLIERS.has(lower) || VAGUE.has(lower);
}

function isPluralNoun(lower: string): boolean {
  if (PLURAL_WITHOUT_S.has(lower) || lower.endsWith("men")) return true;
  return /[^su'’]s$/.test(lower) && !NOT_PLURAL.has(lower);
}

function isUnitWord(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === "word" && tok.spaceBefore && !UNIT_STOP.has(tok.lower) && !isNumberWord(tok.lower) && !isMonth(tok);
}

class Parser {
  private readonly toks: Tok[];

  constructor(text: string) {
    this.toks = tokenize(text);
  }

  get length(): number {
    return this.toks.length;
  }

  private tok(i: number): Tok | undefined {
    return i >= 0 ? this.toks[i] : undefined;
  }

  private isWord(i: number, ...lowers: string[]): boolean {
    const t = this.tok(i);
    return t !== undefined && t.kind === "word" && lowers.includes(t.lower);
  }

  private isPunct(i: number, set: ReadonlySet<string>, attached = false): boolean {
    const t = this.tok(i);
    return t !== undefined && t.kind === "punct" && set.has(t.text) && (!attached || !t.spaceBefore);
  }

  private matchQualifier(i: number): { qualifier: Qualifier | "BETWEEN"; next: number } | null {
    for (const phrase of QUALIFIER_PHRASES) {
      if (phrase.words.every((w, k) => this.isWord(i + k, w))) {
        let next = i + phrase.words.length;
        if (phrase.words[0] === "approx" && this.isPunct(next, PERIOD, true)) next += 1;
        return { qualifier: phrase.qualifier, next };
      }
    }
    return null;
  }

  private matchCurrency(i: number): { code: string; next: number } | null {
    let j = i;
    // "US$" is one symbol split across a word and a punct token.
    if (this.isWord(j, "us") && this.tok(j + 1)?.text === "$" && !this.tok(j + 1)?.spaceBefore) j += 1;
    const sym = this.tok(j);
    const code = sym && sym.kind === "punct" ? CURRENCIES.get(sym.text) : undefined;
    const after = this.tok(j + 1);
    if (code === undefined || !after || after.kind !== "num" || after.spaceBefore) return null;
    return { code, next: j + 1 };
  }

  private parseAmount(i: number, currency: boolean, allowAnd: boolean): AmountResult | null {
    const t = this.tok(i);
    if (!t) return null;
    if (t.kind === "num") return this.parseDigits(i, currency);
    if (t.kind === "word") return this.parseVague(i) ?? this.parseWords(i, allowAnd);
    return null;
  }

  private parseDigits(i: number, currency: boolean): AmountResult | null {
    const t = this.tok(i);
    if (!t || t.kind !== "num") return null;
    const raw = t.text;
    const numeric = Number(raw.replace(SEPARATORS_RE, ""));
    let j = i + 1;
    let mult = 1;
    let attachedUnit: string | null = null;

    // Zero-padded digits are codes ("007", the "000" of "250 000" typed with an ordinary space), never counts.
    if (/^0\d/.test(raw)) return { kind: "skip", endTok: j };
    // "10:15"
    if (this.isPunct(j, COLON, true) && this.tok(j + 1)?.kind === "num" && !this.tok(j + 1)?.spaceBefore) {
      return { kind: "skip", endTok: j + 2 };
    }
    // "3pm", "3 pm", "3 a.m."
    if (this.isWord(j, "am", "pm")) return { kind: "skip", endTok: j + 1 };
    if (this.isWord(j, "a", "p") && this.tok(j + 1)?.text === "." && this.isWord(j + 2, "m")) {
      return { kind: "skip", endTok: j + 3 + (this.tok(j + 3)?.text === "." ? 1 : 0) };
    }

    const attached = this.tok(j);
    if (attached && attached.kind === "word" && !attached.spaceBefore) {
      const a = attached.lower;
      const suffix = ATTACHED_SUFFIXES.get(a);
      if (/^(st|nd|rd|th)(?:$|[-‐])/.test(a)) return { kind: "skip", endTok: j + 1 };
      if (suffix !== undefined) {
        mult = suffix;
      } else if (a === "m" && (currency || isUnitWord(this.tok(j + 1)))) {
        mult = 1e6;
      } else {
        attachedUnit = attached.text;
      }
      j += 1;
    } else if (this.isPunct(j, DASHES, true) && this.tok(j + 1)?.kind === "word" && !this.tok(j + 1)?.spaceBefore) {
      const rest = this.tok(j + 1);
      if (rest && MEASURES.has(rest.lower.split(/[-‐]/)[0] ?? "")) {
        attachedUnit = rest.text;
        j += 2;
      }
    }

    if (mult === 1 && attachedUnit === null) {
      for (let s = this.tok(j); s && s.kind === "word" && MULTIPLIERS.has(s.lower); s = this.tok(j)) {
        mult *= MULTIPLIERS.get(s.lower) ?? 1;
        j += 1;
      }
    }

    const plainInteger = /^\d+$/.test(raw);
    return {
      kind: "amount",
      amount: {
        value: clean(numeric * mult),
        base: numeric,
        mult,
        endTok: j,
        digits: true,
        plainInteger: plainInteger && mult === 1,
        yearLike: plainInteger && raw.length === 4 && numeric >= 1900 && numeric <= 2100 && mult === 1 && attachedUnit === null,
        vague: false,
        isWordOne: false,
        attachedUnit,
      },
    };
  }

  private parseVague(i: number): AmountResult | null {
    const t = this.tok(i);
    const unitSize = t ? VAGUE.get(t.lower) : undefined;
    if (!t || unitSize === undefined) return null;
    let j = i + 1;
    let value: number;
    const outer = this.isWord(j, "of") ? this.tok(j + 1) : undefined;
    const outerSize = outer ? VAGUE_SCALES.get(outer.lower) : undefined;
    if (outerSize !== undefined) {
      value = 2 * unitSize * outerSize;
      j += 2;
    } else if (t.lower === "tens") {
      return null;
    } else {
      value = 2 * unitSize;
    }
    return {
      kind: "amount",
      amount: { value, base: value, mult: 1, endTok: j, digits: false, plainInteger: false, yearLike: false, vague: true, isWordOne: false, attachedUnit: null },
    };
  }

  private parseWords(i: number, allowAnd: boolean): AmountResult | null {
    type Last = "none" | "unit" | "ten" | "hundred" | "scale" | "dozen" | "and";
    let total = 0;
    let current = 0;
    let last: Last = "none";
    let j = i;
    let firstSmall = 0;
    let onlyMultipliersAfterFirst = true;
    let attachedUnit: string | null = null;
    let consumedEnd = i;

    const first = this.tok(i);
    if (first && first.kind === "word") {
      // "a dozen", "a million", "half a million"
      if ((first.lower === "a" || first.lower === "an") && MULTIPLIERS.has(this.tok(i + 1)?.lower ?? "")) {
        current = 1;
        firstSmall = 1;
        last = "unit";
        j = i + 1;
      } else if (first.lower === "half" && this.isWord(i + 1, "a", "an") && LARGE_SCALES.has(this.tok(i + 2)?.lower ?? "")) {
        current = 0.5;
        firstSmall = 0.5;
        last = "unit";
        j = i + 2;
      }
    }

    for (let t = this.tok(j); t && t.kind === "word"; t = this.tok(j)) {
      const w = t.lower;
      let small = SMALL.get(w);
      const ten = TENS.get(w);
      let measure: string | null = null;
      if (small === undefined && ten === undefined && /[-‐]/.test(w)) {
        const parts = w.split(/[-‐]/);
        const [head = "", tail = ""] = parts;
        const headTen = TENS.get(head);
        const tailSmall = SMALL.get(tail);
        if (parts.length === 2 && headTen !== undefined && tailSmall !== undefined && tailSmall > 0 && tailSmall < 10) {
          small = headTen + tailSmall;
        } else if (last === "none" && (SMALL.has(head) || TENS.has(head)) && MEASURES.has(tail)) {
          small = SMALL.get(head) ?? TENS.get(head);
          measure = t.text.slice(head.length + 1);
        }
      }

      if (small !== undefined) {
        const afterTen = last === "ten" && small < 10 && current % 10 === 0;
        if (!(last === "none" || last === "hundred" || last === "scale" || last === "and" || afterTen)) break;
        if (last === "none") firstSmall = small;
        else onlyMultipliersAfterFirst = false;
        current += small;
        last = "unit";
      } else if (ten !== undefined) {
        if (!(last === "none" || last === "hundred" || last === "scale" || last === "and")) break;
        if (last === "none") firstSmall = ten;
        else onlyMultipliersAfterFirst = false;
        current += ten;
        last = "ten";
      } else if (w === "hundred") {
        if (!((last === "unit" || last === "ten") && current > 0 && current < 100)) break;
        current *= 100;
        last = "hundred";
      } else if (w === "dozen") {
        if (!(last === "unit" || last === "ten")) break;
        current *= 12;
        last = "dozen";
      } else if (LARGE_SCALES.has(w)) {
        if (!(last === "unit" || last === "ten" || last === "hundred" || last === "dozen")) break;
        total += current * (LARGE_SCALES.get(w) ?? 1);
        current = 0;
        last = "scale";
      } else if (w === "and") {
        const next = this.tok(j + 1)?.lower ?? "";
        if (!(allowAnd && (last === "hundred" || last === "scale") && (SMALL.has(next) || TENS.has(next)))) break;
        onlyMultipliersAfterFirst = false;
        last = "and";
      } else {
        break;
      }
      j += 1;
      if (last !== "and") consumedEnd = j;
      if (measure !== null) {
        attachedUnit = measure;
        break;
      }
    }

    if (last === "none" || consumedEnd === i) return null;
    const value = clean(total + current);
    const simple = onlyMultipliersAfterFirst && firstSmall > 0;
    return {
      kind: "amount",
      amount: {
        value,
        base: simple ? firstSmall : value,
        mult: simple ? clean(value / firstSmall) : 1,
        endTok: consumedEnd,
        digits: false,
        plainInteger: false,
        yearLike: false,
        vague: false,
        isWordOne: consumedEnd === i + 1 && this.tok(i)?.lower === "one",
        attachedUnit,
      },
    };
  }

  private nounPhrase(k: number, vague: boolean): { unit: string | null; endTok: number } {
    let m = k;
    // "thousands of people": the "of" belongs to the figure only if a noun follows it.
    if (vague && this.isWord(m, "of")) m += 1;
    const words: Tok[] = [];
    for (let t = this.tok(m); words.length < 3 && isUnitWord(t); t = this.tok(m)) {
      if (!t) break;
      // Past participles and gerunds after the head noun start a clause ("servicemen killed", "people fleeing").
      if (words.length > 0 && /(?:ed|ing)$/.test(t.lower)) break;
      words.push(t);
      m += 1;
      // Modifiers come before the head noun, so a plural head ends the phrase ("missiles" in "59 missiles hit").
      if (isPluralNoun(t.lower)) break;
    }
    if (words.length === 0) return { unit: null, endTok: k };
    return { unit: words.map((w) => w.text).join(" "), endTok: m };
  }

  /** A figure starting at token i, a span to skip (date, time, year, identifier), or null to try the next token. */
  parseAt(i: number): { kind: "figure"; q: ParsedQuantity; next: number } | { kind: "skip"; next: number } | null {
    const qm = this.matchQualifier(i);
    const between = qm?.qualifier === "BETWEEN";
    let qualifier: Qualifier = qm && qm.qualifier !== "BETWEEN" ? qm.qualifier : "EXACT";
    const amountStart = qm ? qm.next : i;
    let figureStart = i;

    const currency = this.matchCurrency(amountStart);
    const first = this.parseAmount(currency ? currency.next : amountStart, currency !== null, !between);
    if (!first) return null;
    if (first.kind === "skip") return { kind: "skip", next: first.endTok };
    const a1 = first.amount;
    const explicitQualifier = qualifier !== "EXACT";
    const prev = this.tok(i - 1);

    let value = a1.value;
    let valueMax: number | null = null;
    let k = a1.endTok;
    let attachedUnit = a1.attachedUnit;
    let a2: Amount | null = null;

    const dashRange = a1.digits && this.isPunct(k, DASHES);
    const rangeStart = (): number | null => {
      if (between) return this.isWord(k, "and") ? k + 1 : null;
      if (a1.vague) return null;
      if (dashRange) return k + 1;
      // "from 10 to 20" reports a change between two figures, not a range.
      if (this.isWord(k, "to") && !(prev?.kind === "word" && prev.lower === "from")) return k + 1;
      if (this.isWord(k, "or") && !this.isWord(k + 1, "so", "more", "fewer", "less")) return k + 1;
      return null;
    };
    const r = rangeStart();
    if (r !== null) {
      const cur2 = currency ? this.matchCurrency(r) : null;
      const second = this.parseAmount(cur2 ? cur2.next : r, currency !== null, true);
      // A dash only joins digits: "4-5", never "4-five".
      if (second?.kind === "amount" && !second.amount.vague && (!dashRange || second.amount.digits)) {
        const b = second.amount;
        const low = a1.mult === 1 && b.mult > 1 && a1.value < b.base ? clean(a1.value * b.mult) : a1.value;
        if (b.value > low) {
          value = low;
          valueMax = b.value;
          qualifier = "RANGE";
          k = b.endTok;
          attachedUnit = b.attachedUnit ?? attachedUnit;
          a2 = b;
        }
      }
    }
    if (between && valueMax === null) {
      // "between" without a second figure is not a qualifier we can record.
      figureStart = amountStart;
    }

    if (valueMax === null && qualifier === "EXACT") {
      if (this.isWord(k, "or") && this.isWord(k + 1, "so")) {
        qualifier = "ABOUT";
        k += 2;
      } else if (this.isWord(k, "or") && this.isWord(k + 1, "more")) {
        qualifier = "AT_LEAST";
        k += 2;
      } else if (this.isPunct(k, PLUS, true)) {
        qualifier = "AT_LEAST";
        k += 1;
      } else if (this.isPunct(k, DASHES, true) && this.isWord(k + 1, "plus", "odd") && !this.tok(k + 1)?.spaceBefore) {
        qualifier = this.tok(k + 1)?.lower === "odd" ? "ABOUT" : "AT_LEAST";
        k += 2;
      }
    }

    if (a1.vague && qualifier !== "AT_LEAST" && qualifier !== "MORE_THAN") {
      // Only a lower bound is supported by a vague plural; "up to thousands" cannot be recorded honestly.
      qualifier = "AT_LEAST";
      figureStart = amountStart;
    }

    const afterFigure = k;
    let unit: string | null = null;
    if (currency) {
      unit = currency.code;
    } else if (this.isPunct(k, PERCENT)) {
      unit = "%";
      k += 1;
    } else if (this.isWord(k, "percent", "pct")) {
      unit = "%";
      k += 1;
    } else if (this.isWord(k, "per") && this.isWord(k + 1, "cent")) {
      unit = "%";
      k += 2;
    } else if (attachedUnit !== null) {
      unit = attachedUnit;
    } else {
      const np = this.nounPhrase(k, a1.vague);
      unit = np.unit;
      k = np.endTok;
    }

    const skip = { kind: "skip" as const, next: k };
    const small = value <= 31;
    if (!explicitQualifier && !currency) {
      // "April 12", "May 3-4", "Sept. 11", "April 2017"
      const monthBefore = isMonth(prev) || (prev?.text === "." && isMonth(this.tok(i - 2)));
      if (monthBefore && a1.digits && (small || a1.yearLike)) return skip;
      // "12 April", "3-4 May"
      if (isMonth(this.tok(afterFigure)) && small) return skip;
    }
    if (unit !== null && TIME_ZONES.has(unit.split(" ")[0]?.toLowerCase() ?? "") && a1.digits) return skip;

    const yearsOnly = a1.yearLike && (a2 === null || a2.yearLike);
    const comparative = qualifier !== "EXACT" && qualifier !== "RANGE";
    if (yearsOnly && !comparative && !currency && unit !== "%") {
      const prevIsYearPreposition = prev?.kind === "word" && YEAR_PREPOSITIONS.has(prev.lower);
      // A count takes a plural noun ("2000 people", "2017 votes"); a year modifies a singular one ("the 2017 budget").
      const head = unit?.split(" ").at(-1)?.toLowerCase() ?? "";
      const pluralNoun = unit !== null && /^\p{Ll}/u.test(unit) && isPluralNoun(head);
      if (a2 !== null || !pluralNoun || prevIsYearPreposition) return skip;
    }

    if (!explicitQualifier && !currency && a1.plainInteger && a2 === null && prev?.kind === "word" && isCapitalised(prev)) {
      const possessive = /['’]s$/.test(prev.lower);
      if (!possessive && !FUNCTION_WORDS.has(prev.lower) && (IDENTIFIER_NOUNS.has(prev.lower) || unit === null)) return skip;
    }

    if (a1.isWordOne && !explicitQualifier && a2 === null) {
      const before = prev?.kind === "word" && PRONOUN_ONE_BEFORE.has(prev.lower);
      const after = this.tok(afterFigure)?.kind === "word" && PRONOUN_ONE_AFTER.has(this.tok(afterFigure)?.lower ?? "");
      if (before || after) return skip;
    }

    const startToken = this.tok(figureStart);
    const endToken = this.tok(k - 1);
    if (!startToken || !endToken) return null;
    return {
      kind: "figure",
      q: { value, valueMax, qualifier, unit, start: startToken.start, end: endToken.end },
      next: k,
    };
  }
}

/** All figures in the text, in reading order, with dates, times, years and identifiers left out. */
export function parseQuantities(text: string): ParsedQuantity[] {
  const parser = new Parser(text);
  const found: ParsedQuantity[] = [];
  let i = 0;
  while (i < parser.length) {
    const result = parser.parseAt(i);
    if (result === null) {
      i += 1;
    } else {
      if (result.kind === "figure") found.push(result.q);
      i = Math.max(result.next, i + 1);
    }
  }
  return found;
}

/**
 * A figure used as an adjective of measure ("a five-year war", "a 74-month conflict", "a
 * six-week-old ceasefire") describes something else; it is not what the sentence counts.
 */
export function isMeasureAdjective(text: string, q: ParsedQuantity): boolean {
  if (q.unit === null || q.qualifier !== "EXACT" || q.valueMax !== null) return false;
  const span = text.slice(q.start, q.end);
  const hyphenated = /^[\p{L}\p{N}.,\u00A0]+[-‐]\p{L}/u.test(span);
  const head = (q.unit.split(/[-‐\s]/u)[0] ?? "").toLowerCase();
  return hyphenated && MEASURES.has(head);
}

/**
 * The figure an editor most likely meant: the first quantity in the selection that counts
 * something, falling back to a measure adjective only when the selection has nothing else.
 */
export function parseQuantity(text: string): ParsedQuantity | null {
  const all = parseQuantities(text);
  return all.find((q) => !isMeasureAdjective(text, q)) ?? all[0] ?? null;
}
