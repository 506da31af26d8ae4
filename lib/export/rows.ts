// Pure mapping of one exported claim to a CSV row, a JSON object and a schema.org ClaimReview.
// No I/O and no environment: the caller passes the configuration, so all three are unit-tested.
import type { ClaimStatus, LinkKind } from "@/lib/generated/prisma/enums";
import type { ExportClaim } from "@/lib/export/select";
import { isFinalStatus } from "@/lib/permissions";

// The rows are read with the selection in ./select (query shape, checked against the database by
// the export integration tests); its row type is what every mapping below takes.
export type { ExportClaim } from "@/lib/export/select";

/** What the ClaimReview mapping needs from the environment; see exportConfig() in ./stream. */
export type ExportConfig = {
  /** The app's public address without a trailing slash; ClaimReview `url`s point into it. */
  publicBaseUrl: string;
  organisation: { name: string; url?: string };
};

// ---------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------

export type ExportLink = { id: string; kind: LinkKind; direction: "outgoing" | "incoming"; otherClaimId: string; note: string | null };

export function claimLinks(claim: Pick<ExportClaim, "linksFrom" | "linksTo">): ExportLink[] {
  return [
    ...claim.linksFrom.map((link) => ({ id: link.id, kind: link.kind, direction: "outgoing" as const, otherClaimId: link.toClaimId, note: link.note })),
    ...claim.linksTo.map((link) => ({ id: link.id, kind: link.kind, direction: "incoming" as const, otherClaimId: link.fromClaimId, note: link.note })),
  ];
}

