"use client";

import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/field-error";
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
  const [feedback, setFeedback] = useState<{ ok: boolean; message: string } | null>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [resetOpen, setResetOpen] = useState(false);
  const roleId = useId();

  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const result = await action();
      setFeedback({ ok: result.ok, message: result.ok ? (result.message ?? "Saved.") : result.message });
    });

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
        <button type="button" className="button-small" disabled={pending || isSelf || role === user.role} onClick={() => run(() => changeRoleAction({ userId: user.id, role }))}>
          Change role<span className="visually-hidden"> for {user.name}</span>
        </button>
      </div>
      <div className="inline">
        {isSelf ? (
          <span className="muted">This is you</span>
        ) : (
          <button
            type="button"
            className="button-small button-quiet"
            disabled={pending}
            onClick={() => {
              if (user.active && !window.confirm(`Deactivate ${user.name}? They will be signed out and their API tokens revoked.`)) return;
              run(() => setActiveAction({ userId: user.id, active: String(!user.active) }));
            }}
          >
            {user.active ? "Deactivate" : "Reactivate"}
            <span className="visually-hidden"> {user.name}</span>
          </button>
        )}
        <button type="button" className="button-small button-quiet" aria-expanded={resetOpen} onClick={() => setResetOpen((open) => !open)}>
          Reset password<span className="visually-hidden"> for {user.name}</span>
        </button>
      </div>
      {resetOpen ? (
        <ResetPasswordForm
          user={user}
          onDone={(result) => {
            setFeedback({ ok: result.ok, message: result.ok ? (result.message ?? "Saved.") : result.message });
            if (result.ok) setResetOpen(false);
          }}
        />
      ) : null}
      {feedback ? (
        <p role={feedback.ok ? "status" : "alert"} className={feedback.ok ? "form-success" : "form-error"}>
          {feedback.message}
        </p>
      ) : null}
    </div>
  );
}

function ResetPasswordForm({ user, onDone }: { user: RowUser; onDone: (result: ActionResult) => void }) {
  const inputId = useId();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: resetPasswordResolver, defaultValues: { userId: user.id, password: "" } });
  return (
    <form className="inline" noValidate onSubmit={handleSubmit(async (values) => onDone(await resetPasswordAction(values)))}>
      <input type="hidden" {...register("userId")} />
      <div className="field">
        <label htmlFor={inputId}>New password for {user.name}</label>
        <input id={inputId} type="password" autoComplete="new-password" aria-invalid={Boolean(errors.password)} aria-describedby={`${inputId}-error`} {...register("password")} />
        <FieldError id={`${inputId}-error`} message={errors.password?.message} />
      </div>
      <button type="submit" className="button-small" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
