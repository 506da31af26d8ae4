"use client";

import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { StatusPill } from "@/components/ui/status-pill";

/** A link of a compared claim: to another row of the page (by its number) or to a claim elsewhere. */
export type ComparisonLink = { id: string; contradicts: boolean; label: string; otherRef: number | null; otherId: string };

/** One claim of a subject's comparison as plain values, rendered here for the reason in decision 030. */
export type ComparisonRow = {
  id: string;
  ref: number;
  contradicted: boolean;
  quote: string;
  publishedAt: string | null;
  outlet: string;
  speaker: string | null;
  figure: string | null;
  unit: string | null;
  scope: string | null;
  status: string;
  statusLabel: string;
  verdict: string | null;
  links: ComparisonLink[];
};

export function ComparisonRows({ rows }: { rows: ComparisonRow[] }) {
  return rows.map((claim) => (
    <tr key={claim.id} className={claim.contradicted ? "contradicted" : undefined}>
      <td>#{claim.ref}</td>
      <td className="quote-cell">
        <Link href={`/claims/${claim.id}`}>{claim.quote}</Link>
      </td>
      <td className="nowrap"><LocalTime value={claim.publishedAt} kind="date" /></td>
      <td>{claim.outlet}</td>
      <td>{claim.speaker ?? "—"}</td>
      <td className="nowrap">{claim.figure === null ? <span className="muted">—</span> : claim.figure}</td>
      <td>{claim.unit ?? "—"}</td>
      <td>{claim.scope ?? "—"}</td>
      <td>
        <StatusPill status={claim.status} label={claim.statusLabel} />
      </td>
      <td>{claim.verdict ?? "—"}</td>
      <td>
        {claim.links.length === 0
          ? "—"
          : claim.links.map((link) => (
              <div key={link.id} className={link.contradicts ? "contra-tag" : "small"}>
                {link.label} {link.otherRef !== null ? `#${link.otherRef}` : <Link href={`/claims/${link.otherId}`}>a claim not on this page</Link>}
              </div>
            ))}
      </td>
    </tr>
  ));
}
