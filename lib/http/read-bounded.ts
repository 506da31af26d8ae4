// Reading a body of unknown size without letting it fill the memory: the request bodies of the
// JSON API and the pages fetched for a URL import both arrive as streams whose declared length
// (if any) is only a claim, so the count is kept while reading and the stream is cancelled as soon
// as it passes the limit.
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/** A web stream of bytes: the global one (requests) or undici's (fetched pages). */
export type ByteStream = ReadableStream<Uint8Array> | NodeReadableStream<Uint8Array>;

export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large"; limit: number };

export type ReadBoundedOptions = {
  /** A Content-Length header as received: when it already says more than the limit, nothing is read. */
  declaredLength?: string | null;
};

/**
 * All of `stream`'s bytes if there are at most `limit` of them; otherwise `{ ok: false }` and the
 * stream is cancelled (the rest is never read). A missing stream is an empty body.
 */
export async function readBounded(stream: ByteStream | null | undefined, limit: number, options: ReadBoundedOptions = {}): Promise<BoundedRead> {
  const declared = Number(options.declaredLength ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await stream?.cancel().catch(() => undefined);
    return { ok: false, reason: "too_large", limit };
  }
  if (!stream) return { ok: true, bytes: new Uint8Array() };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too_large", limit };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
