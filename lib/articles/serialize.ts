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

type FullArticle = {
  id: string;
  title: string;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string;
  body: string;
  contentHash: string;
  version: number;
  createdAt: Date;
  outletId: string;
};

export function articleJson(article: FullArticle, outlet?: { id: string; name: string; domain: string | null; kind: string }) {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    language: article.language,
    outlet: outlet ?? { id: article.outletId },
    body: article.body,
    contentHash: article.contentHash,
    version: article.version,
    createdAt: article.createdAt.toISOString(),
  };
}

/** PATCH /articles/{id}'s answer: the corrected metadata and the version to send next time. */
export function articleMetadataJson(article: { id: string; title: string; url: string | null; author: string | null; publishedAt: Date | null; language: string; version: number; outlet: { id: string; name: string } }) {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    language: article.language,
    version: article.version,
    outlet: article.outlet,
  };
}
