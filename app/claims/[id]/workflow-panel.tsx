"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { useShortcuts } from "@/components/shortcuts";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { useAction } from "@/app/articles/action-feedback";
import { changeStatusAction } from "./actions";

type Transition = { target: ClaimStatus; action: string; label: string; disabledReason?: string };

// Sending back takes an optional reason, which the editor then sees in their queue.
const NEEDS_RATIONALE = new Set(["give_verdict", "reopen", "send_back"]);

export function WorkflowPanel({ claimId, transitions, blockedReason }: { claimId: string; transitions: Transition[]; blockedReason: string | null }) {
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [feedback, setFeedback] = useState<{ message: string; field?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<ClaimStatus | null>(null);
  const { call, toast } = useAction();
  const needsNote = transitions.some((transition) => NEEDS_RATIONALE.has(transition.action) && !transition.disabledReason);
  // Each distinct reason once, under the buttons it disables (aria-describedby points at it).
  const panelRef = useRef<HTMLDivElement>(null);
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

  const run = (transition: Transition) => {
    setRunning(transition.target);
    startTransition(async () => {
      setFeedback(null);
      const result = await call(() => changeStatusAction(claimId, { status: transition.target, note }));
      setRunning(null);
      if (!result) return;
      if (result.ok) {
        setNote("");
        toast({ kind: "success", message: `Status is now “${STATUS_LABEL[transition.target]}”.` });
        router.refresh();
      } else {
        setFeedback({ message: result.message, field: result.fields?.note?.[0] });
      }
    });
  };

  return (
    <Panel id="workflow" title="Review">
      <div ref={panelRef}>
      {needsNote ? (
        <Field id={noteId} label="Rationale or reason" error={feedback?.field}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder="Why this verdict (or why reopen, or what to fix when sending it back)."
            />
          )}
        </Field>
      ) : null}
      {transitions.length ? (
        <div className="inline">
          {transitions.map((transition) => (
            <Button
              key={transition.target}
              variant={transition.action === "give_verdict" ? "primary" : "quiet"}
              disabled={pending || Boolean(transition.disabledReason)}
              pending={running === transition.target}
              title={transition.disabledReason}
              aria-describedby={transition.disabledReason ? `${noteId}-why-${disabledReasons.indexOf(transition.disabledReason)}` : undefined}
              onClick={() => run(transition)}
            >
              {transition.label}
            </Button>
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
        <p role="alert" className="form-error">
          {feedback.message}
        </p>
      ) : null}
      </div>
    </Panel>
  );
}
