import { describeFigure } from "@/lib/claims/describe";
import { figureShape } from "@/lib/compare/figures";
import type { LinkKind, Qualifier } from "@/lib/generated/prisma/enums";

// Pure rules for "which claims should this one probably be linked to, and how". They only rank
// candidates; an editor always decides. Each suggestion carries a reason in plain words.

export type SuggestionFacts = {
  id: string;
  articleId: string;
  subject: string | null;
  value: number | null;
  valueMax: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  publishedAt: Date | null;
  /** similarity() of this candidate's quote to the target's, when known (0–1). */
  similarity?: number;
};

export type Suggestion = { kind: LinkKind; score: number; reason: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The values a reported figure allows: "at least 93" is [93, ∞), "about 300" is roughly ±10%. */
export function figureInterval(claim: Pick<SuggestionFacts, "value" | "valueMax" | "qualifier">): [number, number] | null {
  const shape = figureShape(claim);
  if (!shape) return null;
  switch (shape.kind) {
    case "range":
      return [shape.low, shape.high];
    case "open-up":
      return [shape.from, Number.POSITIVE_INFINITY];
    case "open-down":
      return [0, shape.to];
    case "point":
      return shape.approximate ? [shape.value * 0.9, shape.value * 1.1] : [shape.value, shape.value];
  }
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

function figure(claim: SuggestionFacts): string {
  return describeFigure({ ...claim, unit: null });
}

function sameSubject(a: SuggestionFacts, b: SuggestionFacts): boolean {
  return Boolean(a.subject && b.subject && a.subject.trim().toLowerCase() === b.subject.trim().toLowerCase());
}

/**
 * How `candidate` probably relates to `target`, or null. Figures on the same subject that cannot
 * both be true contradict — unless they were published at least a day apart and the later one is
 * higher, which is how running tolls are updated. Near-identical wording suggests a duplicate.
 */
export function suggestLink(target: SuggestionFacts, candidate: SuggestionFacts): Suggestion | null {
  if (target.id === candidate.id || target.articleId === candidate.articleId) return null;
  const similarity = candidate.similarity ?? 0;
  if (sameSubject(target, candidate)) {
    const a = figureInterval(target);
    const b = figureInterval(candidate);
    if (a && b) {
      const unitsDiffer = target.unit && candidate.unit && target.unit.toLowerCase() !== candidate.unit.toLowerCase();
      if (!unitsDiffer && !overlaps(a, b)) {
        const apart = target.publishedAt && candidate.publishedAt ? Math.abs(target.publishedAt.getTime() - candidate.publishedAt.getTime()) : 0;
        if (apart >= DAY_MS) {
          const [earlier, later] = target.publishedAt! < candidate.publishedAt! ? [target, candidate] : [candidate, target];
          if ((later.value ?? 0) > (earlier.value ?? 0)) {
            return { kind: "UPDATES", score: 0.7, reason: `a later figure on the same subject (${figure(later)} after ${figure(earlier)})` };
          }
        }
        return { kind: "CONTRADICTS", score: 0.9, reason: `same subject, figures that cannot both be right (${figure(target)} vs ${figure(candidate)})` };
      }
      if (target.value === candidate.value && target.qualifier === candidate.qualifier) {
        return similarity >= 0.6
          ? { kind: "DUPLICATE", score: 0.6 + similarity / 4, reason: `same subject and figure (${figure(target)}), ${Math.round(similarity * 100)}% similar wording` }
          : { kind: "SUPPORTS", score: 0.55, reason: `same subject and the same figure (${figure(target)})` };
      }
    }
  }
  if (similarity >= 0.45) return { kind: "DUPLICATE", score: 0.3 + similarity / 2, reason: `${Math.round(similarity * 100)}% similar wording` };
  return null;
}

/** Best first; one suggestion per candidate. */
export function rankSuggestions<Candidate extends SuggestionFacts>(target: SuggestionFacts, candidates: Candidate[]): (Suggestion & { candidate: Candidate })[] {
  return candidates
    .flatMap((candidate) => {
      const suggestion = suggestLink(target, candidate);
      return suggestion ? [{ ...suggestion, candidate }] : [];
    })
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
}
