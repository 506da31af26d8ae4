import type { DerivedFacts } from "@/lib/assist/facts";
import { EVENT_CLASSES } from "@/lib/assist/lexicon";
import { baseSubjectKey } from "@/lib/assist/subject-key";
import { describeFigure } from "@/lib/claims/describe";
import { figureShape } from "@/lib/compare/figures";
import type { LinkKind, Qualifier } from "@/lib/generated/prisma/enums";

// Pure rules for "how does this claim probably relate to that one". Figures are compared as the
// intervals their qualifiers allow, never as bare numbers; scope (a city's toll against a
// national one, a part against a total, one incident against a war) rules a contradiction out
// before any arithmetic. An editor always decides: these only rank.

export type MatchFacts = Pick<
  DerivedFacts,
  "value" | "valueMax" | "qualifier" | "unit" | "measure" | "counted" | "group" | "speaker" | "place" | "incident" | "period" | "total" | "part" | "event" | "actor" | "subjectKey"
>;

export type MatchClaim = {
  id: string;
  articleId: string;
  /** Position in its article, to tell which of two figures in one article came later. */
  start: number;
  publishedAt: Date | null;
  outlet: string | null;
  facts: MatchFacts;
};

export type Relation = { kind: LinkKind; score: number; reason: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const APPROXIMATE_SLACK = 0.1;
/**
 * Figures this far apart are about different scopes (one attack and a whole war, a district and
 * a country) even when nothing in the text says so; real disputes and running tolls stay closer.
 */
const SAME_SCOPE_RATIO = 20;

function farApart(a: MatchFacts, b: MatchFacts): boolean {
  const low = Math.min(a.value ?? 0, b.value ?? 0);
  const high = Math.max(a.valueMax ?? a.value ?? 0, b.valueMax ?? b.value ?? 0);
  return low > 0 ? high / low > SAME_SCOPE_RATIO : high > 0;
}

/** The values a reported figure allows: "at least 93" is [93, ∞), "about 300" is 300 ± 10%, "nearly 250" is [225, 250]. */
export function figureInterval(facts: { value: number | null; valueMax: number | null; qualifier: Qualifier | null }): [number, number] | null {
  const shape = figureShape(facts);
  if (!shape) return null;
  switch (shape.kind) {
    case "range":
      return [shape.low, shape.high];
    case "open-up":
      return [shape.from, Number.POSITIVE_INFINITY];
    case "open-down":
      return [0, shape.to];
    case "point":
      if (!shape.approximate) return [shape.value, shape.value];
      if (facts.qualifier === "NEARLY") return [shape.value * (1 - APPROXIMATE_SLACK), shape.value];
      return [shape.value * (1 - APPROXIMATE_SLACK), shape.value * (1 + APPROXIMATE_SLACK)];
  }
}

export function intervalsOverlap(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

function figureText(facts: MatchFacts): string {
  return describeFigure({ value: facts.value, valueMax: facts.valueMax, qualifier: facts.qualifier, unit: null });
}

function what(facts: MatchFacts): string {
  // The words of the text ("Norland soldiers") read better in a reason than the class compared.
  const noun = facts.unit && facts.unit !== "%" ? facts.unit : (facts.counted ?? "people");
  // A unit typed as "people killed" already says the measure: not "people killed killed".
  if (!facts.measure || noun.toLowerCase().split(/\s+/).includes(facts.measure.toLowerCase())) return noun;
  return `${noun} ${facts.measure}`;
}

function source(claim: MatchClaim): string {
  return claim.facts.speaker ?? claim.outlet ?? "the other report";
}

/** Why two figures on one subject may simply describe different things. */
function differentScope(a: MatchFacts, b: MatchFacts, sameArticle = false): string | null {
  if ((a.place ?? null) !== (b.place ?? null)) return a.place && b.place ? `different places (${a.place}, ${b.place})` : "one is local, the other wider";
  // Within one article, a figure that names no scope of its own usually goes on about the incident
  // just reported ("…the toll rose to 57"); across reports it may as well be a whole war's.
  if (a.incident !== b.incident && !(sameArticle && !hasWiderScope(a) && !hasWiderScope(b))) return "one covers a single incident, the other a longer period";
  if ((a.period ?? null) !== (b.period ?? null) && (a.period === "since" || b.period === "since")) return "counted over different periods";
  if (a.group && b.group && a.group !== b.group) return "different groups counted";
  if (a.part || b.part) return "one figure is part of another";
  return null;
}

function hasWiderScope(facts: MatchFacts): boolean {
  return facts.total || facts.period !== null;
}

function later(a: MatchClaim, b: MatchClaim): [MatchClaim, MatchClaim] | null {
  if (a.publishedAt && b.publishedAt && Math.abs(a.publishedAt.getTime() - b.publishedAt.getTime()) >= DAY_MS) {
    return a.publishedAt < b.publishedAt ? [a, b] : [b, a];
  }
  if (a.articleId === b.articleId && a.start !== b.start) return a.start < b.start ? [a, b] : [b, a];
  return null;
}

const LOWER_BOUNDED: ReadonlySet<Qualifier | null> = new Set<Qualifier | null>(["AT_LEAST", "MORE_THAN", "EXACT", "ABOUT", "NEARLY", "SOME", null]);

function relateFigures(target: MatchClaim, other: MatchClaim): Relation | null {
  const a = target.facts;
  const b = other.facts;
  const ia = figureInterval(a);
  const ib = figureInterval(b);
  if (!ia || !ib) return null;
  // No check of `counted` here: the subject key already holds it, unless an editor merged two
  // subjects, and then the editor has said the two counts are of one thing.
  const scope = differentScope(a, b, target.articleId === other.articleId) ?? (farApart(a, b) ? "figures of different orders of magnitude" : null);
  const subject = what(a);

  // A running toll: a later report of the same thing with a higher figure.
  const order = later(target, other);
  if (order && !scope) {
    const [earlier, newer] = order;
    const ev = earlier.facts.value ?? 0;
    const nv = newer.facts.value ?? 0;
    if (nv > ev && LOWER_BOUNDED.has(newer.facts.qualifier) && LOWER_BOUNDED.has(earlier.facts.qualifier) && !(a.total || b.total)) {
      const sameArticle = target.articleId === other.articleId;
      // A modest rise is how running tolls move; a jump from a vague "tens of thousands" is weaker evidence.
      const modest = nv <= ev * 2;
      return {
        kind: "UPDATES",
        score: (sameArticle ? 0.86 : 0.8) - (modest ? 0 : 0.15),
        reason: `a later, higher count of ${subject}: ${figureText(newer.facts)} ${sameArticle ? "later in the same article" : "in a later report"}, after ${figureText(earlier.facts)}`,
      };
    }
  }

  if (intervalsOverlap(ia, ib)) {
    if (scope) return null;
    if (a.value === b.value && a.valueMax === b.valueMax) {
      const sameQualifier = (a.qualifier ?? "EXACT") === (b.qualifier ?? "EXACT");
      return {
        kind: "DUPLICATE",
        score: sameQualifier ? 0.84 : 0.8,
        reason: `the same figure for ${subject}: ${figureText(a)}${sameQualifier ? "" : ` and ${figureText(b)}`} (${source(target)} and ${source(other)})`,
      };
    }
    return { kind: "SUPPORTS", score: 0.5, reason: `consistent figures for ${subject}: ${figureText(a)} and ${figureText(b)} can both be true` };
  }
  if (scope) return null;
  // A total may hold any smaller figure as a part of it, but nothing larger than itself.
  if (a.total !== b.total) {
    const [total, other] = a.total ? [ia, ib] : [ib, ia];
    if (other[0] <= total[1]) return null;
  }
  return {
    kind: "CONTRADICTS",
    score: 0.92,
    reason: `${figureText(a)} against ${figureText(b)} ${subject}: the figures cannot both be right (${source(target)} vs ${source(other)})`,
  };
}

function relateEvents(target: MatchClaim, other: MatchClaim): Relation | null {
  const a = target.facts.event;
  const b = other.facts.event;
  if (!a || !b || a.name !== b.name) return null;
  const actor = target.facts.actor ?? other.facts.actor ?? "the same side";
  if (a.polarity !== b.polarity) {
    return { kind: "CONTRADICTS", score: 0.75, reason: `opposing statements about ${actor}: one says it ${labelOf(a)}, the other that it ${labelOf(b)}` };
  }
  return { kind: "SUPPORTS", score: 0.45, reason: `both report that ${actor} ${labelOf(a)}` };
}

function labelOf(event: { name: string; polarity: 1 | -1 }): string {
  const labels = EVENT_CLASSES.find((eventClass) => eventClass.name === event.name)?.label ?? ["did it", "did not"];
  return event.polarity === 1 ? labels[0] : labels[1];
}

/** How `other` probably relates to `target`, or null. Wording alone never makes a duplicate. */
export function relate(target: MatchClaim, other: MatchClaim): Relation | null {
  if (target.id === other.id) return null;
  if (!target.facts.subjectKey || !other.facts.subjectKey || baseSubjectKey(target.facts.subjectKey) !== baseSubjectKey(other.facts.subjectKey)) return null;
  if (target.facts.value !== null && other.facts.value !== null) return relateFigures(target, other);
  if (target.facts.event && other.facts.event) return relateEvents(target, other);
  return null;
}

/** Best first; one relation per other claim; ties broken by id so the order is stable. */
export function rankRelations<Other extends MatchClaim>(target: MatchClaim, others: Other[]): (Relation & { other: Other })[] {
  return others
    .flatMap((other) => {
      const relation = relate(target, other);
      if (!relation) return [];
      // Another outlet's figure is what a fact-checker most wants to see next to this one.
      const crossOutlet = other.outlet && target.outlet && other.outlet !== target.outlet ? 0.03 : 0;
      return [{ ...relation, score: Math.min(0.99, relation.score + crossOutlet), other }];
    })
    .sort((x, y) => y.score - x.score || x.other.id.localeCompare(y.other.id));
}
