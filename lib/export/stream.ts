import { claimFilterSql } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "@/lib/pagination/cursor";
import { afterKeySql } from "@/lib/pagination/keyset";
import {
  claimExportJson,
  claimReview,
  CLAIMREVIEW_STATUSES,
  CSV_HEADER,
  type ExportClaim,
  type ExportConfig,
} from "@/lib/export/rows";
import type { ExportFormat, ExportQuery } from "@/lib/validation/export";
import { CSV_PIECE_ROWS, readCsvBatch } from "@/lib/export/csv-sql";
import { logger } from "@/lib/log/logger";

// Exports are streamed: claims are read in keyset batches and each batch is written out before
// the next is fetched, so memory stays flat however many claims match. The batches are separate
// queries, not one long transaction (which would hold a pooled connection for the whole
// download): a claim created during an export after the cursor's position is included.
//
// Each batch is `(createdAt, id) > (last row)` as a row value, one range of the (filter,
// createdAt, id) index, so batch n costs what batch 1 costs and the whole export is linear. The
// first batch is read before the response exists: a query that fails answers an error status,
// not a 200 that stops mid-file.

export const EXPORT_BATCH_SIZE = 1000;

export function exportConfig(): ExportConfig {
  const env = serverEnv();
  const base = env.NEXTAUTH_URL ?? "http://localhost:3000";
  return {
    publicBaseUrl: base.replace(/\/+$/, ""),
    organisation: { name: env.CLAIMREVIEW_ORG_NAME, ...(env.CLAIMREVIEW_ORG_URL ? { url: env.CLAIMREVIEW_ORG_URL } : {}) },
  };
}

/** The export's filters as SQL over `"Claim" c`; the shared ones mean exactly what they mean in the claims list. */
export function exportWhereSql(query: ExportQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [claimFilterSql(query)];
  // Articles without a publication date never match a date range.
  if (query.from || query.to) {
    conditions.push(Prisma.sql`c."articleId" IN (SELECT a."id" FROM "Article" a WHERE a."publishedAt" IS NOT NULL${
      query.from ? Prisma.sql` AND a."publishedAt" >= ${query.from}::timestamp` : Prisma.empty
    }${query.to ? Prisma.sql` AND a."publishedAt" <= ${query.to}::timestamp` : Prisma.empty})`);
  }
  // ClaimReview is for rated claims only. ANDed with the status filter, so asking for a
  // non-verdict status yields an empty array rather than an error.
  if (query.format === "claimreview") conditions.push(Prisma.sql`c."status" IN (${Prisma.join(CLAIMREVIEW_STATUSES.map((status) => Prisma.sql`${status}::"ClaimStatus"`))})`);
  return Prisma.join(conditions, " AND ");
}

/**
 * The claims of one export batch in (createdAt, id) order, after `cursor`: one range of the
 * (filter, createdAt, id) index, read with the claim's own columns (no second pass by id). The
 * query whose plan the scale tests check.
 */
