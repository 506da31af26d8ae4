"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/form-errors";
import { ErrorMessage } from "@/components/form-message";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";
import { LocalTime } from "@/components/local-time";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import type { commentSchema } from "@/lib/validation/evidence";
import { useAction } from "@/app/articles/action-feedback";
import { addCommentAction, assignAction, unassignAction } from "./actions";

const commentResolver = lazyZodResolver(() => import("@/lib/validation/evidence").then((module) => module.commentSchema));

type Assignment = { id: string; assigneeId: string; name: string };

export function AssignmentsPanel({ claimId, assignments, people, canEdit }: { claimId: string; assignments: Assignment[]; people: { id: string; name: string }[]; canEdit: boolean }) {
  const router = useRouter();
  const id = useId();
  const { call, toast } = useAction();
  const [assigneeId, setAssigneeId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function assign(personId: string, name: string, undone = false) {
    setBusy("assign");
    startTransition(async () => {
      const result = await call(() => assignAction(claimId, { assigneeId: personId }));
      setBusy(null);
      if (!result) return;
      if (!result.ok) {
        if (undone) toast({ kind: "error", message: `${name} was not assigned again: ${result.message}` });
        else setError(result.fields?.assigneeId?.[0] ?? result.message);
        return;
      }
      setError(null);
      setAssigneeId("");
      toast({ message: undone ? `Undone: assigned to ${name} again` : `Assigned to ${name}` });
      router.refresh();
    });
  }

  // Taking someone off says so with Undo, which assigns them again (audited as a new assignment).
  function unassign(assignment: Assignment) {
    setBusy(assignment.id);
    startTransition(async () => {
      const result = await call(() => unassignAction(claimId, assignment.id));
      setBusy(null);
      if (!result) return;
      if (result.ok) toast({ message: `${assignment.name} is no longer assigned`, action: { label: "Undo", onAction: () => assign(assignment.assigneeId, assignment.name, true) } });
      else toast({ kind: "error", message: `${assignment.name} was not taken off: ${result.message}` });
      router.refresh();
    });
  }

  return (
    <Panel id="assign" title="Assigned to">
      {assignments.length === 0 ? <p className="muted">No one yet.</p> : null}
      <ul className="plain-list">
        {assignments.map((assignment) => (
          <li key={assignment.id} className="inline">
            <span>{assignment.name}</span>
            {canEdit ? (
              <Button size="small" variant="quiet" disabled={pending} pending={busy === assignment.id} onClick={() => unassign(assignment)}>
                Remove<span className="visually-hidden"> {assignment.name}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form
          className="inline"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const person = people.find((candidate) => candidate.id === assigneeId);
            if (!person) {
              setError("Choose a person to assign.");
              return;
            }
            assign(person.id, person.name);
          }}
        >
          <Field id={id} label="Assign to" error={error ?? undefined}>
            {(control) => (
              <select {...control} value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)}>
                <option value="">Choose a person…</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button type="submit" variant="quiet" disabled={pending} pending={busy === "assign"}>
            Assign
          </Button>
        </form>
      ) : null}
    </Panel>
  );
}

type CommentValues = z.input<typeof commentSchema>;

export function CommentsPanel({ claimId, comments, canEdit }: { claimId: string; comments: { id: string; author: string; body: string; at: string }[]; canEdit: boolean }) {
  const router = useRouter();
  const id = useId();
  const { call, toast } = useAction();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CommentValues, unknown, z.output<typeof commentSchema>>({ resolver: commentResolver, defaultValues: { body: "" } });
  return (
    <Panel id="comments" title={`Comments (${comments.length})`}>
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
          noValidate
          onSubmit={handleSubmit(async (values) => {
            setFormError(null);
            const result = await call(() => addCommentAction(claimId, values));
            if (!result) return;
            if (!result.ok) {
              applyServerErrors(result.fields, setError);
              if (!result.fields?.body) setFormError(result.message);
              return;
            }
            toast({ message: "Comment posted" });
            reset();
            router.refresh();
          })}
        >
          <ErrorMessage message={formError} />
          <Field id={id} label="Add a comment" error={errors.body?.message}>
            {(control) => <textarea {...control} rows={2} {...register("body")} />}
          </Field>
          <div>
            <Button type="submit" variant="quiet" pending={isSubmitting}>
              Post comment
            </Button>
          </div>
        </form>
      ) : null}
    </Panel>
  );
}
