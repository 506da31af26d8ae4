import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { pageOf } from "@/lib/pagination/cursor";
import { afterKeySql } from "@/lib/pagination/keyset";
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
} satisfies Prisma.ArticleSelect;

export type ArticleSummary = Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }> & { _count: { claims: number } };

function articleFilterSql(query: ListArticlesQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  // The full-text search /search uses: title and body, by word.
  if (query.q) conditions.push(Prisma.sql`a."searchVector" @@ websearch_to_tsquery('claimdesk_search', ${query.q})`);
  if (query.outlet) {
    const outlet = query.outlet;
    conditions.push(Prisma.sql`a."outletId" IN (SELECT o."id" FROM "Outlet" o WHERE lower(o."name") = lower(${outlet}) OR o."domain" = ${outlet.toLowerCase()}${
      isUuid(outlet) ? Prisma.sql` OR o."id" = ${outlet}::uuid` : Prisma.empty
    })`);
  }
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

// Every role may read articles, so there is no per-user condition here; writes are guarded in mutations.
/** The ids of one page of the articles list: the query whose plan the scale tests check. */
export function articlePageKeysSql(query: ListArticlesQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id" FROM "Article" a
    WHERE ${articleFilterSql(query)} AND ${afterKeySql(Prisma.sql`a."createdAt"`, Prisma.sql`a."id"`, "desc", query.cursor)}
    ORDER BY a."createdAt" DESC, a."id" DESC
    LIMIT ${query.limit + 1}`;
}

export async function listArticles(query: ListArticlesQuery) {
  const keys = await db.$queryRaw<{ id: string }[]>(articlePageKeysSql(query));
  const ids = keys.map((row) => row.id);
  // Claims are counted for this page's articles only, through the (articleId, …) index.
  const [rows, counts] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids } }, select: articleSummarySelect }),
    ids.length ? db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: ids.slice(0, query.limit) } }, _count: { _all: true } }) : Promise.resolve([]),
  ]);
  const claimsOf = new Map(counts.map((row) => [row.articleId, row._count._all]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, _count: { claims: claimsOf.get(id) ?? 0 } }] : [];
  });
  return pageOf(ordered, query.limit);
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
