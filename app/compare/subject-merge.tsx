"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { SuggestionList } from "@/components/suggestions";
import { mergeSubjectFormSchema, type MergeSubjectFormInput } from "@/lib/validation/subjects";
import { mergeSubjectAction, splitSubjectAction } from "./actions";

const compareHref = (key: string) => `/compare?${new URLSearchParams({ key })}`;

/** Moves every claim of this subject under another one; the result page is the merged subject. */
export function MergeSubjectForm({ subjectKey, label }: { subjectKey: string; label: string }) {
  const id = useId();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MergeSubjectFormInput>({ resolver: zodResolver(mergeSubjectFormSchema), defaultValues: { from: subjectKey, into: "" } });
  const into = useWatch({ control, name: "into" }) ?? "";
  if (!open) {
    return (
      <button type="button" className="button-quiet button-small" onClick={() => setOpen(true)} aria-expanded={false} aria-controls={`${id}-form`}>
        Merge into another subject…
      </button>
    );
  }
  return (
    <form
      id={`${id}-form`}
      className="panel merge-form"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const result = await mergeSubjectAction(values);
        if (result.ok) {
          router.push(compareHref(result.data.to));
          return;
        }
        applyServerErrors(result.fields, setError);
        if (!result.fields?.into) setError("into", { message: result.message });
      })}
    >
      <input type="hidden" {...register("from")} />
      <div className="field">
        <label htmlFor={`${id}-into`}>Merge “{label}” into</label>
        <input
          id={`${id}-into`}
          autoFocus
          autoComplete="off"
          list={`${id}-suggestions`}
          aria-invalid={Boolean(errors.into)}
          aria-describedby={`${id}-hint ${id}-error`}
          {...register("into")}
        />
        <SuggestionList id={`${id}-suggestions`} field="subject" value={into} />
        <p id={`${id}-hint`} className="small muted">
          Its claims are then compared with that subject’s, and new claims about it follow. The merge is recorded and can be split off again.
        </p>
        <FieldError id={`${id}-error`} message={errors.into?.message} />
      </div>
      <div className="actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Merging…" : "Merge"}
        </button>
        <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Subjects merged into this one, each with a button that gives its claims their own subject back. */
export function MergedSubjects({ subjectKey, merged }: { subjectKey: string; merged: { key: string; label: string }[] }) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="merged-subjects" aria-labelledby="merged-subjects-heading">
      <h2 id="merged-subjects-heading">Merged into this subject</h2>
      <ul>
        {merged.map((subject) => (
          <li key={subject.key}>
            <Link href={compareHref(subject.key)}>{subject.label}</Link>{" "}
            <button
              type="button"
              className="button-quiet button-small"
              disabled={pending !== null}
              onClick={async () => {
                setPending(subject.key);
                setError(null);
                const result = await splitSubjectAction({ from: subject.key });
                setPending(null);
                // The notice is the page's own (this list may be empty afterwards), so it survives the refresh.
                if (result.ok) router.push(`/compare?${new URLSearchParams({ key: subjectKey, split: subject.key, restored: String(result.data.restored) })}`);
                else setError(result.message);
              }}
            >
              {pending === subject.key ? "Splitting…" : "Split off"}
              <span className="visually-hidden"> {subject.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
