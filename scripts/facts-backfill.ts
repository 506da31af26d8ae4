// npm run assist:facts-backfill
//
// Derives the comparable facts (figure, what is counted, speaker, place, subject key) of claims
// that have none yet or were derived by an older version of the engine. Safe to re-run: it only
// touches claims that need it, and an interrupted run resumes where it stopped.
import { backfillClaimFacts } from "@/lib/assist/backfill";
import { disconnectDb } from "@/lib/db";

try {
  const { updated } = await backfillClaimFacts((done) => process.stdout.write(`\rFacts derived for ${done} claims`));
  console.log(updated === 0 ? "Every claim's facts are current." : `\nDone: facts derived for ${updated} claims.`);
} finally {
  await disconnectDb();
}
