"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyServerErrors } from "@/components/form-errors";
import { SuggestionList } from "@/components/suggestions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { mergeSubjectFormSchema, type MergeSubjectFormInput } from "@/lib/validation/subjects";
import { mergeSubjectAction, splitSubjectAction } from "./actions";

const compareHref = (key: string) => `/compare?${new URLSearchParams({ key })}`;

/** Moves every claim of this subject under another one; the result page is the merged subject, and the toast offers Undo (a split). */
export function MergeSubjectForm({ subjectKey, label }: { subjectKey: string; label: string }) {
  const id = useId();
  const router = useRouter();
  const toast = useToast();
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
      <Button variant="quiet" size="small" onClick={() => setOpen(true)} aria-expanded={false} aria-controls={`${id}-form`}>
        Merge into another subject…
      </Button>
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
          toast({
            kind: "success",
            message: `Merged “${label}”: ${result.data.moved === 1 ? "1 claim" : `${result.data.moved} claims`} moved.`,
            // A split gives the merged claims their own subject back: the merge's exact reversal.
            action: {
              label: "Undo",
              onAction: async () => {
                const undone = await splitSubjectAction({ from: subjectKey });
                if (!undone.ok) {
                  toast({ kind: "error", message: `The merge could not be undone: ${undone.message}` });
                  return;
                }
                router.push(compareHref(subjectKey));
                toast({ kind: "success", message: `Merge undone: “${label}” has its own claims again.` });
              },
            },
          });
          return;
        }
        applyServerErrors(result.fields, setError);
        if (!result.fields?.into) toast({ kind: "error", message: result.message });
      })}
    >
      <input type="hidden" {...register("from")} />
      <Field id={`${id}-into`} label={`Merge “${label}” into`} error={errors.into?.message} hint="Its claims are then compared with that subject’s, and new claims about it follow. The merge is recorded and can be split off again.">
        {(control) => <input {...control} autoFocus autoComplete="off" list={`${id}-suggestions`} {...register("into")} />}
      </Field>
      <SuggestionList id={`${id}-suggestions`} field="subject" value={into} />
      <div className="actions">
        <Button type="submit" pending={isSubmitting}>
          Merge
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Subjects merged into this one, each with a button that gives its claims their own subject back. */
export function MergedSubjects({ merged }: { subjectKey: string; merged: { key: string; label: string }[] }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState<string | null>(null);
  return (
    <section className="merged-subjects" aria-labelledby="merged-subjects-heading">
      <h2 id="merged-subjects-heading">Merged into this subject</h2>
      <ul>
        {merged.map((subject) => (
          <li key={subject.key}>
            <Link href={compareHref(subject.key)}>{subject.label}</Link>{" "}
            <Button
              variant="quiet"
              size="small"
              pending={pending === subject.key}
              disabled={pending !== null}
              onClick={async () => {
                setPending(subject.key);
                const result = await splitSubjectAction({ from: subject.key });
                setPending(null);
                if (!result.ok) {
                  toast({ kind: "error", message: `“${subject.label}” could not be split off: ${result.message}` });
                  return;
                }
                router.refresh();
                toast({
                  kind: "success",
                  message: `Split off “${subject.label}”: ${result.data.restored === 1 ? "1 claim has its" : `${result.data.restored} claims have their`} own subject again.`,
                  action: { label: "Open it", onAction: () => router.push(compareHref(subject.key)) },
                });
              }}
            >
              Split off<span className="visually-hidden"> {subject.label}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
