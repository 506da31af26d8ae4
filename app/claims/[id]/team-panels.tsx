"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { addCommentAction, assignAction, unassignAction } from "./actions";
import { LocalTime } from "@/components/local-time";

export function AssignmentsPanel({ claimId, assignments, people, canEdit }: { claimId: string; assignments: { id: string; name: string }[]; people: { id: string; name: string }[]; canEdit: boolean }) {
  const router = useRouter();
  const id = useId();
  const [assigneeId, setAssigneeId] = useState("");
  const [feedback, setFeedback] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (work: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await work();
      setFeedback(result.ok ? null : { ok: false, message: result.message ?? "That did not work." });
      router.refresh();
    });
  return (
    <section className="panel" aria-labelledby="assign-heading">
      <h2 id="assign-heading">Assigned to</h2>
      {assignments.length === 0 ? <p className="muted">No one yet.</p> : null}
      <ul className="plain-list">
        {assignments.map((assignment) => (
          <li key={assignment.id} className="inline">
            <span>{assignment.name}</span>
            {canEdit ? (
              <button type="button" className="button-small button-quiet" disabled={pending} onClick={() => run(() => unassignAction(claimId, assignment.id))}>
                Remove<span className="visually-hidden"> {assignment.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form
          className="inline"
          onSubmit={(event) => {
            event.preventDefault();
            if (!assigneeId) {
              setFeedback({ ok: false, message: "Choose a person to assign." });
              return;
            }
            run(() => assignAction(claimId, { assigneeId }));
            setAssigneeId("");
          }}
        >
          <div className="field">
            <label htmlFor={id}>Assign to</label>
            <select id={id} value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)}>
              <option value="">Choose a person…</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button-quiet" disabled={pending}>
            Assign
          </button>
        </form>
      ) : null}
      {feedback ? (
        <p role="alert" className="form-error">
          {feedback.message}
        </p>
      ) : null}
    </section>
  );
}

export function CommentsPanel({ claimId, comments, canEdit }: { claimId: string; comments: { id: string; author: string; body: string; at: string }[]; canEdit: boolean }) {
  const router = useRouter();
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section className="panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments ({comments.length})</h2>
      <ol className="plain-list comments">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p className="small muted">
              {comment.author} · <LocalTime value={comment.at} />
            </p>
            <p className="comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {canEdit ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              const result = await addCommentAction(claimId, { body });
              if (!result.ok) {
                setError(result.fields?.body?.[0] ?? result.message);
                return;
              }
              setError(null);
              setBody("");
              router.refresh();
            });
          }}
        >
          <div className="field">
            <label htmlFor={id}>Add a comment</label>
            <textarea id={id} rows={2} value={body} onChange={(event) => setBody(event.target.value)} aria-invalid={Boolean(error)} aria-describedby={`${id}-error`} />
            <p id={`${id}-error`} className="field-error" role={error ? "alert" : undefined}>
              {error ?? ""}
            </p>
          </div>
          <div>
            <button type="submit" className="button-quiet" disabled={pending}>
              {pending ? "Posting…" : "Post comment"}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
