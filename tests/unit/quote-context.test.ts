import assert from "node:assert/strict";
import { test } from "node:test";
import { wordBoundedContext } from "@/lib/text/context";

test("drops the partial word at a clipped start and marks the cut", () => {
  const context = wordBoundedContext({ before: "rvatory said on Monday that ", after: "", clippedBefore: true, clippedAfter: false });
  assert.equal(context.before, "… said on Monday that ");
});

test("drops the partial word at a clipped end and marks the cut", () => {
  const context = wordBoundedContext({ before: "", after: " were killed in the shel", clippedBefore: false, clippedAfter: true });
  assert.equal(context.after, " were killed in the …");
});

test("keeps text that reaches the real start and end of the article", () => {
  const context = wordBoundedContext({ before: "At least ", after: " people died.", clippedBefore: false, clippedAfter: false });
  assert.deepEqual(context, { before: "At least ", after: " people died." });
});

test("a cut that already falls between words keeps the whole first and last word", () => {
  const context = wordBoundedContext({ before: " officials said ", after: " on Tuesday ", clippedBefore: true, clippedAfter: true });
  assert.equal(context.before, "… officials said ");
  assert.equal(context.after, " on Tuesday …");
});

test("context that is all one partial word becomes only the ellipsis", () => {
  const context = wordBoundedContext({ before: "Observat", after: "ministrat", clippedBefore: true, clippedAfter: true });
  assert.deepEqual(context, { before: "…", after: "…" });
});

test("no ellipsis is doubled and no word is cut in any clipped context", () => {
  const text = "The monitor said forty-two fighters were killed near the border crossing on Sunday evening";
  for (let from = 1; from < 30; from++) {
    for (let to = 60; to < text.length; to++) {
      const { before, after } = wordBoundedContext({ before: text.slice(from, 40), after: text.slice(50, to), clippedBefore: true, clippedAfter: true });
      const firstWord = before.replace(/^… ?/u, "").split(/\s/u)[0]!;
      const lastWord = after.replace(/ ?…$/u, "").split(/\s/u).at(-1)!;
      if (firstWord) assert.ok(new RegExp(`(^|\\s)${firstWord}`, "u").test(text), `"${firstWord}" is a whole word`);
      if (lastWord) assert.ok(new RegExp(`${lastWord}(\\s|$)`, "u").test(text), `"${lastWord}" is a whole word`);
      assert.ok(!before.includes("……") && !after.includes("……"));
    }
  }
});
