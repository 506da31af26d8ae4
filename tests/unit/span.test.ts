import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "@/lib/errors";
import { checkSpan } from "@/lib/claims/span";

// A made-up body with a non-BMP character (two UTF-16 code units) before the figure, so offsets
// are checked the way the API counts them.
const BODY = "The 🚑 crew said 12 people were hurt.  Officials said fewer.";

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected checkSpan to refuse the span");
}

describe("checkSpan: offsets into the article body", () => {
  it("returns the exact text between start and end, counted in UTF-16 code units", () => {
    const start = BODY.indexOf("12");
    assert.equal(start, 17);
    assert.equal(checkSpan(BODY, { start, end: start + 2 }), "12");
    assert.equal(checkSpan(BODY, { start: 4, end: 6 }), "🚑");
  });

  it("accepts a span that ends exactly at the end of the body", () => {
    assert.equal(checkSpan(BODY, { start: BODY.length - 6, end: BODY.length }), "fewer.");
    assert.equal(checkSpan("x", { start: 0, end: 1 }), "x");
  });

  it("accepts a span starting at offset 0", () => {
    assert.equal(checkSpan(BODY, { start: 0, end: 3 }), "The");
  });

  it("refuses an empty span (end equal to start) as bad input naming `end`", () => {
    const error = refusal(() => checkSpan(BODY, { start: 5, end: 5 }));
    assert.equal(error.code, "bad_request");
    assert.equal(error.status, 400);
    assert.deepEqual(Object.keys(error.fields ?? {}), ["end"]);
    assert.equal(error.fields?.end?.length, 1);
  });

  it("refuses a reversed span", () => {
    const error = refusal(() => checkSpan(BODY, { start: 9, end: 4 }));
    assert.equal(error.code, "bad_request");
    assert.ok(error.fields?.end);
  });

  it("refuses an end one past the body, and names the body's length", () => {
    const error = refusal(() => checkSpan(BODY, { start: 0, end: BODY.length + 1 }));
    assert.equal(error.code, "bad_request");
    assert.deepEqual(Object.keys(error.fields ?? {}), ["end"]);
    assert.equal(error.fields?.end?.length, 1);
    assert.match(error.fields!.end![0]!, new RegExp(String(BODY.length)));
    assert.match(error.message, new RegExp(`${BODY.length + 1}`));
  });

  it("accepts a quote equal to the text at the offsets", () => {
    assert.equal(checkSpan(BODY, { start: 17, end: 19, quote: "12" }), "12");
  });

  it("answers a quote that differs from the text with quote_mismatch (422) and shows the real text", () => {
    const error = refusal(() => checkSpan(BODY, { start: 17, end: 19, quote: "13" }));
    assert.equal(error.code, "quote_mismatch");
    assert.equal(error.status, 422);
    assert.deepEqual(Object.keys(error.fields ?? {}), ["quote"]);
    assert.equal(error.fields?.quote?.length, 1);
    assert.match(error.fields!.quote![0]!, /"12"/);
    assert.match(error.fields!.quote![0]!, /17–19/);
  });

  it("checks the quote before whitespace, so a mismatching blank quote is a 422", () => {
    const error = refusal(() => checkSpan(BODY, { start: 17, end: 19, quote: "  " }));
    assert.equal(error.code, "quote_mismatch");
  });

  it("refuses a span of only whitespace (spaces, tabs, non-breaking spaces)", () => {
    const gap = BODY.indexOf("  ");
    const error = refusal(() => checkSpan(BODY, { start: gap, end: gap + 2 }));
    assert.equal(error.code, "bad_request");
    assert.deepEqual(Object.keys(error.fields ?? {}), ["quote"]);
    assert.equal(error.fields?.quote?.length, 1);
    assert.equal(refusal(() => checkSpan("a\t\u00a0b", { start: 1, end: 3 })).code, "bad_request");
  });

  it("keeps surrounding whitespace in a span that has words", () => {
    assert.equal(checkSpan(BODY, { start: 16, end: 20 }), " 12 ");
  });
});
