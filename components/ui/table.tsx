import type { ReactNode } from "react";

/**
 * A data table's own scroll box: on a narrow screen the table scrolls sideways inside it instead
 * of widening the page. It is a labelled, focusable region so keyboard users can scroll it too.
 * `stack` turns each row into a card on phones (cells need data-label with their column name).
 */
export function DataTable({ label, stack = false, className = "", children }: { label: string; stack?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className={["data-table", stack ? "table-stack" : "", className].filter(Boolean).join(" ")}>{children}</table>
    </div>
  );
}
