import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Qualifier } from "@/lib/generated/prisma/enums";
import type { Cursor } from "@/lib/pagination/cursor";
import { afterKeySql } from "@/lib/pagination/keyset";

const SUBJECT_LIST_LIMIT = 200;
export const COMPARE_PAGE_SIZE = 100;
/** The chart draws distinct figures, not claims: at most this many, the most reported first. */
const CHART_FIGURES_LIMIT = 120;
/** The chart reads at most this many of a subject's newest claims that give a figure. */
export const CHART_CLAIMS_WINDOW = 2000;

/**
 * Subjects worth comparing, most widely reported first: read from the per-subject-key counts that
 * triggers keep current (see the compare_by_subject_key migration), through their (outlets, claims) index.
 */
export async function listComparableSubjects() {
  const rows = await db.subjectStat.findMany({
    where: { claims: { gt: 0 } },
    orderBy: [{ outlets: "desc" }, { claims: "desc" }, { key: "asc" }],
    take: SUBJECT_LIST_LIMIT,
    select: { key: true, subject: true, claims: true, outlets: true },
  });
  return rows;
}

const compareClaimSelect = {
  id: true,
  articleId: true,
  quote: true,
  kind: true,
  value: true,
  valueMax: true,
  qualifier: true,
  unit: true,
  status: true,
  verdictRationale: true,
  occurredAt: true,
  createdAt: true,
  facts: true,
  speaker: { select: { name: true } },
  article: { select: { title: true, publishedAt: true, outlet: { select: { id: true, name: true, kind: true } } } },
} satisfies Prisma.ClaimSelect;

