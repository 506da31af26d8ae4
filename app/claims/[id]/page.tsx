import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { readStoredFacts } from "@/lib/assist/stored";
import { describeAuditEvent } from "@/lib/audit/describe";
import { requirePermission } from "@/lib/auth/session";
import { describeFigure } from "@/lib/claims/describe";
import { getClaim } from "@/lib/claims/queries";
import { availableTransitions, STATUS_LABEL } from "@/lib/claims/workflow";
import { getClaimWorkspace } from "@/lib/claims/workspace";
import { suggestLinksFor } from "@/lib/suggestions/queries";
import { db } from "@/lib/db";
import { humanize } from "@/lib/format";
import { isContradictedAfterVerdict, linkLabelFor } from "@/lib/links/rules";
import { can, canOnClaim, hasRole, isFinalStatus } from "@/lib/permissions";
import { ShortcutProvider } from "@/components/shortcuts";
import { ContradictedNotice, PublishPanel } from "./integrity-panels";
import { LinksPanel } from "./links-panel";
import { SourcesPanel } from "./sources-panel";
import { AssignmentsPanel, CommentsPanel } from "./team-panels";
import { WorkflowPanel } from "./workflow-panel";
import { LocalTime } from "@/components/local-time";
import { ANCHOR_CONTEXT_LENGTH } from "@/lib/claims/anchor";
import { wordBoundedContext } from "@/lib/text/context";
import { StatusBadge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";

type Params = Promise<{ id: string }>;

// The metadata and the page read the same claim in one request; load it once.
const loadClaim = cache(getClaim);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return { title: claim ? `Claim: ${claim.quote.slice(0, 60)}` : "Claim" };
}

