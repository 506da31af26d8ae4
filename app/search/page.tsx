import type { Metadata } from "next";
import Link from "next/link";
import { Fragment, Suspense, type ReactNode } from "react";
import { LoadingRows } from "@/components/loading";
import { requirePermission } from "@/lib/auth/session";
import { searchEverything, type SearchResults } from "@/lib/search/queries";
import { claimHitByline, cleanQuery, describeTotal, isSearchable, MIN_QUERY_LENGTH } from "@/lib/search/rules";
import type { Snippet } from "@/lib/search/snippets";
import { LocalTime } from "@/components/local-time";
import { StatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Search" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Matches as <mark>, everything as text: snippets are never parsed as HTML. */
function Highlighted({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("article.read");
  const q = cleanQuery(single((await searchParams).q));

  return (
    <section>
      <div className="page-heading">
        <h1>Search</h1>
      </div>
      <form className="filters" role="search" aria-label="Search Claimdesk" action="/search">
        <Field id="search-page-q" label="Search for" className="grow">
          {(control) => (
            <input {...control} name="q" type="search" defaultValue={q} placeholder="Words, a phrase in quotes, or a name" autoComplete="off" />
          )}
        </Field>
        <Button type="submit">Search</Button>
      </form>
      {q === "" ? (
        <p className="lede">
          Searches article headlines and text, claim quotes, subjects and notes, and speakers&rsquo; names and spellings. Put a phrase in &ldquo;quotes&rdquo;; a minus excludes a word
          (<code>-ministry</code>); <code>or</code> accepts either word.
        </p>
      ) : !isSearchable(q) ? (
        <p className="hint" role="status">
          Type at least {MIN_QUERY_LENGTH} characters to search.
        </p>
      ) : (
        <Suspense key={q} fallback={<LoadingRows label="Searching…" />}>
          <Results q={q} />
        </Suspense>
      )}
    </section>
  );
}

function Count({ shown, total }: { shown: number; total: number }) {
  return <span className="muted"> ({shown < total ? `best ${shown} of ${describeTotal(total)}` : total})</span>;
}

/** One kind of result: its heading with the count, what to say when none matched, else the list. */
function ResultPanel({ id, heading, shown, total, empty, before, children }: { id: string; heading: string; shown: number; total: number; empty: ReactNode; before?: ReactNode; children: ReactNode }) {
  return (
    <Panel
      id={id}
      title={
        <>
          {heading}
          <Count shown={shown} total={total} />
        </>
      }
    >
      {before}
      {shown === 0 ? <p className="muted">{empty}</p> : <ul className="plain-list">{children}</ul>}
    </Panel>
  );
}

async function Results({ q }: { q: string }) {
  const results = await searchEverything(q);
  const { totals } = results;
  if (totals.articles + totals.claims + totals.speakers === 0) {
    return (
      <div role="status">
        <EmptyState title={`No matches for “${q}”`}>Try fewer words, or another spelling of a name.</EmptyState>
      </div>
    );
  }
  return (
    <>
      <ArticleSection results={results} />
      <ClaimSection results={results} />
      <SpeakerSection results={results} />
    </>
  );
}

function ArticleSection({ results: { articles, totals } }: { results: SearchResults }) {
  return (
    <ResultPanel id="search-articles" heading="Articles" shown={articles.length} total={totals.articles} empty="No article contains these words.">
          {articles.map((hit) => (
            <li key={hit.id} className="link-item">
              <Link href={`/articles/${hit.id}`}>{hit.titleSnippet.length > 0 ? <Highlighted snippet={hit.titleSnippet} /> : hit.title}</Link>
              <span className="small muted">
                {" "}
                — {hit.outlet}
                {hit.publishedAt ? <LocalTime value={hit.publishedAt} kind="date" prefix=", " /> : ""}
              </span>
              {hit.snippet.length > 0 ? (
                <p className="small">
                  <Highlighted snippet={hit.snippet} />
                </p>
              ) : null}
            </li>
          ))}
    </ResultPanel>
  );
}

function ClaimSection({ results: { claims, totals, claimMatch } }: { results: SearchResults }) {
  return (
    <ResultPanel
      id="search-claims"
      heading="Claims"
      shown={claims.length}
      total={totals.claims}
      empty="No claim contains these words."
      before={claimMatch === "similar" ? <p className="notice small">No claim contains these words; these have similar wording. Check the spelling?</p> : null}
    >
          {claims.map((hit) => (
            <li key={hit.id} className="link-item">
              <Link href={`/claims/${hit.id}`} className="claim-card-quote">
                <Highlighted snippet={hit.snippet} />
              </Link>
              <p className="small muted">
                {claimHitByline(hit)}{" "}
                <StatusBadge status={hit.status} />
              </p>
            </li>
          ))}
    </ResultPanel>
  );
}

function SpeakerSection({ results: { speakers, totals } }: { results: SearchResults }) {
  return (
    <ResultPanel id="search-speakers" heading="Speakers" shown={speakers.length} total={totals.speakers} empty={<>No speaker&rsquo;s name resembles this.</>}>
          {speakers.map((hit) => (
            <li key={hit.id} className="link-item">
              <Link href={`/claims?${new URLSearchParams({ speaker: hit.name })}`}>{hit.name}</Link>
              <span className="small muted">
                {hit.matchedAlias !== hit.name ? ` — as “${hit.matchedAlias}”` : ""} · {Math.round(hit.similarity * 100)}% match
              </span>
            </li>
          ))}
    </ResultPanel>
  );
}
