// Plain-words rendering of audit events for the claim history panel. Pure, so every phrasing is
// unit-tested; unknown actions fall back to the raw action name rather than being hidden.

import { STATUS_LABEL } from "@/lib/claims/workflow";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type AuditEventLike = { action: string; before: unknown; after: unknown };

const FIELD_LABEL: Record<string, string> = {
  kind: "kind",
  subject: "subject",
  speaker: "speaker",
  value: "figure",
  valueMax: "upper bound",
  qualifier: "qualifier",
  unit: "unit",
  occurredAt: "date referred to",
  place: "place",
  note: "note",
};

const STATUS_WORD: Record<string, string> = Object.fromEntries(Object.entries(STATUS_LABEL).map(([status, label]) => [status, label.toLowerCase()]));

/** The other claim as seen from this one: "a later claim that updates it" vs "a claim it updates". */
function linkRelation(kind: string, outgoing: boolean): string {
  switch (kind) {
    case "CONTRADICTS":
      return "a contradicting claim";
    case "DUPLICATE":
      return "a duplicate claim";
    case "SUPPORTS":
      return outgoing ? "a claim it supports" : "a supporting claim";
    case "UPDATES":
      return outgoing ? "an earlier claim it updates" : "a later claim that updates it";
    default:
      return `a ${kind.toLowerCase()} claim`;
  }
}

function record(value: unknown): Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, Json>) : {};
}

function shown(value: Json | undefined): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : `“${value}”`;
  return String(value);
}

function statusChange(before: Record<string, Json>, after: Record<string, Json>): string {
  const from = STATUS_WORD[String(before.status)] ?? String(before.status);
  const to = String(after.status);
  const note = typeof after.note === "string" ? `: ${after.note}` : "";
  switch (after.workflowAction) {
    case "submit":
      return `submitted it for review`;
    case "send_back":
      return `sent it back to draft${note}`;
    case "dispute":
      return `marked it disputed${note}`;
    case "reopen":
      return `reopened it (was ${from})${after.unpublished === true ? ", taking down its public page" : ""}${note}`;
    case "give_verdict":
      return `gave the verdict ${STATUS_WORD[to] ?? to}${note}`;
    default:
      return `changed the status from ${from} to ${STATUS_WORD[to] ?? to}${note}`;
  }
}

/** One sentence, without the actor ("changed figure from 93 to 95"). */
export function describeAuditEvent(event: AuditEventLike, perspectiveClaimId?: string, quotes?: ReadonlyMap<string, string>): string {
  const before = record(event.before);
  const after = record(event.after);
  switch (event.action) {
    case "claim.create":
      return "marked the claim";
    case "claim.update": {
      const changes = Object.keys(FIELD_LABEL)
        .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
        .map((field) => `${FIELD_LABEL[field]} from ${shown(before[field])} to ${shown(after[field])}`);
      return changes.length ? `changed ${changes.join("; ")}` : "saved the claim without changes";
    }
    case "claim.delete":
      return "deleted the claim";
    case "claim.status_change":
      return statusChange(before, after);
    case "source.add":
      return `added the source ${shown(after.title ?? after.url)} (${String(after.kind ?? "").toLowerCase()})`;
    case "source.update":
      return `edited the source ${shown(after.title ?? after.url)}`;
    case "source.remove":
      return `removed the source ${shown(before.title ?? before.url)}`;
    case "link.create":
    case "link.delete": {
      const data = event.action === "link.create" ? after : before;
      const other = perspectiveClaimId && data.fromClaimId === perspectiveClaimId ? data.toClaimId : data.fromClaimId;
      const outgoing = !perspectiveClaimId || data.fromClaimId === perspectiveClaimId;
      const relation = linkRelation(String(data.kind), outgoing);
      const quote = quotes?.get(String(other));
      return `${event.action === "link.create" ? "linked" : "unlinked"} ${relation} ${quote ? `“${quote}”` : `(${String(other).slice(0, 8)})`}`;
    }
    case "link.review":
      return "reviewed a contradiction linked after the verdict and let the verdict stand";
    case "claim.publish":
      return "published the fact-check";
    case "claim.unpublish":
      return "took down the public fact-check";
    case "assignment.add":
      return `assigned it to ${String(after.assignee ?? "someone")}`;
    case "assignment.remove":
      return `removed ${String(before.assignee ?? "someone")} from it`;
    case "comment.add":
      return `commented: ${shown(after.body)}`;
    case "candidate.accept":
      return "accepted it from the article's proposed claims, with the pre-filled fields";
    default:
      return event.action;
  }
}
