import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleWithClaims } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { enumLabel, formatDate, humanize } from "@/lib/format";
import { describeFigure } from "@/lib/claims/describe";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const article = await getArticleWithClaims(id);
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params }: { params: Params }) {
  await requirePermission("article.read");
  const { id } = await params;
  const article = await getArticleWithClaims(id);
  if (!article) notFound();

  return (
    <article className="article-view">
      <p className="breadcrumb">
        <Link href="/articles">Articles</Link> / {article.outlet.name}
      </p>
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
      <div className="article-layout">
        <section aria-label="Article text" className="article-body">
          {article.body}
        </section>
        <aside aria-labelledby="claims-heading" className="claims-aside">
          <h2 id="claims-heading">Claims ({article.claims.length})</h2>
          {article.claims.length === 0 ? (
            <p className="muted">No claims have been marked in this article yet.</p>
          ) : (
            <ol className="claim-list">
              {article.claims.map((claim) => (
                <li key={claim.id} className="claim-card">
                  <blockquote>{claim.quote}</blockquote>
                  <p>
                    <span className="tag">{humanize(claim.kind)}</span> <span className={`status status-${claim.status.toLowerCase()}`}>{humanize(claim.status)}</span>
                  </p>
                  {claim.subject ? <p className="claim-subject">{claim.subject}</p> : null}
                  <p className="muted">
                    {claim.speaker ? `Speaker: ${claim.speaker.name}` : "Speaker not set"}
                    {claim.kind === "QUANTITY" ? ` · ${describeFigure(claim)}` : ""}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </article>
  );
}
