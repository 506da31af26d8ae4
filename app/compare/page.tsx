import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { describeFigure } from "@/lib/claims/describe";
import { STATUS_LABEL } from "@/lib/claims/workflow";
import { chartData } from "@/lib/compare/figures";
import { getSubjectComparison, listComparableSubjects } from "@/lib/compare/queries";
import { formatDate } from "@/lib/format";
import { linkLabelFor } from "@/lib/links/rules";
import { isFinalStatus } from "@/lib/permissions";
import { FiguresChart } from "./figures-chart";

type SearchParams = Promise<{ subject?: string | string[] }>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { subject } = await searchParams;
  return { title: typeof subject === "string" && subject ? `Compare: ${subject}` : "Compare figures" };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("article.read");
  const raw = (await searchParams).subject;
  const subject = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return subject ? <SubjectComparison subject={subject} /> : <SubjectIndex />;
}

async function SubjectIndex() {
  const subjects = await listComparableSubjects();
  return (
    <section>
      <h1>Compare figures</h1>
      <p className="lede">Pick a subject to see every claim about it side by side — who said what, when, and how the figures disagree.</p>
      {subjects.length === 0 ? (
        <div className="empty-state">
          <p>No claim has a subject yet. Give claims a subject when marking them, and claims on the same subject can be compared here.</p>
        </div>
      ) : (
        <table className="data-table">
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
              <th scope="col" className="numeric">
                Contradictions
              </th>
            </tr>
          </thead>
          <tbody>
            {subjects.map((row) => (
              <tr key={row.subject}>
                <td>
                  <Link href={`/compare?${new URLSearchParams({ subject: row.subject })}`}>{row.subject}</Link>
                </td>
                <td className="numeric">{row.claims}</td>
                <td className="numeric">{row.outlets}</td>
                <td className="numeric">{row.contradictions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

async function SubjectComparison({ subject }: { subject: string }) {
  const { claims, links } = await getSubjectComparison(subject);
  const reference = new Map(claims.map((claim, index) => [claim.id, index + 1]));
  const contradicted = new Set(links.filter((link) => link.kind === "CONTRADICTS").flatMap((link) => [link.fromClaimId, link.toClaimId]));
  const series = [...new Set(claims.map((claim) => claim.article.outlet.name))];
  const units = [...new Set(claims.map((claim) => claim.unit).filter((unit): unit is string => Boolean(unit)))];
  const { data, axisMax } = chartData(
    claims.map((claim) => ({
      id: claim.id,
      label: `#${reference.get(claim.id)} ${formatDate(claim.article.publishedAt)}`,
      series: claim.article.outlet.name,
      value: claim.value,
      valueMax: claim.valueMax,
      qualifier: claim.qualifier,
      contradicted: contradicted.has(claim.id),
    })),
  );
  const descriptions = new Map(claims.map((claim) => [claim.id, `${describeFigure(claim)}${claim.speaker ? ` (${claim.speaker.name})` : ""}`]));

  return (
    <section>
      <p className="breadcrumb">
        <Link href="/compare">Compare</Link> / {subject}
      </p>
      <h1>{subject}</h1>
      <p className="lede">
        {claims.length} claim{claims.length === 1 ? "" : "s"} from {series.length} outlet{series.length === 1 ? "" : "s"}
        {contradicted.size ? `; ${links.filter((link) => link.kind === "CONTRADICTS").length} contradiction(s) marked in red.` : "."}
      </p>
      {claims.length === 0 ? (
        <div className="empty-state">
          <p>
            No claim has the subject “{subject}”. <Link href="/compare">See all subjects</Link>.
          </p>
        </div>
      ) : (
        <>
          {data.length > 0 ? (
            <FiguresChart data={data.map((datum) => ({ ...datum, description: descriptions.get(datum.id) ?? "" }))} axisMax={axisMax} series={series} unit={units.length === 1 ? (units[0] ?? null) : null} />
          ) : (
            <p className="muted">None of these claims records a figure, so there is nothing to chart.</p>
          )}
          <table className="data-table">
            <caption className="visually-hidden">Every claim on {subject}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Quote</th>
                <th scope="col">Published</th>
                <th scope="col">Outlet</th>
                <th scope="col">Speaker</th>
                <th scope="col">Figure</th>
                <th scope="col">Unit</th>
                <th scope="col">Status</th>
                <th scope="col">Verdict</th>
                <th scope="col">Links</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => {
                const own = links.filter((link) => link.fromClaimId === claim.id || link.toClaimId === claim.id);
                return (
                  <tr key={claim.id} className={contradicted.has(claim.id) ? "contradicted" : undefined}>
                    <td>#{reference.get(claim.id)}</td>
                    <td className="quote-cell">
                      <Link href={`/claims/${claim.id}`}>{claim.quote}</Link>
                    </td>
                    <td className="nowrap">{formatDate(claim.article.publishedAt)}</td>
                    <td>{claim.article.outlet.name}</td>
                    <td>{claim.speaker?.name ?? "—"}</td>
                    <td className="nowrap">{claim.value === null ? <span className="muted">—</span> : describeFigure({ ...claim, unit: null })}</td>
                    <td>{claim.unit ?? "—"}</td>
                    <td>
                      <span className={`status status-${claim.status.toLowerCase()}`}>{STATUS_LABEL[claim.status]}</span>
                    </td>
                    <td>{isFinalStatus(claim.status) ? (claim.verdictRationale ?? STATUS_LABEL[claim.status]) : "—"}</td>
                    <td>
                      {own.length === 0
                        ? "—"
                        : own.map((link) => {
                            const otherId = link.fromClaimId === claim.id ? link.toClaimId : link.fromClaimId;
                            const otherRef = reference.get(otherId);
                            return (
                              <div key={link.id} className={link.kind === "CONTRADICTS" ? "contra-tag" : "small"}>
                                {linkLabelFor(claim.id, link)} {otherRef ? `#${otherRef}` : <Link href={`/claims/${otherId}`}>another subject</Link>}
                              </div>
                            );
                          })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
