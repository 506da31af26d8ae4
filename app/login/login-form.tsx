"use client";

import { ErrorMessage } from "@/components/form-message";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { LoginInput } from "@/lib/validation/auth";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/lazy-zod-resolver";

const loginResolver = lazyZodResolver(() => import("@/lib/validation/auth").then((module) => module.loginSchema));

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "The e-mail or password is not right. Check both and try again.",
  TooManyAttempts: "Too many failed attempts. Wait a few minutes before trying again, or ask an admin to reset your password.",
};

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
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
    // The button stays busy until the next page replaces this one.
    setLeaving(true);
    window.location.assign(callbackUrl);
  });

  // The form-level error is not a field's: it sits above the fields (the sign-in failure names neither).
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ErrorMessage message={formError} />
      <Field id="login-email" label="E-mail" error={errors.email?.message}>
        {(control) => <input {...control} type="email" autoComplete="username" autoFocus {...register("email")} />}
      </Field>
      <Field id="login-password" label="Password" error={errors.password?.message}>
        {(control) => <input {...control} type="password" autoComplete="current-password" {...register("password")} />}
      </Field>
      <Button type="submit" pending={isSubmitting || leaving}>
        {isSubmitting || leaving ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
