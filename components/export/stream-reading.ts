// Pure helpers for reading an export as it streams in the browser: how many claims have arrived,
// and what the server named the file. Kept apart from the component so they are unit-tested.

export type ExportFormatName = "csv" | "json" | "claimreview";

/** Counts the claims in an export's text as it arrives, chunk by chunk, without parsing it. */
export type RecordCounter = { push: (text: string) => void; readonly count: number };

/**
 * CSV: one record per line break outside a quoted field (quotes may hold line breaks; a doubled
 * quote toggles twice, so it changes nothing), minus the header line.
 * JSON (`{"claims":[…]}`) and ClaimReview (`[…]`): one claim per object opened directly inside the
 * first array, outside strings.
 */
export function recordCounter(format: ExportFormatName): RecordCounter {
  let count = 0;
  if (format === "csv") {
    let quoted = false;
    let lines = 0;
    return {
      push(text) {
        for (let index = 0; index < text.length; index++) {
          const char = text.charCodeAt(index);
          if (char === 34) quoted = !quoted;
          else if (char === 10 && !quoted) lines++;
        }
        count = Math.max(0, lines - 1);
      },
      get count() {
        return count;
      },
    };
  }
  let inString = false;
  let escaped = false;
  let depth = 0;
  let itemsDepth = -1;
  return {
    push(text) {
      for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (inString) {
          if (escaped) escaped = false;
          else if (char === "\\") escaped = true;
          else if (char === '"') inString = false;
          continue;
        }
        if (char === '"') inString = true;
        else if (char === "[" || char === "{") {
          if (char === "{" && depth === itemsDepth) count++;
          depth++;
          if (char === "[" && itemsDepth === -1) itemsDepth = depth;
        } else if (char === "]" || char === "}") depth--;
      }
    },
    get count() {
      return count;
    },
  };
}

/** The file name from a Content-Disposition header (RFC 6266: `filename*` wins over `filename`), or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return safeName(decodeURIComponent(extended[2].trim()));
    } catch {
      // A malformed percent-encoding: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, "$1") ?? plain?.[2]?.trim();
  return name ? safeName(name) : null;
}

/** Only the last path segment: a header cannot choose a folder. */
function safeName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim() ?? "";
  return base && base !== "." && base !== ".." ? base : null;
}

/** The export's refusal as one sentence, from the API's error body (`{ error: { message, fields } }`). */
export function exportErrorMessage(body: unknown, status: number, labels: Record<string, string> = {}): string {
  const error = typeof body === "object" && body !== null && "error" in body ? (body as { error: unknown }).error : null;
  const message = typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : null;
  const fields = typeof error === "object" && error !== null && "fields" in error && typeof error.fields === "object" && error.fields !== null ? (error.fields as Record<string, unknown>) : {};
  const details = Object.values(fields)
    .flatMap((messages) => (Array.isArray(messages) ? messages.filter((item): item is string => typeof item === "string") : []))
    // The API's messages name parameters in backticks; the form calls them by their labels.
    .map((text) => text.replace(/`(\w+)`/g, (_, name: string) => (labels[name] ? `“${labels[name]}”` : name)));
  if (details.length) return details.join(" ");
  if (message) return message;
  return status >= 500 ? "The export failed on the server. Try again in a moment." : `The export was refused (HTTP ${status}).`;
}
