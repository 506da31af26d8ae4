"use client";

import { useSyncExternalStore } from "react";
import { formatWhen, type DateKind } from "@/lib/format";

const subscribe = () => () => {};
function browserSettings() {
  const options = Intl.DateTimeFormat().resolvedOptions();
  return { locale: navigator.language || options.locale, timeZone: options.timeZone };
}

/**
 * A date in the reader's locale (and, for instants, time zone). The server and the hydration pass
 * render the fallback (en-GB, UTC) so the markup matches; React then re-renders with the browser's
 * settings, without a hydration error.
 */
export function LocalTime({ value, kind = "datetime", prefix = "" }: { value: Date | string | null | undefined; kind?: DateKind; prefix?: string }) {
  const iso = value ? (typeof value === "string" ? value : value.toISOString()) : null;
  const text = useSyncExternalStore(
    subscribe,
    () => formatWhen(iso, kind, browserSettings()),
    () => formatWhen(iso, kind),
  );
  if (!iso) return <>{text}</>;
  return (
    <time dateTime={kind === "date" ? iso.slice(0, 10) : iso}>
      {prefix}
      {text}
    </time>
  );
}
