// Pure rules for claim candidates: which proposals are stored, which are shown, and the API shape.
// No I/O, so every rule is unit-tested (tests/unit/candidate-rules.test.ts).
import { normalizeAlias } from "@/lib/actors/normalize";
import type { ProposedClaim } from "@/lib/assist/types";
import type { ClaimKind, Qualifier } from "@/lib/generated/prisma/enums";

export type Span = { start: number; end: number };

/**
 * An article's candidates are read whole (GET /articles/{id}/candidates has no cursor), so their
 * number is capped when they are stored: the best-scored proposals are kept. The body limit
 * already makes this generous; it guards against an engine that proposes every clause.
 */
export const MAX_CANDIDATES_PER_ARTICLE = 500;

// The same limits the claim schema applies (lib/validation/claims.ts), so accepting a stored
// candidate can never fail validation on a pre-filled field the editor did not type.
const SUBJECT_MAX = 300;
const SPEAKER_MAX = 200;
const UNIT_MAX = 100;

/** Half-open spans [start, end) overlap when each starts before the other ends. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A candidate is left out while any claim's span overlaps it, not only an identical one: a claim
 * on "at least 12 people had died" already covers the sentence a candidate would propose, and the
 * same figure offered again beside its highlight is noise (docs/decisions/020-claim-candidates.md).
 * `claims` must be sorted by start, so the scan for each candidate stops at the first claim that
 * starts after it ends.
 */
export function withoutClaimed<T extends Span>(candidates: readonly T[], claims: readonly Span[]): T[] {
  return candidates.filter((candidate) => {
    for (const claim of claims) {
      if (claim.start >= candidate.end) return true;
      if (claim.end > candidate.start) return false;
    }
    return true;
  });
}

function isValidSpan(body: string, proposal: ProposedClaim): boolean {
  return (
    Number.isInteger(proposal.start) &&
    Number.isInteger(proposal.end) &&
    proposal.start >= 0 &&
    proposal.end > proposal.start &&
    proposal.end <= body.length &&
    body.slice(proposal.start, proposal.end) === proposal.quote
  );
}

function text(value: string | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function finite(value: number | undefined): number | null {
  // Number.isFinite is false for undefined as well as for NaN and the infinities.
  return Number.isFinite(value) ? (value as number) : null;
}

/** A proposal reduced to what is stored; fields that would not pass the claim schema are dropped. */
export type CandidateDraft = {
  start: number;
  end: number;
  quote: string;
  kind: ClaimKind;
  value: number | null;
  valueMax: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  speakerName: string | null;
  subject: string | null;
  score: number;
  reason: string;
};

/**
 * The proposals worth storing: offsets that match the body (the anchor is the contract), one per
 * span (the best-scored wins), none overlapping a claimed span, at most MAX_CANDIDATES_PER_ARTICLE,
 * sorted by start.
 */
export function candidateDrafts(body: string, proposals: readonly ProposedClaim[], claimed: readonly Span[] = []): CandidateDraft[] {
  const bySpan = new Map<string, CandidateDraft>();
  for (const proposal of proposals) {
    if (!isValidSpan(body, proposal)) continue;
    if (claimed.some((claim) => overlaps(claim, proposal))) continue;
    const value = finite(proposal.value);
    const valueMax = value === null ? null : finite(proposal.valueMax);
    const draft: CandidateDraft = {
      start: proposal.start,
      end: proposal.end,
      quote: proposal.quote,
      kind: proposal.kind,
      value,
      valueMax: valueMax !== null && valueMax >= value! ? valueMax : null,
      qualifier: proposal.qualifier ?? null,
      unit: text(proposal.unit, UNIT_MAX),
      speakerName: text(proposal.speaker, SPEAKER_MAX),
      subject: text(proposal.subject, SUBJECT_MAX),
      score: Math.min(1, Math.max(0, Number.isFinite(proposal.score) ? proposal.score : 0)),
      reason: proposal.reason.trim() || "Proposed by the claim engine.",
    };
    const key = `${draft.start}:${draft.end}`;
    const existing = bySpan.get(key);
    if (!existing || existing.score < draft.score) bySpan.set(key, draft);
  }
  const kept = [...bySpan.values()].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_CANDIDATES_PER_ARTICLE);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The distinct normalised speaker names to look up in ActorAlias (one query for all of them). */
export function speakerKeys(drafts: readonly CandidateDraft[]): string[] {
  const keys = new Set<string>();
  for (const draft of drafts) {
    const key = draft.speakerName ? normalizeAlias(draft.speakerName) : "";
    if (key) keys.add(key);
  }
  return [...keys];
}

/** Resolves each draft's speaker through the alias map; unknown names stay unresolved (no actor is created). */
export function withSpeakerIds<T extends CandidateDraft>(drafts: readonly T[], actorIdByAlias: ReadonlyMap<string, string>): (T & { speakerId: string | null })[] {
  return drafts.map((draft) => ({ ...draft, speakerId: draft.speakerName ? (actorIdByAlias.get(normalizeAlias(draft.speakerName)) ?? null) : null }));
}

/** A stored candidate as read for the API and the reader. */
export type StoredCandidate = CandidateDraft & { speaker: { name: string } | null };

/**
 * The API's candidate shape (GET /api/v1/articles/{id}/candidates): the claim field names and enum
 * values, absent fields left out. `speaker` is a name, as POST /claims takes it: the recorded
 * actor's name when the text's spelling is a known alias, else the name as written.
 */
export type CandidateItem = ProposedClaim;

export function candidateItem(candidate: StoredCandidate): CandidateItem {
  const speaker = candidate.speaker?.name ?? candidate.speakerName;
  return {
    start: candidate.start,
    end: candidate.end,
    quote: candidate.quote,
    kind: candidate.kind,
    ...(candidate.value !== null ? { value: candidate.value } : {}),
    ...(candidate.valueMax !== null ? { valueMax: candidate.valueMax } : {}),
    ...(candidate.qualifier !== null ? { qualifier: candidate.qualifier } : {}),
    ...(candidate.unit !== null ? { unit: candidate.unit } : {}),
    ...(speaker ? { speaker } : {}),
    ...(candidate.subject !== null ? { subject: candidate.subject } : {}),
    score: candidate.score,
    reason: candidate.reason,
  };
}
