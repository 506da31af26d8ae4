"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { useShortcuts, type Shortcut } from "@/components/shortcuts";
import type { CandidateItem } from "@/lib/candidates/rules";
import { describeFigure } from "@/lib/claims/describe";
import { findInArticle } from "@/lib/claims/find-text";
import type { ReaderClaim } from "@/lib/claims/reader";
import { segmentBody } from "@/lib/claims/segments";
import { formatDate, humanize } from "@/lib/format";
import { stepInTextOrder } from "@/lib/keyboard/shortcuts";
import { Button, buttonClass } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { useAction } from "../action-feedback";
import { deleteClaimAction } from "./actions";
import { CandidateList, candidateKey } from "./candidate-list";
import "./reader.css";
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

/** What a screen reader hears after a highlight's text: which claim (or candidate) it is. */
function describeClaim(claim: ReaderClaim): string {
  const figure = claim.kind === "QUANTITY" && claim.value !== null ? `, ${describeFigure(claim)}` : "";
  return `Claim: ${humanize(claim.kind)}, ${humanize(claim.status)}${figure}${claim.subject ? `, about ${claim.subject}` : ""}.`;
}

function describeCandidate(candidate: CandidateItem): string {
  const figure = candidate.value !== undefined ? `, ${describeFigure({ value: candidate.value, valueMax: candidate.valueMax ?? null, qualifier: candidate.qualifier ?? null, unit: candidate.unit ?? null })}` : "";
  return `Candidate claim, not marked yet: ${humanize(candidate.kind)}${figure}.`;
}

type Pending = { selection: TextSelection; top: number; left: number };

