import { stringify, type Options as CsvOptions } from "csv-stringify/sync";
import { claimFilters } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  claimExportJson,
  claimReview,
  CLAIMREVIEW_STATUSES,
  csvRow,
  CSV_COLUMNS,
  exportClaimSelect,
  type ExportClaim,
  type ExportConfig,
} from "@/lib/export/rows";
import type { ExportFormat, ExportQuery } from "@/lib/validation/export";
import { logger } from "@/lib/log/logger";

// Exports are streamed: claims are read in keyset batches and each batch is written out before
// the next is fetched, so memory stays flat however many claims match. The batches are separate
// queries, not one long transaction (which would hold a pooled connection for the whole
// download): a claim created during an export after the cursor's position is included.

const BATCH_SIZE = 500;

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

/** The export's filters as a Prisma `where`; the shared ones mean exactly what they mean in the claims list. */
export function exportWhere(query: ExportQuery): Prisma.ClaimWhereInput {
  const conditions: Prisma.ClaimWhereInput[] = [
    claimFilters(query),
  ];
  // Articles without a publication date never match a date range.
  if (query.from || query.to) {
    conditions.push({ article: { publishedAt: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } });
  }
  // ClaimReview is for rated claims only. ANDed with the status filter, so asking for a
  // non-verdict status yields an empty array rather than an error.
  if (query.format === "claimreview") conditions.push({ status: { in: CLAIMREVIEW_STATUSES } });
  return { AND: conditions };
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
 * The export as a byte stream. A batch is fetched only when the consumer asks for more (pull with
 * a high-water mark of 0), so a slow client slows the queries instead of filling memory.
 */
export function exportStream(query: ExportQuery, config: ExportConfig): ReadableStream<Uint8Array> {
  const writer = writerFor(query.format, config);
  const where = exportWhere(query);
  const encoder = new TextEncoder();
  let headWritten = false;
  let wroteItem = false;
  let cursor: { createdAt: Date; id: string } | null = null;

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headWritten) {
          headWritten = true;
          controller.enqueue(encoder.encode(writer.head));
          return;
        }
        try {
          // Every pull must enqueue or close, or a waiting reader is never woken again; a batch
          // that writes nothing (it cannot, with today's filters, but cheaply guarded) reads on.
          for (;;) {
            const claims: ExportClaim[] = await db.claim.findMany({
              where: cursor
                ? { AND: [where, { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] }] }
                : where,
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              take: BATCH_SIZE,
              select: exportClaimSelect,
            });
            const last = claims.at(-1);
            if (last) cursor = { createdAt: last.createdAt, id: last.id };
            const text = writer.batch(claims, !wroteItem);
            if (text) wroteItem = true;
            const finished = claims.length < BATCH_SIZE;
            const out = finished ? text + writer.tail : text;
            if (out) controller.enqueue(encoder.encode(out));
            if (finished) controller.close();
            if (out || finished) return;
          }
        } catch (error) {
          // The status line has gone out already; the client sees a truncated download.
          logger().error({ err: error }, "export failed mid-stream");
          controller.error(error);
        }
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

/** The download response; used by the API route and by any page that offers the export. */
export function exportResponse(query: ExportQuery, config: ExportConfig = exportConfig(), now: Date = new Date()): Response {
  return new Response(exportStream(query, config), {
    headers: {
      "content-type": CONTENT_TYPES[query.format],
      "content-disposition": `attachment; filename="${exportFileName(query.format, now)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