function linkedIds(links: ExportLink[], kind: LinkKind, direction?: ExportLink["direction"]): string {
  const ids = links.filter((link) => link.kind === kind && (direction === undefined || link.direction === direction)).map((link) => link.otherClaimId);
  // Sorted and de-duplicated so that the cell does not depend on which side a link was stored on.
  return [...new Set(ids)].sort().join(" ");
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/**
 * Column order of the CSV. Link columns hold the ids of the other claims, space-separated:
 * - `contradicts`, `duplicate`: symmetric kinds. A link is stored once (lower id first), so both
 *   directions are read and every link appears on the rows of both of its claims.
 * - `supports` / `supported_by`: outgoing / incoming SUPPORTS links.
 * - `updates` / `superseded_by`: claims this one supersedes (outgoing UPDATES) / claims that
 *   supersede it (incoming UPDATES).
 * `note` is the editor's note on the claim; `verdict` repeats the status only when it is a final
 * verdict, so filtering on a non-empty verdict gives the reviewed claims.
 */
export const CSV_COLUMNS = [
  "claim_id",
  "article_title",
  "outlet",
  "article_url",
  "published_at",
  "quote",
  "kind",
  "subject",
  "speaker",
  "value",
  "value_max",
  "qualifier",
  "unit",
  "occurred_at",
  "place",
  "note",
  "status",
  "verdict",
  "verdict_rationale",
  "sources",
  "contradicts",
  "supports",
  "supported_by",
  "duplicate",
  "updates",
  "superseded_by",
  "reviewed_at",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

// RFC 4180, written by hand because this is the export's inner loop (a general CSV library cost
// more per row than reading the rows from the database): CRLF after every record; a field with a
// quote, comma, CR or LF is quoted, its quotes doubled; nothing else is quoted. Byte-for-byte what
// csv-stringify writes with record_delimiter "windows" and quote_record_delimiter (unit-tested).
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record with its CRLF, the cells in CSV_COLUMNS order. */
export function csvRecord(row: CsvRow): string {
  let line = csvField(row[CSV_COLUMNS[0]]);
  for (let index = 1; index < CSV_COLUMNS.length; index++) line += `,${csvField(row[CSV_COLUMNS[index]!])}`;
  return `${line}\r\n`;
}

/** The header record (the column names); the download puts a byte order mark before it. */
export const CSV_HEADER = `${CSV_COLUMNS.map(csvField).join(",")}\r\n`;

const text = (value: string | null | undefined): string => value ?? "";
const iso = (value: Date | null | undefined): string => value?.toISOString() ?? "";
const number = (value: number | null): string => (value === null ? "" : String(value));

/** Every cell is a string: empty for "no value", ISO 8601 UTC for timestamps. */
export function csvRow(claim: ExportClaim): CsvRow {
  const links = claimLinks(claim);
  return {
    claim_id: claim.id,
    article_title: claim.article.title,
    outlet: claim.article.outlet.name,
    article_url: text(claim.article.url),
    published_at: iso(claim.article.publishedAt),
    quote: claim.quote,
    kind: claim.kind,
    subject: text(claim.subject),
    speaker: text(claim.speaker?.name),
    value: number(claim.value),
    value_max: number(claim.valueMax),
    qualifier: text(claim.qualifier),
    unit: text(claim.unit),
    occurred_at: iso(claim.occurredAt),
    place: text(claim.place),
    note: text(claim.note),
    status: claim.status,
    verdict: isFinalStatus(claim.status) ? claim.status : "",
    verdict_rationale: text(claim.verdictRationale),
    sources: claim.sources.map((source) => source.url).join(" | "),
    contradicts: linkedIds(links, "CONTRADICTS"),
    supports: linkedIds(links, "SUPPORTS", "outgoing"),
    supported_by: linkedIds(links, "SUPPORTS", "incoming"),
    duplicate: linkedIds(links, "DUPLICATE"),
    updates: linkedIds(links, "UPDATES", "outgoing"),
    superseded_by: linkedIds(links, "UPDATES", "incoming"),
    reviewed_at: iso(claim.reviewedAt),
  };
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/**
 * The JSON export's claim: nested article, sources and links. `links[].direction` is as stored;
 * for the symmetric kinds (CONTRADICTS, DUPLICATE) it carries no meaning.
 */
export function claimExportJson(claim: ExportClaim) {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    kind: claim.kind,
    subject: claim.subject,
    speaker: claim.speaker ? { id: claim.speaker.id, name: claim.speaker.name, kind: claim.speaker.kind } : null,
    value: claim.value,
    valueMax: claim.valueMax,
    qualifier: claim.qualifier,
    unit: claim.unit,
    occurredAt: claim.occurredAt?.toISOString() ?? null,
    place: claim.place,
    note: claim.note,
    status: claim.status,
    verdict: isFinalStatus(claim.status) ? claim.status : null,
    verdictRationale: claim.verdictRationale,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    article: {
      id: claim.article.id,
      title: claim.article.title,
      url: claim.article.url,
      publishedAt: claim.article.publishedAt?.toISOString() ?? null,
      outlet: { name: claim.article.outlet.name, kind: claim.article.outlet.kind },
    },
    sources: claim.sources.map((source) => ({
      id: source.id,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      kind: source.kind,
      accessedAt: source.accessedAt?.toISOString() ?? null,
      archiveUrl: source.archiveUrl,
      note: source.note,
    })),
    links: claimLinks(claim),
  };
}

export type ClaimExportJson = ReturnType<typeof claimExportJson>;

// ---------------------------------------------------------------------------------------------
// ClaimReview (schema.org JSON-LD)
// ---------------------------------------------------------------------------------------------

/**
 * The verdicts that become a ClaimReview, with their rating on a 1 (worst) to 5 (best) scale.
 * See docs/decisions/006-claimreview-rating-scale.md. In short:
 * - VERIFIED → 5, MISLEADING → 2, FALSE → 1. 3 and 4 stay free for a future "mixed"/"mostly
 *   true" verdict, so adding one never renumbers published reviews.
 * - UNVERIFIABLE is not a point on a true–false scale: its Rating has `alternateName` only, and
 *   ratingValue, bestRating and worstRating are all left out (a scale without a value says
 *   nothing, and 3 would read as "half true"). schema.org and Google require only alternateName.
 */
export const CLAIMREVIEW_RATINGS = {
  VERIFIED: { alternateName: "Verified", ratingValue: 5 },
  MISLEADING: { alternateName: "Misleading", ratingValue: 2 },
  FALSE: { alternateName: "False", ratingValue: 1 },
  UNVERIFIABLE: { alternateName: "Unverifiable", ratingValue: null },
} as const satisfies Partial<Record<ClaimStatus, { alternateName: string; ratingValue: number | null }>>;

export type ClaimReviewStatus = keyof typeof CLAIMREVIEW_RATINGS;
export const CLAIMREVIEW_STATUSES = Object.keys(CLAIMREVIEW_RATINGS) as ClaimReviewStatus[];
export const CLAIMREVIEW_BEST_RATING = 5;
export const CLAIMREVIEW_WORST_RATING = 1;

export function isClaimReviewStatus(status: ClaimStatus): status is ClaimReviewStatus {
  return Object.hasOwn(CLAIMREVIEW_RATINGS, status);
}

type Rating = { "@type": "Rating"; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number; ratingExplanation?: string };

export function claimReviewRating(status: ClaimReviewStatus, rationale?: string | null): Rating {
  const { alternateName, ratingValue } = CLAIMREVIEW_RATINGS[status];
  // schema.org's Rating.ratingExplanation: the reviewer's written rationale, as readers see it.
  const explanation = rationale ? { ratingExplanation: rationale } : {};
  if (ratingValue === null) return { "@type": "Rating", alternateName, ...explanation };
  return { "@type": "Rating", alternateName, ratingValue, bestRating: CLAIMREVIEW_BEST_RATING, worstRating: CLAIMREVIEW_WORST_RATING, ...explanation };
}

/** The public page of a published fact-check; ClaimReview `url`s point here. */
export function factCheckPath(claimId: string): string {
  return `/fact-checks/${claimId}`;
}

/** Said on every ClaimReview of a verdict without a public page, so nobody publishes it by mistake. */
export const INTERNAL_REVIEW_NOTE = "Internal: this verdict has not been published. Its url is the claim's page inside Claimdesk, which needs a login.";

/** schema.org Date (YYYY-MM-DD, UTC). */
const isoDate = (value: Date): string => value.toISOString().slice(0, 10);

export type ClaimReview = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  /** schema.org CreativeWork.creativeWorkStatus: "Published", or "Internal" for an unpublished verdict. */
  creativeWorkStatus: "Published" | "Internal";
  disambiguatingDescription?: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string; url?: string };
  reviewRating: Rating;
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance: CreativeWork[];
    firstAppearance: CreativeWork;
  };
};

