import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { emailSchema, newPasswordSchema } from "@/lib/validation/auth";
import { caseInsensitiveEnum, plainString } from "@/lib/validation/fields";

export const roleSchema = caseInsensitiveEnum(Role, { error: "Choose a role: VIEWER, EDITOR, REVIEWER or ADMIN." });

export const createUserSchema = z.object({
  email: emailSchema,
  name: plainString("The name").trim().min(1, "Enter the person's name.").max(120, "Use at most 120 characters."),
  role: roleSchema,
  password: newPasswordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: z.uuid(), role: roleSchema });
export const setActiveSchema = z.object({ userId: z.uuid(), active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const resetPasswordSchema = z.object({ userId: z.uuid(), password: newPasswordSchema });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
