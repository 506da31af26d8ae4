"use client";

import dynamic from "next/dynamic";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ExportFormatName } from "./stream-reading";

// The download with its progress and Cancel loads only when an export starts, so the claims
// list's first load carries just this form.
const ExportDownload = dynamic(() => import("./export-download").then((module) => module.ExportDownload), { ssr: false });

export const EXPORT_FIELD_LABELS: Record<string, string> = { format: "Format", from: "Published from", to: "Published to" };

type Job = { id: number; url: string; format: ExportFormatName };

/**
 * The claims list's export. Without JavaScript it is a plain GET form: the browser downloads the
 * file itself. With JavaScript the download runs in the page, so a long one shows its progress
 * and can be cancelled, and a refusal (a bad date range) appears next to the fields.
 */
export function ExportForm({ action, filters, title }: { action: string; filters: Record<string, string>; title: string }) {
  const [job, setJob] = useState<Job | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (job) return;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string" && value !== "") params.append(key, value);
    const format = params.get("format");
    setFieldErrors({});
    setJob({ id: Date.now(), url: `${action}?${params}`, format: format === "json" || format === "claimreview" ? format : "csv" });
  };

  return (
    <form method="get" action={action} className="export-bar" aria-label="Export these claims" onSubmit={onSubmit}>
      {Object.entries(filters).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <span className="export-title">{title}</span>
      <Field id="export-format" label={EXPORT_FIELD_LABELS.format} error={fieldErrors.format}>
        {(control) => (
          <select {...control} name="format" defaultValue="csv">
            <option value="csv">CSV (spreadsheet)</option>
            <option value="json">JSON</option>
            <option value="claimreview">ClaimReview JSON-LD (verdicts only)</option>
          </select>
        )}
      </Field>
      <Field id="export-from" label={EXPORT_FIELD_LABELS.from} error={fieldErrors.from}>
        {(control) => <input {...control} name="from" type="date" />}
      </Field>
      <Field id="export-to" label={EXPORT_FIELD_LABELS.to} error={fieldErrors.to}>
        {(control) => <input {...control} name="to" type="date" />}
      </Field>
      <Button type="submit" variant="quiet" pending={job !== null}>
        Download
      </Button>
      {job ? (
        <ExportDownload
          key={job.id}
          url={job.url}
          format={job.format}
          labels={EXPORT_FIELD_LABELS}
          onDone={(outcome) => {
            setJob(null);
            setFieldErrors(outcome.fieldErrors ?? {});
          }}
        />
      ) : null}
    </form>
  );
}
