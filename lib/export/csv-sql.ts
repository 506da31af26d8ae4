import "server-only";
import { arrayRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { Cursor } from "@/lib/pagination/cursor";
import { CSV_COLUMNS, type CsvColumn } from "@/lib/export/rows";
import { exportBatchClaimsSql, type ExportBatch } from "@/lib/export/stream";
import { isFinalStatus } from "@/lib/permissions";

// The CSV export's records, written by PostgreSQL (decision 026). At a million claims, building
// each row as objects in JavaScript (the query's JSON columns parsed, an ExportClaim, a CsvRow,
// then the record) cost more time than the query and churned the server's heap up by 270 MB
// during one download. Here a batch arrives as a few strings, its records already joined, with
// the key of its last claim for the next batch's cursor.
//
// A few strings, not one: a string or buffer over 128 KB is born in V8's old generation, which
// only a full collection frees, and V8 lets that grow to four times the live heap before it
// collects. One 400 KB string per batch (and its encoded copy) raised the server's RSS by 180 MB
// during an export; pieces of CSV_PIECE_ROWS records (about 20 KB) die young and cheaply.
//
// csvRow() and csvRecord() in ./rows stay the definition of a record: they write the JSON-shaped
// exports' rows and the tests, and an integration test checks that this SQL writes byte for byte
// what they write, for awkward rows (quotes, commas, CR and LF, no speaker, links both ways).
//
/** Records per string a batch arrives in (see above). */
export const CSV_PIECE_ROWS = 50;


/** RFC 4180 quoting, as csvField(): quoted when it holds a quote, comma, CR or LF; quotes doubled. */
const field = (text: Prisma.Sql): Prisma.Sql => Prisma.sql`CASE WHEN ${text} ~ '[",\\r\\n]' THEN '"' || replace(${text}, '"', '""') || '"' ELSE ${text} END`;
/** ISO 8601 in UTC with milliseconds, as Date.toISOString(); timestamp(3) columns hold UTC. */
const iso = (column: Prisma.Sql): Prisma.Sql => Prisma.sql`coalesce(to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '')`;
const text = (column: Prisma.Sql): Prisma.Sql => field(Prisma.sql`coalesce(${column}, '')`);
/**
 * A figure as String() writes it in csvRow(). Inside [1e-4, 1e15) PostgreSQL's own text is the
 * same (the shortest digits that read back as the same double, in plain notation); outside it the
 * layouts differ, and claimdesk_js_number (migration 20261201200000) rewrites it.
 */
export const csvFigureSql = (column: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`CASE WHEN ${column} IS NULL THEN '' WHEN ${column} = 0 THEN '0' WHEN abs(${column}) >= 1e-4 AND abs(${column}) < 1e15 THEN ${column}::text ELSE claimdesk_js_number(${column}) END`;

const FINAL_STATUSES = Object.values(ClaimStatus).filter(isFinalStatus);

/**
 * Each text column's cell as SQL over the fenced row `r` (below). Typed as a record of every text
 * column, so a column added to CSV_COLUMNS does not compile until it is written here too.
 */
const CELLS: Record<CsvColumn, Prisma.Sql> = {
  claim_id: Prisma.sql`r."id"::text`,
  article_title: text(Prisma.sql`r."articleTitle"`),
  outlet: text(Prisma.sql`r."outletName"`),
  article_url: text(Prisma.sql`r."articleUrl"`),
  published_at: iso(Prisma.sql`r."articlePublishedAt"`),
  quote: text(Prisma.sql`r."quote"`),
  kind: Prisma.sql`r."kind"::text`,
  subject: text(Prisma.sql`r."subject"`),
  speaker: text(Prisma.sql`r."speakerName"`),
  value: csvFigureSql(Prisma.sql`r."value"`),
  value_max: csvFigureSql(Prisma.sql`r."valueMax"`),
  qualifier: Prisma.sql`coalesce(r."qualifier"::text, '')`,
  unit: text(Prisma.sql`r."unit"`),
  occurred_at: iso(Prisma.sql`r."occurredAt"`),
  place: text(Prisma.sql`r."place"`),
  note: text(Prisma.sql`r."note"`),
  status: Prisma.sql`r."status"::text`,
  verdict: Prisma.sql`CASE WHEN r."status" = ANY(${FINAL_STATUSES}::"ClaimStatus"[]) THEN r."status"::text ELSE '' END`,
  verdict_rationale: text(Prisma.sql`r."verdictRationale"`),
  sources: text(Prisma.sql`r."sources"`),
  contradicts: Prisma.sql`coalesce(r."contradicts", '')`,
  supports: Prisma.sql`coalesce(r."supports", '')`,
  supported_by: Prisma.sql`coalesce(r."supportedBy", '')`,
  duplicate: Prisma.sql`coalesce(r."duplicate", '')`,
  updates: Prisma.sql`coalesce(r."updates", '')`,
  superseded_by: Prisma.sql`coalesce(r."supersededBy", '')`,
  reviewed_at: iso(Prisma.sql`r."reviewedAt"`),
};

/** The whole record with its CRLF, the cells in CSV_COLUMNS order. */
const RECORD = Prisma.sql`${Prisma.join(
  CSV_COLUMNS.map((column) => CELLS[column]),
  ` || ',' || `,
)} || ${Prisma.raw(`E'\\r\\n'`)}`;

/**
 * One CSV batch in (createdAt, id) order after `cursor`: the batch's claims (one range of the
 * export index, as for every format), their article, outlet and speaker by primary key, sources aggregated
 * per claim, links from the claim's link summary, then each record's text, joined in pieces of CSV_PIECE_ROWS. `OFFSET 0` keeps the inner query a separate
 * step: flattened, each aggregate would be evaluated once per use in the CASE of its cell.
 */
export function csvBatchSql(where: Prisma.Sql, cursor: Cursor | null, size: number, pieceRows = CSV_PIECE_ROWS): Prisma.Sql {
  return Prisma.sql`
    SELECT string_agg(p."record", '' ORDER BY p."createdAt", p."id") AS "text", count(*)::int AS "count",
           to_char(max(p."createdAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastCreatedAt", (array_agg(p."id"::text ORDER BY p."createdAt" DESC, p."id" DESC))[1] AS "lastId"
    FROM (
    SELECT r."createdAt", r."id", ${RECORD} AS "record", (row_number() OVER (ORDER BY r."createdAt", r."id") - 1) / ${pieceRows} AS "piece"
    FROM (
      SELECT c."id", c."createdAt", c."quote", c."kind", c."subject", c."value", c."valueMax", c."qualifier", c."unit", c."occurredAt", c."place",
             c."note", c."status", c."verdictRationale", c."reviewedAt",
             a."title" AS "articleTitle", a."url" AS "articleUrl", a."publishedAt" AS "articlePublishedAt", o."name" AS "outletName", sp."name" AS "speakerName",
             (SELECT string_agg(s."url", ' | ' ORDER BY s."createdAt", s."id") FROM "Source" s WHERE s."claimId" = c."id") AS "sources",
             array_to_string(lk."contradicts", ' ') AS "contradicts", array_to_string(lk."supports", ' ') AS "supports",
             array_to_string(lk."supportedBy", ' ') AS "supportedBy", array_to_string(lk."duplicate", ' ') AS "duplicate",
             array_to_string(lk."updates", ' ') AS "updates", array_to_string(lk."supersededBy", ' ') AS "supersededBy"
      FROM (${exportBatchClaimsSql(where, cursor, size)}) c
      CROSS JOIN LATERAL (SELECT a."title", a."url", a."publishedAt", a."outletId" FROM "Article" a WHERE a."id" = c."articleId" LIMIT 1) a
      CROSS JOIN LATERAL (SELECT o."name" FROM "Outlet" o WHERE o."id" = a."outletId" LIMIT 1) o
      LEFT JOIN LATERAL (SELECT sp."name" FROM "Actor" sp WHERE sp."id" = c."speakerId" LIMIT 1) sp ON true
      -- The other claim of each link, by kind and direction, from the claim's link summary (kept
      -- by triggers on ClaimLink; decision 028): each list is sorted in uuid order, which is the
      -- byte order of their text, as linkedIds() sorts them.
      LEFT JOIN LATERAL (SELECT ls."contradicts", ls."supports", ls."supportedBy", ls."duplicate", ls."updates", ls."supersededBy"
                         FROM "ClaimLinkSummary" ls WHERE ls."claimId" = c."id" LIMIT 1) lk ON true
      OFFSET 0
    ) r
    ) p
    GROUP BY p."piece"
    ORDER BY p."piece"`;
}

/** One piece: its records' text, how many, and the last one's key (createdAt as ISO 8601 UTC text). */
type CsvPieceRow = [text: string, count: number, lastCreatedAt: string, lastId: string];

/** One CSV batch (see csvBatchSql): its records in pieces; an empty batch has none and no last key. */
export async function readCsvBatch(where: Prisma.Sql, cursor: Cursor | null, size: number, pieceRows = CSV_PIECE_ROWS): Promise<ExportBatch<string[]>> {
  const pieces = await arrayRows<CsvPieceRow>(csvBatchSql(where, cursor, size, pieceRows));
  const last = pieces.at(-1);
  return {
    items: pieces.map(([text]) => text),
    count: pieces.reduce((sum, [, count]) => sum + count, 0),
    last: last ? { createdAt: new Date(last[2]), id: last[3] } : null,
  };
}
