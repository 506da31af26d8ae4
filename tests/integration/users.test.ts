import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { db, disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUserSchema } from "@/lib/validation/users";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/lib/users/mutations";
import { tokenFactory, uniqueEmail, userFactory } from "../support/factories";
import { authenticateWithPassword } from "@/lib/auth/credentials";

after(disconnectDb);

describe("user administration", () => {
  it("audits each change in the same transaction", async () => {
    const admin = await userFactory("ADMIN");
    const user = await userFactory("VIEWER");
    await changeUserRole(admin, user.id, "REVIEWER");
    await resetUserPassword(admin, user.id, "a brand new password");
    await setUserActive(admin, user.id, false);
    const events = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
    assert.deepEqual(events.map((event) => event.action), ["user.create", "user.role_change", "user.password_reset", "user.deactivate"]);
    assert.deepEqual(events[1]?.before, { role: "VIEWER" });
    assert.deepEqual(events[1]?.after, { role: "REVIEWER" });
    assert.ok(events.every((event) => !JSON.stringify(event.after ?? {}).includes("password")), "no secrets in the audit trail");
  });

  it("refuses a duplicate e-mail and writes nothing", async () => {
    const email = uniqueEmail("dup");
    await userFactory("EDITOR", { email });
    const before = await db.auditEvent.count();
    const again = createUserSchema.parse({ email: email.toUpperCase(), name: "Again", role: "EDITOR", password: "long enough password" });
    await assert.rejects(createUser(null, again), (error: unknown) => error instanceof AppError && error.code === "conflict");
    assert.equal(await db.user.count({ where: { email } }), 1);
    assert.equal(await db.auditEvent.count(), before);
  });

  it("only admins manage users", async () => {
    const editor = await userFactory("EDITOR");
    const target = await userFactory("VIEWER");
    await assert.rejects(changeUserRole(editor, target.id, "ADMIN"), (error: unknown) => error instanceof AppError && error.code === "forbidden");
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    assert.equal(unchanged.role, "VIEWER");
  });

  it("an admin cannot lock themselves out", async () => {
    const admin = await userFactory("ADMIN");
    await assert.rejects(setUserActive(admin, admin.id, false), AppError);
    await assert.rejects(changeUserRole(admin, admin.id, "VIEWER"), AppError);
  });

  it("deactivation revokes the person's tokens; a reset password works", async () => {
    const admin = await userFactory("ADMIN");
    const { user, token } = await tokenFactory("EDITOR");
    await setUserActive(admin, user.id, false);
    assert.notEqual((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt, null);
    await setUserActive(admin, user.id, true);
    await resetUserPassword(admin, user.id, "another new password");
    const signedIn = await authenticateWithPassword({ email: user.email, password: "another new password" }, null);
    assert.equal(signedIn.id, user.id);
  });
});
