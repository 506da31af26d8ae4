import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listMyDrafts, listMyQueue } from "@/lib/claims/workspace";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { LocalTime } from "@/components/local-time";
import { DataTable } from "@/components/ui/table";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import { QueueRows } from "./queue-rows";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "My queue" };

type QueueClaim = { id: string; quote: string; status: ClaimStatus; subject: string | null; updatedAt: Date; article: { title: string; outlet: { name: string } } };

function QueueTable({ claims, empty, caption }: { claims: QueueClaim[]; empty: string; caption: string }) {
  if (claims.length === 0) return <EmptyState compact>{empty}</EmptyState>;
  return (
    <DataTable label={caption} stack>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Subject</th>
          <th scope="col">Outlet</th>
          <th scope="col">Status</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        <QueueRows
          rows={claims.map((claim) => ({
            id: claim.id,
            quote: claim.quote,
            subject: claim.subject,
            outlet: claim.article.outlet.name,
            status: claim.status,
            statusLabel: STATUS_LABEL[claim.status],
            updatedAt: claim.updatedAt.toISOString(),
          }))}
        />
      </tbody>
    </DataTable>
  );
}

export default async function QueuePage() {
  const user = await requirePermission("claim.create");
  const [{ assigned, awaitingReview }, drafts] = await Promise.all([listMyQueue(user), listMyDrafts(user.id)]);
  const reviews = user.role === "REVIEWER" || user.role === "ADMIN";
  const sentBack = drafts.filter((draft) => draft.sentBack);
  const ownDrafts = drafts.filter((draft) => !draft.sentBack);
  return (
    <section>
      <h1>My queue</h1>
      <h2>Sent back to me</h2>
      {sentBack.length === 0 ? (
        <EmptyState compact>No claim of yours has been sent back.</EmptyState>
      ) : (
        <ul className="plain-list sent-back-list" aria-label="Claims sent back to me">
          {sentBack.map((draft) => (
            <li key={draft.id} className="panel sent-back">
              <Link href={`/claims/${draft.id}`} className="claim-card-quote">
                “{draft.quote}”
              </Link>
              <p className="small muted">
                {draft.article.outlet.name} · sent back by {draft.sentBack!.by} on <LocalTime value={draft.sentBack!.at} kind="day" />
              </p>
              <p>
                <strong>Reason:</strong> {draft.sentBack!.reason ?? <span className="muted">none given; ask the reviewer.</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2 className="section-gap">My drafts</h2>
      <QueueTable claims={ownDrafts} caption="My draft claims" empty="You have no drafts; claims you mark start here until you submit them." />
      <h2 className="section-gap">Assigned to me</h2>
      <QueueTable claims={assigned} caption="Open claims assigned to me" empty="Nothing is assigned to you right now." />
      {reviews ? (
        <>
          <h2 className="section-gap">Awaiting my verdict</h2>
          <p className="muted small">Claims in review or disputed that you did not create or last edit, oldest first.</p>
          <QueueTable claims={awaitingReview} caption="Claims awaiting a verdict from me" empty="No claim is waiting for your verdict." />
        </>
      ) : null}
    </section>
  );
}
