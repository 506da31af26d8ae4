import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, NEWEST_FIRST, pageOf } from "@/lib/pagination/cursor";
import type { ListArticlesQuery } from "@/lib/validation/articles";

const articleSummarySelect = {
  id: true,
  title: true,
  url: true,
  author: true,
  publishedAt: true,
  language: true,
  createdAt: true,
  outlet: { select: { id: true, name: true, domain: true, kind: true } },
  _count: { select: { claims: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleSummary = Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }>;

// Every role may read articles, so there is no per-user condition here; writes are guarded in mutations.
export async function listArticles(query: ListArticlesQuery) {
  const where: Prisma.ArticleWhereInput = {
    AND: [
      query.q
        ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { author: { contains: query.q, mode: "insensitive" } }] }
        : {},
      query.outlet
        ? { outlet: { OR: [{ name: { equals: query.outlet, mode: "insensitive" } }, { domain: query.outlet.toLowerCase() }, ...(isUuid(query.outlet) ? [{ id: query.outlet }] : [])] } }
        : {},
      afterCursor(query.cursor),
    ],
  };
  const rows = await db.article.findMany({ where, orderBy: NEWEST_FIRST, take: query.limit + 1, select: articleSummarySelect });
  return pageOf(rows, query.limit);
}

export function getArticleWithClaims(id: string) {
  if (!isUuid(id)) return Promise.resolve(null);
  return db.article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, name: true, domain: true, kind: true } },
      claims: {
        orderBy: [{ start: "asc" }, { end: "desc" }],
        include: { speaker: { select: { id: true, name: true } } },
      },
    },
  });
}

/** An article with its outlet but without claims (the reader loads those with their full fields). */
export function getArticle(id: string) {
  if (!isUuid(id)) return Promise.resolve(null);
  return db.article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, name: true, domain: true, kind: true } },
      supersedes: { select: { id: true, title: true } },
      supersededBy: { select: { id: true, title: true } },
    },
  });
}

export function listOutlets() {
  return db.outlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, domain: true, kind: true } });
}

export function listOutletNames() {
  return db.outlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
