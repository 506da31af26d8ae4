import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { describeFigure } from "@/lib/claims/describe";
import { sideBySideColumnTitle } from "@/lib/contradictions/display";
import { getContradiction } from "@/lib/contradictions/queries";
import { humanize } from "@/lib/format";
import { uuidParam } from "@/lib/validation/fields";
import { LocalTime } from "@/components/local-time";
import { wordBoundedContext } from "@/lib/text/context";
import { StatusBadge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Side by side" };

type Side = NonNullable<Awaited<ReturnType<typeof getContradiction>>>["fromClaim"];

function ClaimColumn({ claim, heading, sameOutlet }: { claim: Side; heading: string; sameOutlet: boolean }) {
  const context = wordBoundedContext(claim.context);
  return (
    <Panel className="side" label={heading} title={sideBySideColumnTitle({ outlet: claim.article.outlet.name, speaker: claim.speaker?.name ?? null }, heading, sameOutlet)}>
      <p className="small muted">
        <Link href={`/articles/${claim.articleId}?claim=${claim.id}`}>{claim.article.title}</Link> · <LocalTime value={claim.article.publishedAt} kind="date" />
      </p>
      <dl className="claim-facts">
        <dt>Speaker</dt>
        <dd>{claim.speaker?.name ?? "—"}</dd>
        <dt>{claim.kind === "QUANTITY" ? "Figure" : "Kind"}</dt>
        <dd>{claim.kind === "QUANTITY" ? <strong>{describeFigure(claim)}</strong> : humanize(claim.kind)}</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={claim.status} />
        </dd>
      </dl>
      <blockquote className="in-context" aria-label="Quote in context">
        {context.before}
        <mark>{claim.context.quote}</mark>
        {context.after}
      </blockquote>
      <h3>Sources ({claim.sources.length})</h3>
      {claim.sources.length === 0 ? (
        <p className="muted small">No evidence attached.</p>
      ) : (
        <ul className="plain-list">
          {claim.sources.map((source) => (
            <li key={source.id} className="small">
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.title ?? source.url}
              </a>{" "}
              <span className="tag">{humanize(source.kind)}</span>
              {source.publisher ? <span className="muted"> · {source.publisher}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/claims/${claim.id}`}>Open this claim</Link>
      </p>
    </Panel>
  );
}

export default async function SideBySidePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("article.read");
  const { id } = await params;
  if (!uuidParam.safeParse(id).success) notFound();
  const link = await getContradiction(id);
  if (!link) notFound();
  const subject = link.fromClaim.subject ?? link.toClaim.subject;
  const sameOutlet = link.fromClaim.article.outlet.name === link.toClaim.article.outlet.name;
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/contradictions">Contradictions</Link> / Side by side
      </p>
      <h1>{subject ?? "Contradicting claims"}</h1>
      <p className="lede">
        Linked as {link.kind === "CONTRADICTS" ? "contradicting" : humanize(link.kind).toLowerCase()}
        {link.createdBy ? ` by ${link.createdBy.name}` : ""} on <LocalTime value={link.createdAt} kind="day" />
        {link.note ? ` — ${link.note.replace(/[.!?]$/, "")}` : ""}.
        {subject ? (
          <>
            {" "}
            <Link href={`/compare?${new URLSearchParams({ subject })}`}>Compare every claim on this subject</Link>.
          </>
        ) : null}
      </p>
      <div className="side-by-side">
        <ClaimColumn claim={link.fromClaim} heading="First claim" sameOutlet={sameOutlet} />
        <ClaimColumn claim={link.toClaim} heading="Second claim" sameOutlet={sameOutlet} />
      </div>
    </section>
  );
}
