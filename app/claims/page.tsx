import type { Metadata } from "next";
import Link from "next/link";
import { OutletFilter } from "@/components/outlet-filter";
import { Suspense } from "react";
import { LoadingRows } from "@/components/loading";
import { listOutletNames } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { describeFigure } from "@/lib/claims/describe";
import { SuggestInput } from "@/components/suggestions";
import { listClaims } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { humanize } from "@/lib/format";
import { ClaimKind, ClaimStatus } from "@/lib/generated/prisma/enums";
import { listClaimsQuerySchema, type ListClaimsQuery } from "@/lib/validation/claims";
import { DataTable } from "@/components/ui/table";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/form-message";
import { ExportForm } from "@/components/export/export-form";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import { ClaimRows } from "./claim-rows";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const FILTER_KEYS = ["q", "status", "kind", "outlet", "speaker", "subject", "assignee", "sort"] as const;

const SORT_LABEL = { newest: "Newest first", oldest: "Oldest first", updated: "Recently edited" } as const;

export default async function ClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("article.read");
  const raw = await searchParams;
  const value = (key: string) => {
    const item = raw[key];
    return Array.isArray(item) ? item[0] : item;
  };
  const input = Object.fromEntries([...FILTER_KEYS, "cursor"].map((key) => [key, value(key) ?? ""]).filter(([, v]) => v !== ""));
  const parsed = listClaimsQuerySchema.safeParse({ ...input, limit: 50 });
  const query = parsed.success ? parsed.data : listClaimsQuerySchema.parse({ limit: 50 });
  const [outlets, users] = await Promise.all([
    listOutletNames(),
    db.user.findMany({ where: { deactivatedAt: null, role: { not: "VIEWER" } }, orderBy: { name: "asc" }, select: { email: true, name: true } }),
  ]);
  const filters: Record<string, string> = Object.fromEntries(FILTER_KEYS.flatMap((key) => (query[key] ? [[key, String(query[key])]] : [])));
  const filtered = FILTER_KEYS.some((key) => key !== "sort" && query[key]);

  return (
    <section>
      <div className="page-heading">
        <h1>Claims</h1>
      </div>
      <form className="filters" role="search" aria-label="Filter claims">
        <Field id="claims-q" label="Text">
          {(control) => (
            <input {...control} name="q" type="search" defaultValue={query.q ?? ""} placeholder="words in the quote, subject or note" />
          )}
        </Field>
        <Field id="claims-status" label="Status">
          {(control) => (
            <select {...control} name="status" defaultValue={query.status ?? ""}>
              <option value="">Any status</option>
              {Object.values(ClaimStatus).map((status) => (
                <option key={status} value={status}>
                  {humanize(status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="claims-kind" label="Kind">
          {(control) => (
            <select {...control} name="kind" defaultValue={query.kind ?? ""}>
              <option value="">Any kind</option>
              {Object.values(ClaimKind).map((kind) => (
                <option key={kind} value={kind}>
                  {humanize(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <OutletFilter id="claims-outlet" outlets={outlets} value={query.outlet} />
        <Field id="claims-speaker" label="Speaker">
          {(control) => (
            <SuggestInput id={control.id} name="speaker" field="speaker" defaultValue={query.speaker ?? ""} />
          )}
        </Field>
        <Field id="claims-subject" label="Subject">
          {(control) => (
            <SuggestInput id={control.id} name="subject" field="subject" defaultValue={query.subject ?? ""} />
          )}
        </Field>
        <Field id="claims-assignee" label="Assigned to">
          {(control) => (
            <select {...control} name="assignee" defaultValue={query.assignee ?? ""}>
              <option value="">Anyone or no one</option>
              {users.map((user) => (
                <option key={user.email} value={user.email}>
                  {user.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="claims-sort" label="Order">
          {(control) => (
            <select {...control} name="sort" defaultValue={query.sort}>
              {Object.entries(SORT_LABEL).map(([sort, label]) => (
                <option key={sort} value={sort}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit">Filter</Button>
        {filtered ? (
          <Link href="/claims" className={buttonClass("quiet")}>
            Clear filters
          </Link>
        ) : null}
      </form>
      <ErrorMessage message={parsed.success ? null : "Some filters in the address were not valid and were ignored."} />
      <ExportForm
        action="/claims/export"
        filters={Object.fromEntries(Object.entries(filters).filter(([key]) => key !== "sort"))}
        title={`Export ${filtered ? "the claims matching these filters" : "all claims"}`}
      />
      <Suspense key={JSON.stringify(query)} fallback={<LoadingRows label="Loading claims…" />}>
        <ClaimResults query={query} filters={filters} filtered={filtered} />
      </Suspense>
    </section>
  );
}

async function ClaimResults({ query, filters, filtered }: { query: ListClaimsQuery; filters: Record<string, string>; filtered: boolean }) {
  const page = await listClaims(query);
  const nextHref = page.nextCursor ? `/claims?${new URLSearchParams({ ...filters, cursor: page.nextCursor })}` : null;
  return (
    <>
      {page.items.length === 0 ? (
        filtered ? (
          <EmptyState title="No claim matches these filters" action={<Link href="/claims">Clear filters</Link>} />
        ) : (
          <EmptyState title="No claims yet" action={<Link href="/articles">Go to the articles</Link>}>
            Open an article and select text to mark a claim.
          </EmptyState>
        )
      ) : (
        <DataTable label="Claims" stack>
          <caption className="visually-hidden">Claims, {SORT_LABEL[query.sort].toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Quote</th>
              <th scope="col">Subject</th>
              <th scope="col">Speaker</th>
              <th scope="col">Figure</th>
              <th scope="col">Outlet</th>
              <th scope="col">Status</th>
              <th scope="col">{query.sort === "updated" ? "Edited" : "Marked"}</th>
            </tr>
          </thead>
          <tbody>
            <ClaimRows
              dateLabel={query.sort === "updated" ? "Edited" : "Marked"}
              rows={page.items.map((claim) => ({
                id: claim.id,
                articleId: claim.articleId,
                quote: claim.quote,
                articleTitle: claim.article.title,
                subject: claim.subject,
                speaker: claim.speaker?.name ?? null,
                figure: claim.kind === "QUANTITY" ? describeFigure(claim) : null,
                kindLabel: humanize(claim.kind),
                outlet: claim.article.outlet.name,
                status: claim.status,
                statusLabel: STATUS_LABEL[claim.status],
                date: (query.sort === "updated" ? claim.updatedAt : claim.createdAt).toISOString(),
              }))}
            />
          </tbody>
        </DataTable>
      )}
      <nav className="pager" aria-label="Pages">
        {query.cursor ? <Link href={`/claims?${new URLSearchParams(filters)}`}>First page</Link> : null}
        {nextHref ? <Link href={nextHref}>Next page</Link> : null}
      </nav>
    </>
  );
}
