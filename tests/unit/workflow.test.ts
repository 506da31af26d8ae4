import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  availableTransitions,
  decideTransition,
  STATUS_LABEL,
  VERDICT_STATUSES,
  type TransitionContext,
  type TransitionDecision,
  type WorkflowAction,
} from "@/lib/claims/workflow";
import type { ClaimStatus, Role } from "@/lib/generated/prisma/enums";
import { isFinalStatus } from "@/lib/permissions";

const ROLES: Role[] = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"];
const STATUSES: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "DISPUTED", "VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"];
const VERDICTS: ClaimStatus[] = ["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"];

// "Created by me" has someone else as last editor (and vice versa) so each half of the two-person
// rule is exercised on its own; the fourth case is the usual one of an editor still on their draft.
type Ownership = "created by me" | "last edited by me" | "created and last edited by me" | "someone else's";
const OWNERSHIPS: Ownership[] = ["created by me", "last edited by me", "created and last edited by me", "someone else's"];

const GOOD_RATIONALE = "Ministry figures and the monitor's count agree on 21.";

function contextFor(role: Role, ownership: Ownership, status: ClaimStatus, hasOpenContradiction = false, sourceCount = 1): TransitionContext {
  const created = ownership === "created by me" || ownership === "created and last edited by me";
  const edited = ownership === "last edited by me" || ownership === "created and last edited by me";
  return {
    actor: { id: "me", role },
    claim: { createdById: created ? "me" : "other", updatedById: edited ? "me" : "someone-else", status },
    hasOpenContradiction,
    sourceCount,
  };
}

// The expectation, written out again from the rules in the brief rather than from the module.
type Expected = { ok: true; action: WorkflowAction; requiresRationale: boolean } | { ok: false; code: "forbidden" | "bad_request" };

const EDGES: { from: ClaimStatus[]; to: ClaimStatus[]; action: WorkflowAction }[] = [
  { from: ["DRAFT", "DISPUTED"], to: ["IN_REVIEW"], action: "submit" },
  { from: ["IN_REVIEW"], to: ["DRAFT"], action: "send_back" },
  { from: ["DRAFT", "IN_REVIEW"], to: ["DISPUTED"], action: "dispute" },
  { from: ["IN_REVIEW", "DISPUTED"], to: VERDICTS, action: "give_verdict" },
  { from: VERDICTS, to: ["IN_REVIEW"], action: "reopen" },
];

function mayTake(role: Role, ownership: Ownership, action: WorkflowAction): boolean {
  const created = ownership === "created by me" || ownership === "created and last edited by me";
  switch (action) {
    case "submit":
    case "dispute":
      return role === "EDITOR" || role === "REVIEWER" || role === "ADMIN";
    case "send_back":
      return role === "REVIEWER" || role === "ADMIN" || (role === "EDITOR" && created);
    case "give_verdict":
      // The two-person rule holds for admins too.
      return (role === "ADMIN" || role === "REVIEWER") && ownership === "someone else's";
    case "reopen":
      return role === "REVIEWER" || role === "ADMIN";
  }
}

function expected(role: Role, ownership: Ownership, from: ClaimStatus, to: ClaimStatus, contradiction: boolean, withRationale: boolean): Expected {
  if (role === "VIEWER") return { ok: false, code: "forbidden" };
  if (from === to) return { ok: false, code: "bad_request" };
  const edge = EDGES.find((e) => e.from.includes(from) && e.to.includes(to));
  if (!edge) return { ok: false, code: "bad_request" };
  if (!mayTake(role, ownership, edge.action)) return { ok: false, code: "forbidden" };
  if (edge.action === "dispute" && !contradiction) return { ok: false, code: "bad_request" };
  const requiresRationale = edge.action === "give_verdict" || edge.action === "reopen";
  if (requiresRationale && !withRationale) return { ok: false, code: "bad_request" };
  return { ok: true, action: edge.action, requiresRationale };
}

function summary(decision: TransitionDecision): Expected {
  return decision.ok ? { ok: true, action: decision.action, requiresRationale: decision.requiresRationale } : { ok: false, code: decision.code as "forbidden" | "bad_request" };
}

describe("status labels", () => {
  it("names every status in plain words", () => {
    assert.deepEqual(STATUS_LABEL, {
      DRAFT: "Draft",
      IN_REVIEW: "In review",
      DISPUTED: "Disputed",
      VERIFIED: "Verified",
      FALSE: "False",
      MISLEADING: "Misleading",
      UNVERIFIABLE: "Unverifiable",
    });
  });
  it("counts as verdicts exactly the statuses permissions treats as final", () => {
    assert.deepEqual([...VERDICT_STATUSES].sort(), [...VERDICTS].sort());
    assert.deepEqual(STATUSES.filter(isFinalStatus).sort(), [...VERDICTS].sort());
  });
});

