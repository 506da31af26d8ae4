/**
 * A claim's workflow status as a coloured pill, from its label: usable in client components
 * without bringing the workflow rules into the browser. StatusBadge is the server's shorthand.
 */
export function StatusPill({ status, label }: { status: string; label: string }) {
  return <span className={`status status-${status.toLowerCase()}`}>{label}</span>;
}
