"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useShortcuts } from "@/components/shortcuts";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/form-errors";
import { ErrorMessage } from "@/components/form-message";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { humanize } from "@/lib/format";
import { SourceKind } from "@/lib/generated/prisma/enums";
import type { sourceSchema } from "@/lib/validation/evidence";
import { useAction } from "@/app/articles/action-feedback";
import { addSourceAction, removeSourceAction, updateSourceAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const sourceResolver = lazyZodResolver(() => import("@/lib/validation/evidence").then((module) => module.sourceSchema));

export type SourceRow = { id: string; url: string; title: string | null; publisher: string | null; kind: SourceKind; accessedAt: string | null; archiveUrl: string | null; note: string | null };

type Values = z.input<typeof sourceSchema>;

/** The form's values for a stored source; also what Undo sends to put a removed source back. */
function sourceValues(source?: SourceRow): Values {
  return {
    url: source?.url ?? "",
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    kind: source?.kind ?? "SECONDARY",
    accessedAt: source ? (source.accessedAt?.slice(0, 10) ?? "") : new Date().toISOString().slice(0, 10),
    archiveUrl: source?.archiveUrl ?? "",
    note: source?.note ?? "",
  };
}

function SourceForm({ claimId, source, onDone }: { claimId: string; source?: SourceRow; onDone: () => void }) {
  const router = useRouter();
  const id = useId();
  const { call, toast } = useAction();
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
  } = useForm<Values, unknown, z.output<typeof sourceSchema>>({ resolver: sourceResolver, defaultValues: sourceValues(source) });
  const field = (name: keyof Values, label: string, type = "text", placeholder?: string) => (
    <Field id={`${id}-${name}`} label={label} error={errors[name]?.message}>
      {(control) => <input {...control} type={type} placeholder={placeholder} autoComplete="off" {...register(name)} />}
    </Field>
  );
  return (
    <form
      ref={formRef}
      noValidate
      className="grid-form source-form"
      aria-label={source ? "Edit source" : "Add a source"}
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const result = await call(() => (source ? updateSourceAction(claimId, source.id, values) : addSourceAction(claimId, values)));
        if (!result) return;
        if (!result.ok) {
          applyServerErrors(result.fields, setError);
          setFormError(result.message);
          return;
        }
        toast({ message: source ? "Source saved" : "Source added" });
        reset();
        onDone();
        router.refresh();
      })}
    >
      <ErrorMessage message={formError} className="span-all" />
      {field("url", "Source URL", "url", "https://")}
      {field("title", "Source title")}
      {field("publisher", "Publisher")}
      <Field id={`${id}-kind`} label="Source kind" error={errors.kind?.message}>
        {(control) => (
          <select {...control} {...register("kind")}>
            {Object.values(SourceKind).map((kind) => (
              <option key={kind} value={kind}>
                {humanize(kind)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {field("accessedAt", "Accessed", "date")}
      {field("archiveUrl", "Archived copy URL", "url", "https://web.archive.org/…")}
      <Field id={`${id}-note`} label="Source note" className="span-all" error={errors.note?.message}>
        {(control) => <textarea {...control} rows={2} {...register("note")} />}
      </Field>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting}>
          {source ? "Save source" : "Add source"}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function SourcesPanel({ claimId, sources, canEdit }: { claimId: string; sources: SourceRow[]; canEdit: boolean }) {
  const router = useRouter();
  const { call, toast } = useAction();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
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
  // Removing says so with Undo, which attaches the same source again (audited as a new source).
  function remove(source: SourceRow) {
    setRemoving(source.id);
    startTransition(async () => {
      const result = await call(() => removeSourceAction(source.id));
      setRemoving(null);
      if (!result) return;
      if (result.ok) toast({ message: `Source removed: ${source.title ?? source.url}`, action: { label: "Undo", onAction: () => restore(source) } });
      else toast({ kind: "error", message: `The source was not removed: ${result.message}` });
      router.refresh();
    });
  }
  function restore(source: SourceRow) {
    startTransition(async () => {
      const result = await call(() => addSourceAction(claimId, sourceValues(source)));
      if (!result) return;
      toast(result.ok ? { message: `Undone: ${source.title ?? source.url} is attached again` } : { kind: "error", message: `The source was not put back: ${result.message}` });
      router.refresh();
    });
  }
  return (
    <Panel id="sources" title={`Sources (${sources.length})`}>
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
                    <Button size="small" variant="quiet" onClick={() => setEditing(source.id)}>
                      Edit<span className="visually-hidden"> source {source.title ?? source.url}</span>
                    </Button>
                    <Button
                      size="small"
                      variant="danger"
                      disabled={pending}
                      pending={removing === source.id}
                      onClick={() => {
                        if (window.confirm("Remove this source from the claim?")) remove(source);
                      }}
                    >
                      Remove<span className="visually-hidden"> source {source.title ?? source.url}</span>
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit ? (
        adding ? (
          <SourceForm claimId={claimId} onDone={closeAdding} />
        ) : (
          <button ref={addButtonRef} type="button" className={buttonClass("quiet")} onClick={() => setAdding(true)}>
            Add a source
          </button>
        )
      ) : null}
    </Panel>
  );
}
