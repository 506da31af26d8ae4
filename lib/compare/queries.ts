import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Qualifier } from "@/lib/generated/prisma/enums";
import type { Cursor } from "@/lib/pagination/cursor";
import { afterKeySql } from "@/lib/pagination/keyset";

const SUBJECT_LIST_LIMIT = 200;
export const COMPARE_PAGE_SIZE = 100;
/** The chart draws distinct figures, not claims: at most this many, the most reported first. */
const CHART_FIGURES_LIMIT = 120;

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

export type FigureGroup = { outlet: string; value: number; valueMax: number | null; qualifier: Qualifier | null; unit: string | null; claims: number; firstPublished: Date | null };

/**
 * The chart's data: every distinct figure reported on the subject, per outlet, with how many
 * claims report it — aggregated in the database, so the chart costs the same for 40 claims or
 * 40,000. The most reported figures are kept when there are more than the chart can show.
 */
export async function getSubjectFigures(subjectKey: string): Promise<{ figures: FigureGroup[]; distinct: number }> {
  const rows = await db.$queryRaw<{ outlet: string; value: number; valueMax: number | null; qualifier: Qualifier | null; unit: string | null; claims: bigint; firstPublished: Date | null; distinct: bigint }[]>`
    SELECT o."name" AS outlet, c."value", c."valueMax", c."qualifier", min(c."unit") AS unit, count(*) AS claims,
           min(a."publishedAt") AS "firstPublished", count(*) OVER () AS distinct
    FROM "Claim" c
    JOIN "Article" a ON a."id" = c."articleId"
    JOIN "Outlet" o ON o."id" = a."outletId"
    WHERE c."subjectKey" = ${subjectKey} AND c."value" IS NOT NULL
    GROUP BY o."name", c."value", c."valueMax", c."qualifier"
    ORDER BY count(*) DESC, o."name", c."value"
    LIMIT ${CHART_FIGURES_LIMIT}`;
  const figures = rows
    .map(({ distinct: _distinct, claims, ...row }) => ({ ...row, claims: Number(claims) }))
    .sort((a, b) => (a.firstPublished?.getTime() ?? Infinity) - (b.firstPublished?.getTime() ?? Infinity) || a.outlet.localeCompare(b.outlet));
  return { figures, distinct: Number(rows[0]?.distinct ?? 0) };
}
