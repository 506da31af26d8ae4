import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LinkKind } from "@/lib/generated/prisma/enums";
import { isContradictedAfterVerdict, isSymmetric, LINK_LABEL, linkLabelFor, orientLink, SYMMETRIC_KINDS } from "@/lib/links/rules";

const KINDS: LinkKind[] = ["CONTRADICTS", "DUPLICATE", "SUPPORTS", "UPDATES"];

describe("link symmetry", () => {
  it("contradicts and duplicate are symmetric; supports and updates have a direction", () => {
    assert.deepEqual(
      KINDS.filter((kind) => isSymmetric(kind)),
      ["CONTRADICTS", "DUPLICATE"],
    );
    assert.deepEqual([...SYMMETRIC_KINDS].sort(), ["CONTRADICTS", "DUPLICATE"]);
  });

  it("stores a symmetric link from the smaller id to the larger, whichever way it was asked", () => {
    for (const kind of ["CONTRADICTS", "DUPLICATE"] as LinkKind[]) {
      assert.deepEqual(orientLink("b", "a", kind), { fromClaimId: "a", toClaimId: "b" });
      assert.deepEqual(orientLink("a", "b", kind), { fromClaimId: "a", toClaimId: "b" });
    }
  });

  it("keeps a directed link as given, even from the larger id", () => {
    for (const kind of ["SUPPORTS", "UPDATES"] as LinkKind[]) {
      assert.deepEqual(orientLink("b", "a", kind), { fromClaimId: "b", toClaimId: "a" });
      assert.deepEqual(orientLink("a", "b", kind), { fromClaimId: "a", toClaimId: "b" });
    }
  });

  it("compares ids as strings, so the stored pair is the same for both orders", () => {
    const one = orientLink("0f", "0e", "CONTRADICTS");
    const other = orientLink("0e", "0f", "CONTRADICTS");
    assert.deepEqual(one, other);
    assert.deepEqual(one, { fromClaimId: "0e", toClaimId: "0f" });
  });
});

describe("link labels from one claim's point of view", () => {
  it("reads a directed link differently from each end", () => {
    assert.equal(linkLabelFor("new", { fromClaimId: "new", kind: "UPDATES" }), "Updates (supersedes)");
    assert.equal(linkLabelFor("old", { fromClaimId: "new", kind: "UPDATES" }), "Superseded by");
    assert.equal(linkLabelFor("a", { fromClaimId: "a", kind: "SUPPORTS" }), "Supports");
    assert.equal(linkLabelFor("b", { fromClaimId: "a", kind: "SUPPORTS" }), "Supported by");
  });

  it("reads a symmetric link the same from both ends", () => {
    assert.equal(linkLabelFor("a", { fromClaimId: "a", kind: "CONTRADICTS" }), "Contradicts");
    assert.equal(linkLabelFor("b", { fromClaimId: "a", kind: "CONTRADICTS" }), "Contradicts");
    assert.equal(linkLabelFor("a", { fromClaimId: "a", kind: "DUPLICATE" }), "Duplicate of");
    assert.equal(linkLabelFor("b", { fromClaimId: "a", kind: "DUPLICATE" }), "Duplicate of");
  });

  it("has a label for both ends of every kind", () => {
    for (const kind of KINDS) {
      assert.ok(LINK_LABEL[kind].outgoing.length > 0, kind);
      assert.ok(LINK_LABEL[kind].incoming.length > 0, kind);
    }
  });
});

describe("contradicted after the verdict", () => {
  const challenge = (id: string | null) => ({ challengesVerdictOfId: id });

  for (const status of ["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"]) {
    it(`a ${status} claim with a link challenging its verdict is flagged`, () => {
      assert.equal(isContradictedAfterVerdict({ id: "c", status }, [challenge(null), challenge("c")]), true);
    });
  }

  for (const status of ["DRAFT", "IN_REVIEW", "DISPUTED"]) {
    it(`a ${status} claim is never flagged (it has no verdict to challenge)`, () => {
      assert.equal(isContradictedAfterVerdict({ id: "c", status }, [challenge("c")]), false);
    });
  }

  it("a link challenging the other claim's verdict does not flag this one", () => {
    assert.equal(isContradictedAfterVerdict({ id: "c", status: "VERIFIED" }, [challenge("other"), challenge(null)]), false);
  });

  it("a verdict without links is not flagged", () => {
    assert.equal(isContradictedAfterVerdict({ id: "c", status: "FALSE" }, []), false);
  });
});
