import { db } from "@/lib/db";
import type { ClaimStatus, Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, NEWEST_FIRST, pageOf, type Cursor } from "@/lib/pagination/cursor";

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

function eitherSide(condition: Prisma.ClaimWhereInput): Prisma.ClaimLinkWhereInput {
  return { OR: [{ fromClaim: condition }, { toClaim: condition }] };
}

/**
 * Contradicts links, newest first. Without a status filter only open ones are listed: at least
 * one side still has no verdict, or the link challenges a verdict given before it and nobody has
 * answered it yet. Keyset-paged on (createdAt, id) — the (kind, createdAt) index.
 */
export async function listContradictions(filters: ContradictionFilters) {
  const where: Prisma.ClaimLinkWhereInput = {
    AND: [
      { kind: "CONTRADICTS" },
      filters.status ? eitherSide({ status: filters.status }) : { OR: [eitherSide({ status: { notIn: FINAL } }), { challengesVerdictOfId: { not: null } }] },
      filters.outlet ? eitherSide({ article: { outlet: { name: { equals: filters.outlet, mode: "insensitive" } } } }) : {},
      afterCursor(filters.cursor),
    ],
  };
  const rows = await db.claimLink.findMany({
    where,
    orderBy: NEWEST_FIRST,
    take: filters.limit + 1,
    select: { id: true, note: true, createdAt: true, createdBy: { select: { name: true } }, fromClaim: { select: sideSelect }, toClaim: { select: sideSelect } },
  });
  return pageOf(rows, filters.limit);
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
