"use client";

import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { buttonClass } from "@/components/ui/button";
import { StatusPill } from "@/components/ui/status-pill";

/** One side of a contradiction as plain values. */
export type ContradictionSide = { outlet: string; publishedAt: string | null; speaker: string | null; quote: string; figure: string | null; status: string; statusLabel: string };

/** One row of the contradictions list as plain values, rendered here for the reason in decision 030. */
export type ContradictionRow = { id: string; subjects: string[]; from: ContradictionSide; to: ContradictionSide; createdAt: string; createdBy: string | null };

function SideCell({ side }: { side: ContradictionSide }) {
  return (
    <div className="contra-side">
      <p className="small muted">
        {side.outlet} · <LocalTime value={side.publishedAt} kind="date" />
        {side.speaker ? ` · ${side.speaker}` : ""}
      </p>
      <p className="quote-cell">
        <q>{side.quote}</q>
      </p>
      <p className="small">
        {side.figure !== null ? <strong>{side.figure}</strong> : null} <StatusPill status={side.status} label={side.statusLabel} />
      </p>
    </div>
  );
}

export function ContradictionRows({ rows }: { rows: ContradictionRow[] }) {
  return rows.map((link) => (
    <tr key={link.id}>
      <td data-label="Subject">
        {link.subjects.map((subject) => (
          <Link key={subject} href={`/compare?${new URLSearchParams({ subject })}`} className="block">
            {subject}
          </Link>
        ))}
      </td>
      <td data-label="One claim">
        <SideCell side={link.from} />
      </td>
      <td data-label="The other">
        <SideCell side={link.to} />
      </td>
      <td data-label="Linked" className="nowrap small">
        <LocalTime value={link.createdAt} kind="day" />
        {link.createdBy ? <div className="muted">{link.createdBy}</div> : null}
      </td>
      <td>
        <Link href={`/contradictions/${link.id}`} className={buttonClass("quiet", "small", "nowrap")}>
          Side by side
        </Link>
      </td>
    </tr>
  ));
}
