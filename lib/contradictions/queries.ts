import { db } from "@/lib/db";
import { Prisma, type ClaimStatus } from "@/lib/generated/prisma/client";
import { pageOf, type Cursor } from "@/lib/pagination/cursor";
import { afterKeySql } from "@/lib/pagination/keyset";

const FINAL: ClaimStatus[] = ["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"];

const sideSelect = {
  id: true,
  articleId: true,
  quote: true,
  subject: true,
  value: true,
  valueMax: true,
  qualifier: true,
  unit: true,
  kind: true,
  status: true,
  speaker: { select: { name: true } },
  article: { select: { title: true, publishedAt: true, outlet: { select: { name: true } } } },
} satisfies Prisma.ClaimSelect;

export type ContradictionFilters = { outlet?: string; status?: ClaimStatus; cursor: Cursor | null; limit: number };

const FINAL_SQL = Prisma.join(FINAL.map((status) => Prisma.sql`${status}::"ClaimStatus"`));

/**
 * The ids of one page of the contradictions list: the query whose plan the scale tests check.
 *
 * Contradicts links, newest first. Without a status filter only open ones are listed: at least
 * one side still has no verdict, or the link challenges a verdict given before it and nobody has
 * answered it yet. Keyset-paged with the row value `(createdAt, id) < (cursor)`, one range of the
 * ("kind", "createdAt", "id") index, so page n costs what page 1 costs; each candidate link's two
 * claims are read by primary key. The outlet filter (either side's article, the outlet's name in
 * any letter case, as in the claims list) is resolved to the outlet's ids first and checked per
 * link through the articles' primary keys.
 */
export function contradictionPageKeysSql(filters: ContradictionFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`l."kind" = 'CONTRADICTS'::"LinkKind"`];
  conditions.push(
    filters.status
      ? Prisma.sql`(f."status" = ${filters.status}::"ClaimStatus" OR t."status" = ${filters.status}::"ClaimStatus")`
      : Prisma.sql`(f."status" NOT IN (${FINAL_SQL}) OR t."status" NOT IN (${FINAL_SQL}) OR l."challengesVerdictOfId" IS NOT NULL)`,
  );
  if (filters.outlet) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Article" a
      WHERE a."id" IN (f."articleId", t."articleId")
        AND a."outletId" IN (SELECT o."id" FROM "Outlet" o WHERE lower(o."name") = lower(${filters.outlet})))`);
  }
  conditions.push(afterKeySql(Prisma.sql`l."createdAt"`, Prisma.sql`l."id"`, "desc", filters.cursor));
  return Prisma.sql`
    SELECT l."id" FROM "ClaimLink" l
    JOIN "Claim" f ON f."id" = l."fromClaimId"
    JOIN "Claim" t ON t."id" = l."toClaimId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY l."createdAt" DESC, l."id" DESC
    LIMIT ${filters.limit + 1}`;
}

export async function listContradictions(filters: ContradictionFilters) {
  const keys = await db.$queryRaw<{ id: string }[]>(contradictionPageKeysSql(filters));
  if (keys.length === 0) return pageOf([], filters.limit);
  const rows = await db.claimLink.findMany({
    where: { id: { in: keys.map((key) => key.id) } },
    select: { id: true, note: true, createdAt: true, createdBy: { select: { name: true } }, fromClaim: { select: sideSelect }, toClaim: { select: sideSelect } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A link deleted between the two queries is simply left out.
  return pageOf(
    keys.flatMap((key) => byId.get(key.id) ?? []),
    filters.limit,
  );
}

const CONTEXT_CHARS = 280;

/** One contradiction for the side-by-side view: both claims with their surrounding text and sources. */
export async function getContradiction(linkId: string) {
  const link = await db.claimLink.findUnique({
    where: { id: linkId },
    select: {
      id: true,
      kind: true,
      note: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      fromClaim: { select: { ...sideSelect, start: true, end: true, sources: { orderBy: { createdAt: "asc" } }, article: { select: { title: true, url: true, publishedAt: true, body: true, outlet: { select: { name: true } } } } } },
      toClaim: { select: { ...sideSelect, start: true, end: true, sources: { orderBy: { createdAt: "asc" } }, article: { select: { title: true, url: true, publishedAt: true, body: true, outlet: { select: { name: true } } } } } },
    },
  });
  if (!link) return null;
  const withContext = (claim: typeof link.fromClaim) => {
    const { body, ...article } = claim.article;
    const from = Math.max(0, claim.start - CONTEXT_CHARS);
    const to = Math.min(body.length, claim.end + CONTEXT_CHARS);
    return {
      ...claim,
      article,
      context: { before: body.slice(from, claim.start), quote: body.slice(claim.start, claim.end), after: body.slice(claim.end, to), clippedBefore: from > 0, clippedAfter: to < body.length },
    };
  };
  return { ...link, fromClaim: withContext(link.fromClaim), toClaim: withContext(link.toClaim) };
}
