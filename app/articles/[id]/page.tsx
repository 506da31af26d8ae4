import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getArticle } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { listArticleClaims } from "@/lib/claims/queries";
import { readerClaim } from "@/lib/claims/reader";
import { enumLabel, formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { ArticleReader } from "./article-reader";

type Params = Promise<{ id: string }>;

// The metadata and the page read the same article in one request; load it once.
const loadArticle = cache(getArticle);
type SearchParams = Promise<{ claim?: string; imported?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const article = await loadArticle(id);
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const user = await requirePermission("article.read");
  const { id } = await params;
  const { claim: claimParam, imported } = await searchParams;
  const article = await loadArticle(id);
  if (!article) notFound();
  const canMark = can(user, "claim.create");
  const claims = await listArticleClaims(article.id);
  const readerClaims = claims.map(readerClaim);

  return (
    <article className="article-view">
      <p className="breadcrumb">
        <Link href="/articles">Articles</Link> / {article.outlet.name}
      </p>
      {imported ? (
        <p role="status" className={imported === "new" ? "form-success" : "notice"}>
          {imported === "new" ? "Article imported." : "This article was already in Claimdesk (same URL or identical text), so nothing new was stored. Here it is."}
        </p>
      ) : null}
      <h1>{article.title}</h1>
      <dl className="meta">
        <div>
          <dt>Outlet</dt>
          <dd>
            {article.outlet.name} ({enumLabel(article.outlet.kind)})
          </dd>
        </div>
        <div>
          <dt>Author</dt>
          <dd>{article.author ?? "—"}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{formatDate(article.publishedAt)}</dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>{article.language}</dd>
        </div>
        {article.url ? (
          <div>
            <dt>Original</dt>
            <dd>
              <a href={article.url} rel="noreferrer noopener" target="_blank">
                {article.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <ArticleReader
        articleId={article.id}
        body={article.body}
        claims={readerClaims}
        canMark={canMark}
        currentUser={{ id: user.id, role: user.role }}
        initialClaimId={readerClaims.some((claim) => claim.id === claimParam) ? (claimParam ?? null) : null}
      />
    </article>
  );
}
