import { db } from "@/lib/db";
import { listLinksOfClaim } from "@/lib/links/queries";

/**
 * Everything the claim panel shows besides the claim itself — sources, links, assignments,
 * comments and history — fetched in parallel, a fixed number of queries whatever the counts.
 */
export async function getClaimWorkspace(claimId: string) {
  const [sources, links, assignments, comments, history] = await Promise.all([
    db.source.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } }),
    listLinksOfClaim(claimId),
    db.assignment.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, select: { id: true, assignee: { select: { id: true, name: true } } } }),
    db.comment.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } }),
    listClaimHistory(claimId),
  ]);
  return { sources, links, assignments, comments, history };
}

/** The claim's audit events, including links made from the other claim (recorded under that claim's id). */
export function listClaimHistory(claimId: string) {
  return db.auditEvent.findMany({
    // Two indexed columns; the history of a claim with many links costs the same as one without.
    where: { OR: [{ claimId }, { relatedClaimId: claimId }] },
    orderBy: { id: "asc" },
    select: { id: true, action: true, entityType: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
}

/** "My queue": claims assigned to me that are not settled, and claims waiting for a verdict I may give. */
export async function listMyQueue(user: { id: string; role: string }) {
  const select = { id: true, articleId: true, quote: true, status: true, subject: true, updatedAt: true, article: { select: { title: true, outlet: { select: { name: true } } } } } as const;
  const [assigned, awaitingReview] = await Promise.all([
    db.claim.findMany({
      where: { assignments: { some: { assigneeId: user.id } }, status: { in: ["DRAFT", "IN_REVIEW", "DISPUTED"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 100,
      select,
    }),
    user.role === "REVIEWER" || user.role === "ADMIN"
      ? db.claim.findMany({
          // The two-person rule, in the query: never offer a reviewer their own work.
          where: { status: { in: ["IN_REVIEW", "DISPUTED"] }, ...(user.role === "REVIEWER" ? { createdById: { not: user.id }, updatedById: { not: user.id } } : {}) },
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
          take: 100,
          select,
        })
      : Promise.resolve([]),
  ]);
  return { assigned, awaitingReview };
}

const QUEUE_LIMIT = 100;

/**
 * An editor's own drafts, newest change first, each with the reason it was sent back when a
 * reviewer sent it back (their own withdrawals are not "sent back"). A claim reaches DRAFT only
 * when created or sent back, so the latest send-back event of a draft is the one that put it there.
 */
export async function listMyDrafts(userId: string) {
  const drafts = await db.claim.findMany({
    where: { createdById: userId, status: "DRAFT" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: QUEUE_LIMIT,
    select: { id: true, articleId: true, quote: true, status: true, subject: true, updatedAt: true, article: { select: { title: true, outlet: { select: { name: true } } } } },
  });
  const sendBacks = drafts.length
    ? await db.auditEvent.findMany({
        where: { claimId: { in: drafts.map((draft) => draft.id) }, action: "claim.status_change", after: { path: ["workflowAction"], equals: "send_back" } },
        orderBy: { id: "desc" },
        select: { claimId: true, after: true, createdAt: true, actorId: true, actor: { select: { name: true } } },
      })
    : [];
  const latest = new Map<string, (typeof sendBacks)[number]>();
  for (const event of sendBacks) if (event.claimId && !latest.has(event.claimId)) latest.set(event.claimId, event);
  return drafts.map((draft) => {
    const event = latest.get(draft.id);
    if (!event || event.actorId === userId) return { ...draft, sentBack: null };
    const after = event.after as { note?: unknown } | null;
    return { ...draft, sentBack: { by: event.actor?.name ?? "A reviewer", at: event.createdAt, reason: typeof after?.note === "string" ? after.note : null } };
  });
}
