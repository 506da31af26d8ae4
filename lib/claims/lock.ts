import type { Tx } from "@/lib/db";

/**
 * Takes the claim's row lock for the rest of the transaction. Evidence rules compare two tables
 * (a verdict needs a source; a verdict freezes the sources), so a verdict and a source change
 * racing each other must queue on the claim. Returns false when the claim does not exist.
 */
export async function lockClaim(tx: Tx, claimId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
  return rows.length > 0;
}
