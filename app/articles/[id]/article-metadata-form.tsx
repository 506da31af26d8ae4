"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { ErrorMessage } from "@/components/form-message";
import type { updateArticleSchema } from "@/lib/validation/articles";
import { deleteArticleAction, updateArticleAction } from "./metadata-actions";
import { useToast } from "@/components/ui/toast";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const updateArticleResolver = lazyZodResolver(() => import("@/lib/validation/articles").then((module) => module.updateArticleSchema));

type Input = z.input<typeof updateArticleSchema>;
type Output = z.output<typeof updateArticleSchema>;

export type ArticleMetadataValues = { title: string; outlet: string; author: string; publishedAt: string; url: string; language: string; version: number };

function Field({ label, error, registration, type = "text", hint, optional }: { label: string; error?: string; registration: UseFormRegisterReturn; type?: string; hint?: string; optional?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional ? <span className="muted"> (optional)</span> : null}
      </label>
      <input id={id} type={type} autoComplete="off" aria-invalid={Boolean(error)} aria-describedby={`${id}-error${hint ? ` ${id}-hint` : ""}`} {...registration} />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * Corrects the details that describe an article. The text itself is not editable here or anywhere:
 * claims point into it, so a corrected text is imported as a new article.
 */
export function ArticleMetadataForm({ articleId, values, canDelete, hasVerdicts }: { articleId: string; values: ArticleMetadataValues; canDelete: boolean; hasVerdicts: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const toast = useToast();
  const [deleting, startDelete] = useTransition();
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: updateArticleResolver, defaultValues: values });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  const submit = handleSubmit(async (data) => {
    setFormError(null);
    const result = await updateArticleAction(articleId, { ...data, publishedAt: data.publishedAt?.toISOString().slice(0, 10) ?? null });
    if (result.ok) {
      toast({ kind: "success", message: result.message ?? "Saved." });
      form.reset({ ...form.getValues(), version: result.data.version });
      router.refresh();
      return;
    }
    applyServerErrors(result.fields, setError);
    setFormError(result.code === "conflict" ? `${result.message}` : result.message);
  });

  return (
    <details className="panel metadata-panel">
      <summary>Correct the article’s details</summary>
      <form noValidate className="grid-form" onSubmit={submit} aria-busy={isSubmitting}>
        <ErrorMessage message={formError} className="span-all" />
        <Field label="Headline" registration={register("title")} error={errors.title?.message} />
        <Field label="Outlet" registration={register("outlet")} error={errors.outlet?.message} hint="Another name moves the article to that outlet (created if new)." />
        <Field label="Author" optional registration={register("author")} error={errors.author?.message} />
        <Field label="Published" optional type="date" registration={register("publishedAt")} error={errors.publishedAt?.message} />
        <Field label="Original URL" optional type="url" registration={register("url")} error={errors.url?.message} />
        <Field label="Language" registration={register("language")} error={errors.language?.message} hint="A code such as en, fr or pt-BR." />
        <input type="hidden" {...register("version", { valueAsNumber: true })} />
        <p className="hint span-all">
          The text itself never changes after import, because claims point into it. To correct the text, <a href={`/articles/import?supersedes=${articleId}`}>import the corrected text</a>: it becomes a new article linked to this one.
        </p>
        <div className="form-actions span-all">
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : "Save corrections"}
          </button>
        </div>
      </form>
      {canDelete ? (
        <div className="danger-zone">
          <h3>Delete this article</h3>
          {hasVerdicts ? (
            <p className="notice">A claim of this article has a verdict, so it can’t be deleted: reopen those claims first.</p>
          ) : (
            <>
              <p className="small muted">Removes the article and every claim marked in it, with their sources, links and comments. The audit trail keeps a record.</p>
              <button
                type="button"
                className="button-danger"
                disabled={deleting}
                onClick={() => {
                  if (!window.confirm("Delete this article and all its claims? This cannot be undone.")) return;
                  startDelete(async () => {
                    setDeleteError(null);
                    const result = await deleteArticleAction(articleId);
                    if (result.ok) router.push("/articles");
                    else setDeleteError(result.message);
                  });
                }}
              >
                Delete article
              </button>
            </>
          )}
          <ErrorMessage message={deleteError} />
        </div>
      ) : null}
    </details>
  );
}
