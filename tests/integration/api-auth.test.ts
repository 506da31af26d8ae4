import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { GET as listArticlesRoute } from "@/app/api/v1/articles/route";
import { GET as listUsersRoute } from "@/app/api/v1/users/route";
import pg from "pg";
import { db, disconnectDb } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { revokeApiToken, userForTokenSecret } from "@/lib/tokens/tokens";
import { hashTokenSecret } from "@/lib/tokens/secret";
import { setUserActive } from "@/lib/users/mutations";
import { articleFactory, bearer, tokenFactory, userFactory } from "../support/factories";

after(disconnectDb);
const noContext = {} as never;

async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string; message?: string } };
  assert.ok(body.error?.message, "error responses carry a message");
  return body.error?.code ?? "";
}

describe("API bearer authentication", () => {
  it("answers 401 without a token", async () => {
    const response = await listArticlesRoute(new Request("http://claimdesk.test/api/v1/articles"), noContext);
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), "unauthenticated");
  });

  it("answers 401 for an unknown token", async () => {
    const response = await listArticlesRoute(bearer("cdk_not-a-real-token", "/api/v1/articles"), noContext);
    assert.equal(response.status, 401);
  });

  it("records a token's last use without making concurrent requests wait for each other", async () => {
    const { user, token, secret } = await tokenFactory("VIEWER");
    // Another request is stamping the token: its transaction holds the row.
    const other = new pg.Client({ connectionString: databaseUrl() });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT 1 FROM "ApiToken" WHERE "id" = $1 FOR UPDATE`, [token.id]);
      const timeout = new Promise<"waited">((resolve) => setTimeout(() => resolve("waited"), 3000).unref());
      const answered = await Promise.race([userForTokenSecret(secret).then((user) => user?.id ?? "none"), timeout]);
      assert.equal(answered, user.id, "the request went on while the row was locked");
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    assert.equal((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt, null, "the locked stamp was skipped, not queued");

    // Unlocked, the use is recorded, in UTC like every other timestamp.
    const before = Date.now();
    await userForTokenSecret(secret);
    const stamped = (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    assert.ok(stamped && Math.abs(stamped.getTime() - before) < 5000, `lastUsedAt ${stamped?.toISOString()} is now`);
    // Within the minute it is not written again.
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(Date.now() - 30_000) } });
    await userForTokenSecret(secret);
    assert.ok(Date.now() - (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt!.getTime() >= 29_000);
  });

  it("stores only a hash of the token", async () => {
    const { token, secret } = await tokenFactory("VIEWER");
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    assert.equal(stored.tokenHash, hashTokenSecret(secret));
    assert.notEqual(stored.tokenHash, secret);
    assert.ok(!JSON.stringify(stored).includes(secret));
  });

  it("lets a viewer token read articles, then answers 401 once it is revoked", async () => {
    const { user, token, secret } = await tokenFactory("VIEWER");
    const article = await articleFactory({ title: "Token test article" });
    const ok = await listArticlesRoute(bearer(secret, "/api/v1/articles?q=Token%20test"), noContext);
    assert.equal(ok.status, 200);
    const body = (await ok.json()) as { items: { id: string }[] };
    assert.ok(body.items.some((item) => item.id === article.id));

    await revokeApiToken(user, token.id);
    const revoked = await listArticlesRoute(bearer(secret, "/api/v1/articles"), noContext);
    assert.equal(revoked.status, 401);
  });

  it("answers 401 for tokens of a deactivated user", async () => {
    const { user, secret } = await tokenFactory("EDITOR");
    const admin = await userFactory("ADMIN");
    await setUserActive(admin, user.id, false);
    const response = await listArticlesRoute(bearer(secret, "/api/v1/articles"), noContext);
    assert.equal(response.status, 401);
  });

  it("a user cannot revoke someone else's token", async () => {
    const { token } = await tokenFactory("EDITOR");
    const other = await userFactory("ADMIN");
    await assert.rejects(revokeApiToken(other, token.id), /not found/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    assert.equal(stored.revokedAt, null);
  });

  it("rejects a malformed cursor with 400", async () => {
    const { secret } = await tokenFactory("VIEWER");
    const response = await listArticlesRoute(bearer(secret, "/api/v1/articles?cursor=nonsense"), noContext);
    assert.equal(response.status, 400);
    assert.equal(await errorCode(response), "bad_request");
  });
});

describe("admin route handler", () => {
  for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const) {
    it(`answers 403 to a ${role.toLowerCase()}`, async () => {
      const { secret } = await tokenFactory(role);
      const response = await listUsersRoute(bearer(secret, "/api/v1/users"), noContext);
      assert.equal(response.status, 403);
      assert.equal(await errorCode(response), "forbidden");
    });
  }

  it("lists users for an admin", async () => {
    const { user, secret } = await tokenFactory("ADMIN");
    const response = await listUsersRoute(bearer(secret, "/api/v1/users"), noContext);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { items: { id: string; passwordHash?: string }[] };
    assert.ok(body.items.some((item) => item.id === user.id));
    assert.ok(body.items.every((item) => item.passwordHash === undefined), "password hashes never leave the server");
  });
});
