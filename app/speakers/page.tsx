import type { Metadata } from "next";
import Link from "next/link";
import { listActorsWithAliases } from "@/lib/actors/queries";
import { requirePermission } from "@/lib/auth/session";
import { humanize } from "@/lib/format";
import { can } from "@/lib/permissions";
import { AddAliasButton } from "./add-alias-form";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage() {
  const user = await requirePermission("article.read");
  const actors = await listActorsWithAliases();
  const canEdit = can(user, "claim.create");
  return (
    <section>
      <div className="page-heading">
        <h1>Speakers</h1>
      </div>
      <p className="lede">
        People and organisations that claims are attributed to. Typing any of a speaker&rsquo;s names or spellings in a claim form finds the same speaker; a new name adds a new
        speaker.
      </p>
      {actors.length === 0 ? (
        <EmptyState title="No speakers yet">They are added when a claim names who said it.</EmptyState>
      ) : (
        <DataTable label="Speakers" stack>
          <caption className="visually-hidden">Speakers and their aliases</caption>
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col">Kind</th>
              <th scope="col">Also written as</th>
              <th scope="col" className="numeric">
                Claims
              </th>
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor.id}>
                <td data-label="Speaker">{actor.name}</td>
                <td data-label="Kind">{humanize(actor.kind)}</td>
                <td data-label="Also written as">
                  <div className="alias-cell">
                    <span>{actor.aliases.filter((alias) => alias.alias !== actor.name).map((alias) => alias.alias).join("; ") || "—"}</span>
                    {canEdit ? <AddAliasButton actorId={actor.id} actorName={actor.name} /> : null}
                  </div>
                </td>
                <td data-label="Claims" className="numeric">
                  <Link href={`/claims?${new URLSearchParams({ speaker: actor.name })}`}>{actor._count.claims}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
