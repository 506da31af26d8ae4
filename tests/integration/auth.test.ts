import assert from "node:assert/strict";
import { after, afterEach, describe, it } from "node:test";
import { authenticateWithPassword, authorizeCredentials, LoginError } from "@/lib/auth/credentials";
import { FREE_FAILURES, MAX_FAILURES_PER_IP } from "@/lib/auth/throttle";
import { db, disconnectDb } from "@/lib/db";
import { setUserActive } from "@/lib/users/mutations";
import { TEST_PASSWORD, uniqueEmail, userFactory } from "../support/factories";

after(disconnectDb);

describe("password sign-in", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await userFactory("EDITOR");
    const signedIn = await authenticateWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1");
    assert.equal(signedIn.id, user.id);
    assert.equal(signedIn.role, "EDITOR");
  });

  it("rejects a wrong password and records the failure", async () => {
    const user = await userFactory("EDITOR");
    await assert.rejects(authenticateWithPassword({ email: user.email, password: "wrong password" }, "10.0.0.2"), (error: unknown) => error instanceof LoginError && error.reason === "invalid");
    const attempts = await db.loginAttempt.findMany({ where: { email: user.email } });
    assert.deepEqual(attempts.map((a) => a.succeeded), [false]);
  });

  it("rejects unknown e-mails and deactivated accounts the same way", async () => {
    await assert.rejects(authenticateWithPassword({ email: "nobody@example.test", password: TEST_PASSWORD }, null), LoginError);
    const admin = await userFactory("ADMIN");
    const user = await userFactory("EDITOR");
    await setUserActive(admin, user.id, false);
    await assert.rejects(authenticateWithPassword({ email: user.email, password: TEST_PASSWORD }, null), (error: unknown) => error instanceof LoginError && error.reason === "invalid");
  });

  it("slows one e-mail from one client down after repeated failures, even with the right password", async () => {
    const user = await userFactory("EDITOR");
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) {
      await assert.rejects(authenticateWithPassword({ email: user.email, password: `guess ${attempt}` }, "10.0.0.3"), LoginError);
    }
    await assert.rejects(authenticateWithPassword({ email: user.email, password: TEST_PASSWORD }, "10.0.0.3"), (error: unknown) => error instanceof LoginError && error.reason === "throttled");
  });
});

describe("sign-in through next-auth, behind proxies", () => {
  const authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => authorizeCredentials(credentials, request.headers);
  const previousHops = process.env.TRUST_PROXY_HOPS;
  afterEach(() => {
    if (previousHops === undefined) delete process.env.TRUST_PROXY_HOPS;
    else process.env.TRUST_PROXY_HOPS = previousHops;
  });
  const isThrottled = (error: unknown) => error instanceof LoginError && error.reason === "throttled";

  it("ignores a client-sent X-Forwarded-For when no proxy is trusted", async () => {
    delete process.env.TRUST_PROXY_HOPS;
    const user = await userFactory("EDITOR");
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) {
      assert.equal(await authorize({ email: user.email, password: "wrong" }, { headers: { "x-forwarded-for": `192.0.2.${attempt + 1}` } }), null);
    }
    const attempts = await db.loginAttempt.findMany({ where: { email: user.email } });
    assert.deepEqual(attempts.map((attempt) => attempt.ip), Array(FREE_FAILURES).fill(null));
    await assert.rejects(authorize({ email: user.email, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": "192.0.2.200" } }), isThrottled);
  });

  it("rotating the client's part of X-Forwarded-For does not escape the per-address limit", async () => {
    process.env.TRUST_PROXY_HOPS = "1";
    const attacker = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) {
      const spoofed = `203.0.113.${attempt + 1}`;
      assert.equal(await authorize({ email: uniqueEmail("spray"), password: "Summer2026!" }, { headers: { "x-forwarded-for": `${spoofed}, ${attacker}` } }), null);
    }
    await assert.rejects(authorize({ email: uniqueEmail("spray"), password: "Summer2026!" }, { headers: { "x-forwarded-for": `203.0.113.250, ${attacker}` } }), isThrottled);
  });

  it("someone else's failures for an account do not lock its owner out", async () => {
    process.env.TRUST_PROXY_HOPS = "1";
    const victim = await userFactory("REVIEWER");
    for (let attempt = 0; attempt < 10; attempt++) {
      await authorize({ email: victim.email, password: `guess ${attempt}` }, { headers: { "x-forwarded-for": "198.51.100.66" } }).catch(() => null);
    }
    await assert.rejects(authorize({ email: victim.email, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": "198.51.100.66" } }), isThrottled);
    const owner = await authorize({ email: victim.email, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": "203.0.113.44" } });
    assert.equal(owner?.id, victim.id);
  });
});
