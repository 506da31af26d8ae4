"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/form-errors";
import { ErrorMessage } from "@/components/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { updateArticleSchema } from "@/lib/validation/articles";
import { useAction } from "../action-feedback";
import { deleteArticleAction, updateArticleAction } from "./metadata-actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const updateArticleResolver = lazyZodResolver(() => import("@/lib/validation/articles").then((module) => module.updateArticleSchema));

type Input = z.input<typeof updateArticleSchema>;
type Output = z.output<typeof updateArticleSchema>;

export type ArticleMetadataValues = { title: string; outlet: string; author: string; publishedAt: string; url: string; language: string; version: number };

function TextField({ label, error, registration, type = "text", hint, optional }: { label: string; error?: string; registration: UseFormRegisterReturn; type?: string; hint?: string; optional?: boolean }) {
  const id = useId();
  return (
    <Field
      id={id}
      hint={hint}
      error={error}
      label={
        <>
          {label}
          {optional ? <span className="muted"> (optional)</span> : null}
        </>
      }
    >
      {(control) => <input {...control} type={type} autoComplete="off" {...registration} />}
    </Field>
  );
}

/**
 * Corrects the details that describe an article. The text itself is not editable here or anywhere:
 * claims point into it, so a corrected text is imported as a new article. Loaded only when its
 * disclosure is opened (article-metadata-panel.tsx), so it adds nothing to the reader's first load.
 */
export function ArticleMetadataForm({ articleId, values, canDelete, hasVerdicts }: { articleId: string; values: ArticleMetadataValues; canDelete: boolean; hasVerdicts: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { call, toast } = useAction();
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
    const result = await call(() => updateArticleAction(articleId, { ...data, publishedAt: data.publishedAt?.toISOString().slice(0, 10) ?? null }));
    if (!result) return;
    if (result.ok) {
      toast({ kind: "success", message: result.message ?? "Saved." });
      form.reset({ ...form.getValues(), version: result.data.version });
      router.refresh();
      return;
    }
    applyServerErrors(result.fields, setError);
    setFormError(result.message);
  });

  return (
    <>
      <form noValidate className="grid-form" onSubmit={submit} aria-busy={isSubmitting}>
        <ErrorMessage message={formError} className="span-all" />
        <TextField label="Headline" registration={register("title")} error={errors.title?.message} />
        <TextField label="Outlet" registration={register("outlet")} error={errors.outlet?.message} hint="Another name moves the article to that outlet (created if new)." />
        <TextField label="Author" optional registration={register("author")} error={errors.author?.message} />
        <TextField label="Published" optional type="date" registration={register("publishedAt")} error={errors.publishedAt?.message} />
        <TextField label="Original URL" optional type="url" registration={register("url")} error={errors.url?.message} />
        <TextField label="Language" registration={register("language")} error={errors.language?.message} hint="A code such as en, fr or pt-BR." />
        <input type="hidden" {...register("version", { valueAsNumber: true })} />
        <p className="hint span-all">
          The text itself never changes after import, because claims point into it. To correct the text, <a href={`/articles/import?supersedes=${articleId}`}>import the corrected text</a>: it becomes a new article linked to this one.
        </p>
        <div className="form-actions span-all">
          <Button type="submit" pending={isSubmitting}>
            Save corrections
          </Button>
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
              <Button
                variant="danger"
                pending={deleting}
                onClick={() => {
                  if (!window.confirm("Delete this article and all its claims? This cannot be undone.")) return;
                  startDelete(async () => {
                    setDeleteError(null);
                    const result = await call(() => deleteArticleAction(articleId));
                    if (!result) return;
                    if (!result.ok) {
                      setDeleteError(result.message);
                      return;
                    }
                    // The toast region lives in the root layout, so the message stays through the navigation.
                    toast({ message: "Article deleted" });
                    router.push("/articles");
                  });
                }}
              >
                Delete article
              </Button>
            </>
          )}
          <ErrorMessage message={deleteError} />
        </div>
      ) : null}
    </>
  );
}
