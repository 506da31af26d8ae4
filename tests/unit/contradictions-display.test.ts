import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sideBySideColumnTitle } from "@/lib/contradictions/display";

describe("sideBySideColumnTitle", () => {
  it("is the outlet when the two claims come from different outlets", () => {
    assert.equal(sideBySideColumnTitle({ outlet: "Harbour Ledger", speaker: "Orla Benedek" }, "First claim", false), "Harbour Ledger");
  });

  it("adds the speaker when both columns would otherwise read the same", () => {
    assert.equal(sideBySideColumnTitle({ outlet: "Harbour Ledger", speaker: "Orla Benedek" }, "First claim", true), "Harbour Ledger · Orla Benedek");
  });

  it("falls back to the column's place when the claim has no speaker", () => {
    assert.equal(sideBySideColumnTitle({ outlet: "Harbour Ledger", speaker: null }, "Second claim", true), "Harbour Ledger · second claim");
  });
});
