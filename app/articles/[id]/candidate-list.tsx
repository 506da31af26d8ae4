"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useShortcuts } from "@/components/shortcuts";
import { overlaps, type CandidateItem } from "@/lib/candidates/rules";
import { describeFigure } from "@/lib/claims/describe";
import type { ReaderClaim } from "@/lib/claims/reader";
import { humanize } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { useAction } from "../action-feedback";
import { acceptCandidateAction, dismissCandidateAction, restoreCandidateAction } from "./candidate-actions";

export function candidateKey(candidate: { start: number; end: number }): string {
  return `${candidate.start}-${candidate.end}`;
}

type Props = {
  articleId: string;
  candidates: CandidateItem[];
  canDecide: boolean;
  /** The key of the candidate the reader highlights; owned by the reader so a click in the text can set it. */
  currentKey: string | null;
  onCurrentChange: (key: string | null) => void;
  onAccepted: (claim: ReaderClaim) => void;
  onChanged: () => void;
};

/**
 * The "Candidates (n)" list and its keyboard shortcuts: Enter or a accepts, x dismisses (the reader's
 * j/k move through candidates and claims together).
 * Decided candidates disappear at once and the page data is refreshed behind them; a toast says
 * what happened (with Undo for a dismissal), and a failure brings the candidate back with the reason.
 */
