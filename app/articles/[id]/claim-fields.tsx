"use client";

import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/field-error";
import { SuggestionList } from "@/components/suggestions";
import { humanize } from "@/lib/format";
import { ClaimKind, Qualifier } from "@/lib/generated/prisma/enums";
import type { claimFieldsSchema } from "@/lib/validation/claims";

export type ClaimFieldValues = z.input<typeof claimFieldsSchema>;

const QUALIFIER_LABEL: Record<Qualifier, string> = {
  EXACT: "Exact (no qualifier)",
  AT_LEAST: "At least",
  MORE_THAN: "More than",
  ABOUT: "About / around",
  NEARLY: "Nearly / almost",
  AS_MANY_AS: "As many as",
  UP_TO: "Up to",
  FEWER_THAN: "Fewer than",
  SOME: "Some",
  RANGE: "Range (from–to)",
};

function message(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : undefined;
}

/** The structured fields of a claim; used inside both the new-claim and the edit form. */
export function ClaimFieldInputs() {
  const id = useId();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ClaimFieldValues>();
  const kind = useWatch({ control, name: "kind" });
  const subject = useWatch({ control, name: "subject" });
  const speaker = useWatch({ control, name: "speaker" });
  const field = (name: keyof ClaimFieldValues) => ({ id: `${id}-${name}`, errorId: `${id}-${name}-error`, error: message(errors[name]) });
  const describedBy = (name: keyof ClaimFieldValues) => ({ "aria-invalid": Boolean(errors[name]), "aria-describedby": `${id}-${name}-error` });

  return (
    <div className="claim-fields">
      <div className="field">
        <label htmlFor={field("kind").id}>Kind</label>
        <select id={field("kind").id} {...describedBy("kind")} {...register("kind")}>
          {Object.values(ClaimKind).map((value) => (
            <option key={value} value={value}>
              {humanize(value)}
            </option>
          ))}
        </select>
        <FieldError id={field("kind").errorId} message={field("kind").error} />
      </div>
      <div className="field span-2">
        <label htmlFor={field("subject").id}>Subject</label>
        <input id={field("subject").id} list={`${id}-subjects`} placeholder="What it is about, e.g. Deaths in the Kellin market strike" autoComplete="off" {...describedBy("subject")} {...register("subject")} />
        <SuggestionList id={`${id}-subjects`} field="subject" value={subject ?? ""} />
        <FieldError id={field("subject").errorId} message={field("subject").error} />
      </div>
      <div className="field span-2">
        <label htmlFor={field("speaker").id}>Speaker</label>
        <input id={field("speaker").id} list={`${id}-speakers`} placeholder="Who asserts it; a new name adds a new speaker" autoComplete="off" {...describedBy("speaker")} {...register("speaker")} />
        <SuggestionList id={`${id}-speakers`} field="speaker" value={speaker ?? ""} />
        <FieldError id={field("speaker").errorId} message={field("speaker").error} />
      </div>
      {kind === "QUANTITY" ? (
        <fieldset className="figure span-2">
          <legend>Figure</legend>
          {/* Full width: in the reader's side panel a half-width menu cut its longer choices short. */}
          <div className="field span-2">
            <label htmlFor={field("qualifier").id}>Qualifier</label>
            <select id={field("qualifier").id} {...describedBy("qualifier")} {...register("qualifier")}>
              <option value="">—</option>
              {Object.values(Qualifier).map((value) => (
                <option key={value} value={value}>
                  {QUALIFIER_LABEL[value]}
                </option>
              ))}
            </select>
            <FieldError id={field("qualifier").errorId} message={field("qualifier").error} />
          </div>
          <div className="field">
            <label htmlFor={field("value").id}>Value</label>
            <input id={field("value").id} inputMode="decimal" autoComplete="off" {...describedBy("value")} {...register("value")} />
            <FieldError id={field("value").errorId} message={field("value").error} />
          </div>
          <div className="field">
            <label htmlFor={field("valueMax").id}>Upper bound</label>
            <input id={field("valueMax").id} inputMode="decimal" autoComplete="off" placeholder="for ranges" {...describedBy("valueMax")} {...register("valueMax")} />
            <FieldError id={field("valueMax").errorId} message={field("valueMax").error} />
          </div>
          <div className="field">
            <label htmlFor={field("unit").id}>Unit</label>
            <input id={field("unit").id} autoComplete="off" placeholder="people, fighters, %" {...describedBy("unit")} {...register("unit")} />
            <FieldError id={field("unit").errorId} message={field("unit").error} />
          </div>
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={field("occurredAt").id}>Refers to date</label>
        <input id={field("occurredAt").id} type="date" {...describedBy("occurredAt")} {...register("occurredAt")} />
        <FieldError id={field("occurredAt").errorId} message={field("occurredAt").error} />
      </div>
      <div className="field">
        <label htmlFor={field("place").id}>Place</label>
        <input id={field("place").id} autoComplete="off" {...describedBy("place")} {...register("place")} />
        <FieldError id={field("place").errorId} message={field("place").error} />
      </div>
      <div className="field span-2">
        <label htmlFor={field("note").id}>Note</label>
        <textarea id={field("note").id} rows={2} {...describedBy("note")} {...register("note")} />
        <FieldError id={field("note").errorId} message={field("note").error} />
      </div>
    </div>
  );
}