describe("workflow matrix: role × from × to × ownership × open contradiction × rationale", () => {
  for (const role of ROLES) {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const allowedSomewhere = OWNERSHIPS.some((o) => [true, false].some((c) => expected(role, o, from, to, c, true).ok));
        it(`${role}: ${from} → ${to} ${allowedSomewhere ? "(allowed in some cases)" : "is refused"}`, () => {
          for (const ownership of OWNERSHIPS) {
            for (const contradiction of [true, false]) {
              for (const withRationale of [true, false]) {
                const context = contextFor(role, ownership, from, contradiction);
                const decision = decideTransition(context, { target: to, rationale: withRationale ? GOOD_RATIONALE : null });
                const where = `claim ${ownership}, contradiction ${contradiction}, rationale ${withRationale}`;
                assert.deepEqual(summary(decision), expected(role, ownership, from, to, contradiction, withRationale), where);
                if (!decision.ok) {
                  assert.ok(decision.message.length > 0, where);
                  // Editors read these messages: enum codes like IN_REVIEW must not leak into them.
                  for (const status of STATUSES) assert.ok(!decision.message.includes(status), `${where}: "${decision.message}" names ${status}`);
                }
              }
            }
          }
        });
      }
    }
  }
});

function refusal(context: TransitionContext, target: ClaimStatus, rationale: string | null = GOOD_RATIONALE): { code: string; message: string } {
  const decision = decideTransition(context, { target, rationale });
  assert.equal(decision.ok, false, `expected ${context.claim.status} → ${target} to be refused`);
  return decision.ok ? { code: "", message: "" } : { code: decision.code, message: decision.message };
}

describe("refusal messages", () => {
  it("tells a viewer they can't change status, whatever the step", () => {
    for (const target of STATUSES) {
      const { code, message } = refusal(contextFor("VIEWER", "someone else's", "IN_REVIEW", true), target);
      assert.equal(code, "forbidden");
      assert.match(message, /Viewers/);
    }
  });

  it("says the claim already has the requested status", () => {
    const { code, message } = refusal(contextFor("REVIEWER", "someone else's", "IN_REVIEW"), "IN_REVIEW");
    assert.equal(code, "bad_request");
    assert.match(message, /already “In review”/);
  });

  it("asks for submission before a draft can get a verdict", () => {
    const { code, message } = refusal(contextFor("ADMIN", "someone else's", "DRAFT"), "VERIFIED");
    assert.equal(code, "bad_request");
    assert.match(message, /submit it for review first/);
  });

  it("asks for reopening before a verdict can change", () => {
    const { code, message } = refusal(contextFor("ADMIN", "someone else's", "VERIFIED"), "FALSE");
    assert.equal(code, "bad_request");
    assert.match(message, /“Verified”/);
    assert.match(message, /“False”/);
    assert.match(message, /reopen it for review first/);
  });

  it("names both statuses in words for any other missing step", () => {
    const { code, message } = refusal(contextFor("ADMIN", "someone else's", "DISPUTED"), "DRAFT");
    assert.equal(code, "bad_request");
    assert.equal(message, "A claim can’t go from “Disputed” to “Draft”.");
  });

  it("refuses to mark a claim disputed when nothing contradicts it", () => {
    const { code, message } = refusal(contextFor("EDITOR", "created by me", "DRAFT", false), "DISPUTED");
    assert.equal(code, "bad_request");
    assert.match(message, /has no contradicting claim linked/);
  });

  it("explains the two-person rule to a reviewer who created the claim", () => {
    const { code, message } = refusal(contextFor("REVIEWER", "created by me", "IN_REVIEW"), "VERIFIED");
    assert.equal(code, "forbidden");
    assert.match(message, /You created this claim/);
    assert.match(message, /another reviewer must/);
  });

  it("explains the two-person rule to a reviewer who last edited the claim", () => {
    const { code, message } = refusal(contextFor("REVIEWER", "last edited by me", "DISPUTED", true), "MISLEADING");
    assert.equal(code, "forbidden");
    assert.match(message, /You last edited this claim/);
    assert.match(message, /another reviewer must/);
  });

  it("tells an editor that verdicts are for reviewers", () => {
    const { code, message } = refusal(contextFor("EDITOR", "someone else's", "IN_REVIEW"), "FALSE");
    assert.equal(code, "forbidden");
    assert.match(message, /Only a reviewer or an admin can give a verdict/);
  });

  it("lets an editor withdraw only their own submission", () => {
    assert.equal(decideTransition(contextFor("EDITOR", "created by me", "IN_REVIEW"), { target: "DRAFT" }).ok, true);
    const { code, message } = refusal(contextFor("EDITOR", "last edited by me", "IN_REVIEW"), "DRAFT");
    assert.equal(code, "forbidden");
    assert.match(message, /Only the editor who created this claim, or a reviewer/);
  });

  it("keeps reopening for reviewers and admins", () => {
    const { code, message } = refusal(contextFor("EDITOR", "created by me", "UNVERIFIABLE"), "IN_REVIEW");
    assert.equal(code, "forbidden");
    assert.match(message, /Only a reviewer or an admin can reopen/);
  });

  it("holds admins to the two-person rule too", () => {
    for (const ownership of ["created by me", "last edited by me", "created and last edited by me"] as const) {
      const { code, message } = refusal(contextFor("ADMIN", ownership, "IN_REVIEW"), "VERIFIED");
      assert.equal(code, "forbidden", ownership);
      assert.match(message, /two-person rule/, ownership);
    }
    const decision = decideTransition(contextFor("ADMIN", "someone else's", "IN_REVIEW"), { target: "VERIFIED", rationale: GOOD_RATIONALE });
    assert.deepEqual(decision, { ok: true, action: "give_verdict", requiresRationale: true });
  });
});

