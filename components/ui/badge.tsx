import type { ReactNode } from "react";
import { humanize } from "@/lib/format";

/** A claim's workflow status as a coloured pill; the colour pairs are AA in both themes. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status.toLowerCase()}`}>{humanize(status)}</span>;
}

export function Badge({ tone = "neutral", children }: { tone?: "neutral" | "derived"; children: ReactNode }) {
  return <span className={tone === "derived" ? "badge badge-derived" : "tag"}>{children}</span>;
}
