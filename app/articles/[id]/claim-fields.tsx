"use client";

import { useId, type ReactNode } from "react";
import { useFormContext, useWatch, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
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

type Wiring = UseFormRegisterReturn & { id: string; "aria-invalid": boolean; "aria-describedby": string };

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
  /** A labelled control bound to the form, with its error linked; `render` gets the wiring to spread. */
  const field = (name: keyof ClaimFieldValues, label: string, render: (control: Wiring) => ReactNode, className?: string) => (
    <Field id={`${id}-${name}`} label={label} error={message(errors[name])} className={className}>
      {(wiring) => render({ ...wiring, ...register(name) })}
    </Field>
  );

  return (
    <div className="claim-fields">
      {field("kind", "Kind", (control) => (
        <select {...control}>
          {Object.values(ClaimKind).map((value) => (
            <option key={value} value={value}>
              {humanize(value)}
            </option>
          ))}
        </select>
      ))}
      {field(
        "subject",
        "Subject",
        (control) => (
          <>
            <input {...control} list={`${id}-subjects`} placeholder="What it is about, e.g. Deaths in the Kellin market strike" autoComplete="off" />
            <SuggestionList id={`${id}-subjects`} field="subject" value={subject ?? ""} />
          </>
        ),
        "span-2",
      )}
      {field(
        "speaker",
        "Speaker",
        (control) => (
          <>
            <input {...control} list={`${id}-speakers`} placeholder="Who asserts it; a new name adds a new speaker" autoComplete="off" />
            <SuggestionList id={`${id}-speakers`} field="speaker" value={speaker ?? ""} />
          </>
        ),
        "span-2",
      )}
      {kind === "QUANTITY" ? (
        <fieldset className="figure span-2">
          <legend>Figure</legend>
          {/* Full width: in the reader's side panel a half-width menu cut its longer choices short. */}
          {field(
            "qualifier",
            "Qualifier",
            (control) => (
              <select {...control}>
                <option value="">—</option>
                {Object.values(Qualifier).map((value) => (
                  <option key={value} value={value}>
                    {QUALIFIER_LABEL[value]}
                  </option>
                ))}
              </select>
            ),
            "span-2",
          )}
          {field("value", "Value", (control) => <input {...control} inputMode="decimal" autoComplete="off" />)}
          {field("valueMax", "Upper bound", (control) => <input {...control} inputMode="decimal" autoComplete="off" placeholder="for ranges" />)}
          {field("unit", "Unit", (control) => <input {...control} autoComplete="off" placeholder="people, fighters, %" />)}
        </fieldset>
      ) : null}
      {field("occurredAt", "Refers to date", (control) => <input {...control} type="date" />)}
      {field("place", "Place", (control) => <input {...control} autoComplete="off" />)}
      {field("note", "Note", (control) => <textarea {...control} rows={2} />, "span-2")}
    </div>
  );
}
