import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cursorParamSchema, decodeCursor, encodeCursor, NEWEST_FIRST, pageLimitSchema, pageOf } from "@/lib/pagination/cursor";

const ID = "0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f60";
const handMade = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

describe("cursor decoding refuses what the API never issues", () => {
  it("a date PostgreSQL cannot compare (year 0) is refused even though it is valid ISO", () => {
    assert.equal(decodeCursor(handMade({ createdAt: "0000-01-01T00:00:00.000Z", id: ID })), null);
  });

  it("a well-formed cursor at the edge of the date range is accepted", () => {
    const createdAt = new Date("1000-01-01T00:00:00.000Z");
    assert.deepEqual(decodeCursor(handMade({ createdAt: createdAt.toISOString(), id: ID })), { createdAt, id: ID });
  });

  it("a cursor without an id, or with a non-uuid id, is refused", () => {
    assert.equal(decodeCursor(handMade({ createdAt: "2026-01-01T00:00:00.000Z" })), null);
    assert.equal(decodeCursor(handMade({ createdAt: "2026-01-01T00:00:00.000Z", id: "42" })), null);
  });

  it("a cursor is base64url of the row's ISO time and id, and decodes to the same Date", () => {
    const row = { createdAt: new Date("2026-05-09T08:07:06.005Z"), id: ID };
    const cursor = encodeCursor(row);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")), { createdAt: "2026-05-09T08:07:06.005Z", id: ID });
    const decoded = decodeCursor(cursor);
    assert.ok(decoded);
    assert.equal(decoded.createdAt.getTime(), row.createdAt.getTime());
  });
});

describe("the cursor query parameter", () => {
  it("is null when absent or empty, and the decoded key when valid", () => {
    assert.equal(cursorParamSchema.parse(undefined), null);
    assert.equal(cursorParamSchema.parse(""), null);
    const createdAt = new Date("2026-02-03T04:05:06.000Z");
    assert.deepEqual(cursorParamSchema.parse(encodeCursor({ createdAt, id: ID })), { createdAt, id: ID });
  });

  it("an invalid cursor is one issue on the parameter, saying the API did not issue it", () => {
    const parsed = cursorParamSchema.safeParse(handMade({ createdAt: "0000-01-01T00:00:00.000Z", id: ID }));
    assert.equal(parsed.success, false);
    assert.equal(parsed.error?.issues.length, 1);
    assert.match(parsed.error!.issues[0]!.message, /cursor/i);
  });
});

describe("page size", () => {
  it("defaults to 50 and accepts 1 to 200", () => {
    assert.equal(pageLimitSchema.parse(undefined), 50);
    assert.equal(pageLimitSchema.parse("1"), 1);
    assert.equal(pageLimitSchema.parse("200"), 200);
    assert.equal(pageLimitSchema.parse("37"), 37);
  });

  it("refuses 0, 201, fractions and words", () => {
    for (const value of ["0", "201", "2.5", "ten", "-3"]) assert.equal(pageLimitSchema.safeParse(value).success, false, value);
  });
});

describe("pages", () => {
  const rows = [5, 4, 3].map((day) => ({ createdAt: new Date(Date.UTC(2026, 0, day)), id: `0190a8f2-7c41-7b3e-9b1a-3f1c2d4e5f6${day}` }));

  it("no next cursor when exactly `limit` rows came back", () => {
    const page = pageOf(rows.slice(0, 2), 2);
    assert.deepEqual(page.items, rows.slice(0, 2));
    assert.equal(page.nextCursor, null);
  });

  it("the next cursor points at the last row shown, not at the extra one", () => {
    const page = pageOf(rows, 1);
    assert.deepEqual(page.items, [rows[0]]);
    assert.deepEqual(decodeCursor(page.nextCursor!), rows[0]);
  });

  it("an empty result is an empty last page", () => {
    assert.deepEqual(pageOf([], 10), { items: [], nextCursor: null });
  });

  it("sorts newest first with the id as tie-breaker", () => {
    assert.deepEqual(NEWEST_FIRST, [{ createdAt: "desc" }, { id: "desc" }]);
  });
});
