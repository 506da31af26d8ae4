"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reviewLinkAction, setPublishedAction } from "./actions";
import { LocalTime } from "@/components/local-time";
import { ErrorMessage } from "@/components/form-message";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { useAction } from "@/app/articles/action-feedback";

/** Publishing is offered only once a verdict stands; reopening takes the page down by itself. */
export function PublishPanel({ claimId, publishedAt, canPublish }: { claimId: string; publishedAt: string | null; canPublish: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { call, toast } = useAction();
  const run = (publish: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await call(() => setPublishedAction(claimId, publish));
      if (!result) return;
      if (result.ok) {
        toast({ kind: "success", message: result.message ?? (publish ? "Published." : "Taken down.") });
        router.refresh();
      } else setError(result.message);
    });
  return (
    <Panel id="publish" title="Public fact-check">
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
            <Button variant="quiet" pending={pending} onClick={() => run(false)}>
              Take down the public page
            </Button>
          ) : (
            <Button pending={pending} onClick={() => run(true)}>
              Publish this fact-check
            </Button>
          )}
        </div>
      ) : null}
      <ErrorMessage message={error} />
    </Panel>
  );
}

export type LateContradiction = { linkId: string; otherClaimId: string; otherQuote: string; outlet: string };

/** Shown at the top of a claim whose verdict a later contradiction calls into question. */
export function ContradictedNotice({ claimId, contradictions, canReview }: { claimId: string; contradictions: LateContradiction[]; canReview: boolean }) {
  const router = useRouter();
  const { call, toast } = useAction();
  const [reviewing, setReviewing] = useState<string | null>(null);
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
              <Button
                variant="quiet"
                disabled={pending}
                pending={reviewing === item.linkId}
                onClick={() => {
                  setReviewing(item.linkId);
                  startTransition(async () => {
                    const result = await call(() => reviewLinkAction(claimId, item.linkId));
                    setReviewing(null);
                    if (!result) return;
                    toast(result.ok ? { message: result.message ?? "Marked as reviewed." } : { kind: "error", message: result.message });
                    if (result.ok) router.refresh();
                  });
                }}
              >
                Reviewed: the verdict stands
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
