import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter an e-mail address.")
  .pipe(z.email("Enter a valid e-mail address."))
  .transform((value) => value.toLowerCase());

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password."),
});
export type LoginInput = z.input<typeof loginSchema>;

export const PASSWORD_MIN_LENGTH = 10;
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.");