describe("evidence for a verdict", () => {
  it("refuses verified, false and misleading without a source, naming what is missing", () => {
    for (const target of ["VERIFIED", "FALSE", "MISLEADING"] as const) {
      const { code, message } = refusal(contextFor("REVIEWER", "someone else's", "IN_REVIEW", false, 0), target);
      assert.equal(code, "evidence_required", target);
      assert.match(message, /at least one source/, target);
    }
  });

  it("lets unverifiable stand without a source, and any verdict with one", () => {
    assert.equal(decideTransition(contextFor("REVIEWER", "someone else's", "IN_REVIEW", false, 0), { target: "UNVERIFIABLE", rationale: GOOD_RATIONALE }).ok, true);
    assert.equal(decideTransition(contextFor("REVIEWER", "someone else's", "DISPUTED", true, 1), { target: "FALSE", rationale: GOOD_RATIONALE }).ok, true);
  });

  it("tells someone who may not give the verdict that first, before any missing source", () => {
    assert.equal(refusal(contextFor("REVIEWER", "created by me", "IN_REVIEW", false, 0), "VERIFIED").code, "forbidden");
  });

  it("shows the rating verdicts disabled with the reason, and unverifiable enabled", () => {
    const shown = availableTransitions(contextFor("REVIEWER", "someone else's", "IN_REVIEW", false, 0));
    assert.deepEqual(
      shown.map((b) => `${b.target} ${b.disabledReason ? "disabled" : "enabled"}`),
      ["DRAFT enabled", "VERIFIED disabled", "FALSE disabled", "MISLEADING disabled", "UNVERIFIABLE enabled"],
    );
    for (const button of shown.filter((b) => b.disabledReason)) assert.match(button.disabledReason!, /Attach at least one source/);
  });
});

describe("rationale", () => {
  const verdict = (rationale: string | null | undefined) =>
    decideTransition(contextFor("REVIEWER", "someone else's", "IN_REVIEW"), rationale === undefined ? { target: "VERIFIED" } : { target: "VERIFIED", rationale });
  const reopen = (rationale: string | null | undefined) => decideTransition(contextFor("REVIEWER", "created by me", "FALSE"), { target: "IN_REVIEW", rationale });

  for (const [name, rationale] of [
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["only whitespace", "   \n\t  "],
    ["9 characters", "too short"],
    ["9 characters padded with spaces", "    too short     "],
    ["9 emoji (18 UTF-16 units)", "🙂🙂🙂🙂🙂🙂🙂🙂🙂"],
  ] as const) {
    it(`refuses a verdict whose rationale is ${name}`, () => {
      const decision = verdict(rationale);
      assert.equal(decision.ok, false);
      if (!decision.ok) {
        assert.equal(decision.code, "bad_request");
        assert.match(decision.message, /^Write the rationale/);
      }
    });
    it(`refuses a reopening whose reason is ${name}`, () => {
      const decision = reopen(rationale);
      assert.equal(decision.ok, false);
      if (!decision.ok) {
        assert.equal(decision.code, "bad_request");
        assert.match(decision.message, /^Write the reason for reopening/);
      }
    });
  }

  it("accepts a trimmed rationale of exactly 10 characters", () => {
    assert.deepEqual(verdict("  10 sources  "), { ok: true, action: "give_verdict", requiresRationale: true });
    assert.deepEqual(reopen("new source"), { ok: true, action: "reopen", requiresRationale: true });
  });

  it("needs no rationale to submit, send back or dispute", () => {
    assert.deepEqual(decideTransition(contextFor("EDITOR", "created by me", "DRAFT"), { target: "IN_REVIEW" }), {
      ok: true,
      action: "submit",
      requiresRationale: false,
    });
    assert.deepEqual(decideTransition(contextFor("REVIEWER", "someone else's", "IN_REVIEW"), { target: "DRAFT", rationale: null }), {
      ok: true,
      action: "send_back",
      requiresRationale: false,
    });
    assert.deepEqual(decideTransition(contextFor("EDITOR", "someone else's", "IN_REVIEW", true), { target: "DISPUTED" }), {
      ok: true,
      action: "dispute",
      requiresRationale: false,
    });
  });

  it("reports a refused permission before a missing rationale", () => {
    const decision = decideTransition(contextFor("REVIEWER", "created by me", "IN_REVIEW"), { target: "VERIFIED" });
    assert.equal(decision.ok, false);
    if (!decision.ok) assert.equal(decision.code, "forbidden");
  });
});