export function CandidateList({ articleId, candidates, canDecide, currentKey, onCurrentChange, onAccepted, onChanged }: Props) {
  // Decided candidates are hidden at once; the hiding belongs to the list it was made on, so fresh
  // server data (which leaves them out itself) starts clean and a restored candidate shows again.
  const [hiding, setHiding] = useState<{ list: CandidateItem[]; keys: ReadonlySet<string> }>({ list: candidates, keys: new Set() });
  const hidden = hiding.list === candidates ? hiding.keys : new Set<string>();
  const { call, toast } = useAction();
  const [busy, startWork] = useTransition();
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const visible = candidates.filter((candidate) => !hidden.has(candidateKey(candidate)));
  const currentIndex = visible.findIndex((candidate) => candidateKey(candidate) === currentKey);

  useEffect(() => {
    const key = focusAfterRender.current;
    if (!key) return;
    focusAfterRender.current = null;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-candidate-key="${key}"]`)?.focus();
  });

  function show(key: string) {
    onCurrentChange(key);
    document.querySelector(`[data-candidates~="${key}"]`)?.scrollIntoView({ block: "center" });
  }

  /**
   * Hides the candidate (and, once it is a claim, the candidates it overlaps, which the server
   * leaves out from now on) and moves the selection and focus to the candidate that takes its place.
   */
  function hide(candidate: CandidateItem, withOverlapping: boolean) {
    const index = visible.findIndex((item) => candidateKey(item) === candidateKey(candidate));
    const gone = new Set(visible.filter((item) => item === candidate || (withOverlapping && overlaps(item, candidate))).map(candidateKey));
    const rest = visible.filter((item) => !gone.has(candidateKey(item)));
    const next = rest.find((item) => visible.indexOf(item) > index) ?? rest[rest.length - 1];
    setHiding((previous) => ({ list: candidates, keys: new Set([...(previous.list === candidates ? previous.keys : []), ...gone]) }));
    onCurrentChange(next ? candidateKey(next) : null);
    focusAfterRender.current = next ? candidateKey(next) : null;
  }

  function unhide(candidate: CandidateItem) {
    setHiding((previous) => {
      const keys = new Set(previous.list === candidates ? previous.keys : []);
      keys.delete(candidateKey(candidate));
      return { list: candidates, keys };
    });
  }

  function accept(candidate: CandidateItem) {
    if (!canDecide || busy) return;
    hide(candidate, true);
    startWork(async () => {
      const result = await call(() => acceptCandidateAction(articleId, { start: candidate.start, end: candidate.end }));
      if (result?.ok) {
        toast({ message: `Candidate accepted: ${shorten(candidate.quote)} is a claim now; edit it in the claim panel.` });
        onAccepted(result.data);
      } else {
        unhide(candidate);
        if (result) toast({ kind: "error", message: `The candidate was not accepted: ${result.message}` });
        onChanged();
      }
    });
  }

  function dismiss(candidate: CandidateItem) {
    if (!canDecide || busy) return;
    hide(candidate, false);
    startWork(async () => {
      const result = await call(() => dismissCandidateAction(articleId, { start: candidate.start, end: candidate.end }));
      if (result?.ok) toast({ message: `Candidate dismissed: ${shorten(candidate.quote)}`, action: { label: "Undo", onAction: () => restore(candidate) } });
      else {
        unhide(candidate);
        if (result) toast({ kind: "error", message: `The candidate was not dismissed: ${result.message}` });
      }
      onChanged();
    });
  }

  function restore(candidate: CandidateItem) {
    startWork(async () => {
      const result = await call(() => restoreCandidateAction(articleId, { start: candidate.start, end: candidate.end }));
      if (!result) return;
      toast(result.ok ? { message: `Candidate restored: ${shorten(candidate.quote)}` } : { kind: "error", message: `The candidate was not restored: ${result.message}` });
      if (result.ok) {
        onCurrentChange(candidateKey(candidate));
        focusAfterRender.current = candidateKey(candidate);
      }
      onChanged();
    });
  }

  const current = currentIndex === -1 ? undefined : visible[currentIndex];
  useShortcuts(
    canDecide
      ? [
          {
            key: "Enter",
            description: "On a candidate’s card: accept it",
            run: (event) => {
              // Enter belongs to whatever button has focus, unless that is the candidate itself (or nothing).
              const onCandidate = event.target instanceof HTMLElement && event.target.dataset.candidateKey !== undefined;
              if (!current || !(onCandidate || event.target === document.body)) return false;
              accept(current);
            },
          },
          { key: "a", description: "Accept the current candidate", run: () => (current ? accept(current) : false) },
          { key: "x", description: "Dismiss the current candidate (with undo)", run: () => (current ? dismiss(current) : false) },
        ]
      : [],
  );

  return (
    <section className="candidates" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">Candidates ({visible.length})</h2>
      <p className="muted small candidate-keys">
        Claims this article probably contains, dotted-underlined in the text. Keys: <kbd>j</kbd>/<kbd>k</kbd> move through candidates and claims{canDecide ? <>, <kbd>Enter</kbd> or <kbd>a</kbd> accepts, <kbd>x</kbd> dismisses</> : null}; <kbd>?</kbd> lists every key.
      </p>
      {visible.length === 0 ? (
        <p className="muted">No open candidates: every claim proposed for this article has been marked, accepted or dismissed.</p>
      ) : (
        <ol ref={listRef} className="candidate-list" aria-labelledby="candidates-heading">
          {visible.map((candidate) => {
            const key = candidateKey(candidate);
            const current = key === currentKey;
            return (
              <li key={key} className={`candidate-card${current ? " current" : ""}`}>
                <button type="button" className="candidate-card-button" data-candidate-key={key} data-nav-id={`candidate:${key}`} data-nav-start={candidate.start} data-nav-end={candidate.end} aria-current={current ? "true" : undefined} onClick={() => show(key)}>
                  <span className="candidate-card-quote">{candidate.quote}</span>
                  <span className="claim-card-meta">
                    <span className="tag">{humanize(candidate.kind)}</span>
                    {candidate.value !== undefined ? <span className="candidate-figure"> {describeFigure({ value: candidate.value, valueMax: candidate.valueMax ?? null, qualifier: candidate.qualifier ?? null, unit: candidate.unit ?? null })}</span> : null}
                    {candidate.speaker ? <span className="candidate-speaker"> · {candidate.speaker}</span> : null}
                  </span>
                  <span className="candidate-reason">{candidate.reason}</span>
                </button>
                {canDecide ? (
                  <div className="candidate-actions">
                    <Button size="small" disabled={busy} aria-label={`Accept ${shorten(candidate.quote)}`} onClick={() => accept(candidate)}>
                      Accept
                    </Button>
                    <Button size="small" variant="quiet" disabled={busy} aria-label={`Dismiss ${shorten(candidate.quote)}`} onClick={() => dismiss(candidate)}>
                      Dismiss
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The quote in quotation marks for a message, cut to fit; a quote that opens with its own mark keeps just that one. */
function shorten(quote: string): string {
  const short = quote.length > 60 ? `${quote.slice(0, 57).trimEnd()}…` : quote;
  return /^[“"‘']/.test(short) ? short : `“${short}”`;
}
