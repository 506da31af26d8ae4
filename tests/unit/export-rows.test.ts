import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stringify } from "csv-stringify/sync";
import { claimExportJson, claimReview, CSV_HEADER, csvRecord, csvRow, CSV_COLUMNS, INTERNAL_REVIEW_NOTE, isClaimReviewStatus, type CsvRow, type ExportClaim, type ExportConfig } from "@/lib/export/rows";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { isFinalStatus } from "@/lib/permissions";
import { exportQuerySchema } from "@/lib/validation/export";

const A = "0190a000-0000-7000-8000-00000000000a";
const B = "0190a000-0000-7000-8000-00000000000b";
const C = "0190a000-0000-7000-8000-00000000000c";
const D = "0190a000-0000-7000-8000-00000000000d";
const E = "0190a000-0000-7000-8000-00000000000e";
const F = "0190a000-0000-7000-8000-00000000000f";

const config: ExportConfig = { publicBaseUrl: "https://claims.example", organisation: { name: "Test Desk", url: "https://desk.example" } };

function claim(overrides: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id: C,
    articleId: "0190a000-0000-7000-8000-0000000000a1",
    start: 4,
    end: 24,
    quote: "“at least 93 people”",
    kind: "QUANTITY",
    subject: "Deaths in the strike",
    value: 93,
    valueMax: null,
    qualifier: "AT_LEAST",
    unit: "people",
    occurredAt: new Date("2024-05-08T00:00:00Z"),
    place: "Kharkiv",
    note: null,
    status: "VERIFIED",
    verdictRationale: "Matches the ministry's list.",
    reviewedAt: new Date("2024-05-10T15:30:00Z"),
    publishedAt: null,
    createdAt: new Date("2024-05-09T10:00:00Z"),
    updatedAt: new Date("2024-05-11T09:00:00Z"),
    speaker: { id: "0190a000-0000-7000-8000-0000000000s1", name: "Ministry of Health", kind: "ORGANISATION" },
    article: {
      id: "0190a000-0000-7000-8000-0000000000a1",
      title: "Toll rises",
      url: "https://news.example/toll",
      publishedAt: new Date("2024-05-09T06:00:00Z"),
      outlet: { id: "0190a000-0000-7000-8000-0000000000o1", name: "Daily Example", kind: "NEWSPAPER" },
    },
    sources: [
      { id: "s1", url: "https://gov.example/list", title: null, publisher: null, kind: "OFFICIAL", accessedAt: null, archiveUrl: null, note: null },
      { id: "s2", url: "https://data.example/x.csv", title: "Data", publisher: "Stats", kind: "DATASET", accessedAt: new Date("2024-05-10T00:00:00Z"), archiveUrl: null, note: "row 4" },
    ],
    linksFrom: [],
    linksTo: [],
    ...overrides,
  };
}

describe("csvRow", () => {
  it("fills every column, as strings, with empty cells for missing values", () => {
    const row = csvRow(claim({ valueMax: null, note: null }));
    assert.deepEqual(Object.keys(row), [...CSV_COLUMNS]);
    assert.equal(row.claim_id, C);
    assert.equal(row.article_title, "Toll rises");
    assert.equal(row.outlet, "Daily Example");
    assert.equal(row.article_url, "https://news.example/toll");
    assert.equal(row.published_at, "2024-05-09T06:00:00.000Z");
    assert.equal(row.quote, "“at least 93 people”");
    assert.equal(row.speaker, "Ministry of Health");
    assert.equal(row.value, "93");
    assert.equal(row.value_max, "");
    assert.equal(row.qualifier, "AT_LEAST");
    assert.equal(row.occurred_at, "2024-05-08T00:00:00.000Z");
    assert.equal(row.note, "");
    assert.equal(row.reviewed_at, "2024-05-10T15:30:00.000Z");
  });

  it("keeps a zero figure (not an empty cell) and handles a claim without speaker or article url", () => {
    const row = csvRow(claim({ value: 0, valueMax: 0.5, speaker: null, article: { ...claim().article, url: null, publishedAt: null } }));
    assert.equal(row.value, "0");
    assert.equal(row.value_max, "0.5");
    assert.equal(row.speaker, "");
    assert.equal(row.article_url, "");
    assert.equal(row.published_at, "");
  });

  it("joins source urls with ' | ' in the order given", () => {
    assert.equal(csvRow(claim()).sources, "https://gov.example/list | https://data.example/x.csv");
    assert.equal(csvRow(claim({ sources: [] })).sources, "");
  });

  it("fills verdict only for a final verdict", () => {
    for (const status of Object.values(ClaimStatus)) {
      const row = csvRow(claim({ status }));
      assert.equal(row.status, status);
      assert.equal(row.verdict, ["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"].includes(status) ? status : "", status);
    }
  });

  it("lists symmetric links from either side, and directed links by direction", () => {
    const link = (id: string, kind: ExportClaim["linksFrom"][number]["kind"]) => ({ id, kind, note: null });
    const row = csvRow(
      claim({
        // C is "to" of A (stored A < C) and "from" of D/E: both must show under contradicts.
        linksTo: [
          { ...link("l1", "CONTRADICTS"), fromClaimId: A },
          { ...link("l2", "SUPPORTS"), fromClaimId: B },
          { ...link("l3", "UPDATES"), fromClaimId: F },
          { ...link("l4", "DUPLICATE"), fromClaimId: B },
        ],
        linksFrom: [
          { ...link("l5", "CONTRADICTS"), toClaimId: E },
          { ...link("l6", "CONTRADICTS"), toClaimId: D },
          { ...link("l7", "SUPPORTS"), toClaimId: D },
          { ...link("l8", "UPDATES"), toClaimId: A },
        ],
      }),
    );
    assert.equal(row.contradicts, `${A} ${D} ${E}`);
    assert.equal(row.duplicate, B);
    assert.equal(row.supports, D);
    assert.equal(row.supported_by, B);
    assert.equal(row.updates, A);
    assert.equal(row.superseded_by, F);
  });
});

