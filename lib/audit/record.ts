import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  claimId?: string | null;
  /** For events between two claims (links): the other one, so both histories find the event by index. */
  relatedClaimId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Must be called with the transaction client of the change it records, so both commit or neither. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      claimId: entry.claimId ?? null,
      relatedClaimId: entry.relatedClaimId ?? null,
      before: entry.before,
      after: entry.after,
    },
  });
}
