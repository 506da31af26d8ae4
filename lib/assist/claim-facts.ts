import { deriveFacts, subjectKeyOfText, type DerivedFacts } from "@/lib/assist/facts";
import type { MatchFacts } from "@/lib/assist/match";
import { sentenceAround } from "@/lib/assist/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind, Qualifier } from "@/lib/generated/prisma/enums";

/** Bump when the rules change, so `npm run assist:backfill` refreshes facts derived by older ones. */
export const FACTS_ENGINE_VERSION = 3;

/** Fields an editor may type; each one typed overrides what the engine derived. */
export type TypedFields = {
  kind: ClaimKind;
  subject: string | null;
  speaker: string | null;
  value: number | null;
  valueMax: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  place: string | null;
};

export const DERIVABLE_FIELDS = ["value", "qualifier", "unit", "speaker", "subject", "place"] as const;
export type DerivableField = (typeof DERIVABLE_FIELDS)[number];

/** What is stored in Claim.facts: the facts matching compares, plus which of them the engine filled. */
export type StoredFacts = MatchFacts & { subject: string | null; derived: DerivableField[] };

/**
 * A claim's comparable facts: derived from its quote and the sentence around it in the article,
 * then overridden field by field by what the editor typed. What an editor typed always wins.
 */
export function claimFacts(body: string, span: { start: number; end: number }, typed: TypedFields): { facts: StoredFacts; subjectKey: string | null } {
  const sentence = sentenceAround(body, span.start, span.end);
  const derived: DerivedFacts = deriveFacts({
    sentence: body.slice(sentence.start, sentence.end),
    quoteStart: span.start - sentence.start,
    quoteEnd: span.end - sentence.start,
    kind: typed.kind,
  });
  const filled: DerivableField[] = [];
  const pick = <T,>(field: DerivableField, own: T | null, engine: T | null): T | null => {
    if (own !== null && own !== undefined) return own;
    if (engine !== null && engine !== undefined) filled.push(field);
    return engine;
  };
  const typedFigure = typed.value !== null;
  const value = pick("value", typed.value, derived.value);
  const facts: StoredFacts = {
    ...derived,
    value,
    valueMax: typedFigure ? typed.valueMax : derived.valueMax,
    qualifier: typedFigure ? (typed.qualifier ?? "EXACT") : pick("qualifier", typed.qualifier, derived.qualifier),
    unit: pick("unit", typed.unit, derived.unit),
    speaker: pick("speaker", typed.speaker, derived.speaker),
    place: pick("place", typed.place?.toLowerCase() ?? null, derived.place),
    subject: pick("subject", typed.subject, derived.subject),
    derived: filled,
  };
  // The key follows what was typed, so two editors' wordings of one subject still meet.
  let subjectKey = derived.subjectKey;
  if (typed.subject) subjectKey = subjectKeyOfText(typed.subject);
  else if (typed.unit && facts.value !== null) subjectKey = subjectKeyOfText(`${derived.measure ?? ""} ${typed.unit}`);
  facts.subjectKey = subjectKey;
  if (typed.unit) {
    const typedKey = subjectKeyOfText(typed.unit);
    if (typedKey.startsWith("q:")) facts.counted = typedKey.split(":")[2] ?? facts.counted;
  }
  return { facts, subjectKey };
}

/** Claim.facts, Claim.subjectKey and Claim.factsVersion for a claim at `span`, ready to write. */
export function derivedFacts(body: string, span: { start: number; end: number }, typed: TypedFields) {
  const { facts, subjectKey } = claimFacts(body, span, typed);
  return { facts: facts as unknown as Prisma.InputJsonObject, subjectKey, factsVersion: FACTS_ENGINE_VERSION };
}
