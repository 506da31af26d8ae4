"use server";

import { revalidatePath } from "next/cache";
import { invalidInput, runAction, type ActionResult } from "@/lib/actions/result";
import { requirePermission } from "@/lib/auth/session";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/lib/users/mutations";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setActiveSchema } from "@/lib/validation/users";

export async function createUserAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const admin = await requirePermission("users.manage");
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => ({ email: (await createUser(admin, parsed.data)).email }), `Created ${parsed.data.email}.`);
  revalidatePath("/admin/users");
  return result;
}

export async function changeRoleAction(input: unknown): Promise<ActionResult> {
  const admin = await requirePermission("users.manage");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(() => changeUserRole(admin, parsed.data.userId, parsed.data.role), "Role changed.");
  revalidatePath("/admin/users");
  return result;
}

export async function setActiveAction(input: unknown): Promise<ActionResult> {
  const admin = await requirePermission("users.manage");
  const parsed = setActiveSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(
    () => setUserActive(admin, parsed.data.userId, parsed.data.active),
    parsed.data.active ? "Account reactivated." : "Account deactivated; its API tokens were revoked.",
  );
  revalidatePath("/admin/users");
  return result;
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  const admin = await requirePermission("users.manage");
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(() => resetUserPassword(admin, parsed.data.userId, parsed.data.password), "Password reset. Tell the person their new password in person or by phone.");
}
