"use client";

import { useCallback } from "react";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/result";

/** What the toast says when a request failed outright; whatever was typed is still there to send again. */
export const COULD_NOT_SAVE = "Could not save — try again";

/**
 * Calls a server action for the article and claim pages. A call that throws — the connection
 * dropped, the server answered 500 — becomes an error toast and `null`, so a form keeps its input
 * and the page does not fall through to the error screen. Refusals the server explains (a field,
 * a version conflict, a frozen claim) come back as results: forms show them next to themselves
 * (decision 021), lone buttons in an error toast.
 */
export function useAction() {
  const toast = useToast();
  const call = useCallback(
    async <Result extends ActionResult<unknown>>(action: () => Promise<Result>, failure: string = COULD_NOT_SAVE): Promise<Result | null> => {
      try {
        return await action();
      } catch {
        toast({ kind: "error", message: failure });
        return null;
      }
    },
    [toast],
  );
  return { call, toast };
}
