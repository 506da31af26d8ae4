import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ProposedClaim } from "@/lib/assist/types";
import { candidateDrafts, candidateItem, MAX_CANDIDATES_PER_ARTICLE, overlaps, speakerKeys } from "@/lib/candidates/rules";

const BODY = "Port officials said 14 ships waited. Later, between 20 and 25 ships were counted near the quay.";

function at(quote: string, fields: Partial<ProposedClaim> = {}): ProposedClaim {
  const start = BODY.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { start, end: start + quote.length, quote, kind: "QUANTITY", score: 0.6, reason: "A figure.", ...fields };
}

describe("overlaps is half-open on both sides", () => {
  it("a span that ends where the other starts does not overlap it, whichever is first", () => {
    assert.equal(overlaps({ start: 5, end: 8 }, { start: 2, end: 5 }), false);
    assert.equal(overlaps({ start: 2, end: 5 }, { start: 5, end: 8 }), false);
    assert.equal(overlaps({ start: 4, end: 8 }, { start: 2, end: 5 }), true);
  });
});

describe("only proposals anchored exactly in the body are stored", () => {
  const body = "abcdef";
  const raw = (start: number, end: number, quote: string): ProposedClaim => ({ start, end, quote, kind: "OTHER", score: 0.5, reason: "r" });

  it("refuses fractional offsets even when slice() would round them onto the quote", () => {
    assert.deepEqual(candidateDrafts(body, [raw(0.5, 2, "ab")]), []);
    assert.deepEqual(candidateDrafts(body, [raw(0, 2.5, "ab")]), []);
  });

  it("refuses a negative start even when slice() would count it from the end onto the quote", () => {
    assert.equal(body.slice(-1, 6), "f");
    assert.deepEqual(candidateDrafts(body, [raw(-1, 6, "f")]), []);
  });

  it("keeps a proposal that ends exactly at the end of the body", () => {
    assert.deepEqual(
      candidateDrafts(body, [raw(3, 6, "def")]).map((draft) => draft.quote),
      ["def"],
    );
  });
});

describe("numeric fields", () => {
  it("keeps a range's upper bound when it is not below the value", () => {
    const [range] = candidateDrafts(BODY, [at("between 20 and 25 ships", { value: 20, valueMax: 25 })]);
    assert.equal(range?.value, 20);
    assert.equal(range?.valueMax, 25);
    const [flat] = candidateDrafts(BODY, [at("between 20 and 25 ships", { value: 20, valueMax: 20 })]);
    assert.equal(flat?.valueMax, 20);
  });

  it("drops an upper bound below the value, or one without a value", () => {
    assert.equal(candidateDrafts(BODY, [at("between 20 and 25 ships", { value: 25, valueMax: 20 })])[0]?.valueMax, null);
    const [orphan] = candidateDrafts(BODY, [at("between 20 and 25 ships", { valueMax: 25 })]);
    assert.equal(orphan?.value, null);
    assert.equal(orphan?.valueMax, null);
  });

  it("drops values that are not finite numbers", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(candidateDrafts(BODY, [at("14 ships", { value })])[0]?.value, null);
    }
  });
});

describe("reasons", () => {
  it("a blank reason becomes the engine's default; a padded one is trimmed", () => {
    assert.equal(candidateDrafts(BODY, [at("14 ships", { reason: "   " })])[0]?.reason, "Proposed by the claim engine.");
    assert.equal(candidateDrafts(BODY, [at("14 ships", { reason: "  A count.  " })])[0]?.reason, "A count.");
  });
});

describe("one candidate per span", () => {
  it("a later, lower-scored proposal for the same span does not replace the better one", () => {
    const drafts = candidateDrafts(BODY, [at("14 ships", { score: 0.9, reason: "first" }), at("14 ships", { score: 0.4, reason: "second" })]);
    assert.deepEqual(
      drafts.map((draft) => [draft.reason, draft.score]),
      [["first", 0.9]],
    );
  });

  it("on a tie the first proposal stays", () => {
    const drafts = candidateDrafts(BODY, [at("14 ships", { score: 0.5, reason: "first" }), at("14 ships", { score: 0.5, reason: "second" })]);
    assert.deepEqual(
      drafts.map((draft) => draft.reason),
      ["first"],
    );
  });
});

describe("order and cap", () => {
  it("returns candidates in text order, whatever their scores, then by end", () => {
    const drafts = candidateDrafts(BODY, [
      at("25 ships were counted", { score: 0.9 }),
      at("14 ships waited", { score: 0.3 }),
      at("between 20 and 25 ships were counted", { score: 0.8 }),
      at("between 20 and 25", { score: 0.2 }),
      at("14 ships", { score: 0.95 }),
    ]);
    assert.deepEqual(
      drafts.map((draft) => draft.quote),
      ["14 ships", "14 ships waited", "between 20 and 25", "between 20 and 25 ships were counted", "25 ships were counted"],
    );
  });

  it("at the cap, equally scored candidates earlier in the text are kept", () => {
    const body = "x".repeat(MAX_CANDIDATES_PER_ARTICLE + 3);
    const proposals: ProposedClaim[] = [];
    for (let start = MAX_CANDIDATES_PER_ARTICLE + 2; start >= 0; start -= 1) {
      proposals.push({ start, end: start + 1, quote: "x", kind: "OTHER", score: 0.5, reason: "r" });
    }
    const drafts = candidateDrafts(body, proposals);
    assert.equal(drafts.length, MAX_CANDIDATES_PER_ARTICLE);
    assert.equal(drafts[0]?.start, 0);
    assert.equal(drafts.at(-1)?.start, MAX_CANDIDATES_PER_ARTICLE - 1);
  });
});

describe("speaker keys", () => {
  it("a name that normalises to nothing is not looked up", () => {
    const drafts = candidateDrafts(BODY, [at("14 ships", { speaker: "—" }), at("between 20 and 25", { speaker: "Port Officials" })]);
    assert.deepEqual(speakerKeys(drafts), ["port officials"]);
  });
});

describe("candidateItem", () => {
  it("carries a range's upper bound and the subject when they are set", () => {
    const item = candidateItem({
      start: 0,
      end: 4,
      quote: "Port",
      kind: "QUANTITY",
      value: 20,
      valueMax: 25,
      qualifier: null,
      unit: null,
      speakerName: null,
      subject: "Ships waiting at the port",
      score: 0.5,
      reason: "r",
      speaker: null,
    });
    assert.equal(item.valueMax, 25);
    assert.equal(item.subject, "Ships waiting at the port");
    assert.equal("qualifier" in item, false);
    assert.equal("speaker" in item, false);
  });
});
