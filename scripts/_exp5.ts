import { csvPlan, exportWhereSql, exportStream } from "@/lib/export/stream";
import { csvBatchSql } from "@/lib/export/csv-sql";
import { db } from "@/lib/db";
const mode = process.argv[2];
const where = exportWhereSql({ format: "csv" } as never);
const mb = (x: number) => Math.round(x / 1048576);
let peakRss = 0, peakHeap = 0;
const sample = () => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapTotal); };
const timer = setInterval(sample, 100);
const t0 = performance.now();
const start = process.memoryUsage().rss;
let rows = 0;
if (mode === "prisma") {
  const plan = csvPlan(where);
  const stream = exportStream(plan, await plan.read(null));
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) rows += r.value.length;
} else {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  let cursor: { createdAt: Date; id: string } | null = null;
  const enc = new TextEncoder();
  for (;;) {
    const q = csvBatchSql(where, cursor, 1000);
    const r = await pool.query({ text: q.text, values: q.values as unknown[], rowMode: "array" });
    let count = 0;
    for (const row of r.rows) { rows += enc.encode(row[0]).length; count += row[1]; cursor = { createdAt: row[2], id: row[3] }; }
    if (count < 1000) break;
  }
  await pool.end();
}
clearInterval(timer);
console.log(`${mode}: ${((performance.now() - t0) / 1000).toFixed(1)} s, bytes ${rows}, rss start ${mb(start)} peak ${mb(peakRss)}, heapTotal peak ${mb(peakHeap)}`);
await db.$disconnect();
