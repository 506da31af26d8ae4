import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { segmentBody } from "@/lib/claims/segments";

describe("segmentBody", () => {
  it("returns the whole body as one plain run without claims", () => {
    assert.deepEqual(segmentBody(10, []), [{ start: 0, end: 10, claimIds: [] }]);
  });

  it("splits around a single claim", () => {
    assert.deepEqual(segmentBody(10, [{ id: "a", start: 2, end: 5 }]), [
      { start: 0, end: 2, claimIds: [] },
      { start: 2, end: 5, claimIds: ["a"] },
      { start: 5, end: 10, claimIds: [] },
    ]);
  });

  it("shows overlapping claims as runs covered by one, both, then the other", () => {
    assert.deepEqual(segmentBody(10, [{ id: "a", start: 1, end: 6 }, { id: "b", start: 4, end: 9 }]), [
      { start: 0, end: 1, claimIds: [] },
      { start: 1, end: 4, claimIds: ["a"] },
      { start: 4, end: 6, claimIds: ["a", "b"] },
      { start: 6, end: 9, claimIds: ["b"] },
      { start: 9, end: 10, claimIds: [] },
    ]);
  });

  it("lists the innermost claim first for nested claims, so a click opens the most specific one", () => {
    const segments = segmentBody(20, [{ id: "outer", start: 0, end: 20 }, { id: "inner", start: 5, end: 8 }]);
    assert.deepEqual(segments.find((segment) => segment.start === 5)?.claimIds, ["inner", "outer"]);
    assert.deepEqual(segments.find((segment) => segment.start === 0)?.claimIds, ["outer"]);
  });

  it("covers the body exactly once and ignores spans outside it", () => {
    const segments = segmentBody(12, [{ id: "a", start: 3, end: 3 }, { id: "b", start: 8, end: 40 }, { id: "c", start: 0, end: 12 }]);
    assert.equal(segments.reduce((total, segment) => total + (segment.end - segment.start), 0), 12);
    assert.ok(segments.every((segment) => !segment.claimIds.includes("a") && !segment.claimIds.includes("b")));
  });
});
