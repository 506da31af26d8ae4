import { expect, test, type APIResponse } from "@playwright/test";
import { disconnectDb } from "@/lib/db";
import { setUserActive } from "@/lib/users/mutations";
import { userFactory } from "../support/factories";
import { signIn } from "./helpers";

test.afterAll(disconnectDb);

function expectSecurityHeaders(response: APIResponse | null): string {
  expect(response).not.toBeNull();
  const headers = response!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  // Served over plain http in the tests: no HSTS, which browsers would ignore there anyway.
  expect(headers["strict-transport-security"]).toBeUndefined();
  return policy;
}

test("pages carry a nonce-based CSP that the app's own scripts satisfy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const policy = expectSecurityHeaders(response as unknown as APIResponse);
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  // Next put the same nonce on the scripts it rendered. (Chunks loaded later, such as a form's
  // schema, are added by those scripts and carry none: 'strict-dynamic' trusts them, and the
  // console check below would catch any the browser refused.)
  const html = await response!.text();
  const scriptNonces = [...html.matchAll(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/gu)].map((tag) => /\bnonce="([^"]*)"/u.exec(tag[0])?.[1] ?? "");
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  // A fresh nonce on every request.
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);
  // The page still works: signing in needs the client-side form.
  const editor = await userFactory("EDITOR");
  await signIn(page, editor.email);
  expect(violations).toEqual([]);
});

test("API responses carry the security headers and a policy that allows nothing", async ({ request }) => {
  const response = await request.get("/api/v1/claims");
  expect(response.status()).toBe(401);
  expect(expectSecurityHeaders(response)).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("after sign-in only paths on this site are followed", async ({ page, baseURL }) => {
  const editor = await userFactory("EDITOR");
  for (const hostile of ["/%5Cevil.example/", "/%09/evil.example/", "%2F%2Fevil.example", "/%5C%2Fevil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${hostile}`);
    await page.getByLabel("E-mail").fill(editor.email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/articles`);
  }
  await page.context().clearCookies();
  await page.goto("/login?callbackUrl=/settings/tokens");
  await page.getByLabel("E-mail").fill(editor.email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/settings/tokens`);
});

test("every answer under /api/v1 is the JSON error body, whatever the path or method", async ({ request }) => {
  for (const path of ["/api/v1/claims/%00", "/api/v1/claims/%2e%2e", "/api/v1/claims/..%2f..%2fetc", "/api/v1/nothing-here", "/api/v1"]) {
    const response = await request.get(path);
    expect([400, 401, 404], path).toContain(response.status());
    expect(response.headers()["content-type"], path).toContain("application/json");
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    expect(typeof body.error?.code, path).toBe("string");
  }
  const put = await request.put("/api/v1/claims", { data: {} });
  expect(put.status()).toBe(405);
  expect(put.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  expect(((await put.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
});

test("a server action posted from another site is a 403, not a 500", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
});

test("a deactivated user's open session is refused on the next page load", async ({ page }) => {
  const admin = await userFactory("ADMIN");
  const editor = await userFactory("EDITOR");
  await signIn(page, editor.email);
  await setUserActive(admin, editor.id, false);
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/login/);
});
