"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reviewLinkAction, setPublishedAction } from "./actions";
import { LocalTime } from "@/components/local-time";
import { useToast } from "@/components/ui/toast";

type Feedback = { ok: boolean; message: string } | null;

function FeedbackLine({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return (
    <p role={feedback.ok ? "status" : "alert"} className={feedback.ok ? "form-success" : "form-error"}>
      {feedback.message}
    </p>
  );
}

/** Publishing is offered only once a verdict stands; reopening takes the page down by itself. */
export function PublishPanel({ claimId, publishedAt, canPublish }: { claimId: string; publishedAt: string | null; canPublish: boolean }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const run = (publish: boolean) =>
    startTransition(async () => {
      setFeedback(null);
      const result = await setPublishedAction(claimId, publish);
      if (result.ok) {
        toast({ kind: "success", message: result.message ?? (publish ? "Published." : "Unpublished.") });
        router.refresh();
      } else setFeedback({ ok: false, message: result.message ?? "That did not work." });
    });
  return (
    <section className="panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Public fact-check</h2>
      {publishedAt ? (
        <p>
          Published on <LocalTime value={publishedAt} kind="day" />:{" "}
          <Link href={`/fact-checks/${claimId}`}>public page</Link> (no login needed).
        </p>
      ) : (
        <p className="muted small">Not published. Publishing gives this verdict a public page that anyone can read, and its ClaimReview points there.</p>
      )}
      {canPublish ? (
        <div className="inline">
          {publishedAt ? (
            <button type="button" className="button-quiet" disabled={pending} onClick={() => run(false)}>
              Take down the public page
            </button>
          ) : (
            <button type="button" disabled={pending} onClick={() => run(true)}>
              Publish this fact-check
            </button>
          )}
        </div>
      ) : null}
      <FeedbackLine feedback={feedback} />
    </section>
  );
}

export type LateContradiction = { linkId: string; otherClaimId: string; otherQuote: string; outlet: string };

/** Shown at the top of a claim whose verdict a later contradiction calls into question. */
export function ContradictedNotice({ claimId, contradictions, canReview }: { claimId: string; contradictions: LateContradiction[]; canReview: boolean }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section className="alert-banner" role="alert" aria-labelledby="contradicted-heading">
      <h2 id="contradicted-heading">Contradicted after the verdict</h2>
      <p>A claim linked since the verdict contradicts this one. Reopen the claim, or review the contradiction and let the verdict stand.</p>
      <ul>
        {contradictions.map((item) => (
          <li key={item.linkId}>
            <Link href={`/claims/${item.otherClaimId}`}>“{item.otherQuote}”</Link> <span className="small">({item.outlet})</span>{" "}
            {canReview ? (
              <button
                type="button"
                className="button-quiet"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await reviewLinkAction(claimId, item.linkId);
                    setFeedback({ ok: result.ok, message: result.message ?? "" });
                    if (result.ok) router.refresh();
                  })
                }
              >
                Reviewed: the verdict stands
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <FeedbackLine feedback={feedback} />
    </section>
  );
}
