"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { CandidateItem } from "@/lib/candidates/rules";
import { describeFigure } from "@/lib/claims/describe";
import { findInArticle } from "@/lib/claims/find-text";
import type { ReaderClaim } from "@/lib/claims/reader";
import { segmentBody } from "@/lib/claims/segments";
import { formatDate, humanize } from "@/lib/format";
import { deleteClaimAction } from "./actions";
import { CandidateList, candidateKey } from "./candidate-list";
import type { TextSelection } from "./claim-panels";

// The claim forms (with the quote-reading engine that prefills them) are loaded on demand, not
// with the page: together they pushed the article page over the first-load JavaScript budget
// (docs/decisions/023). The reader starts fetching them as soon as it is on screen.
const loadClaimPanels = () => import("./claim-panels");
const panelLoading = () => (
  <section className="panel claim-panel" aria-busy="true">
    <p className="muted small">Loading the claim form…</p>
  </section>
);
const NewClaimPanel = dynamic(() => loadClaimPanels().then((module) => module.NewClaimPanel), { ssr: false, loading: panelLoading });
const EditClaimPanel = dynamic(() => loadClaimPanels().then((module) => module.EditClaimPanel), { ssr: false, loading: panelLoading });

type Props = {
  articleId: string;
  body: string;
  claims: ReaderClaim[];
  candidates: CandidateItem[];
  canMark: boolean;
  currentUser: { id: string; role: "VIEWER" | "EDITOR" | "REVIEWER" | "ADMIN" };
  initialClaimId: string | null;
};

type Mode = { kind: "browse" } | { kind: "new"; selection: TextSelection } | { kind: "edit"; claimId: string };

