"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { CreateTokenInput } from "@/lib/validation/tokens";
import { createTokenAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const createTokenResolver = lazyZodResolver(() => import("@/lib/validation/tokens").then((module) => module.createTokenSchema));

export function CreateTokenForm() {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const toast = useToast();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateTokenInput>({ resolver: createTokenResolver, defaultValues: { name: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setCopied(false);
    const result = await createTokenAction(values);
    if (result.ok) {
      setCreated(result.data);
      reset();
      toast({ kind: "success", message: `Token “${result.data.name}” created. Copy it now: it is shown only once.` });
    } else if (result.fields) {
      applyServerErrors(result.fields, setError);
    } else {
      toast({ kind: "error", message: result.message });
    }
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="inline">
        <Field id="token-name" label="Token name" error={errors.name?.message}>
          {(control) => <input {...control} placeholder="e.g. CMS sync" autoComplete="off" {...register("name")} />}
        </Field>
        <Button type="submit" pending={isSubmitting}>
          Create token
        </Button>
      </form>
      {created ? (
        <div className="token-reveal">
          <p>
            <strong>Copy the token “{created.name}” now.</strong> It is shown only once; Claimdesk keeps only a hash of it.
          </p>
          <div className="inline">
            <label htmlFor="new-token-secret" className="visually-hidden">
              New token
            </label>
            <input id="new-token-secret" readOnly value={created.secret} className="token-secret" onFocus={(event) => event.currentTarget.select()} />
            <Button
              size="small"
              onClick={() => {
                void navigator.clipboard?.writeText(created.secret).then(
                  () => {
                    setCopied(true);
                    toast({ kind: "success", message: "Token copied to the clipboard." });
                  },
                  () => toast({ kind: "error", message: "The browser did not allow copying; select the token and copy it yourself." }),
                );
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}
