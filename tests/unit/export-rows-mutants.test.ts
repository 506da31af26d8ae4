import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimExportJson, csvRow, type ExportClaim } from "@/lib/export/rows";

function claim(overrides: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id: "0190a000-0000-7000-8000-0000000000c1",
    articleId: "0190a000-0000-7000-8000-0000000000a1",
    start: 0,
    end: 9,
    quote: "12 barges",
    kind: "QUANTITY",
    subject: "Barges held at the lock",
    value: 12,
    valueMax: null,
    qualifier: "EXACT",
    unit: "barges",
    occurredAt: null,
    place: null,
    note: null,
    status: "IN_REVIEW",
    verdictRationale: null,
    reviewedAt: null,
    publishedAt: null,
    createdAt: new Date("2025-02-01T08:00:00Z"),
    updatedAt: new Date("2025-02-01T09:00:00Z"),
    speaker: null,
    article: {
      id: "0190a000-0000-7000-8000-0000000000a1",
      title: "Lock closed",
      url: null,
      publishedAt: null,
      outlet: { id: "0190a000-0000-7000-8000-0000000000o1", name: "River Post", kind: "NEWSPAPER" },
    },
    sources: [],
    linksFrom: [],
    linksTo: [],
    ...overrides,
  };
}

describe("dates the claim refers to", () => {
  it("JSON gives null for a claim with no date and the ISO timestamp for one with a date", () => {
    assert.equal(claimExportJson(claim()).occurredAt, null);
    assert.equal(claimExportJson(claim({ occurredAt: new Date("2025-01-30T00:00:00Z") })).occurredAt, "2025-01-30T00:00:00.000Z");
  });

  it("CSV gives an empty cell for a claim with no date", () => {
    assert.equal(csvRow(claim()).occurred_at, "");
    assert.equal(csvRow(claim({ occurredAt: new Date("2025-01-30T00:00:00Z") })).occurred_at, "2025-01-30T00:00:00.000Z");
  });
});

describe("numeric cells", () => {
  it("zero is a value, not an empty cell", () => {
    const row = csvRow(claim({ value: 0, valueMax: 0 }));
    assert.equal(row.value, "0");
    assert.equal(row.value_max, "0");
  });

  it("a missing value or upper bound is an empty cell", () => {
    const row = csvRow(claim({ value: null, valueMax: null }));
    assert.equal(row.value, "");
    assert.equal(row.value_max, "");
  });

  it("decimals keep their digits", () => {
    assert.equal(csvRow(claim({ value: 13.5 })).value, "13.5");
  });
});
