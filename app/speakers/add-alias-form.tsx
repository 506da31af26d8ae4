"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { AddAliasInput } from "@/lib/validation/actors";
import { addAliasAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const addAliasResolver = lazyZodResolver(() => import("@/lib/validation/actors").then((module) => module.addAliasSchema));

/** A per-row "Add alias" button; the form opens in a dialog, so the table stays a table. */
export function AddAliasButton({ actorId, actorName }: { actorId: string; actorName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-quiet button-small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Add alias<span className="visually-hidden"> for {actorName}</span>
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Another name for ${actorName}`}>
        <AddAliasForm actorId={actorId} actorName={actorName} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function AddAliasForm({ actorId, actorName, onDone }: { actorId: string; actorName: string; onDone: () => void }) {
  const id = useId();
  const toast = useToast();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddAliasInput>({ resolver: addAliasResolver, defaultValues: { actorId, alias: "" } });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const result = await addAliasAction(values);
        if (result.ok) {
          toast({ kind: "success", message: result.message ?? `Added another name for ${actorName}.` });
          onDone();
        } else {
          applyServerErrors(result.fields, setError);
          if (!result.fields?.alias) setError("alias", { message: result.message });
        }
      })}
    >
      <input type="hidden" {...register("actorId")} />
      <div className="field">
        <label htmlFor={id}>Another name for {actorName}</label>
        <input id={id} autoComplete="off" aria-invalid={Boolean(errors.alias)} aria-describedby={`${id}-hint ${id}-error`} {...register("alias")} />
        <p id={`${id}-hint`} className="hint">
          A spelling or form of the name used in articles; typing it in a claim form will find {actorName}.
        </p>
        <FieldError id={`${id}-error`} message={errors.alias?.message} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          Add alias
        </button>
      </div>
    </form>
  );
}
