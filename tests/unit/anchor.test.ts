import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ANCHOR_CONTEXT_LENGTH, locateQuote } from "@/lib/claims/anchor";

describe("locateQuote", () => {
  it("returns [start, end) such that body.slice(start, end) is the quote", () => {
    const body = "The ministry said five soldiers died.";
    const anchor = locateQuote(body, "five soldiers");
    assert.equal(anchor.start, 18);
    assert.equal(anchor.end, 31);
    assert.equal(body.slice(anchor.start, anchor.end), "five soldiers");
    assert.equal(anchor.prefix, "The ministry said ");
    assert.equal(anchor.suffix, " died.");
  });

  it("keeps at most 32 characters of context on each side", () => {
    const body = `${"a".repeat(50)}QUOTE${"b".repeat(50)}`;
    const anchor = locateQuote(body, "QUOTE");
    assert.equal(ANCHOR_CONTEXT_LENGTH, 32);
    assert.equal(anchor.prefix, "a".repeat(32));
    assert.equal(anchor.suffix, "b".repeat(32));
  });

  it("gives empty context at the edges of the body", () => {
    const anchor = locateQuote("whole", "whole");
    assert.deepEqual(anchor, { start: 0, end: 5, prefix: "", suffix: "" });
  });

  it("matches curly quotes, em dashes and non-breaking spaces exactly", () => {
    const body = "He said “at least 93\u00A0people” died — a claim.";
    const quote = "“at least 93\u00A0people” died —";
    const anchor = locateQuote(body, quote);
    assert.equal(body.slice(anchor.start, anchor.end), quote);
    assert.equal(anchor.start, 8);
    // A plain space or straight quotes are different text, not the same quote.
    assert.throws(() => locateQuote(body, "at least 93 people"), /does not occur/);
    assert.throws(() => locateQuote(body, '"at least 93'), /does not occur/);
  });

  it("counts offsets in UTF-16 code units, so an emoji before the quote counts as two", () => {
    const body = "🚀 Rockets: nearly 150 dead";
    const anchor = locateQuote(body, "nearly 150");
    assert.equal(anchor.start, 12);
    assert.equal(anchor.end, 22);
    assert.equal(body.slice(anchor.start, anchor.end), "nearly 150");
    assert.equal(anchor.prefix, "🚀 Rockets: ");
    assert.equal([...body.slice(0, anchor.start)].length, 11, "code points differ from code units");
  });

  it("never cuts a surrogate pair when trimming the context", () => {
    // The 32-character window would start in the middle of the emoji.
    const body = `x🚀${"p".repeat(31)}QUOTE${"s".repeat(31)}🚀y`;
    const anchor = locateQuote(body, "QUOTE");
    assert.equal(anchor.prefix, "p".repeat(31));
    assert.equal(anchor.suffix, "s".repeat(31));
    const whole = `${"p".repeat(30)}🚀QUOTE🚀`;
    const inner = locateQuote(whole, "QUOTE");
    assert.equal(inner.prefix, `${"p".repeat(30)}🚀`);
    assert.equal(inner.suffix, "🚀");
  });

  it("finds the requested occurrence", () => {
    const body = "five soldiers, then five more, then five again";
    assert.equal(locateQuote(body, "five").start, 0);
    assert.equal(locateQuote(body, "five", 2).start, 20);
    assert.equal(locateQuote(body, "five", 3).start, 36);
    const second = locateQuote(body, "five", 2);
    assert.equal(second.prefix, "five soldiers, then ");
  });

  it("counts overlapping occurrences", () => {
    assert.equal(locateQuote("aaa", "aa", 2).start, 1);
  });

  it("throws a clear error when the quote is absent or the occurrence does not exist", () => {
    assert.throws(() => locateQuote("five soldiers", "21 soldiers"), /"21 soldiers" does not occur/);
    assert.throws(() => locateQuote("five and five", "five", 3), /occurs 2 time\(s\), not 3/);
    assert.throws(() => locateQuote("text", ""), /empty/);
    assert.throws(() => locateQuote("text", "t", 0), /positive integer/);
    assert.throws(() => locateQuote("text", "t", 1.5), /positive integer/);
  });
});