describe("available transitions (the status buttons)", () => {
  const buttons = (context: TransitionContext) => availableTransitions(context).map(({ target, action, label }) => `${target} ${action} ${label}`);

  it("offers an editor on their own draft to submit it", () => {
    assert.deepEqual(buttons(contextFor("EDITOR", "created and last edited by me", "DRAFT")), ["IN_REVIEW submit Submit for review"]);
  });

  it("adds 'Mark as disputed' once a contradicting claim is linked", () => {
    assert.deepEqual(buttons(contextFor("EDITOR", "created and last edited by me", "DRAFT", true)), [
      "IN_REVIEW submit Submit for review",
      "DISPUTED dispute Mark as disputed",
    ]);
  });

  it("offers a reviewer on someone else's claim in review the verdicts and sending back", () => {
    assert.deepEqual(buttons(contextFor("REVIEWER", "someone else's", "IN_REVIEW")), [
      "DRAFT send_back Send back to draft",
      "VERIFIED give_verdict Verdict: Verified",
      "FALSE give_verdict Verdict: False",
      "MISLEADING give_verdict Verdict: Misleading",
      "UNVERIFIABLE give_verdict Verdict: Unverifiable",
    ]);
  });

  it("shows a reviewer no verdict buttons on a claim they created or last edited", () => {
    for (const ownership of ["created by me", "last edited by me", "created and last edited by me"] as const) {
      const shown = availableTransitions(contextFor("REVIEWER", ownership, "IN_REVIEW", true));
      assert.deepEqual(
        shown.map((b) => b.action),
        ["send_back", "dispute"],
        ownership,
      );
    }
  });

  it("lets an editor withdraw their own submission but not someone else's", () => {
    assert.deepEqual(buttons(contextFor("EDITOR", "created by me", "IN_REVIEW")), ["DRAFT send_back Withdraw to draft"]);
    assert.deepEqual(buttons(contextFor("EDITOR", "someone else's", "IN_REVIEW")), []);
  });

  it("offers to return a disputed claim to review and give the verdict", () => {
    assert.deepEqual(buttons(contextFor("ADMIN", "someone else's", "DISPUTED", true)), [
      "IN_REVIEW submit Return to review",
      "VERIFIED give_verdict Verdict: Verified",
      "FALSE give_verdict Verdict: False",
      "MISLEADING give_verdict Verdict: Misleading",
      "UNVERIFIABLE give_verdict Verdict: Unverifiable",
    ]);
  });

  it("offers only reopening on a claim with a verdict, and only to reviewers and admins", () => {
    assert.deepEqual(buttons(contextFor("REVIEWER", "created by me", "VERIFIED")), ["IN_REVIEW reopen Reopen for review"]);
    assert.deepEqual(buttons(contextFor("EDITOR", "created by me", "VERIFIED")), []);
  });

  it("shows a viewer nothing", () => {
    for (const status of STATUSES) assert.deepEqual(availableTransitions(contextFor("VIEWER", "someone else's", status, true)), []);
  });

  it("shows exactly the steps decideTransition allows when a rationale is given", () => {
    for (const role of ROLES) {
      for (const ownership of OWNERSHIPS) {
        for (const from of STATUSES) {
          for (const contradiction of [true, false]) {
            const context = contextFor(role, ownership, from, contradiction);
            const allowed = STATUSES.filter((target) => decideTransition(context, { target, rationale: GOOD_RATIONALE }).ok);
            assert.deepEqual(
              availableTransitions(context).filter((b) => !b.disabledReason).map((b) => b.target),
              allowed,
              `${role}, ${ownership}, ${from}, contradiction ${contradiction}`,
            );
          }
        }
      }
    }
  });
});
