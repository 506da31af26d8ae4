import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ClaimStatus, Role } from "@/lib/generated/prisma/enums";
import { can, canOnClaim, type ClaimAction, type GeneralAction } from "@/lib/permissions";

const ROLES: Role[] = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"];
const me = (role: Role) => ({ id: "me", role });

describe("general permissions by role", () => {
  const expected: Record<GeneralAction, Role[]> = {
    "article.read": ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"],
    export: ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"],
    "tokens.manage_own": ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"],
    "article.import": ["EDITOR", "REVIEWER", "ADMIN"],
    "claim.create": ["EDITOR", "REVIEWER", "ADMIN"],
    "users.manage": ["ADMIN"],
  };
  for (const [action, allowed] of Object.entries(expected) as [GeneralAction, Role[]][]) {
    for (const role of ROLES) {
      const allow = allowed.includes(role);
      it(`${role} ${allow ? "may" : "may not"} ${action}`, () => assert.equal(can(me(role), action), allow));
    }
  }
});

describe("claim permissions: role × action × own/other's claim", () => {
  type Ownership = "created by me" | "last edited by me" | "someone else's";
  const claimFor = (ownership: Ownership, status: ClaimStatus = "DRAFT") => ({
    createdById: ownership === "created by me" ? "me" : "other",
    updatedById: ownership === "someone else's" ? "other" : "me",
    status,
  });
  // [role, action, ownership, status, expected]
  const matrix: [Role, ClaimAction, Ownership, ClaimStatus, boolean][] = [];
  const ownerships: Ownership[] = ["created by me", "last edited by me", "someone else's"];
  for (const ownership of ownerships) {
    for (const status of ["DRAFT", "IN_REVIEW"] as ClaimStatus[]) {
      matrix.push(["VIEWER", "claim.edit", ownership, status, false]);
      matrix.push(["VIEWER", "claim.submit", ownership, status, false]);
      matrix.push(["VIEWER", "claim.delete", ownership, status, false]);
      matrix.push(["VIEWER", "claim.finalise", ownership, status, false]);
      matrix.push(["EDITOR", "claim.edit", ownership, status, true]);
      matrix.push(["EDITOR", "claim.submit", ownership, status, true]);
      matrix.push(["EDITOR", "claim.delete", ownership, status, ownership === "created by me" && status === "DRAFT"]);
      matrix.push(["EDITOR", "claim.finalise", ownership, status, false]);
      matrix.push(["REVIEWER", "claim.edit", ownership, status, true]);
      matrix.push(["REVIEWER", "claim.submit", ownership, status, true]);
      matrix.push(["REVIEWER", "claim.delete", ownership, status, ownership === "created by me" && status === "DRAFT"]);
      matrix.push(["REVIEWER", "claim.finalise", ownership, status, ownership === "someone else's"]);
      matrix.push(["ADMIN", "claim.edit", ownership, status, true]);
      matrix.push(["ADMIN", "claim.submit", ownership, status, true]);
      matrix.push(["ADMIN", "claim.delete", ownership, status, true]);
      // The two-person rule binds admins as well.
      matrix.push(["ADMIN", "claim.finalise", ownership, status, ownership === "someone else's"]);
    }
  }
  // Claims with a verdict: only an admin edits them; everyone else reopens the claim first.
  // (Whether a verdict claim can move status at all is lib/claims/workflow.ts's business; "submit"
  // here is only the role permission.)
  for (const ownership of ownerships) {
    for (const status of ["VERIFIED", "FALSE"] as ClaimStatus[]) {
      matrix.push(["VIEWER", "claim.edit", ownership, status, false]);
      matrix.push(["VIEWER", "claim.submit", ownership, status, false]);
      matrix.push(["VIEWER", "claim.delete", ownership, status, false]);
      matrix.push(["VIEWER", "claim.finalise", ownership, status, false]);
      matrix.push(["EDITOR", "claim.edit", ownership, status, false]);
      matrix.push(["EDITOR", "claim.submit", ownership, status, true]);
      matrix.push(["EDITOR", "claim.delete", ownership, status, false]);
      matrix.push(["EDITOR", "claim.finalise", ownership, status, false]);
      matrix.push(["REVIEWER", "claim.edit", ownership, status, false]);
      matrix.push(["REVIEWER", "claim.submit", ownership, status, true]);
      matrix.push(["REVIEWER", "claim.delete", ownership, status, false]);
      matrix.push(["REVIEWER", "claim.finalise", ownership, status, ownership === "someone else's"]);
      matrix.push(["ADMIN", "claim.edit", ownership, status, true]);
      matrix.push(["ADMIN", "claim.submit", ownership, status, true]);
      matrix.push(["ADMIN", "claim.delete", ownership, status, true]);
      // The two-person rule binds admins as well.
      matrix.push(["ADMIN", "claim.finalise", ownership, status, ownership === "someone else's"]);
    }
  }
  for (const [role, action, ownership, status, allow] of matrix) {
    it(`${role} ${allow ? "may" : "may not"} ${action} a ${status} claim ${ownership}`, () => {
      assert.equal(canOnClaim(me(role), action, claimFor(ownership, status)), allow);
    });
  }
});