/** The ids of one compare page: a range of the (subjectKey, createdAt, id) index (EXPLAIN-tested). */
export function subjectPageKeysSql(subjectKey: string, cursor: Cursor | null): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."createdAt" FROM "Claim" c
    WHERE c."subjectKey" = ${subjectKey} AND ${afterKeySql(Prisma.sql`c."createdAt"`, Prisma.sql`c."id"`, "asc", cursor)}
    ORDER BY c."createdAt", c."id"
    LIMIT ${COMPARE_PAGE_SIZE + 1}`;
}

/**
 * One page of the claims under a subject key in the order they were recorded (a keyset over the
 * (subjectKey, createdAt, id) index), with the links among them. A fixed number of queries,
 * whatever the subject's size.
 */
export async function getSubjectComparisonPage(subjectKey: string, cursor: Cursor | null) {
  const keys = await db.$queryRaw<{ id: string; createdAt: Date }[]>(subjectPageKeysSql(subjectKey, cursor));
  const page = keys.slice(0, COMPARE_PAGE_SIZE);
  const ids = page.map((key) => key.id);
  const [rows, links] = await Promise.all([
    ids.length ? db.claim.findMany({ where: { id: { in: ids } }, select: compareClaimSelect }) : Promise.resolve([]),
    ids.length
      ? db.claimLink.findMany({ where: { OR: [{ fromClaimId: { in: ids } }, { toClaimId: { in: ids } }] }, select: { id: true, kind: true, fromClaimId: true, toClaimId: true } })
      : Promise.resolve([]),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const claims = ids.flatMap((id) => byId.get(id) ?? []);
  const last = page.at(-1);
  return {
    claims,
    links,
    nextCursor: keys.length > COMPARE_PAGE_SIZE && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export type FigureGroup = {
  outlet: string;
  speaker: string | null;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  claims: number;
  /** The day the figure refers to, when the claims record one; else null. */
  occurredAt: Date | null;
  /** The day the reporting article was published, when known. */
  publishedAt: Date | null;
  /** Whether any of the claims is in a contradiction. */
  contradicted: boolean;
  /** One of the claims' quotes (the first recorded), for the chart's tooltip. */
  quote: string;
};

/** A row of subjectFiguresSql: a figure group before its quote is read, with counts as bigint. */
type FigureRow = Omit<FigureGroup, "claims" | "quote"> & { claims: bigint; sampleId: string; distinct: bigint; windowClaims: bigint };

/** The chart's aggregate, read from a bounded range of the partial figures index (EXPLAIN-tested). */
export function subjectFiguresSql(subjectKey: string): Prisma.Sql {
  return Prisma.sql`
    WITH recent AS (
      SELECT c."id", c."articleId", c."speakerId", c."value", c."valueMax", c."qualifier", c."unit", c."occurredAt", c."createdAt"
      FROM "Claim" c
      WHERE c."subjectKey" = ${subjectKey} AND c."value" IS NOT NULL
      ORDER BY c."createdAt" DESC, c."id" DESC
      LIMIT ${CHART_CLAIMS_WINDOW}
    )
    SELECT o."name" AS outlet, s."name" AS speaker, c."value", c."valueMax", c."qualifier", min(c."unit") AS unit, count(*) AS claims,
           date_trunc('day', c."occurredAt") AS "occurredAt", date_trunc('day', a."publishedAt") AS "publishedAt",
           bool_or(EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l."kind" = 'CONTRADICTS' AND l."fromClaimId" = c."id")
                   OR EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l."kind" = 'CONTRADICTS' AND l."toClaimId" = c."id")) AS contradicted,
           (array_agg(c."id"::text ORDER BY c."createdAt", c."id"))[1] AS "sampleId",
           count(*) OVER () AS distinct,
           sum(count(*)) OVER () AS "windowClaims"
    FROM recent c
    -- Primary-key lookups per claim; joined as tables, the planner hashes all articles.
    CROSS JOIN LATERAL (SELECT a."outletId", a."publishedAt" FROM "Article" a WHERE a."id" = c."articleId" LIMIT 1) a
    CROSS JOIN LATERAL (SELECT o."name" FROM "Outlet" o WHERE o."id" = a."outletId" LIMIT 1) o
    LEFT JOIN LATERAL (SELECT s."name" FROM "Actor" s WHERE s."id" = c."speakerId" LIMIT 1) s ON true
    GROUP BY o."name", s."name", c."value", c."valueMax", c."qualifier", date_trunc('day', c."occurredAt"), date_trunc('day', a."publishedAt")
    ORDER BY count(*) DESC, o."name", c."value"
    LIMIT ${CHART_FIGURES_LIMIT}`;
}

/**
 * The chart's data: the distinct figures reported on the subject, per outlet, speaker, day of
 * publication and day referred to, with how many claims report each. Drawn from the newest
 * CHART_CLAIMS_WINDOW claims that give a figure (a range of a partial index), so the chart costs the
 * same for 40 claims or 40,000: at a million claims, aggregating every figure of the largest
 * subject took over a second. The most reported figures are kept when there are more than the
 * chart can show; one more query reads a quote for each of them.
 */
export async function getSubjectFigures(subjectKey: string): Promise<{ figures: FigureGroup[]; distinct: number; window: number | null }> {
  const rows = await db.$queryRaw<FigureRow[]>(subjectFiguresSql(subjectKey));
  const quotes = rows.length ? await db.claim.findMany({ where: { id: { in: rows.map((row) => row.sampleId) } }, select: { id: true, quote: true } }) : [];
  const quoteOf = new Map(quotes.map((claim) => [claim.id, claim.quote]));
  const figures = rows.map(({ distinct: _distinct, windowClaims: _window, sampleId, claims, ...row }) => ({ ...row, claims: Number(claims), quote: quoteOf.get(sampleId) ?? "" }));
  const windowClaims = Number(rows[0]?.windowClaims ?? 0);
  // A full window means older figures may have been left out of the chart.
  return { figures, distinct: Number(rows[0]?.distinct ?? 0), window: windowClaims >= CHART_CLAIMS_WINDOW ? CHART_CLAIMS_WINDOW : null };
}