export function exportBatchClaimsSql(where: Prisma.Sql, cursor: Cursor | null, size = EXPORT_BATCH_SIZE): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."articleId", c."speakerId", c."start", c."end", c."quote", c."kind", c."subject", c."value", c."valueMax", c."qualifier", c."unit",
           c."occurredAt", c."place", c."note", c."status", c."verdictRationale", c."reviewedAt", c."publishedAt", c."createdAt", c."updatedAt"
    FROM "Claim" c
    WHERE ${where} AND ${afterKeySql(Prisma.sql`c."createdAt"`, Prisma.sql`c."id"`, "asc", cursor)}
    ORDER BY c."createdAt", c."id"
    LIMIT ${size}`;
}

type SourceJson = { id: string; url: string; title: string | null; publisher: string | null; kind: ExportClaim["sources"][number]["kind"]; accessedAt: string | null; archiveUrl: string | null; note: string | null };
type ExportRow = Omit<ExportClaim, "speaker" | "article" | "sources" | "linksFrom" | "linksTo"> & {
  speakerId: string | null;
  speakerName: string | null;
  speakerKind: NonNullable<ExportClaim["speaker"]>["kind"] | null;
  articleTitle: string;
  articleUrl: string | null;
  articlePublishedAt: Date | null;
  outletId: string;
  outletName: string;
  outletKind: ExportClaim["article"]["outlet"]["kind"];
  sources: SourceJson[] | null;
  linksFrom: ExportClaim["linksFrom"] | null;
  linksTo: ExportClaim["linksTo"] | null;
};

/**
 * One batch as ONE statement: the batch's claims (exportBatchClaimsSql); their article, outlet and
 * speaker by join; their sources and links aggregated per claim in the database. Loading the rows
 * through the ORM's nested select cost seven queries with a thousand bound ids each and object
 * stitching in JavaScript per batch, and capped the export at about 4,400 rows/s.
 */
export function exportBatchSql(where: Prisma.Sql, cursor: Cursor | null, size = EXPORT_BATCH_SIZE): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."articleId", c."start", c."end", c."quote", c."kind", c."subject", c."value", c."valueMax", c."qualifier", c."unit",
           c."occurredAt", c."place", c."note", c."status", c."verdictRationale", c."reviewedAt", c."publishedAt", c."createdAt", c."updatedAt",
           sp."id" AS "speakerId", sp."name" AS "speakerName", sp."kind" AS "speakerKind",
           a."title" AS "articleTitle", a."url" AS "articleUrl", a."publishedAt" AS "articlePublishedAt",
           o."id" AS "outletId", o."name" AS "outletName", o."kind" AS "outletKind",
           (SELECT json_agg(json_build_object('id', s."id", 'url', s."url", 'title', s."title", 'publisher', s."publisher", 'kind', s."kind",
                                              'accessedAt', s."accessedAt", 'archiveUrl', s."archiveUrl", 'note', s."note") ORDER BY s."createdAt", s."id")
              FROM "Source" s WHERE s."claimId" = c."id") AS "sources",
           (SELECT json_agg(json_build_object('id', l."id", 'kind', l."kind", 'toClaimId', l."toClaimId", 'note', l."note") ORDER BY l."createdAt", l."id")
              FROM "ClaimLink" l WHERE l."fromClaimId" = c."id") AS "linksFrom",
           (SELECT json_agg(json_build_object('id', l."id", 'kind', l."kind", 'fromClaimId', l."fromClaimId", 'note', l."note") ORDER BY l."createdAt", l."id")
              FROM "ClaimLink" l WHERE l."toClaimId" = c."id") AS "linksTo"
    FROM (${exportBatchClaimsSql(where, cursor, size)}) c
    -- One primary-key lookup per claim (LIMIT 1 keeps each a nested loop): joined as plain tables,
    -- the planner hashed every article and speaker for each batch of a thousand claims, a scan of
    -- both tables per batch (about 45 ms a batch at a million claims).
    CROSS JOIN LATERAL (SELECT a."title", a."url", a."publishedAt", a."outletId" FROM "Article" a WHERE a."id" = c."articleId" LIMIT 1) a
    CROSS JOIN LATERAL (SELECT o."id", o."name", o."kind" FROM "Outlet" o WHERE o."id" = a."outletId" LIMIT 1) o
    LEFT JOIN LATERAL (SELECT sp."id", sp."name", sp."kind" FROM "Actor" sp WHERE sp."id" = c."speakerId" LIMIT 1) sp ON true
    ORDER BY c."createdAt", c."id"`;
}

/** json_build_object writes timestamps without a zone; they are UTC, as every timestamp column is. */
const utc = (value: string | null): Date | null => (value === null ? null : new Date(value.endsWith("Z") ? value : `${value}Z`));

function exportClaimOf(row: ExportRow): ExportClaim {
  const { speakerId, speakerName, speakerKind, articleTitle, articleUrl, articlePublishedAt, outletId, outletName, outletKind, sources, linksFrom, linksTo, ...claim } = row;
  return {
    ...claim,
    speaker: speakerId === null ? null : { id: speakerId, name: speakerName!, kind: speakerKind! },
    article: { id: claim.articleId, title: articleTitle, url: articleUrl, publishedAt: articlePublishedAt, outlet: { id: outletId, name: outletName, kind: outletKind } },
    sources: (sources ?? []).map((source) => ({ ...source, accessedAt: utc(source.accessedAt) })),
    linksFrom: linksFrom ?? [],
    linksTo: linksTo ?? [],
  };
}

/** One batch of the export in (createdAt, id) order, after `cursor`. */
export async function readExportBatch(where: Prisma.Sql, cursor: Cursor | null, size = EXPORT_BATCH_SIZE): Promise<ExportClaim[]> {
  const rows = await db.$queryRaw<ExportRow[]>(exportBatchSql(where, cursor, size));
  return rows.map(exportClaimOf);
}

/** One batch of an export: what it writes, how many claims, and the key of the last (the next cursor). */
export type ExportBatch<Items> = { items: Items; count: number; last: Cursor | null };

/**
 * How one format's export is read and written, batch by batch. `Items` is what a batch query
 * returns: the records' text for CSV (./csv-sql), whole ExportClaims for the JSON formats.
 */
export type ExportPlan<Items> = {
  /** Claims per batch: a batch with fewer is the last. */
  size: number;
  read: (cursor: Cursor | null) => Promise<ExportBatch<Items>>;
  head: string;
  /** Text for one batch, in pieces sent as they are; `first` says whether any item has been written before it. */
  write: (items: Items, first: boolean) => string[];
  tail: string;
};

/** The CSV export: batches of records written by PostgreSQL (decision 026). */
export function csvPlan(where: Prisma.Sql, size = EXPORT_BATCH_SIZE, pieceRows = CSV_PIECE_ROWS): ExportPlan<string[]> {
  return {
    size,
    read: (cursor) => readCsvBatch(where, cursor, size, pieceRows),
    // The BOM lets Excel recognise UTF-8 (curly quotes, dashes, accented names would otherwise be
    // read as Windows-1252); CSV readers that expect UTF-8 skip it.
    head: `\uFEFF${CSV_HEADER}`,
    write: (pieces) => pieces,
    tail: "",
  };
}

