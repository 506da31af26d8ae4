"use client";

import { ErrorMessage } from "@/components/form-message";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { LoginInput } from "@/lib/validation/auth";
import { FieldError } from "@/components/field-error";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const loginResolver = lazyZodResolver(() => import("@/lib/validation/auth").then((module) => module.loginSchema));

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "The e-mail or password is not right. Check both and try again.",
  TooManyAttempts: "Too many failed attempts. Wait a few minutes before trying again, or ask an admin to reset your password.",
};

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: loginResolver, defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(MESSAGES[result?.error ?? ""] ?? "Signing in failed. Try again in a moment.");
      return;
    }
    // A full navigation, not router.replace + refresh: the two raced under load, leaving the
    // signed-in page rendered at /login. The session cookie is new, so nothing cached is reusable.
    window.location.assign(callbackUrl);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ErrorMessage message={formError} />
      <div className="field">
        <label htmlFor="login-email">E-mail</label>
        <input id="login-email" type="email" autoComplete="username" autoFocus aria-invalid={Boolean(errors.email)} aria-describedby="login-email-error" {...register("email")} />
        <FieldError id="login-email-error" message={errors.email?.message} />
      </div>
      <div className="field">
        <label htmlFor="login-password">Password</label>
        <input id="login-password" type="password" autoComplete="current-password" aria-invalid={Boolean(errors.password)} aria-describedby="login-password-error" {...register("password")} />
        <FieldError id="login-password-error" message={errors.password?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
