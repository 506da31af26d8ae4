import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importArticleSchema } from "@/lib/validation/articles";
import { createClaimSchema, figureIssues, updateClaimSchema } from "@/lib/validation/claims";

const claim = { articleId: "0190a8f2-7c41-4b3e-9b1a-3f1c2d4e5f60", start: 0, end: 4, kind: "QUANTITY" };

describe("text fields refuse broken characters", () => {
  it("refuses half of a surrogate pair in a speaker, naming the field (it used to fail in the audit trail with a 500)", () => {
    const parsed = createClaimSchema.safeParse({ ...claim, speaker: "Ministry \ud800" });
    assert.equal(parsed.success, false);
    const issue = parsed.error?.issues.find((entry) => entry.path[0] === "speaker");
    assert.match(issue?.message ?? "", /broken character/u);
  });

  it("refuses one in an article body, where offsets would stop matching the stored text", () => {
    assert.equal(importArticleSchema.safeParse({ title: "T", outlet: "Wire", body: "Text \udc00 more" }).success, false);
  });

  it("keeps whole characters outside the basic plane, emoji included", () => {
    assert.equal(createClaimSchema.safeParse({ ...claim, speaker: "Ministry 𝔐 😀" }).success, true);
    assert.equal(importArticleSchema.safeParse({ title: "T", outlet: "Wire", body: "Text 😀 with\ttabs\nand lines" }).success, true);
  });
});

describe("a claim's figure and upper bound", () => {
  it("accept a figure alone, a range, an equal bound, or neither", () => {
    assert.deepEqual(figureIssues({}), {});
    assert.deepEqual(figureIssues({ value: 40, valueMax: null }), {});
    assert.deepEqual(figureIssues({ value: 40, valueMax: 60 }), {});
    assert.deepEqual(figureIssues({ value: 40, valueMax: 40 }), {});
    assert.deepEqual(figureIssues({ value: -5, valueMax: 0 }), {});
  });

  it("refuse an upper bound below the figure, or without one, naming the field to fix", () => {
    assert.deepEqual(figureIssues({ value: 75, valueMax: 60 }), { valueMax: "The upper bound must not be below the figure." });
    assert.deepEqual(figureIssues({ value: 0, valueMax: -1 }), { valueMax: "The upper bound must not be below the figure." });
    assert.deepEqual(figureIssues({ value: null, valueMax: 60 }), { value: "Give the lower figure too, or leave the upper bound empty." });
    assert.deepEqual(figureIssues({ valueMax: 0 }), { value: "Give the lower figure too, or leave the upper bound empty." });
  });

  it("are the checks the create and PATCH schemas apply to the fields a request sends", () => {
    const created = createClaimSchema.safeParse({ ...claim, value: 75, valueMax: 60 });
    assert.deepEqual(created.error?.issues.map((issue) => [issue.path.join("."), issue.message]), [["valueMax", "The upper bound must not be below the figure."]]);
    const patched = updateClaimSchema.safeParse({ version: 3, value: null, valueMax: 60 });
    assert.deepEqual(patched.error?.issues.map((issue) => [issue.path.join("."), issue.message]), [["value", "Give the lower figure too, or leave the upper bound empty."]]);
    assert.equal(updateClaimSchema.safeParse({ version: 3, value: 80, valueMax: 60 }).success, false);
    // One of the two alone is judged with the stored claim, by updateClaim.
    assert.equal(updateClaimSchema.safeParse({ version: 3, value: 75 }).success, true);
    assert.equal(updateClaimSchema.safeParse({ version: 3, valueMax: 60 }).success, true);
  });
});
