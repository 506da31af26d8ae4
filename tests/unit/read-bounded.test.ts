import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readBounded } from "@/lib/http/read-bounded";

/** A stream of the given chunks that records how many were pulled and whether it was cancelled. */
function chunked(chunks: Uint8Array[]) {
  const state = { pulled: 0, cancelled: false };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[index++];
      if (next === undefined) {
        controller.close();
        return;
      }
      state.pulled += 1;
      controller.enqueue(next);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readBounded", () => {
  it("joins every chunk in order when the total is within the limit", async () => {
    const { stream, state } = chunked([bytes("Twelve "), bytes("were "), bytes("hurt.")]);
    const read = await readBounded(stream, 100);
    assert.ok(read.ok);
    assert.equal(new TextDecoder().decode(read.bytes), "Twelve were hurt.");
    assert.equal(read.bytes.byteLength, 17);
    assert.equal(state.cancelled, false);
  });

  it("accepts a body of exactly the limit", async () => {
    const { stream } = chunked([bytes("abcd"), bytes("ef")]);
    const read = await readBounded(stream, 6);
    assert.ok(read.ok);
    assert.deepEqual([...read.bytes], [...bytes("abcdef")]);
  });

  it("stops and cancels the stream as soon as the total passes the limit", async () => {
    const { stream, state } = chunked([bytes("abcd"), bytes("efg"), bytes("never read"), bytes("nor this")]);
    const read = await readBounded(stream, 6);
    assert.deepEqual(read, { ok: false, reason: "too_large", limit: 6 });
    assert.equal(state.cancelled, true);
    // The chunk that passed the limit is the last one pulled (a queued read-ahead is allowed).
    assert.ok(state.pulled <= 3, `pulled ${state.pulled} chunks`);
  });

  it("counts bytes, not characters", async () => {
    const { stream } = chunked([bytes("é€")]); // 2 + 3 bytes in UTF-8
    assert.equal((await readBounded(stream, 4)).ok, false);
    const again = chunked([bytes("é€")]);
    const read = await readBounded(again.stream, 5);
    assert.ok(read.ok);
    assert.equal(new TextDecoder().decode(read.bytes), "é€");
  });

  it("refuses a declared length over the limit without reading anything", async () => {
    const { stream, state } = chunked([bytes("small")]);
    const read = await readBounded(stream, 10, { declaredLength: "11" });
    assert.equal(read.ok, false);
    assert.equal(state.pulled, 0);
    assert.equal(state.cancelled, true);
  });

  it("does not trust a declared length within the limit: the stream is still counted", async () => {
    const { stream } = chunked([bytes("0123456789"), bytes("X")]);
    const read = await readBounded(stream, 10, { declaredLength: "3" });
    assert.equal(read.ok, false);
  });

  it("reads normally when the declared length equals the limit, is missing or is not a number", async () => {
    for (const declaredLength of ["10", null, undefined, "", "lots"]) {
      const { stream } = chunked([bytes("0123456789")]);
      const read = await readBounded(stream, 10, { declaredLength });
      assert.ok(read.ok, String(declaredLength));
      assert.equal(read.bytes.byteLength, 10);
    }
  });

  it("treats a missing stream as an empty body, unless its declared length is too large", async () => {
    const empty = await readBounded(null, 10);
    assert.ok(empty.ok);
    assert.equal(empty.bytes.byteLength, 0);
    assert.equal((await readBounded(undefined, 10, { declaredLength: "20" })).ok, false);
  });

  it("reads an empty stream as no bytes", async () => {
    const { stream } = chunked([]);
    const read = await readBounded(stream, 0);
    assert.ok(read.ok);
    assert.equal(read.bytes.byteLength, 0);
  });
});