export default async function ClaimPage({ params }: { params: Params }) {
  const user = await requirePermission("article.read");
  const claim = await loadClaim((await params).id);
  if (!claim) notFound();
  const canEdit = can(user, "claim.create");
  const [workspace, people, suggestions] = await Promise.all([
    getClaimWorkspace(claim.id),
    canEdit ? db.user.findMany({ where: { deactivatedAt: null, role: { not: "VIEWER" } }, orderBy: { name: "asc" }, select: { id: true, name: true } }) : [],
    canEdit ? suggestLinksFor(claim.id, 5) : null,
  ]);
  const hasOpenContradiction = workspace.links.some((link) => link.kind === "CONTRADICTS");
  // What an editor typed is shown as is; what the server read from the text is marked "derived".
  const facts = readStoredFacts(claim.facts);
  // Stored anchors keep ANCHOR_CONTEXT_LENGTH characters each side; fewer means the text ended there.
  const context = wordBoundedContext({ before: claim.prefix, after: claim.suffix, clippedBefore: claim.start > claim.prefix.length, clippedAfter: claim.suffix.length === ANCHOR_CONTEXT_LENGTH });
  const derived = new Set(facts?.derived ?? []);
  const figureFromText = claim.value === null && facts?.value !== null && facts?.value !== undefined ? facts : null;
  const linkedQuotes = new Map(workspace.links.map((link) => [link.other.id, link.other.quote]));
  const transitions = availableTransitions({ actor: user, claim, hasOpenContradiction, sourceCount: workspace.sources.length });
  const hasVerdict = isFinalStatus(claim.status);
  // A verdict rests on this evidence: sources and links stay as they were until it is reopened.
  const evidenceEditable = canEdit && !hasVerdict;
  const lateContradictions = isContradictedAfterVerdict(claim, workspace.links)
    ? workspace.links
        .filter((link) => link.challengesVerdictOfId === claim.id)
        .map((link) => ({ linkId: link.id, otherClaimId: link.other.id, otherQuote: link.other.quote, outlet: link.other.article.outlet.name }))
    : [];
  const awaitingVerdict = claim.status === "IN_REVIEW" || claim.status === "DISPUTED";
  const blockedReason =
    awaitingVerdict && !canOnClaim(user, "claim.finalise", claim)
      ? hasRole(user, "REVIEWER")
        ? "You created or last edited this claim, so another reviewer must give the verdict (two-person rule)."
        : "A reviewer gives the verdict; you can still add evidence and comments."
      : null;

  return (
    <ShortcutProvider title="a claim">
    <article className="claim-view">
      <p className="breadcrumb">
        <Link href="/claims">Claims</Link> / <Link href={`/articles/${claim.articleId}?claim=${claim.id}`}>{claim.article.title}</Link>
      </p>
      <h1 className="claim-title">
        <span className="visually-hidden">Claim: </span>
        <q>{claim.quote}</q>
      </h1>
      {lateContradictions.length ? <ContradictedNotice claimId={claim.id} contradictions={lateContradictions} canReview={hasRole(user, "REVIEWER")} /> : null}
      <p className="claim-context">
        {context.before}
        <mark>{claim.quote}</mark>
        {context.after}
      </p>
      <dl className="meta">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={claim.status} />
          </dd>
        </div>
        <div>
          <dt>Outlet</dt>
          <dd>
            {claim.article.outlet.name}
            {claim.article.publishedAt ? <LocalTime value={claim.article.publishedAt} kind="date" prefix=", " /> : ""}
          </dd>
        </div>
        <div>
          <dt>Speaker</dt>
          <dd>{claim.speaker?.name ?? (facts?.speaker && derived.has("speaker") ? <Derived>{facts.speaker}</Derived> : "—")}</dd>
        </div>
        <div>
          <dt>Subject</dt>
          <dd>
            {claim.subject ?? (facts?.subject && derived.has("subject") ? <Derived>{facts.subject}</Derived> : "—")}
            {claim.subjectKey ? (
              <>
                {" "}
                <Link className="small" href={`/compare?${new URLSearchParams({ key: claim.subjectKey })}`}>
                  Compare all claims on it
                </Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{claim.kind === "QUANTITY" || figureFromText ? "Figure" : "Kind"}</dt>
          <dd>
            {claim.kind === "QUANTITY" && claim.value !== null ? describeFigure(claim) : figureFromText ? <Derived>{describeFigure(figureFromText)}</Derived> : humanize(claim.kind)}
          </dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>{claim.version}</dd>
        </div>
      </dl>
      {claim.verdictRationale ? (
        <section className={`panel verdict verdict-${claim.status.toLowerCase()}`} aria-label="Verdict">
          <p>
            <strong>{STATUS_LABEL[claim.status]}</strong> — {claim.verdictRationale}
          </p>
        </section>
      ) : null}
      <div className="claim-grid">
        <div>
          <WorkflowPanel claimId={claim.id} transitions={transitions} blockedReason={blockedReason} />
          {hasVerdict ? <PublishPanel claimId={claim.id} publishedAt={claim.publishedAt?.toISOString() ?? null} canPublish={hasRole(user, "REVIEWER")} /> : null}
          {canEdit && hasVerdict ? <p className="notice">Sources and links are frozen while the verdict stands: reopen the claim first to change them.</p> : null}
          <SourcesPanel
            claimId={claim.id}
            canEdit={evidenceEditable}
            sources={workspace.sources.map((source) => ({ ...source, accessedAt: source.accessedAt?.toISOString() ?? null }))}
          />
          <LinksPanel
            claimId={claim.id}
            canEdit={evidenceEditable}
            suggestions={suggestions ?? []}
            links={workspace.links.map((link) => ({
              id: link.id,
              kind: link.kind,
              note: link.note,
              fromClaimId: link.fromClaimId,
              toClaimId: link.fromClaimId === claim.id ? link.other.id : claim.id,
              label: linkLabelFor(claim.id, link),
              other: { id: link.other.id, quote: link.other.quote, status: link.other.status, outlet: link.other.article.outlet.name, speaker: link.other.speaker?.name ?? null },
            }))}
          />
        </div>
        <div>
          <AssignmentsPanel claimId={claim.id} canEdit={canEdit} people={people} assignments={workspace.assignments.map((assignment) => ({ id: assignment.id, assigneeId: assignment.assignee.id, name: assignment.assignee.name }))} />
          <CommentsPanel
            claimId={claim.id}
            canEdit={canEdit}
            comments={workspace.comments.map((comment) => ({ id: comment.id, author: comment.author.name, body: comment.body, at: comment.createdAt.toISOString() }))}
          />
          <Panel id="history" title="History">
            <ol className="history">
              {workspace.history.map((event) => (
                <li key={String(event.id)}>
                  <LocalTime value={event.createdAt} />
                  <span>
                    <strong>{event.actor?.name ?? "System"}</strong> {describeAuditEvent(event, claim.id, linkedQuotes)}
                  </span>
                </li>
              ))}
            </ol>
          </Panel>
        </div>
      </div>
    </article>
    </ShortcutProvider>
  );
}

/** A value the server read from the article text, not one an editor typed. */
function Derived({ children }: { children: React.ReactNode }) {
  return (
    <span className="derived" title="Read from the article text by Claimdesk; edit the claim to set it yourself.">
      {children} <span className="badge badge-derived">derived</span>
    </span>
  );
}