describe("claimExportJson", () => {
  it("nests the article with its outlet, the sources and the links with their direction", () => {
    const json = claimExportJson(
      claim({ linksFrom: [{ id: "l1", kind: "SUPPORTS", toClaimId: D, note: "same figure" }], linksTo: [{ id: "l2", kind: "CONTRADICTS", fromClaimId: A, note: null }] }),
    );
    assert.deepEqual(json.article, {
      id: "0190a000-0000-7000-8000-0000000000a1",
      title: "Toll rises",
      url: "https://news.example/toll",
      publishedAt: "2024-05-09T06:00:00.000Z",
      outlet: { name: "Daily Example", kind: "NEWSPAPER" },
    });
    assert.equal(json.sources.length, 2);
    assert.equal(json.sources[1]?.accessedAt, "2024-05-10T00:00:00.000Z");
    assert.deepEqual(json.links, [
      { id: "l1", kind: "SUPPORTS", direction: "outgoing", otherClaimId: D, note: "same figure" },
      { id: "l2", kind: "CONTRADICTS", direction: "incoming", otherClaimId: A, note: null },
    ]);
    assert.equal(json.verdict, "VERIFIED");
    assert.equal(JSON.parse(JSON.stringify(json)).reviewedAt, "2024-05-10T15:30:00.000Z");
  });
});

describe("claimReview", () => {
  const expected = {
    VERIFIED: { "@type": "Rating", alternateName: "Verified", ratingValue: 5, bestRating: 5, worstRating: 1 },
    MISLEADING: { "@type": "Rating", alternateName: "Misleading", ratingValue: 2, bestRating: 5, worstRating: 1 },
    FALSE: { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 },
    UNVERIFIABLE: { "@type": "Rating", alternateName: "Unverifiable" },
  } as const;

  for (const [status, rating] of Object.entries(expected)) {
    it(`rates ${status} as ${JSON.stringify(rating)}`, () => {
      const review = claimReview(claim({ status: status as keyof typeof expected }), config);
      assert.ok(review);
      assert.deepEqual(review.reviewRating, { ...rating, ratingExplanation: "Matches the ministry's list." });
    });
  }

  it("returns null for every status without a verdict", () => {
    for (const status of ["DRAFT", "IN_REVIEW", "DISPUTED"] as const) assert.equal(claimReview(claim({ status }), config), null, status);
  });

  it("covers exactly the final statuses, so a new verdict cannot be left out silently", () => {
    for (const status of Object.values(ClaimStatus)) assert.equal(isClaimReviewStatus(status), isFinalStatus(status), status);
  });

  it("maps quote, speaker, article, organisation, dates and url", () => {
    const review = claimReview(claim(), config);
    const appearance = {
      "@type": "CreativeWork",
      url: "https://news.example/toll",
      headline: "Toll rises",
      datePublished: "2024-05-09",
      publisher: { "@type": "Organization", name: "Daily Example" },
    };
    assert.deepEqual(review, {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `https://claims.example/claims/${C}`,
      creativeWorkStatus: "Internal",
      disambiguatingDescription: INTERNAL_REVIEW_NOTE,
      claimReviewed: "“at least 93 people”",
      datePublished: "2024-05-10",
      author: { "@type": "Organization", name: "Test Desk", url: "https://desk.example" },
      reviewRating: { ...expected.VERIFIED, ratingExplanation: "Matches the ministry's list." },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Ministry of Health" },
        datePublished: "2024-05-09",
        appearance: [appearance],
        firstAppearance: appearance,
      },
    });
  });

  it("points a published verdict at its public page and drops the internal note", () => {
    const review = claimReview(claim({ publishedAt: new Date("2024-05-11T08:00:00Z") }), config);
    assert.ok(review);
    assert.equal(review.url, `https://claims.example/fact-checks/${C}`);
    assert.equal(review.creativeWorkStatus, "Published");
    assert.equal("disambiguatingDescription" in review, false);
  });

  it("leaves ratingExplanation out when there is no rationale", () => {
    const review = claimReview(claim({ verdictRationale: null }), config);
    assert.equal(review && "ratingExplanation" in review.reviewRating, false);
  });

  it("uses Person for a person, omits what is unknown, and falls back to updatedAt for the date", () => {
    const review = claimReview(
      claim({
        speaker: { id: "p", name: "Jane Minister", kind: "PERSON" },
        reviewedAt: null,
        article: { ...claim().article, url: null, publishedAt: null },
      }),
      { publicBaseUrl: "http://localhost:3000", organisation: { name: "Claimdesk" } },
    );
    assert.ok(review);
    assert.deepEqual(review.itemReviewed.author, { "@type": "Person", name: "Jane Minister" });
    assert.equal(review.datePublished, "2024-05-11");
    assert.equal("datePublished" in review.itemReviewed, false);
    assert.equal("url" in review.itemReviewed.firstAppearance, false);
    assert.deepEqual(review.author, { "@type": "Organization", name: "Claimdesk" });

    const anonymous = claimReview(claim({ speaker: null }), config);
    assert.equal(anonymous && "author" in anonymous.itemReviewed, false);
  });
});

