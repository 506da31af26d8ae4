"use client";

import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { StatusPill } from "@/components/ui/status-pill";

/**
 * One row of the claims list as plain values. The rows are rendered here, in a client component,
 * so the page's Flight payload carries each value once instead of the whole element tree of every
 * cell a second time next to the HTML: decision 030.
 */
export type ClaimRow = {
  id: string;
  articleId: string;
  quote: string;
  articleTitle: string;
  subject: string | null;
  speaker: string | null;
  figure: string | null;
  kindLabel: string;
  outlet: string;
  status: string;
  statusLabel: string;
  date: string;
};

const none = <span className="muted">—</span>;

export function ClaimRows({ rows, dateLabel }: { rows: ClaimRow[]; dateLabel: string }) {
  return rows.map((claim) => (
    <tr key={claim.id}>
      <td data-label="Quote" className="quote-cell">
        <Link href={`/claims/${claim.id}`}>{claim.quote}</Link>
        <br />
        <Link href={`/articles/${claim.articleId}?claim=${claim.id}`} className="small">
          Show in article<span className="visually-hidden">: {claim.articleTitle}</span>
        </Link>
      </td>
      <td data-label="Subject">{claim.subject ?? none}</td>
      <td data-label="Speaker">{claim.speaker ?? none}</td>
      <td data-label="Figure" className="nowrap">{claim.figure ?? <span className="muted">{claim.kindLabel}</span>}</td>
      <td data-label="Outlet">{claim.outlet}</td>
      <td data-label="Status">
        <StatusPill status={claim.status} label={claim.statusLabel} />
      </td>
      <td data-label={dateLabel} className="nowrap"><LocalTime value={claim.date} kind="day" /></td>
    </tr>
  ));
}
