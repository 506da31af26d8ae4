import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ClaimStatus, Role } from "@/lib/generated/prisma/enums";
import { decideTransition, evidenceFrozenMessage } from "@/lib/claims/workflow";
import { ROLE_LABEL, ROLE_RANK } from "@/lib/permissions";

const claimBy = (createdById: string, updatedById: string, status: ClaimStatus) => ({ createdById, updatedById, status });
const context = (role: Role, claim: ReturnType<typeof claimBy>, sourceCount = 1, hasOpenContradiction = false) => ({
  actor: { id: "me", role },
  claim,
  sourceCount,
  hasOpenContradiction,
});

describe("why a verdict is refused", () => {
  it("tells a reviewer who only last edited the claim that editing is the reason", () => {
    const decision = decideTransition(context("REVIEWER", claimBy("other", "me", "IN_REVIEW")), { target: "VERIFIED", rationale: "Two sources agree." });
    assert.equal(decision.ok, false);
    assert.ok(!decision.ok);
    assert.equal(decision.code, "forbidden");
    assert.match(decision.message, /last edited/);
    assert.doesNotMatch(decision.message, /created/);
  });

  it("tells the creator that creating is the reason, even if they also last edited it", () => {
    const decision = decideTransition(context("ADMIN", claimBy("me", "me", "DISPUTED")), { target: "FALSE", rationale: "Two sources disagree." });
    assert.ok(!decision.ok);
    assert.match(decision.message, /created/);
  });
});

describe("sending a claim back to draft", () => {
  it("an editor may withdraw a claim they created, not one someone else created", () => {
    assert.deepEqual(decideTransition(context("EDITOR", claimBy("me", "other", "IN_REVIEW")), { target: "DRAFT" }), {
      ok: true,
      action: "send_back",
      requiresRationale: false,
    });
    const refused = decideTransition(context("EDITOR", claimBy("other", "me", "IN_REVIEW")), { target: "DRAFT" });
    assert.ok(!refused.ok);
    assert.equal(refused.code, "forbidden");
  });

  it("a viewer may not, even for a claim recorded as theirs", () => {
    const refused = decideTransition(context("VIEWER", claimBy("me", "me", "IN_REVIEW")), { target: "DRAFT" });
    assert.ok(!refused.ok);
    assert.equal(refused.code, "forbidden");
  });
});

describe("evidence before a verdict", () => {
  for (const target of ["VERIFIED", "FALSE", "MISLEADING"] as ClaimStatus[]) {
    it(`${target} needs a source; with one it goes through`, () => {
      const without = decideTransition(context("REVIEWER", claimBy("a", "b", "IN_REVIEW"), 0), { target, rationale: "Checked against the register." });
      assert.ok(!without.ok);
      assert.equal(without.code, "evidence_required");
      const withSource = decideTransition(context("REVIEWER", claimBy("a", "b", "IN_REVIEW"), 1), { target, rationale: "Checked against the register." });
      assert.equal(withSource.ok, true);
    });
  }

  it("unverifiable needs none, and non-verdict steps never ask for evidence", () => {
    assert.equal(decideTransition(context("REVIEWER", claimBy("a", "b", "IN_REVIEW"), 0), { target: "UNVERIFIABLE", rationale: "No record exists anywhere." }).ok, true);
    assert.equal(decideTransition(context("EDITOR", claimBy("me", "me", "DRAFT"), 0), { target: "IN_REVIEW" }).ok, true);
    assert.equal(decideTransition(context("REVIEWER", claimBy("a", "b", "FALSE"), 0), { target: "IN_REVIEW", rationale: "A new report came out." }).ok, true);
  });
});

describe("the frozen-evidence message", () => {
  it("names the verdict and what cannot change, and says how to unfreeze it", () => {
    const sources = evidenceFrozenMessage("MISLEADING", "sources");
    assert.match(sources, /“Misleading”/);
    assert.match(sources, /current sources/);
    assert.match(sources, /reopen/);
    assert.match(evidenceFrozenMessage("VERIFIED", "links"), /“Verified”.*current links/);
  });
});

describe("role labels", () => {
  it("every role has its own label, in rank order", () => {
    const roles = (Object.keys(ROLE_RANK) as Role[]).sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b]);
    assert.deepEqual(
      roles.map((role) => ROLE_LABEL[role]),
      ["Viewer", "Editor", "Reviewer", "Admin"],
    );
  });
});
