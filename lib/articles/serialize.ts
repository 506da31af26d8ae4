import type { ArticleSummary } from "@/lib/articles/queries";

// The API's shape is a contract with other tools, so it is spelled out here rather than leaking
// whatever Prisma returns.
export function articleSummaryJson(article: ArticleSummary) {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    language: article.language,
    outlet: article.outlet,
    claimCount: article._count.claims,
    createdAt: article.createdAt.toISOString(),
  };
}
