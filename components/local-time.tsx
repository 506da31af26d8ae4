"use client";

import { useSyncExternalStore } from "react";
import { formatWhen, type DateKind, type DateSettings } from "@/lib/format";

const subscribe = () => () => {};
// One object for the page's lifetime: useSyncExternalStore compares snapshots by identity.
let browser: DateSettings | null = null;
function browserSettings(): DateSettings {
  if (!browser) {
    const options = Intl.DateTimeFormat().resolvedOptions();
    browser = { locale: navigator.language || options.locale, timeZone: options.timeZone };
  }
  return browser;
}
// The server does not know the reader: it (and the hydration pass) use lib/format's fallback.
const FALLBACK: DateSettings = {};

/**
 * The reader's locale and time zone for lib/format, in any client component: the fallback (en-GB,
 * UTC) on the server and while hydrating, so the markup matches, then the browser's settings.
 */
export function useReaderDateSettings(): DateSettings {
  return useSyncExternalStore(subscribe, browserSettings, () => FALLBACK);
}

/**
 * A date in the reader's locale (and, for instants, time zone). The server and the hydration pass
 * render the fallback (en-GB, UTC) so the markup matches; React then re-renders with the browser's
 * settings, without a hydration error.
 */
export function LocalTime({ value, kind = "datetime", prefix = "" }: { value: Date | string | null | undefined; kind?: DateKind; prefix?: string }) {
  const iso = value ? (typeof value === "string" ? value : value.toISOString()) : null;
  const text = formatWhen(iso, kind, useReaderDateSettings());
  if (!iso) return <>{text}</>;
  return (
    <time dateTime={kind === "date" ? iso.slice(0, 10) : iso}>
      {prefix}
      {text}
    </time>
  );
}
