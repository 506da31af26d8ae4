import type { ReactNode } from "react";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import { StatusPill } from "@/components/ui/status-pill";

/** A claim's workflow status as a coloured pill; the colour pairs are AA in both themes. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <StatusPill status={status} label={STATUS_LABEL[status]} />;
}

export function Badge({ tone = "neutral", children }: { tone?: "neutral" | "derived"; children: ReactNode }) {
  return <span className={tone === "derived" ? "badge badge-derived" : "tag"}>{children}</span>;
}
