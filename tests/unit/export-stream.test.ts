// The export stream's batching, with a plan whose reads are counted instead of run against a
// database: it reads one batch ahead of the client, never more, and stops when told.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exportStream, type ExportBatch, type ExportPlan } from "@/lib/export/stream";

type Row = { n: number; createdAt: Date; id: string };

const SIZE = 2;
const rowsOf = (from: number, count: number): Row[] =>
  Array.from({ length: count }, (_, index) => ({ n: from + index, createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, from + index)), id: `id-${from + index}` }));
const batchOf = (from: number, count: number): ExportBatch<Row[]> => {
  const rows = rowsOf(from, count);
  const last = rows.at(-1);
  return { items: rows, count: rows.length, last: last ? { createdAt: last.createdAt, id: last.id } : null };
};

/** Rows 0..total-1 in batches of SIZE; `reads` lists the first row each read started after. */
function countingPlan(total: number, failAfter?: number) {
  const reads: number[] = [];
  const plan: ExportPlan<Row[]> = {
    size: SIZE,
    read: async (cursor) => {
      const from = cursor ? Number(cursor.id.slice(3)) + 1 : 0;
      reads.push(from);
      if (failAfter !== undefined && from > failAfter) throw new Error("the database went away");
      return batchOf(from, Math.max(0, Math.min(SIZE, total - from)));
    },
    head: "[",
    write: (rows, first) => (rows.length ? [(first ? "" : ",") + rows.map((row) => row.n).join(",")] : []),
    tail: "]",
  };
  return { plan, reads };
}

const decoder = new TextDecoder();
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("exportStream", () => {
  it("writes the head, every batch in order and the tail", async () => {
    const { plan } = countingPlan(7);
    const text = await new Response(exportStream(plan, batchOf(0, SIZE))).text();
    assert.equal(text, "[0,1,2,3,4,5,6]");
  });

  it("reads the next batch while the current one goes out, and only one batch ahead", async () => {
    const { plan, reads } = countingPlan(20);
    const reader = exportStream(plan, batchOf(0, SIZE)).getReader();
    assert.equal(decoder.decode((await reader.read()).value), "[");
    assert.deepEqual(reads, [], "nothing is read before the first batch is asked for");
    assert.equal(decoder.decode((await reader.read()).value), "0,1");
    await settle();
    assert.deepEqual(reads, [2], "the second batch is being read while the first is with the client");
    await settle();
    assert.deepEqual(reads, [2], "no further until the client asks again");
    assert.equal(decoder.decode((await reader.read()).value), ",2,3");
    await settle();
    assert.deepEqual(reads, [2, 4]);
    await reader.cancel();
  });

  it("reads nothing more once the client has gone away", async () => {
    const { plan, reads } = countingPlan(20);
    const abort = new AbortController();
    const reader = exportStream(plan, batchOf(0, SIZE), abort.signal).getReader();
    await reader.read();
    await reader.read();
    await settle();
    abort.abort();
    await reader.cancel();
    await settle();
    assert.deepEqual(reads, [2]);
  });

  it("does not read past a short batch", async () => {
    const { plan, reads } = countingPlan(3);
    const text = await new Response(exportStream(plan, batchOf(0, SIZE))).text();
    assert.equal(text, "[0,1,2]");
    assert.deepEqual(reads, [2], "the short batch (one row) ends the export without another query");
  });

  it("errors the stream when a batch read ahead fails, without an unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { plan } = countingPlan(20, 2);
      const reader = exportStream(plan, batchOf(0, SIZE)).getReader();
      await reader.read();
      assert.equal(decoder.decode((await reader.read()).value), "0,1");
      assert.equal(decoder.decode((await reader.read()).value), ",2,3");
      await settle();
      await assert.rejects(reader.read(), /the database went away/);
      await settle();
      assert.deepEqual(unhandled, []);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
