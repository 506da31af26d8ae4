"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { useShortcuts } from "@/components/shortcuts";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { changeStatusAction } from "./actions";
import { useToast } from "@/components/ui/toast";

type Transition = { target: ClaimStatus; action: string; label: string; disabledReason?: string };

// Sending back takes an optional reason, which the editor then sees in their queue.
const NEEDS_RATIONALE = new Set(["give_verdict", "reopen", "send_back"]);

export function WorkflowPanel({ claimId, transitions, blockedReason }: { claimId: string; transitions: Transition[]; blockedReason: string | null }) {
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [feedback, setFeedback] = useState<{ ok: boolean; message: string; field?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const needsNote = transitions.some((transition) => NEEDS_RATIONALE.has(transition.action) && !transition.disabledReason);
  // Each distinct reason once, under the buttons it disables (aria-describedby points at it).
  const panelRef = useRef<HTMLElement>(null);
  useShortcuts(
    transitions.some((transition) => !transition.disabledReason)
      ? [
          {
            key: "r",
            description: "Submit or review: go to the rationale field (or the first review button)",
            run: () => {
              const panel = panelRef.current;
              const target = panel?.querySelector<HTMLElement>("textarea") ?? panel?.querySelector<HTMLElement>("button:not([disabled])");
              if (!target) return false;
              target.scrollIntoView({ block: "center" });
              target.focus({ preventScroll: true });
            },
          },
        ]
      : [],
  );
  const disabledReasons = [...new Set(transitions.flatMap((transition) => (transition.disabledReason ? [transition.disabledReason] : [])))];

  const run = (transition: Transition) =>
    startTransition(async () => {
      setFeedback(null);
      const result = await changeStatusAction(claimId, { status: transition.target, note });
      if (result.ok) {
        setNote("");
        toast({ kind: "success", message: `Status is now “${STATUS_LABEL[transition.target]}”.` });
        router.refresh();
      } else {
        setFeedback({ ok: false, message: result.message, field: result.fields?.note?.[0] });
      }
    });

  return (
    <section ref={panelRef} className="panel" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Review</h2>
      {needsNote ? (
        <div className="field">
          <label htmlFor={noteId}>Rationale or reason</label>
          <textarea
            id={noteId}
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder="Why this verdict (or why reopen, or what to fix when sending it back)."
            aria-invalid={Boolean(feedback?.field)}
            aria-describedby={`${noteId}-error`}
          />
          <p id={`${noteId}-error`} className="field-error" role={feedback?.field ? "alert" : undefined}>
            {feedback?.field ?? ""}
          </p>
        </div>
      ) : null}
      {transitions.length ? (
        <div className="inline">
          {transitions.map((transition) => (
            <button
              key={transition.target}
              type="button"
              className={transition.action === "give_verdict" ? undefined : "button-quiet"}
              disabled={pending || Boolean(transition.disabledReason)}
              title={transition.disabledReason}
              aria-describedby={transition.disabledReason ? `${noteId}-why-${disabledReasons.indexOf(transition.disabledReason)}` : undefined}
              onClick={() => run(transition)}
            >
              {transition.label}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted">No review step is open to you on this claim.</p>
      )}
      {disabledReasons.map((reason, index) => (
        <p key={reason} id={`${noteId}-why-${index}`} className="notice">
          {reason}
        </p>
      ))}
      {blockedReason ? <p className="notice">{blockedReason}</p> : null}
      <p className="small muted candidate-keys">
        Press <kbd>?</kbd> for this page’s keyboard shortcuts.
      </p>
      {feedback && !feedback.field ? (
        <p role={feedback.ok ? "status" : "alert"} className={feedback.ok ? "form-success" : "form-error"}>
          {feedback.message}
        </p>
      ) : null}
    </section>
  );
}