export function ArticleReader({ articleId, body, claims, candidates, canMark, currentUser, initialClaimId }: Props) {
  const router = useRouter();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<Mode>({ kind: "browse" });
  const [activeId, setActiveId] = useState<string | null>(initialClaimId);
  const [findText, setFindText] = useState("");
  const [findFrom, setFindFrom] = useState(0);
  // A find that matched nothing is said under the find field, where it is corrected.
  const [findError, setFindError] = useState<string | null>(null);
  const { call, toast } = useAction();
  const [deleting, startDelete] = useTransition();
  const [currentCandidate, setCurrentCandidate] = useState<string | null>(null);
  // The claim j/k last moved to (candidates use currentCandidate), drawn as the current highlight.
  const [cursorClaim, setCursorClaim] = useState<string | null>(null);
  // A mouse selection waiting for "Mark as claim": selecting text to copy it must not open a form.
  const [pending, setPending] = useState<Pending | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const asideRef = useRef<HTMLElement>(null);
  // Where the focus was when a form opened, so closing the form puts it back.
  const returnFocus = useRef<HTMLElement | null>(null);
  const focusAfterClose = useRef<string | null | undefined>(undefined);
  const describeId = useId();
  const descriptionId = (id: string) => `${describeId}-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
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
    // Readers who ask for less motion get the jump without the glide.
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document.querySelector(`[data-claims~="${activeId}"]`)?.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  }, [activeId]);

  // After a form closes (and the page has re-rendered), the focus goes back where it was; if that
  // element is gone (e.g. the "Mark as claim" button), to the claim's highlight or the text.
  useEffect(() => {
    const claimId = focusAfterClose.current;
    if (claimId === undefined || mode.kind !== "browse") return;
    focusAfterClose.current = undefined;
    const back = returnFocus.current;
    returnFocus.current = null;
    // A button that re-rendered (e.g. "Edit claim") is found again by its focus key.
    const again = back && !back.isConnected && back.dataset.focusKey ? document.querySelector<HTMLElement>(`[data-focus-key="${back.dataset.focusKey}"]`) : null;
    if (back?.isConnected) back.focus();
    else if (again) again.focus();
    else ((claimId ? document.querySelector<HTMLElement>(`[data-claims~="${claimId}"]`) : null) ?? bodyRef.current)?.focus();
  });

  useEffect(() => {
    if (!pending) return;
    // The button belongs to the selection: it goes when the selection is cleared or moves out of the text.
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !bodyRef.current?.contains(selection.anchorNode)) setPending(null);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [pending]);

  function openForm(next: Mode, from?: HTMLElement | null) {
    returnFocus.current = from ?? (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null);
    setMode(next);
  }

  function closeForm(claimId: string | null) {
    focusAfterClose.current = claimId;
    setMode({ kind: "browse" });
  }

  function startClaim(selection: TextSelection, from?: HTMLElement | null) {
    setFindError(null);
    setActiveId(null);
    setPending(null);
    openForm({ kind: "new", selection }, from);
  }

  function onMouseUp() {
    if (!canMark) return;
    const root = bodyRef.current;
    const wrap = wrapRef.current;
    const selection = window.getSelection();
    if (!root || !wrap || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return;
    const start = textOffset(root, range.startContainer, range.startOffset);
    const end = textOffset(root, range.endContainer, range.endOffset);
    const quote = body.slice(start, end);
    if (end <= start || quote.trim().length === 0) return;
    // Just below the end of the selection, kept inside the text column.
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const box = wrap.getBoundingClientRect();
    setPending({ selection: { start, end, quote }, top: last.bottom - box.top + 6, left: Math.max(0, Math.min(last.right - box.left - 24, box.width - 140)) });
  }

  /** The claim or candidate the keyboard is on: the focused card or highlight, else the last one moved to. */
  function currentNavId(): string | null {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const card = focused?.closest<HTMLElement>("[data-nav-id]");
    if (card?.dataset.navId) return card.dataset.navId;
    if (focused?.dataset.claims) return focused.dataset.claims.split(" ")[0] ?? null;
    if (focused?.dataset.candidates) return `${CANDIDATE_ID}${focused.dataset.candidates.split(" ")[0]}`;
    if (currentCandidate) return `${CANDIDATE_ID}${currentCandidate}`;
    return cursorClaim ?? activeId;
  }

  /** j/k: claims and candidates together, in the order they appear in the text. */
  function navigate(step: 1 | -1) {
    const cards = [...(asideRef.current?.querySelectorAll<HTMLElement>("[data-nav-id]") ?? [])];
    const items = cards.map((element) => ({ id: element.dataset.navId ?? "", start: Number(element.dataset.navStart), end: Number(element.dataset.navEnd), element }));
    const next = stepInTextOrder(items, currentNavId(), step);
    if (!next) return;
    const isCandidate = next.id.startsWith(CANDIDATE_ID);
    setCurrentCandidate(isCandidate ? next.id.slice(CANDIDATE_ID.length) : null);
    setCursorClaim(isCandidate ? null : next.id);
    next.element.focus({ preventScroll: true });
    const highlight = document.querySelector(isCandidate ? `[data-candidates~="${next.id.slice(CANDIDATE_ID.length)}"]` : `[data-claims~="${next.id}"]`);
    // Side by side (wide screens) both the highlight and the card fit; stacked, the card is what the keys act on.
    if (window.matchMedia("(max-width: 900px)").matches) next.element.scrollIntoView({ block: "center" });
    else {
      highlight?.scrollIntoView({ block: "center" });
      next.element.scrollIntoView({ block: "nearest" });
    }
  }

  /** The claim a key such as e or s acts on: the one the keyboard is on, else the open one. */
  function targetClaim(): ReaderClaim | null {
    const id = currentNavId();
    return claims.find((claim) => claim.id === id) ?? active;
  }

  const shortcuts: Shortcut[] = [
    { key: "j", description: "Next claim or candidate, in text order", run: () => navigate(1) },
    { key: "k", description: "Previous claim or candidate", run: () => navigate(-1) },
    {
      key: "Enter",
      description: "Open the focused claim; on a candidate underlined in the text, go to its card",
      run: (event) => {
        const target = event.target instanceof HTMLElement ? event.target : null;
        const claimId = target?.dataset.claims?.split(" ")[0];
        const candidate = target?.dataset.candidates?.split(" ")[0];
        if (claimId) {
          setMode({ kind: "browse" });
          setActiveId(claimId);
          setCursorClaim(claimId);
          return;
        }
        if (!candidate) return false;
        setCurrentCandidate(candidate);
        asideRef.current?.querySelector<HTMLElement>(`[data-candidate-key="${candidate}"]`)?.focus();
      },
    },
    ...(canMark
      ? [
          {
            key: "e",
            description: "Edit the claim",
            run: () => {
              const claim = targetClaim();
              if (!claim) return false;
              setActiveId(claim.id);
              openForm({ kind: "edit", claimId: claim.id });
            },
          },
          {
            key: "s",
            description: "Add a source to the claim (on its claim page)",
            run: () => {
              const claim = targetClaim();
              if (!claim) return false;
              router.push(`/claims/${claim.id}#add-source`);
            },
          },
          {
            key: "l",
            description: "Link the claim to another (opens the link picker on its claim page)",
            run: () => {
              const claim = targetClaim();
              if (!claim) return false;
              router.push(`/claims/${claim.id}#link`);
            },
          },
        ]
      : []),
    {
      key: "/",
      description: canMark ? "Find text to mark as a claim" : "Search",
      run: () => {
        const field = document.getElementById("find-quote") ?? document.querySelector<HTMLElement>("[role='search'] input");
        if (!field) return false;
        field.focus();
      },
    },
  ];
  useShortcuts(shortcuts);

  function findAndSelect() {
    if (!findText) return;
    const found = findInArticle(body, findText, findFrom);
    if (!found) {
      setFindError(`“${findText}” does not appear in the article text. The words must match, including capital letters (straight or curly quotes, hyphens or dashes don’t matter).`);
      return;
    }
    setFindFrom(found.start + 1);
    startClaim(found);
  }

  function saved(claim: ReaderClaim, message: string) {
    closeForm(claim.id);
    setActiveId(claim.id);
    toast({ message });
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
              <input
                id="find-quote"
                value={findText}
                onChange={(event) => {
                  setFindText(event.target.value);
                  setFindFrom(0);
                  setFindError(null);
                }}
                placeholder="e.g. at least 93 people"
                className="grow"
                aria-invalid={Boolean(findError)}
                aria-describedby="find-quote-error"
              />
              <Button type="submit" variant="quiet" disabled={!findText}>
                Mark this text
              </Button>
            </form>
            <p id="find-quote-error" className="field-error" role={findError ? "alert" : undefined}>
              {findError ?? ""}
            </p>
          </div>
        ) : null}
        <div ref={wrapRef} className="article-body-wrap">
        <div
          ref={bodyRef}
          className="article-body"
          role="region"
          aria-label="Article text"
          tabIndex={-1}
          onMouseUp={onMouseUp}
          onKeyDown={(event) => {
            if (event.key === "Escape" && pending) {
              setPending(null);
              window.getSelection()?.removeAllRanges();
            }
          }}
        >
          {segments.map((segment) => {
            const claimIds = segment.claimIds.filter((id) => !id.startsWith(CANDIDATE_ID));
            const candidateKeys = segment.claimIds.filter((id) => id.startsWith(CANDIDATE_ID)).map((id) => id.slice(CANDIDATE_ID.length));
            const text = body.slice(segment.start, segment.end);
            if (claimIds.length > 0) {
              return (
                <mark
                  key={segment.start}
                  data-claims={claimIds.join(" ")}
                  tabIndex={0}
                  aria-describedby={claimIds.map(descriptionId).join(" ")}
                  className={`claim-mark depth-${Math.min(claimIds.length, 3)}${activeId && claimIds.includes(activeId) ? " active" : ""}${cursorClaim && claimIds.includes(cursorClaim) ? " current" : ""}`}
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
                  tabIndex={0}
                  aria-describedby={candidateKeys.map((key) => descriptionId(`${CANDIDATE_ID}${key}`)).join(" ")}
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
        {pending ? (
          <button
            type="button"
            className="mark-selection-button"
            style={{ top: pending.top, left: pending.left }}
            // Pressing the button must not clear the selection it is about.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => startClaim(pending.selection, bodyRef.current)}
          >
            Mark as claim
          </button>
        ) : null}
        </div>
        <div hidden>
          {claims.map((claim) => (
            <span key={claim.id} id={descriptionId(claim.id)}>
              {describeClaim(claim)}
            </span>
          ))}
          {candidates.map((candidate) => (
            <span key={candidateKey(candidate)} id={descriptionId(`${CANDIDATE_ID}${candidateKey(candidate)}`)}>
              {describeCandidate(candidate)}
            </span>
          ))}
        </div>
      </div>
      <aside ref={asideRef} className="claims-aside" aria-label="Claims">
        {mode.kind === "new" ? (
          <NewClaimPanel key={`${mode.selection.start}-${mode.selection.end}`} articleId={articleId} selection={mode.selection} onSaved={(claim) => saved(claim, "Claim saved.")} onCancel={() => closeForm(null)} />
        ) : null}
        {mode.kind === "edit" && active ? (
          <EditClaimPanel key={active.id} claim={active} onSaved={(claim) => saved(claim, "Changes saved.")} onCancel={() => closeForm(active.id)} />
        ) : null}
        {mode.kind === "browse" && active ? (
          <Panel id="claim-detail" title="Claim" className="claim-panel">
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
                <Button data-focus-key="edit-claim" onClick={(event) => openForm({ kind: "edit", claimId: active.id }, event.currentTarget)}>
                  Edit claim
                </Button>
              ) : null}
              {canDelete(active) ? (
                <Button
                  variant="danger"
                  pending={deleting}
                  onClick={() => {
                    if (!window.confirm("Delete this draft claim? This cannot be undone.")) return;
                    startDelete(async () => {
                      const result = await call(() => deleteClaimAction(active.id, active.version));
                      if (!result) return;
                      toast(result.ok ? { message: "Claim deleted." } : { kind: "error", message: `The claim was not deleted: ${result.message}` });
                      if (result.ok) {
                        setActiveId(null);
                        router.refresh();
                      }
                    });
                  }}
                >
                  Delete draft
                </Button>
              ) : null}
              <Link href={`/claims/${active.id}`} className={buttonClass("quiet")}>
                Sources, links &amp; review
              </Link>
              <Button variant="quiet" onClick={() => setActiveId(null)}>
                Close
              </Button>
            </div>
          </Panel>
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
                  data-nav-id={claim.id}
                  data-nav-start={claim.start}
                  data-nav-end={claim.end}
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
