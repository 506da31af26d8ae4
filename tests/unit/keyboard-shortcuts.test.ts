import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inTextOrder, isShortcutPress, stepInTextOrder } from "@/lib/keyboard/shortcuts";

describe("isShortcutPress", () => {
  const press = { key: "j", ctrlKey: false, metaKey: false, altKey: false, typing: false, defaultPrevented: false };
  it("takes a plain key outside a field", () => {
    assert.equal(isShortcutPress(press), true);
  });
  it("never takes typing, a modifier or a key already handled", () => {
    assert.equal(isShortcutPress({ ...press, typing: true }), false);
    assert.equal(isShortcutPress({ ...press, ctrlKey: true }), false);
    assert.equal(isShortcutPress({ ...press, metaKey: true }), false);
    assert.equal(isShortcutPress({ ...press, altKey: true }), false);
    assert.equal(isShortcutPress({ ...press, defaultPrevented: true }), false);
  });
});

describe("stepInTextOrder", () => {
  // A claim and candidates interleaved in the text, listed in another order (as the side panel lists them).
  const items = [
    { id: "candidate:40-52", start: 40, end: 52 },
    { id: "claim-b", start: 10, end: 30 },
    { id: "candidate:90-99", start: 90, end: 99 },
    { id: "claim-c", start: 60, end: 80 },
    { id: "candidate:10-20", start: 10, end: 20 },
  ];
  it("orders by position in the text, the longer span first where two start together", () => {
    assert.deepEqual(inTextOrder(items).map((item) => item.id), ["claim-b", "candidate:10-20", "candidate:40-52", "claim-c", "candidate:90-99"]);
  });
  it("moves through claims and candidates together", () => {
    const walk: string[] = [];
    let current: string | null = null;
    for (let index = 0; index < 5; index++) {
      current = stepInTextOrder(items, current, 1)?.id ?? null;
      walk.push(current!);
    }
    assert.deepEqual(walk, ["claim-b", "candidate:10-20", "candidate:40-52", "claim-c", "candidate:90-99"]);
    assert.equal(stepInTextOrder(items, "claim-c", -1)?.id, "candidate:40-52");
  });
  it("starts at the first (j) or last (k) item and stops at the ends", () => {
    assert.equal(stepInTextOrder(items, null, -1)?.id, "candidate:90-99");
    assert.equal(stepInTextOrder(items, "gone", 1)?.id, "claim-b");
    assert.equal(stepInTextOrder(items, "candidate:90-99", 1)?.id, "candidate:90-99");
    assert.equal(stepInTextOrder(items, "claim-b", -1)?.id, "claim-b");
    assert.equal(stepInTextOrder([], null, 1), null);
  });
});
