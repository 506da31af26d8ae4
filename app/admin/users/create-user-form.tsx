"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABEL } from "@/lib/permissions";
import type { CreateUserInput } from "@/lib/validation/users";
import { createUserAction } from "./actions";
import { useToast } from "@/components/ui/toast";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const createUserResolver = lazyZodResolver(() => import("@/lib/validation/users").then((module) => module.createUserSchema));

export function CreateUserForm() {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const toast = useToast();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({
    resolver: createUserResolver,
    defaultValues: { email: "", name: "", role: "EDITOR", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const result = await createUserAction(values);
    if (result.ok) {
      reset();
      toast({ kind: "success", message: result.message ?? "User created." });
    } else {
      applyServerErrors(result.fields, setError);
      setStatus({ ok: false, message: result.message });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid-form">
      <div className="field">
        <label htmlFor="new-user-name">Name</label>
        <input id="new-user-name" autoComplete="off" aria-invalid={Boolean(errors.name)} aria-describedby="new-user-name-error" {...register("name")} />
        <FieldError id="new-user-name-error" message={errors.name?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-user-email">E-mail</label>
        <input id="new-user-email" type="email" autoComplete="off" aria-invalid={Boolean(errors.email)} aria-describedby="new-user-email-error" {...register("email")} />
        <FieldError id="new-user-email-error" message={errors.email?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" {...register("role")}>
          {Object.values(Role).map((role) => (
            <option key={role} value={role}>
              {ROLE_LABEL[role]}
            </option>
          ))}
        </select>
        <FieldError id="new-user-role-error" message={errors.role?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Initial password</label>
        <input id="new-user-password" type="password" autoComplete="new-password" aria-invalid={Boolean(errors.password)} aria-describedby="new-user-password-error" {...register("password")} />
        <FieldError id="new-user-password-error" message={errors.password?.message} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add user"}
        </button>
        {status ? (
          <p role={status.ok ? "status" : "alert"} className={status.ok ? "form-success" : "form-error"}>
            {status.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
