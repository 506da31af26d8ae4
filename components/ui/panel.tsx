import type { ReactNode } from "react";

/** A titled surface. `labelledBy` makes it a named region for screen-reader landmarks. */
export function Panel({ title, id, className = "", actions, children }: { title?: ReactNode; id?: string; className?: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={`panel ${className}`.trim()} id={id} aria-labelledby={title && headingId ? headingId : undefined}>
      {title ? (
        <div className="panel-title">
          <h2 id={headingId}>{title}</h2>
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
