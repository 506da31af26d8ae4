"use client";

import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/result";
import { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABEL } from "@/lib/permissions";
import type { ResetPasswordInput } from "@/lib/validation/users";
import { changeRoleAction, resetPasswordAction, setActiveAction } from "./actions";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const resetPasswordResolver = lazyZodResolver(() => import("@/lib/validation/users").then((module) => module.resetPasswordSchema));

type RowUser = { id: string; name: string; role: Role; active: boolean };

export function UserRowControls({ user, isSelf }: { user: RowUser; isSelf: boolean }) {
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<"role" | "active" | null>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [resetOpen, setResetOpen] = useState(false);
  const roleId = useId();
  const toast = useToast();

  const run = (which: "role" | "active", action: () => Promise<ActionResult>, success: string) => {
    setRunning(which);
    startTransition(async () => {
      const result = await action();
      setRunning(null);
      toast(result.ok ? { kind: "success", message: success } : { kind: "error", message: `${user.name}: ${result.message}` });
    });
  };

  return (
    <div className="row-controls">
      <div className="inline">
        <label htmlFor={roleId} className="visually-hidden">
          Role for {user.name}
        </label>
        <select id={roleId} value={role} disabled={pending || isSelf} onChange={(event) => setRole(event.target.value as Role)}>
          {Object.values(Role).map((value) => (
            <option key={value} value={value}>
              {ROLE_LABEL[value]}
            </option>
          ))}
        </select>
        <Button
          size="small"
          pending={pending && running === "role"}
          disabled={pending || isSelf || role === user.role}
          onClick={() => run("role", () => changeRoleAction({ userId: user.id, role }), `Role of ${user.name} changed to ${ROLE_LABEL[role]}.`)}
        >
          Change role<span className="visually-hidden"> for {user.name}</span>
        </Button>
      </div>
      <div className="inline">
        {isSelf ? (
          <span className="muted">This is you</span>
        ) : (
          <Button
            variant="quiet"
            size="small"
            pending={pending && running === "active"}
            disabled={pending}
            onClick={() => {
              if (user.active && !window.confirm(`Deactivate ${user.name}? They will be signed out and their API tokens revoked.`)) return;
              run(
                "active",
                () => setActiveAction({ userId: user.id, active: String(!user.active) }),
                user.active ? `${user.name} was deactivated; their API tokens were revoked.` : `${user.name} was reactivated.`,
              );
            }}
          >
            {user.active ? "Deactivate" : "Reactivate"}
            <span className="visually-hidden"> {user.name}</span>
          </Button>
        )}
        <Button variant="quiet" size="small" aria-expanded={resetOpen} onClick={() => setResetOpen((open) => !open)}>
          Reset password<span className="visually-hidden"> for {user.name}</span>
        </Button>
      </div>
      {resetOpen ? (
        <ResetPasswordForm
          user={user}
          onDone={() => {
            toast({ kind: "success", message: `Password of ${user.name} reset. Tell them the new one in person or by phone.` });
            setResetOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}

function ResetPasswordForm({ user, onDone }: { user: RowUser; onDone: () => void }) {
  const inputId = useId();
  const toast = useToast();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: resetPasswordResolver, defaultValues: { userId: user.id, password: "" } });
  return (
    <form
      className="inline"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const result = await resetPasswordAction(values);
        if (result.ok) onDone();
        else if (result.fields) applyServerErrors(result.fields, setError);
        else toast({ kind: "error", message: `${user.name}: ${result.message}` });
      })}
    >
      <input type="hidden" {...register("userId")} />
      <Field id={inputId} label={`New password for ${user.name}`} error={errors.password?.message}>
        {(control) => <input {...control} type="password" autoComplete="new-password" {...register("password")} />}
      </Field>
      <Button type="submit" size="small" pending={isSubmitting}>
        Set password
      </Button>
    </form>
  );
}
