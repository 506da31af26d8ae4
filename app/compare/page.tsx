import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { describeFigure } from "@/lib/claims/describe";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import { countOf } from "@/lib/compare/figures";
import { COMPARE_PAGE_SIZE, getSubjectComparisonPage, getSubjectFigures, listComparableSubjects } from "@/lib/compare/queries";
import { linkLabelFor } from "@/lib/links/rules";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { isFinalStatus } from "@/lib/permissions";
import { readStoredFacts } from "@/lib/assist/stored";
import { describeScope } from "@/lib/compare/scope";
import { can } from "@/lib/permissions";
import { subjectKeyOfInput } from "@/lib/subjects/keys";
import { getSubjectSummary, listSubjectsMergedInto, resolveSubjectKey } from "@/lib/subjects/queries";
import { FiguresChart } from "./figures-chart-loader";
import { MergedSubjects, MergeSubjectForm } from "./subject-merge-loader";
import { DataTable } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { ComparisonRows } from "./comparison-rows";
import { SubjectRows } from "./subject-rows";

type SearchParams = Promise<{
  key?: string | string[];
  subject?: string | string[];
  after?: string | string[];
  from?: string | string[];
}>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const compareHref = (params: Record<string, string>) => `/compare?${new URLSearchParams(params)}`;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const params = await searchParams;
  const asked = first(params.key) ?? first(params.subject);
  const key = asked ? await resolveSubjectKey(asked) : null;
  return { title: key ? `Compare: ${(await getSubjectSummary(key)).label}` : "Compare figures" };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("article.read");
  const params = await searchParams;
  // Links carry the subject key; `subject` (a subject as typed) still works and is resolved to its key.
  const asked = (first(params.key) ?? first(params.subject))?.trim();
  if (!asked) return <SubjectIndex />;
  const key = await resolveSubjectKey(asked);
  if (!key) return <SubjectIndex />;
  // A malformed cursor starts from the beginning; the numbering continues from `from`.
  const after = first(params.after);
  const cursor = after ? decodeCursor(after) : null;
  const from = cursor ? Math.max(0, Number.parseInt(first(params.from) ?? "0", 10) || 0) : 0;
  return (
    <SubjectComparison
      subjectKey={key}
      asked={asked}
      cursor={cursor}
      from={from}
      canMerge={can(user, "claim.create")}
    />
  );
}

