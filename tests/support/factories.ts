// Test data built through the same code the app uses, with unique values so tests never collide.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createApiToken } from "@/lib/tokens/tokens";
import { createUser } from "@/lib/users/mutations";

export const TEST_PASSWORD = "correct horse battery";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function userFactory(role: Role = "EDITOR", overrides: { email?: string; password?: string; name?: string } = {}) {
  return createUser(null, {
    email: overrides.email ?? uniqueEmail(role.toLowerCase()),
    name: overrides.name ?? `Test ${role.toLowerCase()}`,
    role,
    password: overrides.password ?? TEST_PASSWORD,
  });
}

export async function tokenFactory(role: Role = "EDITOR") {
  const user = await userFactory(role);
  const { token, secret } = await createApiToken(user, { name: `test token ${randomUUID().slice(0, 6)}` });
  return { user, token, secret };
}

export async function outletFactory(name = `Outlet ${randomUUID().slice(0, 8)}`) {
  return db.outlet.create({ data: { name, kind: "NEWSPAPER" } });
}

export async function articleFactory(overrides: { title?: string; body?: string; outletId?: string } = {}) {
  const outletId = overrides.outletId ?? (await outletFactory()).id;
  const body = overrides.body ?? `A test article body ${randomUUID()}.`;
  const { createHash } = await import("node:crypto");
  return db.article.create({
    data: {
      outletId,
      title: overrides.title ?? `Test article ${randomUUID().slice(0, 8)}`,
      body,
      contentHash: createHash("sha256").update(body).digest("hex"),
    },
  });
}

export function bearer(secret: string, path: string, init: RequestInit = {}): Request {
  return new Request(`http://claimdesk.test${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${secret}` } });
}

/** An article imported the way the app imports one (outlet matching, audit, claim candidates). */
export async function importedArticleFactory(actor: { id: string; role: Role }, input: { title: string; body: string; outlet?: string }) {
  const { importArticle } = await import("@/lib/articles/mutations");
  const { importArticleSchema } = await import("@/lib/validation/articles");
  const { article } = await importArticle(actor, importArticleSchema.parse({ title: input.title, outlet: input.outlet ?? `Outlet ${randomUUID().slice(0, 8)}`, body: input.body }));
  return article;
}
