import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "quiet" | "danger" | "ghost";

const VARIANT_CLASS: Record<ButtonVariant, string> = { primary: "", quiet: "button-quiet", danger: "button-danger", ghost: "button-ghost" };

/** Class names for a button-looking element (also for links styled as buttons). */
export function buttonClass(variant: ButtonVariant = "primary", size: "normal" | "small" = "normal", extra = ""): string {
  return [VARIANT_CLASS[variant], size === "small" ? "button-small" : "", extra].filter(Boolean).join(" ");
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: "normal" | "small"; pending?: boolean };

/** The one button. `pending` disables it and shows a spinner, so a slow action cannot be sent twice. */
export function Button({ variant = "primary", size = "normal", pending = false, className = "", type = "button", disabled, children, ...props }: ButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, size, className) || undefined} disabled={disabled || pending} aria-busy={pending || undefined} {...props}>
      {pending ? <span className="spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
