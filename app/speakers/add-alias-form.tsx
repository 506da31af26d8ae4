"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import type { AddAliasInput } from "@/lib/validation/actors";
import { addAliasAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const addAliasResolver = lazyZodResolver(() => import("@/lib/validation/actors").then((module) => module.addAliasSchema));

export function AddAliasForm({ actorId, actorName }: { actorId: string; actorName: string }) {
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddAliasInput>({ resolver: addAliasResolver, defaultValues: { actorId, alias: "" } });
  return (
    <form
      className="inline"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setStatus(null);
        const result = await addAliasAction(values);
        if (result.ok) {
          reset({ actorId, alias: "" });
          setStatus(result.message ?? "Added.");
        } else {
          applyServerErrors(result.fields, setError);
          if (!result.fields?.alias) setError("alias", { message: result.message });
        }
      })}
    >
      <input type="hidden" {...register("actorId")} />
      <div className="field">
        <label htmlFor={id}>Another name for {actorName}</label>
        <input id={id} autoComplete="off" aria-invalid={Boolean(errors.alias)} aria-describedby={`${id}-error`} {...register("alias")} />
        <FieldError id={`${id}-error`} message={errors.alias?.message} />
      </div>
      <button type="submit" className="button-small" disabled={isSubmitting}>
        Add alias<span className="visually-hidden"> for {actorName}</span>
      </button>
      {status ? (
        <p role="status" className="form-success">
          {status}
        </p>
      ) : null}
    </form>
  );
}
