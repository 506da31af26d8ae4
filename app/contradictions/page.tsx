import type { Metadata } from "next";
import Link from "next/link";
import { OutletFilter } from "@/components/outlet-filter";
import { listOutletNames } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { describeFigure } from "@/lib/claims/describe";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import { listContradictions } from "@/lib/contradictions/queries";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { contradictionFiltersSchema } from "@/lib/validation/contradictions";
import type { z } from "zod";
import { DataTable } from "@/components/ui/table";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRows } from "@/components/loading";
import { Suspense } from "react";
import { ContradictionRows, type ContradictionSide } from "./contradiction-rows";

export const metadata: Metadata = { title: "Contradictions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Side = Awaited<ReturnType<typeof listContradictions>>["items"][number]["fromClaim"];

function sideValues(claim: Side): ContradictionSide {
  return {
    outlet: claim.article.outlet.name,
    publishedAt: claim.article.publishedAt?.toISOString() ?? null,
    speaker: claim.speaker?.name ?? null,
    quote: claim.quote,
    figure: claim.kind === "QUANTITY" ? describeFigure(claim) : null,
    status: claim.status,
    statusLabel: STATUS_LABEL[claim.status],
  };
}

export default async function ContradictionsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("article.read");
  const raw = await searchParams;
  const first = (key: string) => {
    const value = raw[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const parsed = contradictionFiltersSchema.safeParse({ outlet: first("outlet"), status: first("status") ?? "", cursor: first("cursor") });
  const filters = parsed.success ? parsed.data : contradictionFiltersSchema.parse({ status: "" });
  const outlets = await listOutletNames();
  const kept = { ...(filters.outlet ? { outlet: filters.outlet } : {}), ...(filters.status ? { status: filters.status } : {}) };

  return (
    <section>
      <h1>Contradictions</h1>
      <p className="lede">Claims linked as contradicting each other, most recent first. Without a status filter, pairs where both claims already have a verdict are left out.</p>
      <form className="filters" role="search" aria-label="Filter contradictions">
        <OutletFilter id="contra-outlet" outlets={outlets} value={filters.outlet} />
        <Field id="contra-status" label="Status of either claim">
          {(control) => (
            <select {...control} name="status" defaultValue={filters.status ?? ""}>
              <option value="">Open (no verdict on one side)</option>
              {Object.values(ClaimStatus).map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABEL[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit">Filter</Button>
        {Object.keys(kept).length ? (
          <Link href="/contradictions" className={buttonClass("quiet")}>
            Clear filters
          </Link>
        ) : null}
      </form>
      <Suspense key={JSON.stringify(filters)} fallback={<LoadingRows label="Loading contradictions…" />}>
        <ContradictionResults filters={filters} kept={kept} />
      </Suspense>
    </section>
  );
}

/** The pairs stream in after the page (and its filters) has been sent. */
async function ContradictionResults({ filters, kept }: { filters: z.output<typeof contradictionFiltersSchema>; kept: Record<string, string> }) {
  const page = await listContradictions({ ...filters, limit: 30 });
  return (
    <>
      {page.items.length === 0 ? (
        Object.keys(kept).length ? (
          <EmptyState title="No contradiction matches these filters" action={<Link href="/contradictions">Clear filters</Link>} />
        ) : (
          <EmptyState title="No open contradictions">Link two claims as “contradicts” on a claim page to list them here.</EmptyState>
        )
      ) : (
        <DataTable label="Contradictions" className="contra-table" stack>
          <caption className="visually-hidden">Contradicting claim pairs</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">One claim</th>
              <th scope="col">The other</th>
              <th scope="col">Linked</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <ContradictionRows
              rows={page.items.map((link) => ({
                id: link.id,
                subjects: [...new Set([link.fromClaim.subject, link.toClaim.subject].filter((subject): subject is string => Boolean(subject)))],
                from: sideValues(link.fromClaim),
                to: sideValues(link.toClaim),
                createdAt: link.createdAt.toISOString(),
                createdBy: link.createdBy?.name ?? null,
              }))}
            />
          </tbody>
        </DataTable>
      )}
      <nav className="pager" aria-label="Pages">
        {filters.cursor ? <Link href={`/contradictions?${new URLSearchParams(kept)}`}>First page</Link> : null}
        {page.nextCursor ? <Link href={`/contradictions?${new URLSearchParams({ ...kept, cursor: page.nextCursor })}`}>Next page</Link> : null}
      </nav>
    </>
  );
}
