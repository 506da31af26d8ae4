// `npm run candidates:backfill [-- --batch-size N]`: computes claim candidates for articles imported
// before candidates existed (or that the engine found nothing in). Idempotent: re-running it adds
// nothing for articles that have candidates, and never brings back accepted or dismissed ones.
import { backfillCandidates, BACKFILL_BATCH_SIZE } from "@/lib/candidates/backfill";
import { disconnectDb } from "@/lib/db";
import { parseOptions } from "./cli-args";

const USAGE = "npm run candidates:backfill [-- --batch-size N]";

async function main(): Promise<void> {
  const options = parseOptions(["batch-size"] as const, USAGE);
  const batchSize = options["batch-size"] === undefined ? BACKFILL_BATCH_SIZE : Number(options["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    console.error(`--batch-size must be a whole number from 1 to 1000.\nUsage: ${USAGE}`);
    process.exit(2);
  }
  const started = Date.now();
  const result = await backfillCandidates({
    batchSize,
    onBatch: (progress) => console.log(`${progress.articles} article(s) looked at, ${progress.candidates} candidate(s) stored so far`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(result.articles === 0 ? "Every article already has candidates; nothing to do." : `Done in ${seconds} s: ${result.articles} article(s), ${result.candidates} candidate(s) stored.`);
}

try {
  await main();
} finally {
  await disconnectDb();
}
