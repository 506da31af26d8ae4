"use client";

import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABEL } from "@/lib/permissions";
import type { CreateUserInput } from "@/lib/validation/users";
import { createUserAction } from "./actions";
import { useToast } from "@/components/ui/toast";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const createUserResolver = lazyZodResolver(() => import("@/lib/validation/users").then((module) => module.createUserSchema));

export function CreateUserForm() {
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
    const result = await createUserAction(values);
    if (result.ok) {
      reset();
      toast({ kind: "success", message: result.message ?? "User created." });
    } else if (result.fields) {
      applyServerErrors(result.fields, setError);
    } else {
      toast({ kind: "error", message: result.message });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid-form">
      <Field id="new-user-name" label="Name" error={errors.name?.message}>
        {(control) => <input {...control} autoComplete="off" {...register("name")} />}
      </Field>
      <Field id="new-user-email" label="E-mail" error={errors.email?.message}>
        {(control) => <input {...control} type="email" autoComplete="off" {...register("email")} />}
      </Field>
      <Field id="new-user-role" label="Role" error={errors.role?.message}>
        {(control) => (
          <select {...control} {...register("role")}>
            {Object.values(Role).map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="new-user-password" label="Initial password" error={errors.password?.message}>
        {(control) => <input {...control} type="password" autoComplete="new-password" {...register("password")} />}
      </Field>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting}>
          Add user
        </Button>
      </div>
    </form>
  );
}