function jsonArrayPlan(where: Prisma.Sql, head: string, tail: string, item: (claim: ExportClaim) => unknown, size = EXPORT_BATCH_SIZE): ExportPlan<ExportClaim[]> {
  return {
    size,
    read: async (cursor) => {
      const claims = await readExportBatch(where, cursor, size);
      const last = claims.at(-1);
      return { items: claims, count: claims.length, last: last ? { createdAt: last.createdAt, id: last.id } : null };
    },
    head,
    write: (claims, first) => {
      const items = claims.flatMap((claim) => {
        const value = item(claim);
        return value === null ? [] : [JSON.stringify(value)];
      });
      if (items.length === 0) return [];
      return [(first ? "" : ",") + items.join(",")];
    },
    tail,
  };
}

export function jsonPlan(where: Prisma.Sql, size = EXPORT_BATCH_SIZE): ExportPlan<ExportClaim[]> {
  return jsonArrayPlan(where, '{"claims":[', "]}\n", claimExportJson, size);
}

export function claimReviewPlan(where: Prisma.Sql, config: ExportConfig, size = EXPORT_BATCH_SIZE): ExportPlan<ExportClaim[]> {
  return jsonArrayPlan(where, "[", "]\n", (claim) => claimReview(claim, config), size);
}

/**
 * The export as a byte stream, given its first batch (already read). The next batch is read
 * while the current one is written out (one batch ahead, so the database and the server work at
 * the same time and memory holds two batches at most), and no further until the consumer asks for
 * more (pull with a high-water mark of 0): a slow client slows the queries instead of filling
 * memory. A client that goes away cancels the stream, and nothing more is read or written.
 */
export function exportStream<Items>(plan: ExportPlan<Items>, firstBatch: ExportBatch<Items>, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let current: Promise<ExportBatch<Items>> | null = Promise.resolve(firstBatch);
  let headWritten = false;
  let wroteItem = false;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  signal?.addEventListener("abort", stop, { once: true });

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (stopped) return;
        if (!headWritten) {
          headWritten = true;
          controller.enqueue(encoder.encode(plan.head));
          return;
        }
        try {
          // Every pull must enqueue or close, or a waiting reader is never woken again; a batch
          // that writes nothing (it cannot, with today's filters, but cheaply guarded) reads on.
          while (current) {
            const batch = await current;
            // The client went away while the batch was read: the stream is closed already.
            if (stopped) return;
            const finished = batch.count < plan.size || batch.last === null;
            // Read ahead. A failure of the batch read ahead surfaces at its await, on the next
            // pull; it is caught (and so never unhandled) until then.
            current = finished ? null : plan.read(batch.last);
            current?.catch(() => undefined);
            const pieces = plan.write(batch.items, !wroteItem).filter(Boolean);
            if (pieces.length) wroteItem = true;
            if (finished && plan.tail) pieces.push(plan.tail);
            for (const piece of pieces) controller.enqueue(encoder.encode(piece));
            if (finished) {
              stop();
              controller.close();
            }
            if (pieces.length || finished) return;
          }
        } catch (error) {
          if (stopped) return;
          stop();
          // The status line has gone out already; the client sees a truncated download.
          logger().error({ err: error }, "export failed mid-stream");
          controller.error(error);
        }
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 0 },
  );
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json",
  claimreview: "application/ld+json",
};

/** e.g. claimdesk-claims-2026-11-21.csv; ClaimReview is JSON too, named apart from the plain JSON. */
export function exportFileName(format: ExportFormat, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return format === "claimreview" ? `claimdesk-claimreview-${day}.json` : `claimdesk-claims-${day}.${format}`;
}

type DownloadOptions = { config?: ExportConfig; now?: Date; signal?: AbortSignal };

/** The download response around a first batch already read (the remaining batches are read as the client reads). */
export function exportDownload<Items>(format: ExportFormat, plan: ExportPlan<Items>, firstBatch: ExportBatch<Items>, options: Omit<DownloadOptions, "config"> = {}): Response {
  const { now = new Date(), signal } = options;
  return new Response(exportStream(plan, firstBatch, signal), {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${exportFileName(format, now)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

async function startDownload<Items>(format: ExportFormat, plan: ExportPlan<Items>, options: DownloadOptions): Promise<Response> {
  return exportDownload(format, plan, await plan.read(null), options);
}

/**
 * The download response; used by the API route and by any page that offers the export. The first
 * batch is read here, before the headers: if the query fails, the caller answers an error instead
 * of a 200 that stops mid-file. Pass the request's signal, so that a client that goes away stops it.
 */
export async function exportResponse(query: ExportQuery, options: DownloadOptions = {}): Promise<Response> {
  const where = exportWhereSql(query);
  switch (query.format) {
    case "csv":
      return startDownload(query.format, csvPlan(where), options);
    case "json":
      return startDownload(query.format, jsonPlan(where), options);
    case "claimreview":
      return startDownload(query.format, claimReviewPlan(where, options.config ?? exportConfig()), options);
  }
}
