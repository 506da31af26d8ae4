import type { ReactNode } from "react";

/**
 * What an empty list says instead of an empty table: what is missing and, if any, what to do next.
 * `compact` for one of several lists on a page, where a tall box would push the others down.
 */
export function EmptyState({ title, children, action, compact = false }: { title?: string; children?: ReactNode; action?: ReactNode; compact?: boolean }) {
  return (
    <div className={compact ? "empty-state empty-state-compact" : "empty-state"}>
      {title ? <p className="empty-title">{title}</p> : null}
      {children ? <p>{children}</p> : null}
      {action ? <div className="section-gap">{action}</div> : null}
    </div>
  );
}
