import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import { exportConfig } from "@/lib/export/stream";
import { getPublishedFactCheck } from "@/lib/factchecks/queries";
import { humanize } from "@/lib/format";
import { uuidParam } from "@/lib/validation/fields";
import { LocalTime } from "@/components/local-time";

// Public on purpose: no session check. What it may show is fixed by the query's select
// (lib/factchecks/queries.ts); everything else about the claim stays behind the login.

type Params = Promise<{ id: string }>;

const load = cache(async (id: string) => (uuidParam.safeParse(id).success ? getPublishedFactCheck(id, exportConfig()) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const factCheck = await load((await params).id);
  if (!factCheck) return { title: "Fact-check not found" };
  return { title: `Fact-check: ${STATUS_LABEL[factCheck.status]} — ${factCheck.quote.slice(0, 60)}`, description: factCheck.verdictRationale ?? undefined };
}

/** JSON inside <script> must not be able to close the tag, whatever a quote or rationale contains. */
function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

export default async function FactCheckPage({ params }: { params: Params }) {
  const factCheck = await load((await params).id);
  if (!factCheck) notFound();
  const { article, passage } = factCheck;
  return (
    <article className="fact-check" lang={article.language}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(factCheck.review) }} />
      <p className="eyebrow">Fact-check</p>
      <h1 className="claim-title">
        <q>{factCheck.quote}</q>
      </h1>
      <section className={`panel verdict verdict-${factCheck.status.toLowerCase()}`} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">
          Our verdict: <span className={`status status-${factCheck.status.toLowerCase()}`}>{STATUS_LABEL[factCheck.status]}</span>
        </h2>
        {factCheck.verdictRationale ? <p>{factCheck.verdictRationale}</p> : null}
      </section>
      <dl className="meta">
        <div>
          <dt>Said by</dt>
          <dd>{factCheck.speaker?.name ?? "Not attributed"}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {article.url ? <a href={article.url} rel="noopener noreferrer">{article.title}</a> : article.title}, {article.outlet.name}
          </dd>
        </div>
        <div>
          <dt>Published by the outlet</dt>
          <dd>{article.publishedAt ? <LocalTime value={article.publishedAt} kind="date" /> : "Date unknown"}</dd>
        </div>
        <div>
          <dt>Checked</dt>
          <dd><LocalTime value={factCheck.reviewedAt ?? factCheck.updatedAt} kind="day" /></dd>
        </div>
        <div>
          <dt>Fact-check published</dt>
          <dd><LocalTime value={factCheck.publishedAt} kind="day" /></dd>
        </div>
      </dl>
      <section className="panel" aria-labelledby="context-heading">
        <h2 id="context-heading">The claim in context</h2>
        <blockquote className="claim-context">
          {passage.clippedBefore ? "…" : ""}
          {passage.before}
          <mark>{passage.quote}</mark>
          {passage.after}
          {passage.clippedAfter ? "…" : ""}
        </blockquote>
      </section>
      <section className="panel" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {factCheck.sources.length === 0 ? (
          <p className="muted">This verdict says the claim could not be verified; no source settles it.</p>
        ) : (
          <ol className="public-sources">
            {factCheck.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} rel="noopener noreferrer">
                  {source.title ?? source.url}
                </a>
                <span className="small muted">
                  {" "}
                  — {[source.publisher, humanize(source.kind)].filter(Boolean).join(", ")}
                  {source.accessedAt ? <>, accessed <LocalTime value={source.accessedAt} kind="date" /></> : null}
                  {source.archiveUrl ? (
                    <>
                      {" "}
                      (<a href={source.archiveUrl} rel="noopener noreferrer">archived copy</a>)
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