/** Offset of a DOM point in the body text: the length of the text before it (UTF-16 units, like the stored offsets). */
function textOffset(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

// Candidates share the body's segmentation with claims; this prefix keeps their ids apart.
const CANDIDATE_ID = "candidate:";

export function ArticleReader({ articleId, body, claims, candidates, canMark, currentUser, initialClaimId }: Props) {
  const router = useRouter();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<Mode>({ kind: "browse" });
  const [activeId, setActiveId] = useState<string | null>(initialClaimId);
  const [findText, setFindText] = useState("");
  const [findFrom, setFindFrom] = useState(0);
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const [deleting, startDelete] = useTransition();
  const [currentCandidate, setCurrentCandidate] = useState<string | null>(null);
  const segments = useMemo(
    () => segmentBody(body.length, [...claims, ...candidates.map((candidate) => ({ id: `${CANDIDATE_ID}${candidateKey(candidate)}`, start: candidate.start, end: candidate.end }))]),
    [body.length, claims, candidates],
  );
  const active = claims.find((claim) => claim.id === activeId) ?? null;

  useEffect(() => {
    // Fetched ahead of the first selection, so the form is normally there when it is wanted.
    if (canMark) void loadClaimPanels().catch(() => undefined);
  }, [canMark]);

  useEffect(() => {
    if (!activeId) return;
    document.querySelector(`[data-claims~="${activeId}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [activeId]);

  function startClaim(selection: TextSelection) {
    setNotice(null);
    setActiveId(null);
    setMode({ kind: "new", selection });
  }

  function onMouseUp() {
    if (!canMark) return;
    const root = bodyRef.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return;
    const start = textOffset(root, range.startContainer, range.startOffset);
    const end = textOffset(root, range.endContainer, range.endOffset);
    const quote = body.slice(start, end);
    if (end > start && quote.trim().length > 0) startClaim({ start, end, quote });
  }

  function findAndSelect() {
    if (!findText) return;
    const found = findInArticle(body, findText, findFrom);
    if (!found) {
      setNotice({ ok: false, message: `“${findText}” does not appear in the article text. The words must match, including capital letters (straight or curly quotes, hyphens or dashes don’t matter).` });
      return;
    }
    setFindFrom(found.start + 1);
    startClaim(found);
  }

  function saved(claim: ReaderClaim, message: string) {
    setMode({ kind: "browse" });
    setActiveId(claim.id);
    setNotice({ ok: true, message });
    window.getSelection()?.removeAllRanges();
    router.refresh();
  }

  const canDelete = (claim: ReaderClaim) => currentUser.role === "ADMIN" || (canMark && claim.createdById === currentUser.id && claim.status === "DRAFT");

  return (
    <div className="article-layout">
      <div>
        {canMark ? (
          <div className="mark-toolbar">
            <p className="muted small">Select text in the article to mark a claim — or type the exact words here:</p>
            <form
              className="inline"
              onSubmit={(event) => {
                event.preventDefault();
                findAndSelect();
              }}
            >
              <label htmlFor="find-quote" className="visually-hidden">
                Text to mark as a claim
              </label>
              <input id="find-quote" value={findText} onChange={(event) => { setFindText(event.target.value); setFindFrom(0); }} placeholder="e.g. at least 93 people" className="grow" />
              <button type="submit" className="button-quiet" disabled={!findText}>
                Mark this text
              </button>
            </form>
          </div>
        ) : null}
        <div ref={bodyRef} className="article-body" role="region" aria-label="Article text" onMouseUp={onMouseUp}>
          {segments.map((segment) => {
            const claimIds = segment.claimIds.filter((id) => !id.startsWith(CANDIDATE_ID));
            const candidateKeys = segment.claimIds.filter((id) => id.startsWith(CANDIDATE_ID)).map((id) => id.slice(CANDIDATE_ID.length));
            const text = body.slice(segment.start, segment.end);
            if (claimIds.length > 0) {
              return (
                <mark
                  key={segment.start}
                  data-claims={claimIds.join(" ")}
                  className={`claim-mark depth-${Math.min(claimIds.length, 3)}${activeId && claimIds.includes(activeId) ? " active" : ""}`}
                  onClick={() => {
                    if (window.getSelection()?.isCollapsed === false) return;
                    setMode({ kind: "browse" });
                    setActiveId(claimIds[0] ?? null);
                  }}
                >
                  {text}
                </mark>
              );
            }
            if (candidateKeys.length > 0) {
              return (
                <span
                  key={segment.start}
                  data-candidates={candidateKeys.join(" ")}
                  className={`candidate-mark${currentCandidate && candidateKeys.includes(currentCandidate) ? " current" : ""}`}
                  onClick={() => {
                    if (window.getSelection()?.isCollapsed === false) return;
                    setCurrentCandidate(candidateKeys[0] ?? null);
                  }}
                >
                  {text}
                </span>
              );
            }
            return <span key={segment.start}>{text}</span>;
          })}
        </div>
      </div>
      <aside className="claims-aside" aria-label="Claims">
        {notice ? (
          <p role={notice.ok ? "status" : "alert"} className={notice.ok ? "form-success" : "form-error"}>
            {notice.message}
          </p>
        ) : null}
        {mode.kind === "new" ? (
          <NewClaimPanel key={`${mode.selection.start}-${mode.selection.end}`} articleId={articleId} selection={mode.selection} onSaved={(claim) => saved(claim, "Claim saved.")} onCancel={() => setMode({ kind: "browse" })} />
        ) : null}
        {mode.kind === "edit" && active ? (
          <EditClaimPanel key={active.id} claim={active} onSaved={(claim) => saved(claim, "Changes saved.")} onCancel={() => setMode({ kind: "browse" })} />
        ) : null}
        {mode.kind === "browse" && active ? (
          <section className="panel claim-panel" aria-labelledby="claim-detail-heading">
            <h2 id="claim-detail-heading">Claim</h2>
            <blockquote className="selected-quote">{active.quote}</blockquote>
            <dl className="claim-facts">
              <dt>Kind</dt>
              <dd>{humanize(active.kind)}</dd>
              <dt>Status</dt>
              <dd>
                <span className={`status status-${active.status.toLowerCase()}`}>{humanize(active.status)}</span>
              </dd>
              <dt>Subject</dt>
              <dd>{active.subject ?? "—"}</dd>
              <dt>Speaker</dt>
              <dd>{active.speaker ?? "—"}</dd>
              {active.kind === "QUANTITY" ? (
                <>
                  <dt>Figure</dt>
                  <dd>{describeFigure(active)}</dd>
                </>
              ) : null}
              <dt>Refers to</dt>
              <dd>{[active.occurredAt ? formatDate(new Date(active.occurredAt)) : null, active.place].filter(Boolean).join(", ") || "—"}</dd>
              {active.note ? (
                <>
                  <dt>Note</dt>
                  <dd>{active.note}</dd>
                </>
              ) : null}
              <dt>Marked by</dt>
              <dd>
                {active.createdBy}; last edited by {active.updatedBy} (version {active.version})
              </dd>
            </dl>
            <div className="inline">
              {canMark ? (
                <button type="button" onClick={() => setMode({ kind: "edit", claimId: active.id })}>
                  Edit claim
                </button>
              ) : null}
              {canDelete(active) ? (
                <button
                  type="button"
                  className="button-danger"
                  disabled={deleting}
                  onClick={() => {
                    if (!window.confirm("Delete this draft claim? This cannot be undone.")) return;
                    startDelete(async () => {
                      const result = await deleteClaimAction(active.id, active.version);
                      setNotice({ ok: result.ok, message: result.ok ? "Claim deleted." : result.message });
                      if (result.ok) {
                        setActiveId(null);
                        router.refresh();
                      }
                    });
                  }}
                >
                  {deleting ? "Deleting…" : "Delete draft"}
                </button>
              ) : null}
              <Link href={`/claims/${active.id}`} className="button-quiet">
                Sources, links &amp; review
              </Link>
              <button type="button" className="button-quiet" onClick={() => setActiveId(null)}>
                Close
              </button>
            </div>
          </section>
        ) : null}
        <CandidateList
          articleId={articleId}
          candidates={candidates}
          canDecide={canMark}
          currentKey={currentCandidate}
          onCurrentChange={setCurrentCandidate}
          onAccepted={(claim) => {
            setMode({ kind: "browse" });
            setActiveId(claim.id);
            router.refresh();
          }}
          onChanged={() => router.refresh()}
        />
        <h2 id="claims-heading">Claims ({claims.length})</h2>
        {claims.length === 0 ? (
          <p className="muted">No claims marked yet.{canMark ? " Select a sentence or a figure in the text to mark the first one." : ""}</p>
        ) : (
          <ol className="claim-list" aria-labelledby="claims-heading">
            {claims.map((claim) => (
              <li key={claim.id} className={`claim-card${claim.id === activeId ? " active" : ""}`}>
                <button
                  type="button"
                  className="claim-card-button"
                  aria-current={claim.id === activeId ? "true" : undefined}
                  onClick={() => {
                    setMode({ kind: "browse" });
                    setActiveId(claim.id);
                  }}
                >
                  <span className="claim-card-quote">{claim.quote}</span>
                  <span className="claim-card-meta">
                    <span className="tag">{humanize(claim.kind)}</span> <span className={`status status-${claim.status.toLowerCase()}`}>{humanize(claim.status)}</span>
                    {claim.subject ? <span className="claim-subject"> {claim.subject}</span> : null}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}
