"use client";

import Link from "next/link";

/** One subject of the compare index as plain values, rendered here for the reason in decision 030. */
export type SubjectRow = { key: string; href: string; subject: string; claims: number; outlets: number };

export function SubjectRows({ rows }: { rows: SubjectRow[] }) {
  return rows.map((row) => (
    <tr key={row.key}>
      <td>
        <Link href={row.href}>{row.subject}</Link>
      </td>
      <td className="numeric">{row.claims}</td>
      <td className="numeric">{row.outlets}</td>
    </tr>
  ));
}
