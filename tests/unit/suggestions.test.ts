import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { figureInterval, rankSuggestions, suggestLink, type SuggestionFacts } from "@/lib/suggestions/rules";

const base: SuggestionFacts = { id: "t", articleId: "a1", subject: "Soldiers killed at Hadra", value: 5, valueMax: null, qualifier: "EXACT", unit: "soldiers", publishedAt: new Date("2024-03-28") };
const other = (overrides: Partial<SuggestionFacts>): SuggestionFacts => ({ ...base, id: "c", articleId: "a2", ...overrides });

describe("figureInterval", () => {
  it("turns qualifiers into the values they allow", () => {
    assert.deepEqual(figureInterval({ value: 93, valueMax: null, qualifier: "AT_LEAST" }), [93, Number.POSITIVE_INFINITY]);
    assert.deepEqual(figureInterval({ value: 40, valueMax: null, qualifier: "AS_MANY_AS" }), [0, 40]);
    assert.deepEqual(figureInterval({ value: 4, valueMax: 5, qualifier: "RANGE" }), [4, 5]);
    assert.deepEqual(figureInterval({ value: 300, valueMax: null, qualifier: "ABOUT" }), [270, 330]);
    assert.equal(figureInterval({ value: null, valueMax: null, qualifier: null }), null);
  });
});

describe("suggestLink", () => {
  it("suggests a contradiction for incompatible figures on the same subject at the same time", () => {
    const suggestion = suggestLink(base, other({ value: 21, subject: "soldiers killed at hadra", publishedAt: new Date("2024-03-28T15:00:00Z") }));
    assert.equal(suggestion?.kind, "CONTRADICTS");
    assert.match(suggestion?.reason ?? "", /5 vs 21/);
  });
  it("reads a higher figure published a day or more later as an update, not a contradiction", () => {
    const suggestion = suggestLink({ ...base, value: 93, qualifier: "AT_LEAST", publishedAt: new Date("2024-05-09") }, other({ value: 120, qualifier: "MORE_THAN", publishedAt: new Date("2024-05-10") }));
    assert.equal(suggestion, null, "at least 93 and more than 120 can both be true");
    const update = suggestLink({ ...base, value: 61, publishedAt: new Date("2024-05-09") }, other({ value: 150, qualifier: "NEARLY", publishedAt: new Date("2024-05-13") }));
    assert.equal(update?.kind, "UPDATES");
    assert.match(update?.reason ?? "", /nearly 150 after 61/);
  });
  it("does not call compatible hedged figures a contradiction", () => {
    assert.equal(suggestLink({ ...base, value: 93, qualifier: "AT_LEAST" }, other({ value: 150, qualifier: "NEARLY" })), null);
  });
  it("suggests support for the same figure, duplicate when the wording is also close", () => {
    assert.equal(suggestLink(base, other({ similarity: 0.2 }))?.kind, "SUPPORTS");
    assert.equal(suggestLink(base, other({ similarity: 0.8 }))?.kind, "DUPLICATE");
  });
  it("suggests duplicates by wording across subjects, and nothing within the same article or for different units", () => {
    assert.equal(suggestLink(base, other({ subject: "Something else", similarity: 0.7 }))?.kind, "DUPLICATE");
    assert.equal(suggestLink(base, other({ articleId: "a1", value: 21 })), null);
    assert.equal(suggestLink(base, other({ value: 21, unit: "civilians" })), null);
    assert.equal(suggestLink(base, other({ subject: "Something else", similarity: 0.2 })), null);
  });
  it("ranks contradictions above weaker suggestions", () => {
    const ranked = rankSuggestions(base, [other({ id: "dup", subject: "x", similarity: 0.5 }), other({ id: "contra", value: 21 })]);
    assert.deepEqual(ranked.map((item) => [item.candidate.id, item.kind]), [["contra", "CONTRADICTS"], ["dup", "DUPLICATE"]]);
  });
});
