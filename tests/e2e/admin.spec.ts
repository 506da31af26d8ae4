import { expect, test } from "@playwright/test";
import { db, disconnectDb } from "@/lib/db";
import { uniqueEmail, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

test("an admin adds a user, changes the role, resets the password and deactivates the account", async ({ page }) => {
  const admin = await userFactory("ADMIN", { name: "Ada Admin" });
  await signIn(page, admin.email);
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

  // Validation messages come from the shared zod schema before anything is sent.
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Enter the person's name.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  const email = uniqueEmail("new");
  await page.getByLabel("Name").fill("Newt Newcomer");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByLabel("Initial password").fill("a long initial password");
  await page.getByRole("button", { name: "Add user" }).click();
  const toasts = page.getByRole("status", { name: "Notifications" });
  await expect(toasts.getByText(`Created ${email}.`)).toBeVisible();
  const row = page.getByRole("row", { name: /Newt Newcomer/ });
  await expect(row).toContainText("Viewer");

  await row.getByLabel("Role for Newt Newcomer").selectOption("REVIEWER");
  await row.getByRole("button", { name: "Change role for Newt Newcomer" }).click();
  await expect(toasts.getByText("Role of Newt Newcomer changed to Reviewer.")).toBeVisible();
  await expect(row).toContainText("Reviewer");

  await row.getByRole("button", { name: "Reset password for Newt Newcomer" }).click();
  await row.getByLabel("New password for Newt Newcomer").fill("short");
  await row.getByRole("button", { name: "Set password", exact: true }).click();
  await expect(row.getByText("Use at least 10 characters.")).toBeVisible();
  await row.getByLabel("New password for Newt Newcomer").fill("a completely new password");
  await row.getByRole("button", { name: "Set password", exact: true }).click();
  await expect(toasts.getByText(/^Password of Newt Newcomer reset\./)).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Deactivate Newt Newcomer" }).click();
  await expect(row).toContainText("Deactivated");
  await expect(toasts.getByText("Newt Newcomer was deactivated; their API tokens were revoked.")).toBeVisible();
  await screenshot(page, "admin-users");

  const audit = await db.auditEvent.findMany({ where: { actorId: admin.id }, orderBy: { id: "asc" }, select: { action: true } });
  expect(audit.map((event) => event.action)).toEqual(["user.create", "user.role_change", "user.password_reset", "user.deactivate"]);
});

test("a user creates an API token that is shown once, then revokes it", async ({ page }) => {
  const editor = await userFactory("EDITOR");
  await signIn(page, editor.email);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByText("You have no API tokens.")).toBeVisible();
  await page.getByLabel("Token name").fill("Newsroom CMS");
  await page.getByRole("button", { name: "Create token" }).click();
  const toasts = page.getByRole("status", { name: "Notifications" });
  await expect(toasts.getByText("Token “Newsroom CMS” created. Copy it now: it is shown only once.")).toBeVisible();
  const secret = await page.getByLabel("New token").inputValue();
  expect(secret).toMatch(/^cdk_[A-Za-z0-9_-]{40,}$/);
  await screenshot(page, "tokens");

  const api = await page.request.get("/api/v1/articles", { headers: { authorization: `Bearer ${secret}` } });
  expect(api.status()).toBe(200);

  await page.reload();
  await expect(page.getByLabel("New token")).toHaveCount(0);
  const row = page.getByRole("row", { name: /Newsroom CMS/ });
  await expect(row).toContainText("Active");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke token Newsroom CMS" }).click();
  await expect(toasts.getByText("Token “Newsroom CMS” revoked. Tools using it can no longer connect.")).toBeVisible();
  await expect(row).toContainText("Revoked");

  const revoked = await page.request.get("/api/v1/articles", { headers: { authorization: `Bearer ${secret}` } });
  expect(revoked.status()).toBe(401);
});
