/**
 * Placeholder rows while a list streams in. The shimmer is decorative (hidden from assistive
 * technology); the label is what a screen reader hears, once, through the status role.
 */
export function Skeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <span key={index} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}
