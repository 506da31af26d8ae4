"use client";

import { useEffect, useState } from "react";

/**
 * Progress for work that may take a while (an import fetching a page, parsing a file). Quick
 * actions finish before it appears: it shows only once `active` has lasted `delayMs`, so a
 * fast save does not flash a bar. The server does not report a fraction, so the bar is
 * indeterminate and the label says what is happening.
 */
export function DelayedProgress({ active, label, delayMs = 1000 }: { active: boolean; label: string; delayMs?: number }) {
  const [shownSince, setShownSince] = useState<boolean>(false);
  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => setShownSince(true), delayMs);
    return () => {
      window.clearTimeout(timer);
      setShownSince(false);
    };
  }, [active, delayMs]);
  if (!active || !shownSince) return null;
  return (
    <div className="progress" role="status">
      <progress aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
