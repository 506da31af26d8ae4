import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importArticleSchema } from "@/lib/validation/articles";
import { createClaimSchema } from "@/lib/validation/claims";

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
