"use client";

import { ErrorMessage } from "@/components/form-message";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/form-errors";
import { deriveFacts } from "@/lib/assist/facts";
import type { ReaderClaim } from "@/lib/claims/reader";
import { humanize } from "@/lib/format";
import type { createClaimSchema, updateClaimSchema } from "@/lib/validation/claims";
import { createClaimAction, updateClaimAction } from "./actions";
import { ClaimFieldInputs, type ClaimFieldValues } from "./claim-fields";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { useAction } from "../action-feedback";

const createClaimResolver = lazyZodResolver(() => import("@/lib/validation/claims").then((module) => module.createClaimSchema));
const updateClaimResolver = lazyZodResolver(() => import("@/lib/validation/claims").then((module) => module.updateClaimSchema));

export type TextSelection = { start: number; end: number; quote: string };

type CreateValues = z.input<typeof createClaimSchema>;
type UpdateValues = z.input<typeof updateClaimSchema>;

/**
 * Fields an editor would otherwise type from the quote: "at least 93 people" → 93, at least,
 * people. The same engine derives the server's facts and the candidates (lib/assist/facts.ts).
 */
export function prefillFromQuote(quote: string): ClaimFieldValues {
  const facts = deriveFacts({ sentence: quote, quoteStart: 0, quoteEnd: quote.length });
  const from = { speaker: facts.speaker ?? "", subject: facts.subject ?? "" };
  if (facts.value === null) return { kind: facts.event ? "EVENT" : facts.speaker ? "ATTRIBUTION" : "OTHER", qualifier: "", ...from };
  return {
    kind: "QUANTITY",
    value: String(facts.value),
    valueMax: facts.valueMax === null ? "" : String(facts.valueMax),
    qualifier: facts.qualifier ?? "",
    unit: facts.unit ?? "",
    ...from,
  };
}

function formValues(claim: ReaderClaim): ClaimFieldValues {
  return {
    kind: claim.kind,
    subject: claim.subject ?? "",
    speaker: claim.speaker ?? "",
    value: claim.value === null ? "" : String(claim.value),
    valueMax: claim.valueMax === null ? "" : String(claim.valueMax),
    qualifier: claim.qualifier ?? "",
    unit: claim.unit ?? "",
    occurredAt: claim.occurredAt ? claim.occurredAt.slice(0, 10) : "",
    place: claim.place ?? "",
    note: claim.note ?? "",
  };
}

/** Focus goes into a form as it opens, so the keyboard user who opened it can fill it in at once. */
function useFocusOnOpen() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);
  return ref;
}

