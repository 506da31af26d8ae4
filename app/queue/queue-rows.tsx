"use client";

import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { StatusPill } from "@/components/ui/status-pill";

/** One row of a queue table as plain values, rendered here for the reason in decision 030. */
export type QueueRow = { id: string; quote: string; subject: string | null; outlet: string; status: string; statusLabel: string; updatedAt: string };

export function QueueRows({ rows }: { rows: QueueRow[] }) {
  return rows.map((claim) => (
    <tr key={claim.id}>
      <td data-label="Claim" className="quote-cell">
        <Link href={`/claims/${claim.id}`}>{claim.quote}</Link>
      </td>
      <td data-label="Subject">{claim.subject ?? "—"}</td>
      <td data-label="Outlet">{claim.outlet}</td>
      <td data-label="Status">
        <StatusPill status={claim.status} label={claim.statusLabel} />
      </td>
      <td data-label="Last change" className="nowrap"><LocalTime value={claim.updatedAt} kind="day" /></td>
    </tr>
  ));
}
