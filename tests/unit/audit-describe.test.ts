import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeAuditEvent } from "@/lib/audit/describe";

describe("describeAuditEvent", () => {
  it("names the changed fields of an edit with before and after", () => {
    const text = describeAuditEvent({ action: "claim.update", before: { value: 93, unit: "people", place: null }, after: { value: 95, unit: "people", place: "Kellin" } });
    assert.equal(text, "changed figure from 93 to 95; place from (empty) to “Kellin”");
  });
  it("describes each workflow step", () => {
    const step = (workflowAction: string, from: string, to: string, note?: string) => describeAuditEvent({ action: "claim.status_change", before: { status: from }, after: { status: to, workflowAction, ...(note ? { note } : {}) } });
    assert.equal(step("submit", "DRAFT", "IN_REVIEW"), "submitted it for review");
    assert.equal(step("give_verdict", "IN_REVIEW", "VERIFIED", "Matches the ministry's list."), "gave the verdict verified: Matches the ministry's list.");
    assert.equal(step("reopen", "FALSE", "IN_REVIEW", "New evidence."), "reopened it (was false): New evidence.");
    assert.equal(step("send_back", "IN_REVIEW", "DRAFT"), "sent it back to draft");
  });
  it("reads links from the claim it is shown on", () => {
    const event = { action: "link.create", before: null, after: { fromClaimId: "aaaaaaaa-1", toClaimId: "bbbbbbbb-2", kind: "CONTRADICTS" } };
    assert.equal(describeAuditEvent(event, "aaaaaaaa-1"), "linked a contradicting claim (bbbbbbbb)");
    assert.equal(describeAuditEvent(event, "bbbbbbbb-2"), "linked a contradicting claim (aaaaaaaa)");
    assert.equal(describeAuditEvent(event, "aaaaaaaa-1", new Map([["bbbbbbbb-2", "21 soldiers were killed"]])), "linked a contradicting claim “21 soldiers were killed”");
  });
  it("covers sources, assignments and comments, and falls back to the action name", () => {
    assert.equal(describeAuditEvent({ action: "source.add", before: null, after: { url: "https://x.example/r", title: "Ministry list", kind: "OFFICIAL" } }), "added the source “Ministry list” (official)");
    assert.equal(describeAuditEvent({ action: "assignment.add", before: null, after: { assignee: "Rafael" } }), "assigned it to Rafael");
    assert.equal(describeAuditEvent({ action: "comment.add", before: null, after: { body: "Check the hospital count" } }), "commented: “Check the hospital count”");
    assert.equal(describeAuditEvent({ action: "candidate.accept", before: null, after: { start: 4, end: 30 } }), "accepted it from the article's proposed claims, with the pre-filled fields");
    assert.equal(describeAuditEvent({ action: "something.new", before: null, after: null }), "something.new");
  });
});
