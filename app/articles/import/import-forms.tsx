"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { FormProvider, useForm, useFormContext, type FieldValues, type UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import { ErrorMessage } from "@/components/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { DelayedProgress } from "@/components/ui/progress";
import { applyServerErrors } from "@/components/form-errors";
import type { ActionResult } from "@/lib/actions/result";
import { enumLabel } from "@/lib/format";
import { OutletKind } from "@/lib/generated/prisma/enums";
import type { ImportPreview } from "@/lib/articles/import-sources";
import type { importArticleSchema, previewUrlSchema } from "@/lib/validation/articles";
import { useAction } from "../action-feedback";
import { importTextAction, previewFileAction, previewUrlAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const importArticleResolver = lazyZodResolver(() => import("@/lib/validation/articles").then((module) => module.importArticleSchema));
const previewUrlResolver = lazyZodResolver(() => import("@/lib/validation/articles").then((module) => module.previewUrlSchema));

type Outlet = { name: string; kind: OutletKind };
type Imported = ActionResult<{ articleId: string; created: boolean }>;

/** Shared starting values of the metadata fields in all three import forms. */
const METADATA_DEFAULTS = { title: "", outlet: "", outletKind: "NEWSPAPER", author: "", publishedAt: "", language: "en" } as const;

const PROGRESS_LABEL: Record<string, string> = { "Import article": "Importing the article…", "Fetch and preview": "Fetching the page…", Preview: "Reading the file…" };

const TABS = [
  { id: "paste", label: "Paste text" },
  { id: "file", label: "Upload a file" },
  { id: "url", label: "From a web address" },
] as const;
type TabId = (typeof TABS)[number]["id"];

function errorText(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : undefined;
}

/** One labelled input bound to the surrounding form, with its error announced and linked. */
function TextField({ name, label, hint, type = "text", required, list, textarea }: { name: string; label: string; hint?: string; type?: string; required?: boolean; list?: string; textarea?: boolean }) {
  const id = useId();
  const {
    register,
    formState: { errors },
  } = useFormContext<Record<string, string>>();
  return (
    <Field
      id={id}
      className={textarea ? "span-all" : ""}
      hint={hint}
      error={errorText(errors[name])}
      label={
        <>
          {label}
          {required ? null : <span className="muted"> (optional)</span>}
        </>
      }
    >
      {(control) => (textarea ? <textarea rows={14} spellCheck={false} {...control} {...register(name)} /> : <input type={type} list={list} autoComplete="off" {...control} {...register(name)} />)}
    </Field>
  );
}

function OutletFields({ outlets, required, alwaysShowKind = false }: { outlets: Outlet[]; required: boolean; alwaysShowKind?: boolean }) {
  const listId = useId();
  const kindId = useId();
  const { register, watch } = useFormContext<Record<string, string>>();
  const typed = (watch("outlet") ?? "").trim().toLowerCase();
  const isNew = typed.length > 0 && !outlets.some((outlet) => outlet.name.toLowerCase() === typed);
  return (
    <>
      <TextField name="outlet" label="Outlet" required={required} list={listId} hint={required ? undefined : "Leave empty to use the site's domain."} />
      <datalist id={listId}>
        {outlets.map((outlet) => (
          <option key={outlet.name} value={outlet.name} />
        ))}
      </datalist>
      {isNew || alwaysShowKind ? (
        <Field id={kindId} label={isNew ? "Kind of new outlet" : "Outlet kind (used only if the outlet is new)"}>
          {(control) => (
            <select {...control} {...register("outletKind")}>
              {Object.values(OutletKind).map((kind) => (
                <option key={kind} value={kind}>
                  {enumLabel(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </>
  );
}

function CommonFields({ withUrl, titleRequired }: { withUrl: boolean; titleRequired: boolean }) {
  return (
    <>
      <TextField name="title" label="Headline" required={titleRequired} hint={titleRequired ? undefined : "Leave empty to use the page title or the first line."} />
      {withUrl ? <TextField name="url" label="Original URL" type="url" hint="Used to spot re-imports of the same article." /> : null}
      <TextField name="author" label="Author" />
      <TextField name="publishedAt" label="Published" type="date" />
      <TextField name="language" label="Language" hint="A code such as en, fr or ar." required />
    </>
  );
}

/**
 * Sends an import and opens the article. The toast region sits in the root layout, so "Article
 * imported" stays on screen through the navigation; a refusal is shown above the form, and a
 * request that failed outright (network, 500) in an error toast with the form left as it was.
 */
function useImportSubmit<Values extends FieldValues>(setError: UseFormSetError<Values>) {
  const router = useRouter();
  const { call, toast } = useAction();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = async (send: () => Promise<Imported>) => {
    setFormError(null);
    const result = await call(send, "Could not import — try again");
    if (!result) return;
    if (result.ok) {
      if (result.data.created) toast({ message: "Article imported" });
      router.push(`/articles/${result.data.articleId}?imported=${result.data.created ? "new" : "existing"}`);
      return;
    }
    applyServerErrors(result.fields, setError);
    setFormError(result.message);
  };
  return { formError, submit };
}

function FormShell({ children, error, submitting, label, onSubmit }: { children: ReactNode; error: string | null; submitting: boolean; label: string; onSubmit: () => void }) {
  return (
    <form
      noValidate
      className="grid-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      aria-busy={submitting}
    >
      <ErrorMessage message={error} className="span-all" />
      {children}
      <div className="form-actions">
        <Button type="submit" pending={submitting}>
          {label}
        </Button>
        <DelayedProgress active={submitting} label={PROGRESS_LABEL[label] ?? "Working…"} />
      </div>
    </form>
  );
}

function PasteForm({ outlets, supersedes }: { outlets: Outlet[]; supersedes?: string }) {
  const methods = useForm<z.input<typeof importArticleSchema>, unknown, z.output<typeof importArticleSchema>>({
    resolver: importArticleResolver,
    defaultValues: { ...METADATA_DEFAULTS, url: "", body: "", supersedes: supersedes ?? "" },
  });
  const { formError, submit } = useImportSubmit(methods.setError);
  return (
    <FormProvider {...methods}>
      <FormShell
        error={formError}
        submitting={methods.formState.isSubmitting}
        label="Import article"
        onSubmit={methods.handleSubmit((values) => submit(() => importTextAction(values)))}
      >
        <OutletFields outlets={outlets} required />
        <CommonFields withUrl titleRequired />
        <TextField name="body" label="Article text" textarea required hint="Paste the text as published. It is stored exactly as pasted." />
      </FormShell>
    </FormProvider>
  );
}

/**
 * Step two of a file or web import: what was detected, every field editable, and the text as it
 * will be stored (not editable: claims will point into it). Nothing is saved before "Import".
 */
function PreviewForm({ outlets, preview, source, onBack, supersedes }: { outlets: Outlet[]; preview: ImportPreview; source: string; onBack: () => void; supersedes?: string }) {
  const methods = useForm<z.input<typeof importArticleSchema>, unknown, z.output<typeof importArticleSchema>>({
    resolver: importArticleResolver,
    defaultValues: {
      title: preview.title,
      outlet: preview.outlet,
      outletKind: preview.outletKind ?? "NEWSPAPER",
      author: preview.author,
      publishedAt: preview.publishedAt,
      language: preview.language,
      url: preview.url,
      body: preview.body,
      supersedes: supersedes ?? "",
    },
  });
  const { formError, submit } = useImportSubmit(methods.setError);
  const excerpt = preview.body.length > PREVIEW_CHARS ? `${preview.body.slice(0, PREVIEW_CHARS).trimEnd()}…` : preview.body;
  return (
    <FormProvider {...methods}>
      <h2 className="span-all preview-heading">Check before importing</h2>
      <p className="hint">
        Detected from {source}. Correct anything that is wrong: the headline, the outlet and its kind, the date and the language are all yours to change.
      </p>
      <FormShell
        error={formError}
        submitting={methods.formState.isSubmitting}
        label="Import article"
        onSubmit={methods.handleSubmit((values) => submit(() => importTextAction({ ...values, body: preview.body })))}
      >
        <TextField name="title" label="Headline" required />
        <OutletFields outlets={outlets} required alwaysShowKind />
        <TextField name="url" label="Original URL" type="url" hint="Used to spot re-imports of the same article." />
        <TextField name="author" label="Author" />
        <TextField name="publishedAt" label="Published" type="date" />
        <TextField name="language" label="Language" hint="A code such as en, fr or ar." required />
        <figure className="span-all import-preview-text">
          <figcaption>
            The text as it will be stored ({preview.body.length.toLocaleString("en")} characters; it can’t be changed after import)
          </figcaption>
          <pre>{excerpt}</pre>
        </figure>
        <div className="span-all">
          <Button variant="quiet" onClick={onBack}>
            Choose something else
          </Button>
        </div>
      </FormShell>
    </FormProvider>
  );
}

const PREVIEW_CHARS = 1200;

function FileForm({ outlets, supersedes }: { outlets: Outlet[]; supersedes?: string }) {
  const [file, setFile] = useState<File | null>(null);
  const fileId = useId();
  const [fileError, setFileError] = useState<string | undefined>();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [pending, setPending] = useState(false);
  const { call } = useAction();
  if (preview && file) return <PreviewForm outlets={outlets} preview={preview} source={file.name} onBack={() => setPreview(null)} supersedes={supersedes} />;
  return (
    <FormShell
      error={null}
      submitting={pending}
      label="Preview"
      onSubmit={async () => {
        if (!file) {
          setFileError("Choose a .txt, .md or .html file.");
          return;
        }
        setFileError(undefined);
        setPending(true);
        const data = new FormData();
        data.set("file", file);
        const result = await call(() => previewFileAction(data), "Could not read the file — try again");
        setPending(false);
        if (!result) return;
        if (result.ok) setPreview(result.data);
        else setFileError(result.fields?.file?.[0] ?? result.message);
      }}
    >
      <Field
        id={fileId}
        label="File"
        className="span-all"
        error={fileError}
        hint="Plain text (.txt), Markdown (.md) or a saved web page (.html); web pages are reduced to their readable text. Up to 4 MB. You check the headline, outlet, date and language before anything is saved."
      >
        {(control) => <input {...control} type="file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" />}
      </Field>
    </FormShell>
  );
}

function UrlForm({ outlets, supersedes }: { outlets: Outlet[]; supersedes?: string }) {
  const methods = useForm<z.input<typeof previewUrlSchema>, unknown, z.output<typeof previewUrlSchema>>({ resolver: previewUrlResolver, defaultValues: { url: "" } });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { call } = useAction();
  if (preview) return <PreviewForm outlets={outlets} preview={preview} source={preview.url} onBack={() => setPreview(null)} supersedes={supersedes} />;
  return (
    <FormProvider {...methods}>
      <FormShell
        error={formError}
        submitting={methods.formState.isSubmitting}
        label="Fetch and preview"
        onSubmit={methods.handleSubmit(async (values) => {
          setFormError(null);
          const result = await call(() => previewUrlAction(values), "Could not fetch the page — try again");
          if (!result) return;
          if (result.ok) setPreview(result.data);
          else {
            applyServerErrors(result.fields, methods.setError);
            setFormError(result.message);
          }
        })}
      >
        <TextField name="url" label="Web address" type="url" required hint="The server fetches the page (up to 5 MB, 10 seconds) and keeps its readable text. You check the details before anything is saved." />
      </FormShell>
    </FormProvider>
  );
}

export function ImportForms({ outlets, supersedes }: { outlets: Outlet[]; supersedes?: string }) {
  const [tab, setTab] = useState<TabId>("paste");
  const baseId = useId();
  const tabRefs = useRef<Record<TabId, HTMLButtonElement | null>>({ paste: null, file: null, url: null });

  // Arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.findIndex((item) => item.id === tab);
    const offset = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!offset) return;
    event.preventDefault();
    const next = TABS[(index + offset + TABS.length) % TABS.length]!.id;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="panel">
      <div role="tablist" aria-label="How to import" className="tabs">
        {TABS.map((item) => (
          <button
            key={item.id}
            ref={(element) => {
              tabRefs.current[item.id] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${item.id}-tab`}
            aria-selected={tab === item.id}
            aria-controls={`${baseId}-${item.id}-panel`}
            tabIndex={tab === item.id ? 0 : -1}
            className="tab"
            onClick={() => setTab(item.id)}
            onKeyDown={onKeyDown}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}-tab`} className="tab-panel">
        {tab === "paste" ? <PasteForm outlets={outlets} supersedes={supersedes} /> : tab === "file" ? <FileForm outlets={outlets} supersedes={supersedes} /> : <UrlForm outlets={outlets} supersedes={supersedes} />}
      </div>
    </div>
  );
}
