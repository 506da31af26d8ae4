import { db } from "@/lib/db";
import { claimReview, type ClaimReview, type ExportConfig } from "@/lib/export/rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VERDICT_STATUSES } from "@/lib/claims/workflow";

/**
 * Exactly what a published fact-check shows, and nothing else: no notes, comments, assignees,
 * people, other claims of the article or the article's full text (only the passage around the
 * claim). The select is the guard, so a field added to the page must be added here on purpose.
 */
const publicSelect = {
  id: true,
  quote: true,
  start: true,
  end: true,
  status: true,
  verdictRationale: true,
  reviewedAt: true,
  publishedAt: true,
  updatedAt: true,
  speaker: { select: { name: true, kind: true } },
  article: { select: { title: true, url: true, publishedAt: true, language: true, body: true, outlet: { select: { name: true } } } },
  sources: {
    select: { id: true, url: true, title: true, publisher: true, kind: true, accessedAt: true, archiveUrl: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.ClaimSelect;

/** How much of the article around the claim a reader sees, in characters each side. */
export const PUBLIC_CONTEXT_CHARS = 320;

/** The passage around [start, end), widened to whole words so the page never starts mid-word. */
export function passageAround(body: string, start: number, end: number, reach = PUBLIC_CONTEXT_CHARS) {
  let from = Math.max(0, start - reach);
  let to = Math.min(body.length, end + reach);
  if (from > 0) {
    const space = body.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < body.length) {
    const space = body.slice(end, to).search(/\s\S*$/);
    if (space >= 0) to = end + space;
  }
  return { before: body.slice(from, start), quote: body.slice(start, end), after: body.slice(end, to), clippedBefore: from > 0, clippedAfter: to < body.length };
}

export type PublicFactCheck = Awaited<ReturnType<typeof getPublishedFactCheck>>;

/** A published verdict, or null for unknown, unpublished or reopened claims (the page answers 404). */
export async function getPublishedFactCheck(id: string, config: ExportConfig) {
  const claim = await db.claim.findFirst({ where: { id, publishedAt: { not: null }, status: { in: [...VERDICT_STATUSES] } }, select: publicSelect });
  if (!claim) return null;
  const { body, ...article } = claim.article;
  const review: ClaimReview | null = claimReview(claim, config);
  if (!review) return null;
  return { ...claim, article, passage: passageAround(body, claim.start, claim.end), review };
}