describe("exportQuerySchema", () => {
  it("takes a bare `to` date as the end of that day, and a timestamp as given", () => {
    const day = exportQuerySchema.parse({ format: "csv", from: "2024-05-09", to: "2024-05-09" });
    assert.equal(day.from?.toISOString(), "2024-05-09T00:00:00.000Z");
    assert.equal(day.to?.toISOString(), "2024-05-09T23:59:59.999Z");
    const exact = exportQuerySchema.parse({ format: "json", to: "2024-05-09T12:00:00+02:00" });
    assert.equal(exact.to?.toISOString(), "2024-05-09T10:00:00.000Z");
  });

  it("treats empty parameters as absent and refuses unknown formats, bad ids and from > to", () => {
    const blank = exportQuerySchema.parse({ format: "claimreview", status: "", articleId: "", subject: " ", outlet: "", from: "", to: "" });
    assert.equal(blank.format, "claimreview");
    for (const key of ["status", "articleId", "subject", "outlet", "from", "to"] as const) assert.equal(blank[key] ?? undefined, undefined, key);
    assert.equal(exportQuerySchema.safeParse({}).success, false);
    assert.equal(exportQuerySchema.safeParse({ format: "xml" }).success, false);
    assert.equal(exportQuerySchema.safeParse({ format: "csv", articleId: "42" }).success, false);
    assert.equal(exportQuerySchema.safeParse({ format: "csv", status: "maybe" }).success, false);
    // Enum values in any letter case mean the canonical one.
    assert.deepEqual(exportQuerySchema.parse({ format: "CSV", status: "verified", kind: "Quantity" }).status, "VERIFIED");
    const reversed = exportQuerySchema.safeParse({ format: "csv", from: "2024-05-10", to: "2024-05-09" });
    assert.equal(reversed.success, false);
    assert.deepEqual(reversed.error?.issues.map((issue) => issue.path), [["to"]]);
  });
});

describe("csvRecord: the export's hand-written RFC 4180 writer", () => {
  // The reference is a general CSV library with the options the export used before it wrote CSV by
  // hand: any difference in quoting, escaping or line ends fails here.
  const reference = (rows: CsvRow[], header = false) => stringify(rows, { columns: [...CSV_COLUMNS], header, record_delimiter: "windows", quote_record_delimiter: true });

  it("writes the header as the reference does", () => {
    assert.equal(CSV_HEADER, reference([], true));
  });

  it("quotes and escapes every field exactly as the reference, over tricky and random cells", () => {
    const pieces = ["a", ",", '"', "\r", "\n", "\r\n", " ", "\t", ";", "é", "“", "=1+2", "'", "#", ""];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const cell = () => Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
    const rows: CsvRow[] = [csvRow(claim({ quote: 'He said "93, at least"\nand left', note: "Line one\r\nline two" }))];
    for (let i = 0; i < 500; i++) rows.push(Object.fromEntries(CSV_COLUMNS.map((column) => [column, cell()])) as CsvRow);
    for (const row of rows) assert.equal(csvRecord(row), reference([row]), JSON.stringify(row));
    assert.equal(rows.map(csvRecord).join(""), reference(rows));
  });
});
