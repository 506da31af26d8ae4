import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { authenticateWithPassword, LoginError } from "@/lib/auth/credentials";
import { MAX_FAILURES_PER_EMAIL } from "@/lib/auth/throttle";
import { db, disconnectDb } from "@/lib/db";
import { setUserActive } from "@/lib/users/mutations";
import { TEST_PASSWORD, userFactory } from "../support/factories";

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

  it("throttles an address after repeated failures, even with the right password", async () => {
    const user = await userFactory("EDITOR");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      await assert.rejects(authenticateWithPassword({ email: user.email, password: `guess ${attempt}` }, "10.0.0.3"), LoginError);
    }
    await assert.rejects(authenticateWithPassword({ email: user.email, password: TEST_PASSWORD }, "10.0.0.4"), (error: unknown) => error instanceof LoginError && error.reason === "throttled");
  });
});
