"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

export type ToastKind = "success" | "error" | "info";
export type ToastInput = { kind?: ToastKind; message: string; action?: { label: string; onAction: () => void } };
type ToastItem = ToastInput & { id: number; kind: ToastKind };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

// Long enough to read a sentence and reach an Undo button; errors stay until dismissed.
const VISIBLE_MS = 7000;

/**
 * The page's single toast region. It is always in the document (a live region added together
 * with its first message is often not announced), polite for confirmations, and each toast can
 * be dismissed; errors do not time out, since they may need reading twice.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      const kind = input.kind ?? "success";
      setToasts((current) => [...current.slice(-3), { ...input, kind, id }]);
      if (kind !== "error") window.setTimeout(() => dismiss(id), VISIBLE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite" aria-atomic="false" aria-relevant="additions text" aria-label="Notifications">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`}>
            <p>
              <span className="visually-hidden">{toast.kind === "error" ? "Error: " : ""}</span>
              {toast.message}
            </p>
            {toast.action ? (
              <button
                type="button"
                className="button-ghost button-small"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action!.onAction();
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
            <button type="button" className="button-ghost button-small" onClick={() => dismiss(toast.id)} aria-label="Dismiss notification">
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Shows a toast in the page's region (the provider sits in the root layout). */
export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs the ToastProvider of the root layout above it.");
  return show;
}
