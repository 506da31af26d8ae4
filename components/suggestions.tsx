"use client";

import { useEffect, useState } from "react";
import type { SuggestField } from "@/lib/validation/suggest";

const DEBOUNCE_MS = 150;

/**
 * A <datalist> filled from /api/suggest as the user types: the few subjects or speakers that start
 * with the input's text, instead of every one of them inlined into the page.
 */
export function SuggestionList({ id, field, value }: { id: string; field: SuggestField; value: string }) {
  const prefix = value.trim();
  const [loaded, setLoaded] = useState<{ prefix: string; items: string[] }>({ prefix: "", items: [] });
  useEffect(() => {
    if (!prefix) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/suggest/${field}?${new URLSearchParams({ prefix })}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ items: string[] }>) : { items: [] }))
        .then((body) => setLoaded({ prefix, items: body.items }))
        // Typing on aborts the previous request; a failed lookup just offers nothing.
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [field, prefix]);
  // Keeps the previous suggestions while the next ones load, as long as they still fit.
  const items = prefix && prefix.toLowerCase().startsWith(loaded.prefix.toLowerCase()) ? loaded.items : [];
  return (
    <datalist id={id}>
      {items.map((item) => (
        <option key={item} value={item} />
      ))}
    </datalist>
  );
}

/** An uncontrolled text input (for GET forms) with suggestions. */
export function SuggestInput({ id, name, field, defaultValue }: { id: string; name: string; field: SuggestField; defaultValue: string }) {
  const [value, setValue] = useState(defaultValue);
  return (
    <>
      <input id={id} name={name} list={`${id}-suggestions`} value={value} onChange={(event) => setValue(event.target.value)} autoComplete="off" />
      <SuggestionList id={`${id}-suggestions`} field={field} value={value} />
    </>
  );
}
