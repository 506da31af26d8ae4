import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeFigure } from "@/lib/claims/describe";

describe("describeFigure", () => {
  it("reads qualifiers, ranges and units back", () => {
    assert.equal(describeFigure({ value: 93, valueMax: null, qualifier: "AT_LEAST", unit: "people" }), "at least 93 people");
    assert.equal(describeFigure({ value: 4, valueMax: 5, qualifier: "RANGE", unit: "minutes" }), "4–5 minutes");
    assert.equal(describeFigure({ value: 13_500_000, valueMax: null, qualifier: null, unit: null }), "13,500,000");
    assert.equal(describeFigure({ value: null, valueMax: null, qualifier: null, unit: null }), "no figure recorded");
  });
});