async function SubjectIndex() {
  const subjects = await listComparableSubjects();
  return (
    <section>
      <h1>Compare figures</h1>
      <p className="lede">Pick a subject to see every claim about it side by side — who said what, when, and how the figures disagree.</p>
      {subjects.length === 0 ? (
        <EmptyState title="No subjects yet">
          Claims get a subject when an editor types it or when the assist can tell what a figure counts; claims on the same subject are compared here.
        </EmptyState>
      ) : (
        <DataTable label="Subjects">
          <caption className="visually-hidden">Subjects, most widely reported first</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col" className="numeric">
                Claims
              </th>
              <th scope="col" className="numeric">
                Outlets
              </th>
            </tr>
          </thead>
          <tbody>
            <SubjectRows rows={subjects.map((row) => ({ key: row.key, href: compareHref({ key: row.key }), subject: row.subject, claims: row.claims, outlets: row.outlets }))} />
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

async function SubjectComparison({
  subjectKey,
  asked,
  cursor,
  from,
  canMerge,
}: {
  subjectKey: string;
  asked: string;
  cursor: ReturnType<typeof decodeCursor>;
  from: number;
  canMerge: boolean;
}) {
  const [{ claims, links, nextCursor }, { figures, distinct, window }, totals, merged] = await Promise.all([
    getSubjectComparisonPage(subjectKey, cursor),
    getSubjectFigures(subjectKey),
    getSubjectSummary(subjectKey),
    listSubjectsMergedInto(subjectKey),
  ]);
  const subject = totals.label;
  const askedKey = subjectKeyOfInput(asked);
  const reachedThroughMerge = askedKey !== null && askedKey !== subjectKey && merged.some((entry) => entry.key === askedKey);
  const reference = new Map(claims.map((claim, index) => [claim.id, from + index + 1]));
  const contradicted = new Set(links.filter((link) => link.kind === "CONTRADICTS").flatMap((link) => [link.fromClaimId, link.toClaimId]));
  // Each claim's links, in the order the query gave them, gathered in one pass over the page's links.
  const linksOf = new Map<string, (typeof links)[number][]>();
  for (const link of links) {
    for (const claimId of [link.fromClaimId, link.toClaimId]) {
      const own = linksOf.get(claimId);
      if (own) own.push(link);
      else linksOf.set(claimId, [link]);
    }
  }
  const units = [...new Set(figures.map((figure) => figure.unit).filter((unit): unit is string => Boolean(unit)))];
  const points = figures.map((figure, index) => ({
    id: `figure-${index}`,
    outlet: figure.outlet,
    speaker: figure.speaker,
    value: figure.value,
    valueMax: figure.valueMax,
    qualifier: figure.qualifier,
    occurredAt: figure.occurredAt?.toISOString() ?? null,
    publishedAt: figure.publishedAt?.toISOString() ?? null,
    contradicted: figure.contradicted,
    claims: figure.claims,
    quote: figure.quote,
    description: `${describeFigure(figure)} (${countOf(figure.claims, "claim")})`,
  }));
  const contradictions = links.filter((link) => link.kind === "CONTRADICTS").length;
  const shownTo = from + claims.length;
  const nextHref = nextCursor ? compareHref({ key: subjectKey, after: encodeCursor(nextCursor), from: String(shownTo) }) : null;

  return (
    <section>
      <p className="breadcrumb">
        <Link href="/compare">Compare</Link> / {subject}
      </p>
      <h1>{subject}</h1>
      {reachedThroughMerge ? <p className="small muted">“{asked}” was merged into this subject.</p> : null}
      <p className="lede">
        {totals.claims} claim{totals.claims === 1 ? "" : "s"} from {totals.outlets} outlet{totals.outlets === 1 ? "" : "s"}
        {totals.claims > claims.length ? `; claims ${from + 1}–${shownTo} below, in the order they were recorded` : ""}
        {contradictions > 0 ? `; ${countOf(contradictions, "contradiction")} involving ${totals.claims > claims.length ? "these" : "them"}` : ""}.
      </p>
      {claims.length === 0 ? (
        <EmptyState title={`No claim is compared under “${asked}”`} action={<Link href="/compare">See all subjects</Link>} />
      ) : (
        <>
          {points.length > 0 ? (
            <>
              <FiguresChart points={points} subject={subject} unit={units.length === 1 ? (units[0] ?? null) : null} />
              <p className="small muted">
                {window ? `Drawn from the newest ${window.toLocaleString("en")} claims that give a figure. ` : ""}
                {distinct > figures.length ? `The chart shows the ${figures.length} most reported of ${distinct} distinct figures; each` : "Each"} point is one figure from one outlet and speaker
                on one day, however many claims report it.
              </p>
            </>
          ) : (
            <p className="muted">None of these claims records a figure, so there is nothing to chart.</p>
          )}
          <DataTable label={`Claims on ${subject}`}>
            <caption className="visually-hidden">Claims on {subject}, in the order they were recorded</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Quote</th>
                <th scope="col">Published</th>
                <th scope="col">Outlet</th>
                <th scope="col">Speaker</th>
                <th scope="col">Figure</th>
                <th scope="col">Unit</th>
                <th scope="col">Scope</th>
                <th scope="col">Status</th>
                <th scope="col">Verdict</th>
                <th scope="col">Links</th>
              </tr>
            </thead>
            <tbody>
              <ComparisonRows
                rows={claims.map((claim) => ({
                  id: claim.id,
                  ref: reference.get(claim.id)!,
                  contradicted: contradicted.has(claim.id),
                  quote: claim.quote,
                  publishedAt: claim.article.publishedAt?.toISOString() ?? null,
                  outlet: claim.article.outlet.name,
                  speaker: claim.speaker?.name ?? null,
                  figure: claim.value === null ? null : describeFigure({ ...claim, unit: null }),
                  unit: claim.unit,
                  scope: scopeOf(claim),
                  status: claim.status,
                  statusLabel: STATUS_LABEL[claim.status],
                  verdict: isFinalStatus(claim.status) ? (claim.verdictRationale ?? STATUS_LABEL[claim.status]) : null,
                  links: (linksOf.get(claim.id) ?? []).map((link) => {
                    const otherId = link.fromClaimId === claim.id ? link.toClaimId : link.fromClaimId;
                    return { id: link.id, contradicts: link.kind === "CONTRADICTS", label: linkLabelFor(claim.id, link), otherRef: reference.get(otherId) ?? null, otherId };
                  }),
                }))}
              />
            </tbody>
          </DataTable>
          {nextHref || from > 0 ? (
            <nav className="pager" aria-label="More claims on this subject">
              {from > 0 ? <Link href={compareHref({ key: subjectKey })}>First {COMPARE_PAGE_SIZE}</Link> : null}
              {nextHref ? <Link href={nextHref}>Next {COMPARE_PAGE_SIZE}</Link> : null}
            </nav>
          ) : null}
        </>
      )}
      {canMerge && (totals.claims > 0 || merged.length > 0) ? (
        <div className="subject-tools">
          {totals.claims > 0 ? <MergeSubjectForm key={subjectKey} subjectKey={subjectKey} label={subject} /> : null}
          {merged.length > 0 ? <MergedSubjects subjectKey={subjectKey} merged={merged.map(({ key, label }) => ({ key, label }))} /> : null}
        </div>
      ) : null}
    </section>
  );
}

/** The scope of a figure (nothing for statements, whose scope is not compared). */
function scopeOf(claim: { value: number | null; facts: unknown }): string | null {
  const facts = readStoredFacts(claim.facts);
  if (claim.value === null && facts?.value == null) return null;
  return describeScope(facts);
}
