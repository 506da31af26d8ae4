import type { ReactNode } from "react";

/**
 * A titled surface. With an `id` its title names it as a region for screen-reader landmarks;
 * `label` names it instead when the visible title is not what the region is (e.g. "First claim"
 * over a column titled with an outlet's name).
 */
export function Panel({ title, id, label, className = "", actions, children }: { title?: ReactNode; id?: string; label?: string; className?: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={`panel ${className}`.trim()} id={id} aria-label={label} aria-labelledby={!label && title && headingId ? headingId : undefined}>
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
