import { expect, test } from "@playwright/test";
import { disconnectDb } from "@/lib/db";
import { articleFactory, outletFactory, userFactory } from "../support/factories";
import { screenshot, signIn } from "./helpers";

test.afterAll(disconnectDb);

test("a wrong password shows an error and creates no session", async ({ page }) => {
  const editor = await userFactory("EDITOR");
  await page.goto("/login");
  await screenshot(page, "login");
  await page.getByLabel("E-mail").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "e-mail or password is not right" })).toBeVisible();
  await screenshot(page, "login-error");
  await expect(page).toHaveURL(/\/login/);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toEqual({});
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).not.toContain("next-auth.session-token");
});

test("every page but /login sends a signed-out visitor to sign in", async ({ page }) => {
  for (const path of ["/articles", "/admin/users", "/settings/tokens"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in to Claimdesk" })).toBeVisible();
  }
});

test("an editor signs in, sees the articles and their role, and signs out", async ({ page }) => {
  const outlet = await outletFactory(`Harbour Courier ${Date.now()}`);
  const article = await articleFactory({ outletId: outlet.id, title: `Port strike enters second week ${Date.now()}` });
  const editor = await userFactory("EDITOR", { name: "Edna Editor" });

  await signIn(page, editor.email);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Edna Editor");
  await expect(page.getByRole("banner").getByLabel("Role: Editor")).toBeVisible();
  await expect(page.getByRole("link", { name: article.title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.getByLabel("Title or author").fill(article.title);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await screenshot(page, "articles");

  await page.getByRole("link", { name: article.title }).click();
  await expect(page.getByRole("heading", { name: article.title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Article text" })).toContainText(article.body);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/login/);
});

test("a viewer gets 403 on the admin page", async ({ page }) => {
  const viewer = await userFactory("VIEWER");
  await signIn(page, viewer.email);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await screenshot(page, "forbidden");
});
