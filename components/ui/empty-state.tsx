import type { ReactNode } from "react";

/** What an empty list says instead of an empty table: what is missing and, if any, what to do next. */
export function EmptyState({ title, children, action }: { title?: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      {title ? <p className="empty-title">{title}</p> : null}
      {children ? <p>{children}</p> : null}
      {action ? <div className="section-gap">{action}</div> : null}
    </div>
  );
}
