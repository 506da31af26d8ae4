import { stringify, type Options as CsvOptions } from "csv-stringify/sync";
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
  csvRow,
  CSV_COLUMNS,
  type ExportClaim,
  type ExportConfig,
} from "@/lib/export/rows";
import { exportClaimSelect } from "@/lib/export/select";
import type { ExportFormat, ExportQuery } from "@/lib/validation/export";
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

/**
 * RFC 4180: CRLF between records, fields with quotes, commas or line breaks quoted, quotes
 * doubled. `quote_record_delimiter` must be set explicitly: once `record_delimiter` is given,
 * csv-stringify otherwise quotes only fields containing CRLF itself and leaves a bare "\n" in a
 * quote unquoted, which splits the record when read back.
 */
const CSV_OPTIONS: CsvOptions = {
  columns: [...CSV_COLUMNS],
  record_delimiter: "windows",
  quote_record_delimiter: true,
};

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

/** The ids of one export batch in (createdAt, id) order, after `cursor`: the query whose plan the scale tests check. */
export function exportBatchKeysSql(where: Prisma.Sql, cursor: Cursor | null, size = EXPORT_BATCH_SIZE): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id" FROM "Claim" c
    WHERE ${where} AND ${afterKeySql(Prisma.sql`c."createdAt"`, Prisma.sql`c."id"`, "asc", cursor)}
    ORDER BY c."createdAt", c."id"
    LIMIT ${size}`;
}

/** One batch of the export in (createdAt, id) order, after `cursor`. */
export async function readExportBatch(where: Prisma.Sql, cursor: Cursor | null, size = EXPORT_BATCH_SIZE): Promise<ExportClaim[]> {
  const keys = await db.$queryRaw<{ id: string }[]>(exportBatchKeysSql(where, cursor, size));
  if (keys.length === 0) return [];
  const rows = await db.claim.findMany({ where: { id: { in: keys.map((key) => key.id) } }, select: exportClaimSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A claim deleted between the two queries is simply left out.
  return keys.flatMap((key) => byId.get(key.id) ?? []);
}

type Writer = {
  head: string;
  /** Text for one batch; `first` says whether anything has been written before it. */
  batch: (claims: ExportClaim[], first: boolean) => string;
  tail: string;
};

function jsonArrayWriter(head: string, tail: string, item: (claim: ExportClaim) => unknown): Writer {
  return {
    head,
    batch: (claims, first) => {
      const items = claims.flatMap((claim) => {
        const value = item(claim);
        return value === null ? [] : [JSON.stringify(value)];
      });
      if (items.length === 0) return "";
      return (first ? "" : ",") + items.join(",");
    },
    tail,
  };
}

function writerFor(format: ExportFormat, config: ExportConfig): Writer {
  switch (format) {
    case "csv":
      return {
        // The BOM lets Excel recognise UTF-8 (curly quotes, dashes, accented names would
        // otherwise be read as Windows-1252); CSV readers that expect UTF-8 skip it.
        head: stringify([], { ...CSV_OPTIONS, header: true, bom: true }),
        batch: (claims) => (claims.length === 0 ? "" : stringify(claims.map(csvRow), { ...CSV_OPTIONS, header: false })),
        tail: "",
      };
    case "json":
      return jsonArrayWriter('{"claims":[', "]}\n", claimExportJson);
    case "claimreview":
      return jsonArrayWriter("[", "]\n", (claim) => claimReview(claim, config));
  }
}

/**
 * The export as a byte stream, given its first batch (already read). A further batch is fetched
 * only when the consumer asks for more (pull with a high-water mark of 0), so a slow client slows
 * the queries instead of filling memory; a client that goes away cancels the stream, and nothing
 * more is read or written.
 */
export function exportStream(query: ExportQuery, config: ExportConfig, firstBatch: ExportClaim[], signal?: AbortSignal): ReadableStream<Uint8Array> {
  const writer = writerFor(query.format, config);
  const where = exportWhereSql(query);
  const encoder = new TextEncoder();
  let pending: ExportClaim[] | null = firstBatch;
  let headWritten = false;
  let wroteItem = false;
  let cursor: Cursor | null = null;
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
          controller.enqueue(encoder.encode(writer.head));
          return;
        }
        try {
          // Every pull must enqueue or close, or a waiting reader is never woken again; a batch
          // that writes nothing (it cannot, with today's filters, but cheaply guarded) reads on.
          for (;;) {
            const claims: ExportClaim[] = pending ?? (await readExportBatch(where, cursor));
            pending = null;
            // The client went away while the batch was read: the stream is closed already.
            if (stopped) return;
            const last = claims.at(-1);
            if (last) cursor = { createdAt: last.createdAt, id: last.id };
            const text = writer.batch(claims, !wroteItem);
            if (text) wroteItem = true;
            const finished = claims.length < EXPORT_BATCH_SIZE;
            const out = finished ? text + writer.tail : text;
            if (out) controller.enqueue(encoder.encode(out));
            if (finished) {
              stop();
              controller.close();
            }
            if (out || finished) return;
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
export function exportDownload(query: ExportQuery, firstBatch: ExportClaim[], options: DownloadOptions = {}): Response {
  const { config = exportConfig(), now = new Date(), signal } = options;
  return new Response(exportStream(query, config, firstBatch, signal), {
    headers: {
      "content-type": CONTENT_TYPES[query.format],
      "content-disposition": `attachment; filename="${exportFileName(query.format, now)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * The download response; used by the API route and by any page that offers the export. The first
 * batch is read here, before the headers: if the query fails, the caller answers an error instead
 * of a 200 that stops mid-file. Pass the request's signal, so that a client that goes away stops it.
 */
export async function exportResponse(query: ExportQuery, options: DownloadOptions = {}): Promise<Response> {
  return exportDownload(query, await readExportBatch(exportWhereSql(query), null), options);
}
