"use client";

import { ErrorMessage } from "@/components/form-message";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useShortcuts } from "@/components/shortcuts";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { humanize } from "@/lib/format";
import { SourceKind } from "@/lib/generated/prisma/enums";
import type { sourceSchema } from "@/lib/validation/evidence";
import { addSourceAction, removeSourceAction, updateSourceAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const sourceResolver = lazyZodResolver(() => import("@/lib/validation/evidence").then((module) => module.sourceSchema));

export type SourceRow = { id: string; url: string; title: string | null; publisher: string | null; kind: SourceKind; accessedAt: string | null; archiveUrl: string | null; note: string | null };

type Values = z.input<typeof sourceSchema>;

function SourceForm({ claimId, source, onDone }: { claimId: string; source?: SourceRow; onDone: () => void }) {
  const router = useRouter();
  const id = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The form takes the focus as it opens: the editor who asked for it types the URL at once.
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>("input");
    first?.scrollIntoView({ block: "center" });
    first?.focus({ preventScroll: true });
  }, []);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof sourceSchema>>({
    resolver: sourceResolver,
    defaultValues: {
      url: source?.url ?? "",
      title: source?.title ?? "",
      publisher: source?.publisher ?? "",
      kind: source?.kind ?? "SECONDARY",
      accessedAt: source?.accessedAt?.slice(0, 10) ?? new Date().toISOString().slice(0, 10),
      archiveUrl: source?.archiveUrl ?? "",
      note: source?.note ?? "",
    },
  });
  const field = (name: keyof Values, label: string, type = "text", placeholder?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type={type} placeholder={placeholder} autoComplete="off" aria-invalid={Boolean(errors[name])} aria-describedby={`${id}-${name}-error`} {...register(name)} />
      <FieldError id={`${id}-${name}-error`} message={errors[name]?.message} />
    </div>
  );
  return (
    <form
      ref={formRef}
      noValidate
      className="grid-form source-form"
      aria-label={source ? "Edit source" : "Add a source"}
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const result = source ? await updateSourceAction(claimId, source.id, values) : await addSourceAction(claimId, values);
        if (!result.ok) {
          applyServerErrors(result.fields, setError);
          setFormError(result.message);
          return;
        }
        reset();
        onDone();
        router.refresh();
      })}
    >
      {formError ? (
        <p className="form-error span-all" role="alert">
          {formError}
        </p>
      ) : null}
      {field("url", "Source URL", "url", "https://")}
      {field("title", "Source title")}
      {field("publisher", "Publisher")}
      <div className="field">
        <label htmlFor={`${id}-kind`}>Source kind</label>
        <select id={`${id}-kind`} {...register("kind")}>
          {Object.values(SourceKind).map((kind) => (
            <option key={kind} value={kind}>
              {humanize(kind)}
            </option>
          ))}
        </select>
      </div>
      {field("accessedAt", "Accessed", "date")}
      {field("archiveUrl", "Archived copy URL", "url", "https://web.archive.org/…")}
      <div className="field span-all">
        <label htmlFor={`${id}-note`}>Source note</label>
        <textarea id={`${id}-note`} rows={2} {...register("note")} />
        <FieldError id={`${id}-note-error`} message={errors.note?.message} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : source ? "Save source" : "Add source"}
        </button>
        <button type="button" className="button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function SourcesPanel({ claimId, sources, canEdit }: { claimId: string; sources: SourceRow[]; canEdit: boolean }) {
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // Arriving from the reader's `s` key (…#add-source) opens the form straight away.
  useEffect(() => {
    if (!canEdit) return;
    const openFromHash = () => {
      if (window.location.hash === "#add-source") setAdding(true);
    };
    const frame = requestAnimationFrame(openFromHash);
    window.addEventListener("hashchange", openFromHash);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", openFromHash);
    };
  }, [canEdit]);
  useShortcuts(canEdit ? [{ key: "s", description: "Add a source", run: () => setAdding(true) }] : []);
  function closeAdding() {
    setAdding(false);
    // Back to the button that opened the form, once it is drawn again.
    requestAnimationFrame(() => addButtonRef.current?.focus());
  }
  return (
    <section className="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources ({sources.length})</h2>
      {sources.length === 0 ? <p className="muted">No evidence attached yet.</p> : null}
      <ul className="plain-list">
        {sources.map((source) => (
          <li key={source.id} className="source-item">
            {editing === source.id ? (
              <SourceForm claimId={claimId} source={source} onDone={() => setEditing(null)} />
            ) : (
              <>
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.title ?? source.url}
                </a>{" "}
                <span className="tag">{humanize(source.kind)}</span>
                <p className="muted small">
                  {[source.publisher, source.accessedAt ? `accessed ${source.accessedAt.slice(0, 10)}` : null].filter(Boolean).join(" · ")}
                  {source.archiveUrl ? (
                    <>
                      {" · "}
                      <a href={source.archiveUrl} target="_blank" rel="noreferrer noopener">
                        archived copy
                      </a>
                    </>
                  ) : null}
                </p>
                {source.note ? <p className="small">{source.note}</p> : null}
                {canEdit ? (
                  <div className="inline">
                    <button type="button" className="button-small button-quiet" onClick={() => setEditing(source.id)}>
                      Edit<span className="visually-hidden"> source {source.title ?? source.url}</span>
                    </button>
                    <button
                      type="button"
                      className="button-small button-danger"
                      disabled={pending}
                      onClick={() => {
                        if (!window.confirm("Remove this source from the claim?")) return;
                        startTransition(async () => {
                          const result = await removeSourceAction(source.id);
                          setError(result.ok ? null : result.message);
                          router.refresh();
                        });
                      }}
                    >
                      Remove<span className="visually-hidden"> source {source.title ?? source.url}</span>
                    </button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
      {canEdit ? (
        adding ? (
          <SourceForm claimId={claimId} onDone={closeAdding} />
        ) : (
          <button ref={addButtonRef} type="button" className="button-quiet" onClick={() => setAdding(true)}>
            Add a source
          </button>
        )
      ) : null}
    </section>
  );
}
