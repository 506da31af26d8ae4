"use client";

import { ErrorMessage } from "@/components/form-message";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import type { CreateTokenInput } from "@/lib/validation/tokens";
import { createTokenAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const createTokenResolver = lazyZodResolver(() => import("@/lib/validation/tokens").then((module) => module.createTokenSchema));

export function CreateTokenForm() {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateTokenInput>({ resolver: createTokenResolver, defaultValues: { name: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setCopied(false);
    const result = await createTokenAction(values);
    if (result.ok) {
      setCreated(result.data);
      reset();
    } else {
      applyServerErrors(result.fields, setError);
      setFormError(result.message);
    }
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="inline">
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <input id="token-name" placeholder="e.g. CMS sync" aria-invalid={Boolean(errors.name)} aria-describedby="token-name-error" {...register("name")} />
          <FieldError id="token-name-error" message={errors.name?.message} />
        </div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create token"}
        </button>
      </form>
      <ErrorMessage message={formError} />
      {created ? (
        <div className="token-reveal" role="status">
          <p>
            <strong>Copy the token “{created.name}” now.</strong> It is shown only once; Claimdesk keeps only a hash of it.
          </p>
          <div className="inline">
            <label htmlFor="new-token-secret" className="visually-hidden">
              New token
            </label>
            <input id="new-token-secret" readOnly value={created.secret} className="token-secret" onFocus={(event) => event.currentTarget.select()} />
            <button
              type="button"
              className="button-small"
              onClick={() => {
                void navigator.clipboard?.writeText(created.secret).then(() => setCopied(true));
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