function SubmitOrCancel({ submitting, label, onCancel }: { submitting: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <Button type="submit" pending={submitting}>
        {label}
      </Button>
      <Button variant="quiet" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

export function NewClaimPanel({ articleId, selection, onSaved, onCancel }: { articleId: string; selection: TextSelection; onSaved: (claim: ReaderClaim) => void; onCancel: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const { call } = useAction();
  const panelRef = useFocusOnOpen();
  const methods = useForm<CreateValues, unknown, z.output<typeof createClaimSchema>>({
    resolver: createClaimResolver,
    defaultValues: { ...prefillFromQuote(selection.quote), subject: "", speaker: "", articleId, start: selection.start, end: selection.end, quote: selection.quote },
  });
  const onSubmit = methods.handleSubmit(async (values) => {
    setFormError(null);
    const result = await call(() => createClaimAction(values));
    if (!result) return;
    if (result.ok) onSaved(result.data);
    else {
      applyServerErrors(result.fields, methods.setError);
      setFormError(result.message);
    }
  });
  return (
    <Panel id="new-claim" title="New claim" className="claim-panel">
      <div ref={panelRef}>
      <blockquote className="selected-quote" aria-label="Selected text">
        {selection.quote}
      </blockquote>
      <p className="muted small">
        Characters {selection.start}–{selection.end} of the article.
      </p>
      <FormProvider {...methods}>
        <form onSubmit={onSubmit} noValidate className="stack">
          <ErrorMessage message={formError} />
          <ClaimFieldInputs />
          <SubmitOrCancel submitting={methods.formState.isSubmitting} label="Save claim" onCancel={onCancel} />
        </form>
      </FormProvider>
      </div>
    </Panel>
  );
}

const COMPARED_FIELDS: (keyof ClaimFieldValues)[] = ["kind", "subject", "speaker", "qualifier", "value", "valueMax", "unit", "occurredAt", "place", "note"];

export function EditClaimPanel({ claim, onSaved, onCancel }: { claim: ReaderClaim; onSaved: (claim: ReaderClaim) => void; onCancel: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ReaderClaim | null>(null);
  const { call } = useAction();
  const panelRef = useFocusOnOpen();
  const methods = useForm<UpdateValues, unknown, z.output<typeof updateClaimSchema>>({
    resolver: updateClaimResolver,
    defaultValues: { ...formValues(claim), version: claim.version },
  });

  const save = methods.handleSubmit(async (values) => {
    setFormError(null);
    const result = await call(() => updateClaimAction(claim.id, values));
    if (!result) return;
    if (result.ok) {
      setConflict(null);
      onSaved(result.data);
      return;
    }
    applyServerErrors(result.fields, methods.setError);
    setFormError(result.message);
    if (result.current) {
      // Fields this editor did not touch take the saved values, so "save again" only re-applies
      // their own edits instead of silently reverting someone else's.
      const saved = formValues(result.current);
      const touched = methods.formState.dirtyFields;
      for (const name of COMPARED_FIELDS) if (!touched[name]) methods.setValue(name, saved[name]);
      setConflict(result.current);
    }
  });

  const mine = useWatch({ control: methods.control });
  const theirs = conflict ? formValues(conflict) : null;
  const differences = theirs ? COMPARED_FIELDS.filter((name) => String(mine[name] ?? "") !== String(theirs[name] ?? "")) : [];

  return (
    <Panel id="edit-claim" title="Edit claim" className="claim-panel">
      <div ref={panelRef}>
      <blockquote className="selected-quote">{claim.quote}</blockquote>
      <FormProvider {...methods}>
        <form onSubmit={save} noValidate className="stack">
          {formError ? (
            <div className="form-error" role="alert">
              <p>{formError}</p>
              {conflict && theirs ? (
                <>
                  <p>Your edits are still in the form; fields you did not touch now show the saved values. Where you and {conflict.updatedBy} differ:</p>
                  {differences.length ? (
                    <table className="conflict-table">
                      <thead>
                        <tr>
                          <th scope="col">Field</th>
                          <th scope="col">Saved by {conflict.updatedBy}</th>
                          <th scope="col">Yours</th>
                        </tr>
                      </thead>
                      <tbody>
                        {differences.map((name) => (
                          <tr key={name}>
                            <th scope="row">{humanize(name)}</th>
                            <td>{String(theirs[name] ?? "") || "—"}</td>
                            <td>{String(mine[name] ?? "") || "—"}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : (
                    <p>Your edits do not clash with the saved version.</p>
                  )}
                  <div className="inline">
                    <Button
                      pending={methods.formState.isSubmitting}
                      onClick={() => {
                        methods.setValue("version", conflict.version);
                        void save();
                      }}
                    >
                      Save my changes on top
                    </Button>
                    <Button
                      variant="quiet"
                      onClick={() => {
                        methods.reset({ ...formValues(conflict), version: conflict.version });
                        setConflict(null);
                        setFormError(null);
                      }}
                    >
                      Discard mine, load theirs
                    </Button>
                  </div>
                </>
              ) : null}
            </div>
          ) : null}
          <ClaimFieldInputs />
          <SubmitOrCancel submitting={methods.formState.isSubmitting} label="Save changes" onCancel={onCancel} />
        </form>
      </FormProvider>
      </div>
    </Panel>
  );
}
