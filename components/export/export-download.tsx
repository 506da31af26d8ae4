"use client";

import { useEffect, useRef, useState } from "react";
import { useReaderDateSettings } from "@/components/local-time";
import { saveFile } from "@/components/save-file";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { formatBytes } from "@/lib/format";
import { exportErrorMessage, fileNameFromDisposition, recordCounter, type ExportFormatName } from "./stream-reading";

export type ExportOutcome = { fieldErrors?: Record<string, string> };

// Quick exports finish before anything appears; slower ones show their progress after this.
const SHOW_PROGRESS_AFTER_MS = 1000;
// Progress is repainted at most this often, however small the chunks are.
const REPAINT_MS = 150;

/**
 * Runs one export in the page: streams the response, counting claims and bytes as they arrive,
 * then saves it under the server's file name. Mounted when an export starts, unmounted by
 * `onDone`; leaving the page (unmounting) aborts the request too.
 */
export function ExportDownload({ url, format, labels, onDone }: { url: string; format: ExportFormatName; labels: Record<string, string>; onDone: (outcome: ExportOutcome) => void }) {
  const toast = useToast();
  const settings = useReaderDateSettings();
  const [progress, setProgress] = useState<{ claims: number; bytes: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const cancelledByUser = useRef(false);
  // The latest callbacks, so that the download (started once) never calls stale ones.
  const latest = useRef({ onDone, toast, labels, settings });
  useEffect(() => {
    latest.current = { onDone, toast, labels, settings };
  });

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    let received = { claims: 0, bytes: 0 };
    const timer = window.setTimeout(() => setProgress(received), SHOW_PROGRESS_AFTER_MS);
    const finish = (outcome: ExportOutcome = {}) => {
      window.clearTimeout(timer);
      latest.current.onDone(outcome);
    };

    void (async () => {
      try {
        const response = await fetch(url, { signal: abort.signal, credentials: "same-origin", cache: "no-store" });
        // A session that ended meanwhile is answered with the login page, not a file.
        if (response.ok && response.redirected && new URL(response.url).pathname === "/login") {
          latest.current.toast({ kind: "error", message: "Your session has ended. Sign in again, then export." });
          return finish();
        }
        if (!response.ok || !response.body) {
          const body: unknown = await response.json().catch(() => null);
          const error = typeof body === "object" && body !== null && "error" in body ? (body as { error: { fields?: Record<string, string[]> } }).error : null;
          const fields = Object.fromEntries(
            Object.entries(error?.fields ?? {}).flatMap(([name, messages]) =>
              name in latest.current.labels && messages[0] ? [[name, exportErrorMessage({ error: { fields: { [name]: [messages[0]] } } }, response.status, latest.current.labels)]] : [],
            ),
          );
          // Field errors are shown (and announced) at their fields; anything else as an error toast.
          if (Object.keys(fields).length === 0) latest.current.toast({ kind: "error", message: exportErrorMessage(body, response.status, latest.current.labels) });
          return finish({ fieldErrors: fields });
        }

        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        const counter = recordCounter(format);
        const chunks: Uint8Array<ArrayBuffer>[] = [];
        let bytes = 0;
        let painted = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value as Uint8Array<ArrayBuffer>);
          bytes += value.byteLength;
          counter.push(decoder.decode(value, { stream: true }));
          received = { claims: counter.count, bytes };
          if (Date.now() - painted > REPAINT_MS) {
            painted = Date.now();
            setProgress((shown) => (shown ? received : shown));
          }
        }
        counter.push(decoder.decode());
        const name = fileNameFromDisposition(response.headers.get("content-disposition")) ?? `claimdesk-export.${format === "csv" ? "csv" : "json"}`;
        saveFile(new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" }), name);
        latest.current.toast({ kind: "success", message: `Downloaded ${name} (${counter.count === 1 ? "1 claim" : `${counter.count.toLocaleString(latest.current.settings.locale)} claims`}).` });
        finish();
      } catch {
        if (cancelledByUser.current) {
          latest.current.toast({ kind: "info", message: "Export cancelled; nothing was saved." });
          finish();
        } else if (!abort.signal.aborted) {
          latest.current.toast({ kind: "error", message: "The export stopped before it finished (the connection failed). Nothing was saved; try again." });
          finish();
        }
        // Aborted by unmounting (the reader left the page): nothing to say.
      }
    })();

    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [url, format]);

  if (!progress) return null;
  return (
    <div className="progress export-progress" role="group" aria-label="Export progress">
      <progress aria-label="Exporting claims" />
      <span>
        {progress.claims === 1 ? "1 claim" : `${progress.claims.toLocaleString(settings.locale)} claims`} · {formatBytes(progress.bytes, settings)} received
      </span>
      <Button
        variant="quiet"
        size="small"
        onClick={() => {
          cancelledByUser.current = true;
          controller.current?.abort();
        }}
      >
        Cancel export
      </Button>
    </div>
  );
}
