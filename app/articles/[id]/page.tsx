import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getArticle } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { listOpenCandidates } from "@/lib/candidates/queries";
import { listArticleClaims } from "@/lib/claims/queries";
import { readerClaim } from "@/lib/claims/reader";
import { enumLabel } from "@/lib/format";
import { can, isFinalStatus } from "@/lib/permissions";
import { ShortcutProvider } from "@/components/shortcuts";
import { ArticleMetadataPanel } from "./article-metadata-panel";
import { ArticleReader } from "./article-reader";
import { LocalTime } from "@/components/local-time";

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
  const [claims, candidates] = await Promise.all([listArticleClaims(article.id), listOpenCandidates(article.id)]);
  const readerClaims = claims.map(readerClaim);

  return (
    <article className="article-view">
      <p className="breadcrumb">
        <Link href="/articles">Articles</Link> / {article.outlet.name}
      </p>
      {/* A new import is confirmed by the import form's toast; finding an old one is worth a lasting note. */}
      {imported === "existing" ? (
        <p role="status" className="notice">
          This article was already in Claimdesk (same URL or identical text), so nothing new was stored. Here it is.
        </p>
      ) : null}
      <h1>{article.title}</h1>
      {article.supersededBy ? (
        <p className="notice">
          A corrected text of this article was imported: <Link href={`/articles/${article.supersededBy.id}`}>{article.supersededBy.title}</Link>.
        </p>
      ) : null}
      {article.supersedes ? (
        <p className="notice">
          This is a corrected text; it supersedes <Link href={`/articles/${article.supersedes.id}`}>{article.supersedes.title}</Link>.
        </p>
      ) : null}
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
          <dd><LocalTime value={article.publishedAt} kind="date" /></dd>
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
      {can(user, "article.import") ? (
        <ArticleMetadataPanel
          articleId={article.id}
          canDelete={can(user, "users.manage")}
          hasVerdicts={claims.some((claim) => isFinalStatus(claim.status))}
          values={{ title: article.title, outlet: article.outlet.name, author: article.author ?? "", publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? "", url: article.url ?? "", language: article.language, version: article.version }}
        />
      ) : null}
      <ShortcutProvider title="reading an article">
      <ArticleReader
        articleId={article.id}
        body={article.body}
        claims={readerClaims}
        candidates={candidates ?? []}
        canMark={canMark}
        currentUser={{ id: user.id, role: user.role }}
        initialClaimId={readerClaims.some((claim) => claim.id === claimParam) ? (claimParam ?? null) : null}
      />
      </ShortcutProvider>
    </article>
  );
}
