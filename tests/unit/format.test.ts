import assert from "node:assert/strict";
import { test } from "node:test";
import { formatBytes, formatCalendarTick, formatDate, formatDateTime, formatDay, formatWhen } from "@/lib/format";

// A publication date is stored as UTC midnight.
const PUBLISHED = new Date("2026-12-01T00:00:00Z");
// An instant late in the evening, UTC.
const EDITED = new Date("2026-12-01T23:30:00Z");

test("a calendar date is the same day in every time zone", () => {
  for (const timeZone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"]) {
    assert.equal(formatDate(PUBLISHED, { locale: "en-GB", timeZone }), "1 Dec 2026", timeZone);
  }
});

test("an instant follows the reader's time zone, and says which", () => {
  assert.equal(formatDateTime(EDITED, { locale: "en-GB", timeZone: "UTC" }), "1 Dec 2026, 23:30 UTC");
  assert.match(formatDateTime(EDITED, { locale: "en-GB", timeZone: "Europe/Berlin" }), /^2 Dec 2026, 00:30 CET$/);
  assert.equal(formatDay(EDITED, { locale: "en-GB", timeZone: "Asia/Tokyo" }), "2 Dec 2026");
});

test("dates follow the reader's locale", () => {
  assert.equal(formatDate(PUBLISHED, { locale: "en-US" }), "Dec 1, 2026");
  assert.equal(formatDate(PUBLISHED, { locale: "de-DE" }), "1. Dez. 2026");
});

test("the fallback (server rendering, before hydration) is en-GB in UTC", () => {
  assert.equal(formatDate(PUBLISHED), "1 Dec 2026");
  assert.equal(formatDateTime(EDITED), "1 Dec 2026, 23:30 UTC");
});

test("a missing or unreadable value is a dash, never 'Invalid Date'", () => {
  assert.equal(formatDate(null), "—");
  assert.equal(formatDateTime(undefined), "—");
  assert.equal(formatWhen("not a date", "date"), "—");
  assert.equal(formatWhen("2026-12-01T00:00:00.000Z", "date"), "1 Dec 2026");
});

test("chart ticks are UTC days in the reader's locale", () => {
  const jan5 = Date.UTC(2017, 0, 5);
  assert.equal(formatCalendarTick(jan5, "day"), "5 Jan");
  assert.equal(formatCalendarTick(jan5, "month"), "Jan 2017");
  assert.equal(formatCalendarTick(jan5, "year"), "2017");
  // A reader in California still sees the 5th: the tick is a calendar day, not an instant.
  assert.equal(formatCalendarTick(jan5, "day", { locale: "en-US", timeZone: "America/Los_Angeles" }), "Jan 5");
  assert.equal(formatCalendarTick(new Date(jan5), "month", { locale: "de-DE", timeZone: "America/Los_Angeles" }), "Jan. 2017");
  assert.equal(formatCalendarTick("2017-01-01T00:00:00.000Z", "year", { locale: "en-US", timeZone: "Pacific/Honolulu" }), "2017");
  assert.equal(formatCalendarTick("no date", "day"), "—");
});

test("download sizes are bytes, KB or MB in the reader's locale", () => {
  assert.equal(formatBytes(0), "0 bytes");
  assert.equal(formatBytes(1023), "1,023 bytes");
  assert.equal(formatBytes(1024), "1 KB");
  assert.equal(formatBytes(12_800), "12.5 KB");
  assert.equal(formatBytes(3.25 * 1024 * 1024, { locale: "de-DE" }), "3,3 MB");
});