type CreativeWork = {
  "@type": "CreativeWork";
  url?: string;
  headline: string;
  datePublished?: string;
  publisher: { "@type": "Organization"; name: string };
};

/** What a ClaimReview is built from; the export row and the public page both carry it. */
export type ClaimReviewSource = Pick<ExportClaim, "id" | "status" | "quote" | "verdictRationale" | "reviewedAt" | "updatedAt" | "publishedAt"> & {
  speaker: { name: string; kind: string } | null;
  article: { url: string | null; title: string; publishedAt: Date | null; outlet: { name: string } };
};

/**
 * One ClaimReview per claim with a verdict; null for any other status (drafts, claims in review
 * or disputed have not been rated). The review's date is the verdict's (reviewedAt), falling back
 * to the last change for claims finalised before reviewedAt was recorded. A published verdict's
 * `url` is its public page; an unpublished one points inside the app and says it is internal.
 */
export function claimReview(claim: ClaimReviewSource, config: ExportConfig): ClaimReview | null {
  if (!isClaimReviewStatus(claim.status)) return null;
  const { article } = claim;
  const appearance: CreativeWork = {
    "@type": "CreativeWork",
    ...(article.url ? { url: article.url } : {}),
    headline: article.title,
    ...(article.publishedAt ? { datePublished: isoDate(article.publishedAt) } : {}),
    publisher: { "@type": "Organization", name: article.outlet.name },
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(claim.publishedAt
      ? { url: `${config.publicBaseUrl}${factCheckPath(claim.id)}`, creativeWorkStatus: "Published" as const }
      : { url: `${config.publicBaseUrl}/claims/${claim.id}`, creativeWorkStatus: "Internal" as const, disambiguatingDescription: INTERNAL_REVIEW_NOTE }),
    claimReviewed: claim.quote,
    datePublished: isoDate(claim.reviewedAt ?? claim.updatedAt),
    author: { "@type": "Organization", name: config.organisation.name, ...(config.organisation.url ? { url: config.organisation.url } : {}) },
    reviewRating: claimReviewRating(claim.status, claim.verdictRationale),
    itemReviewed: {
      "@type": "Claim",
      ...(claim.speaker
        ? { author: { "@type": claim.speaker.kind === "PERSON" ? ("Person" as const) : ("Organization" as const), name: claim.speaker.name } }
        : {}),
      ...(article.publishedAt ? { datePublished: isoDate(article.publishedAt) } : {}),
      appearance: [appearance],
      firstAppearance: appearance,
    },
  };
}
