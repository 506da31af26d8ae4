import type { Metadata } from "next";
import Link from "next/link";
import { OutletFilter } from "@/components/outlet-filter";
import { Suspense } from "react";
import { LoadingRows } from "@/components/loading";
import { listArticles, listOutletNames } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { enumLabel } from "@/lib/format";
import { can } from "@/lib/permissions";
import { listArticlesQuerySchema, type ListArticlesQuery } from "@/lib/validation/articles";
import { LocalTime } from "@/components/local-time";
import { DataTable } from "@/components/ui/table";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Articles" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("article.read");
  const raw = await searchParams;
  const parsed = listArticlesQuerySchema.safeParse({ q: single(raw.q), outlet: single(raw.outlet), cursor: single(raw.cursor), limit: 25 });
  const query = parsed.success ? parsed.data : listArticlesQuerySchema.parse({ limit: 25 });
  const outlets = await listOutletNames();
  const filtered = Boolean(query.q || query.outlet);

  return (
    <section>
      <div className="page-heading">
        <h1>Articles</h1>
        {can(user, "article.import") ? (
          <Link href="/articles/import" className="button-link">
            Import an article
          </Link>
        ) : null}
      </div>
      <form className="filters" role="search" aria-label="Filter articles">
        <div className="field">
          <label htmlFor="article-q">Title or author</label>
          <input id="article-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="e.g. ceasefire" />
        </div>
        <OutletFilter id="article-outlet" outlets={outlets} value={query.outlet} />
        <Button type="submit">Filter</Button>
        {filtered ? (
          <Link href="/articles" className={buttonClass("quiet")}>
            Clear filters
          </Link>
        ) : null}
      </form>
      {!parsed.success ? (
        <p className="form-error" role="alert">
          That page link has expired; showing the first page.
        </p>
      ) : null}

      <Suspense key={JSON.stringify(query)} fallback={<LoadingRows label="Loading articles…" />}>
        <ArticleResults query={query} filtered={filtered} canImport={can(user, "article.import")} />
      </Suspense>
    </section>
  );
}

async function ArticleResults({ query, filtered, canImport }: { query: ListArticlesQuery; filtered: boolean; canImport: boolean }) {
  const page = await listArticles(query);
  const nextHref = page.nextCursor
    ? `/articles?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.outlet ? { outlet: query.outlet } : {}), cursor: page.nextCursor })}`
    : null;
  return (
    <>
      {page.items.length === 0 ? (
        filtered ? (
          <EmptyState title="No article matches these filters." action={<Link href="/articles">Clear filters</Link>} />
        ) : (
          <EmptyState
            title="No articles have been imported yet."
            action={
              canImport ? (
                <Link href="/articles/import" className="button-link">
                  Import the first article
                </Link>
              ) : null
            }
          />
        )
      ) : (
        <DataTable label="Articles" stack>
          <caption className="visually-hidden">Imported articles, most recently imported first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Author</th>
              <th scope="col">Published</th>
              <th scope="col" className="numeric">
                Claims
              </th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((article) => (
              <tr key={article.id}>
                <td data-label="Title">
                  <Link href={`/articles/${article.id}`}>{article.title}</Link>
                </td>
                <td data-label="Outlet">
                  {article.outlet.name} <span className="muted">({enumLabel(article.outlet.kind)})</span>
                </td>
                <td data-label="Author">{article.author ?? <span className="muted">—</span>}</td>
                <td data-label="Published"><LocalTime value={article.publishedAt} kind="date" /></td>
                <td data-label="Claims" className="numeric">{article._count.claims}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <nav className="pager" aria-label="Pages">
        {query.cursor ? <Link href={`/articles?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.outlet ? { outlet: query.outlet } : {}) })}`}>First page</Link> : null}
        {nextHref ? <Link href={nextHref}>Next page</Link> : null}
      </nav>
    </>
  );
}
