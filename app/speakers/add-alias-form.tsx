"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
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
      <Button variant="quiet" size="small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Add alias<span className="visually-hidden"> for {actorName}</span>
      </Button>
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
          toast({ kind: "success", message: `${result.message ?? "Added."} It now finds ${actorName}.` });
          onDone();
        } else if (result.fields) {
          applyServerErrors(result.fields, setError);
        } else {
          toast({ kind: "error", message: result.message });
        }
      })}
    >
      <input type="hidden" {...register("actorId")} />
      <Field id={id} label={`Another name for ${actorName}`} error={errors.alias?.message} hint={`A spelling or form of the name used in articles; typing it in a claim form will find ${actorName}.`}>
        {(control) => <input {...control} autoComplete="off" {...register("alias")} />}
      </Field>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting}>
          Add alias
        </Button>
      </div>
    </form>
  );
}
