import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { afterCursor, cursorParamSchema, decodeCursor, encodeCursor, pageOf } from "@/lib/pagination/cursor";

const row = { createdAt: new Date("2026-03-01T10:00:00.000Z"), id: "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f60" };

describe("keyset cursors", () => {
  it("round-trips the sort key", () => {
    assert.deepEqual(decodeCursor(encodeCursor(row)), row);
  });
  it("rejects cursors it did not issue", () => {
    assert.equal(decodeCursor("not-a-cursor"), null);
    assert.equal(decodeCursor(Buffer.from(JSON.stringify({ createdAt: "yesterday", id: "x" })).toString("base64url")), null);
    assert.equal(cursorParamSchema.safeParse("garbage").success, false);
    assert.equal(cursorParamSchema.parse(undefined), null);
  });
  it("builds a strictly-after condition on (createdAt, id)", () => {
    assert.deepEqual(afterCursor(row), {
      OR: [{ createdAt: { lt: row.createdAt } }, { createdAt: row.createdAt, id: { lt: row.id } }],
    });
    assert.deepEqual(afterCursor(null), {});
  });
  it("returns a next cursor only when an extra row was fetched", () => {
    const rows = [1, 2, 3].map((n) => ({ createdAt: new Date(2026, 0, n), id: `0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f6${n}` }));
    const full = pageOf(rows, 2);
    assert.equal(full.items.length, 2);
    assert.deepEqual(decodeCursor(full.nextCursor ?? ""), rows[1]);
    assert.equal(pageOf(rows, 3).nextCursor, null);
  });
});
