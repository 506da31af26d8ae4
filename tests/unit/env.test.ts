import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { databaseUrl, serverEnv } from "@/lib/env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("configuration", () => {
  it("names every missing or malformed variable in one message", () => {
    delete process.env.DATABASE_URL;
    process.env.NEXTAUTH_SECRET = "short";
    assert.throws(() => serverEnv(), (error: unknown) => {
      const message = error instanceof Error ? error.message : "";
      return /DATABASE_URL is not set/.test(message) && /NEXTAUTH_SECRET must be at least 16 characters/.test(message);
    });
  });

  it("rejects a database URL that is not PostgreSQL", () => {
    process.env.DATABASE_URL = "mysql://localhost/claimdesk";
    assert.throws(() => databaseUrl(), /must start with postgresql:\/\//);
  });

  it("accepts a complete configuration and applies defaults", () => {
    process.env.DATABASE_URL = "postgresql://claimdesk@localhost:5432/claimdesk";
    process.env.NEXTAUTH_SECRET = "a-long-enough-secret-for-tests";
    delete process.env.CLAIMREVIEW_ORG_NAME;
    const env = serverEnv();
    assert.equal(env.DATABASE_URL, "postgresql://claimdesk@localhost:5432/claimdesk");
    assert.equal(env.CLAIMREVIEW_ORG_NAME, "Claimdesk");
  });
});
