"use client";

import { createContext, useContext, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { isShortcutPress, TYPING_SELECTOR } from "@/lib/keyboard/shortcuts";

/**
 * A single-key shortcut of the current page. `run` returns false when the key does not apply
 * where the focus is (so another shortcut for the same key, or the browser, may have it).
 */
export type Shortcut = { key: string; label?: string; description: string; run: (event: KeyboardEvent) => boolean | void };

type Source = () => readonly Shortcut[];

class Registry {
  private sources: Source[] = [];
  add(source: Source): () => void {
    this.sources.push(source);
    return () => {
      this.sources = this.sources.filter((item) => item !== source);
    };
  }
  all(): Shortcut[] {
    return this.sources.flatMap((source) => source());
  }
}

const RegistryContext = createContext<Registry | null>(null);

// The list reads in this order (movement, then actions), whichever component registered first.
const KEY_ORDER = ["j", "k", "Enter", "a", "x", "e", "r", "s", "l", "/"];
const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);

/** Registers shortcuts with the page's provider for as long as the component is mounted. */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const registry = useContext(RegistryContext);
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => registry?.add(() => latest.current), [registry]);
}

/**
 * Listens for the page's single-key shortcuts and shows them all in a dialog on `?`. One provider
 * per page, so the overlay lists exactly what works where the user is.
 */
export function ShortcutProvider({ children, title }: { children: React.ReactNode; title: string }) {
  const [registry] = useState(() => new Registry());
  const [open, setOpen] = useState<Shortcut[] | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const headingId = useId();

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const typing = event.target instanceof Element && event.target.closest(TYPING_SELECTOR) !== null;
      if (!isShortcutPress({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing, defaultPrevented: event.defaultPrevented })) return;
      if (event.key === "?") {
        event.preventDefault();
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setOpen(registry.all());
        return;
      }
      for (const shortcut of registry.all()) {
        if (shortcut.key !== event.key) continue;
        if (shortcut.run(event) !== false) {
          event.preventDefault();
          return;
        }
      }
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [registry]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (open && dialog && !dialog.open) dialog.showModal();
  }, [open]);

  function close() {
    dialogRef.current?.close();
  }

  // Each key once, in the order the page registered it (one key may have several meanings, e.g. Enter).
  const rows = open
    ? open.filter((shortcut, index) => open.findIndex((other) => other.key === shortcut.key && other.description === shortcut.description) === index).sort((a, b) => rank(a.key) - rank(b.key))
    : [];

  return (
    <RegistryContext.Provider value={registry}>
      {children}
      {open ? (
        <dialog
          ref={dialogRef}
          className="shortcut-dialog"
          aria-labelledby={headingId}
          onClose={() => {
            setOpen(null);
            if (returnTo.current?.isConnected) returnTo.current.focus();
          }}
          onClick={(event) => {
            // A click on the backdrop (the dialog element itself, outside its content) closes it.
            if (event.target === event.currentTarget) close();
          }}
        >
          <div className="shortcut-dialog-body">
            <h2 id={headingId}>Keyboard shortcuts: {title}</h2>
            <dl className="shortcut-table">
              {rows.map((shortcut) => (
                <div key={`${shortcut.key}:${shortcut.description}`}>
                  <dt>
                    <kbd>{shortcut.label ?? shortcut.key}</kbd>
                  </dt>
                  <dd>{shortcut.description}</dd>
                </div>
              ))}
              <div>
                <dt>
                  <kbd>?</kbd>
                </dt>
                <dd>Show this list</dd>
              </div>
            </dl>
            <p className="small muted">Shortcuts do nothing while you type in a field. Escape closes this list.</p>
            <button type="button" onClick={close} autoFocus>
              Close
            </button>
          </div>
        </dialog>
      ) : null}
    </RegistryContext.Provider>
  );
}
