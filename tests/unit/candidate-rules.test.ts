import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ProposedClaim } from "@/lib/assist/types";
import { candidateDrafts, candidateItem, MAX_CANDIDATES_PER_ARTICLE, overlaps, speakerKeys, withoutClaimed, withSpeakerIds } from "@/lib/candidates/rules";

const BODY = "The union said more than 3,000 of its members joined. At least 40 ships waited off the coast.";

function proposal(quote: string, fields: Partial<ProposedClaim> = {}): ProposedClaim {
  const start = BODY.indexOf(quote);
  return { start, end: start + quote.length, quote, kind: "QUANTITY", score: 0.7, reason: "A figure.", ...fields };
}

describe("overlaps", () => {
  it("treats spans as half-open: touching spans do not overlap", () => {
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
    assert.equal(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 }), true);
    assert.equal(overlaps({ start: 2, end: 3 }, { start: 0, end: 9 }), true);
  });
});

describe("withoutClaimed", () => {
  const candidates = [
    { start: 0, end: 10, label: "a" },
    { start: 12, end: 20, label: "b" },
    { start: 30, end: 40, label: "c" },
    { start: 50, end: 60, label: "d" },
  ];
  it("drops candidates that a claim covers exactly, partly or from outside, and keeps the rest", () => {
    const claims = [
      { start: 0, end: 10 }, // identical to a
      { start: 18, end: 25 }, // overlaps the end of b
      { start: 45, end: 70 }, // contains d
    ];
    assert.deepEqual(withoutClaimed(candidates, claims).map((candidate) => candidate.label), ["c"]);
  });
  it("keeps candidates next to a claim, and a long early claim still hides a later candidate", () => {
    assert.deepEqual(withoutClaimed(candidates, [{ start: 10, end: 12 }]).map((candidate) => candidate.label), ["a", "b", "c", "d"]);
    assert.deepEqual(withoutClaimed(candidates, [{ start: 11, end: 55 }, { start: 56, end: 57 }]).map((candidate) => candidate.label), ["a"]);
  });
});

describe("candidateDrafts", () => {
  it("keeps proposals whose quote is the body at their offsets, sorted by start", () => {
    const drafts = candidateDrafts(BODY, [proposal("At least 40 ships", { value: 40, qualifier: "AT_LEAST", unit: "ships" }), proposal("more than 3,000 of its members", { value: 3000, qualifier: "MORE_THAN" })]);
    assert.deepEqual(drafts.map((draft) => [draft.quote, draft.value, draft.qualifier]), [
      ["more than 3,000 of its members", 3000, "MORE_THAN"],
      ["At least 40 ships", 40, "AT_LEAST"],
    ]);
  });

  it("drops proposals with offsets that do not match the body, run past it or are empty", () => {
    const good = proposal("At least 40 ships");
    const proposals = [
      { ...good, quote: "at least 40 ships" },
      { ...good, start: good.start + 1 },
      { ...good, end: BODY.length + 5, quote: BODY.slice(good.start) },
      { ...good, end: good.start, quote: "" },
      { ...good, start: 1.5 },
    ];
    assert.deepEqual(candidateDrafts(BODY, proposals), []);
  });

  it("keeps the best-scored proposal of a span and leaves out spans already claimed", () => {
    const members = proposal("more than 3,000 of its members");
    const drafts = candidateDrafts(BODY, [{ ...members, score: 0.4, reason: "weak" }, { ...members, score: 0.9, reason: "strong" }, proposal("At least 40 ships")], [{ start: BODY.indexOf("40"), end: BODY.indexOf("40") + 2 }]);
    assert.deepEqual(drafts.map((draft) => draft.reason), ["strong"]);
  });

  it("drops pre-filled fields the claim form would refuse, so accepting never fails on them", () => {
    const [draft] = candidateDrafts(BODY, [proposal("At least 40 ships", { value: 40, valueMax: 30, unit: `  ${"u".repeat(150)} `, subject: " ", speaker: "  Port  authority ", score: 3 })]);
    assert.equal(draft?.valueMax, null, "an upper bound below the figure");
    assert.equal(draft?.unit?.length, 100);
    assert.equal(draft?.subject, null);
    assert.equal(draft?.speakerName, "Port  authority");
    assert.equal(draft?.score, 1);
    const [noValue] = candidateDrafts(BODY, [proposal("At least 40 ships", { value: Number.NaN, valueMax: 50 })]);
    assert.deepEqual([noValue?.value, noValue?.valueMax], [null, null], "no upper bound without a figure");
  });

  it(`keeps at most ${MAX_CANDIDATES_PER_ARTICLE}, the best-scored`, () => {
    const body = "x".repeat(MAX_CANDIDATES_PER_ARTICLE + 20);
    const many = Array.from({ length: MAX_CANDIDATES_PER_ARTICLE + 20 }, (_, index) => ({ start: index, end: index + 1, quote: "x", kind: "OTHER" as const, score: index % 2 === 0 ? 0.9 : 0.1, reason: "r" }));
    const drafts = candidateDrafts(body, many);
    assert.equal(drafts.length, MAX_CANDIDATES_PER_ARTICLE);
    assert.ok(drafts.filter((draft) => draft.score === 0.9).length === Math.ceil((MAX_CANDIDATES_PER_ARTICLE + 20) / 2));
  });
});

describe("speakers", () => {
  it("looks each spelling up once, in its normalised form, and leaves unknown names unresolved", () => {
    const drafts = candidateDrafts(BODY, [proposal("more than 3,000 of its members", { speaker: "The Union" }), proposal("At least 40 ships", { speaker: "the union." }), proposal("The union said", { kind: "ATTRIBUTION", speaker: "Harbour Board" })]);
    assert.deepEqual(speakerKeys(drafts).sort(), ["harbour board", "the union"]);
    const resolved = withSpeakerIds(drafts, new Map([["the union", "actor-1"]]));
    // In text order: "The union said" (Harbour Board), then the two figures attributed to the union.
    assert.deepEqual(resolved.map((draft) => draft.speakerId), [null, "actor-1", "actor-1"]);
  });
});

describe("candidateItem", () => {
  it("uses the claim field names, leaves absent fields out, and names a resolved speaker by its recorded name", () => {
    const [draft] = candidateDrafts(BODY, [proposal("more than 3,000 of its members", { value: 3000, qualifier: "MORE_THAN", unit: "members", speaker: "the union" })]);
    assert.deepEqual(candidateItem({ ...draft!, speaker: { name: "Harbour Workers’ Union" } }), {
      start: draft!.start,
      end: draft!.end,
      quote: "more than 3,000 of its members",
      kind: "QUANTITY",
      value: 3000,
      qualifier: "MORE_THAN",
      unit: "members",
      speaker: "Harbour Workers’ Union",
      score: 0.7,
      reason: "A figure.",
    });
    assert.equal(candidateItem({ ...draft!, speaker: null }).speaker, "the union");
    assert.equal(candidateItem({ ...draft!, speaker: null, value: 0 }).value, 0, "zero is a figure, not an absent one");
  });
});
