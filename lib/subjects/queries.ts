import { db } from "@/lib/db";
import { applySubjectMerges } from "@/lib/subjects/mutations";
import { describeSubjectKey, subjectKeyOfInput } from "@/lib/subjects/keys";

/** The compared key for what an editor typed or a link carried, with editors' merges applied. */
export async function resolveSubjectKey(input: string): Promise<string | null> {
  const key = subjectKeyOfInput(input);
  if (!key) return null;
  return (await applySubjectMerges(db, [key])).get(key) ?? key;
}

/** Claims and outlets counted under a key, and the label it is shown with. */
export async function getSubjectSummary(key: string): Promise<{ key: string; label: string; claims: number; outlets: number }> {
  const stat = await db.subjectStat.findUnique({ where: { key }, select: { subject: true, claims: true, outlets: true } });
  return { key, label: stat?.subject ?? describeSubjectKey(key), claims: stat?.claims ?? 0, outlets: stat?.outlets ?? 0 };
}

const MERGED_LIST_LIMIT = 50;

/** Subjects editors merged into `key`, newest first, each of which can be split off again. */
export async function listSubjectsMergedInto(key: string): Promise<{ key: string; label: string; mergedAt: Date }[]> {
  const merges = await db.subjectMerge.findMany({ where: { toKey: key }, orderBy: { createdAt: "desc" }, take: MERGED_LIST_LIMIT, select: { fromKey: true, createdAt: true } });
  if (merges.length === 0) return [];
  const stats = await db.subjectStat.findMany({ where: { key: { in: merges.map((merge) => merge.fromKey) } }, select: { key: true, subject: true } });
  const labels = new Map(stats.map((stat) => [stat.key, stat.subject]));
  return merges.map((merge) => ({ key: merge.fromKey, label: labels.get(merge.fromKey) ?? describeSubjectKey(merge.fromKey), mergedAt: merge.createdAt }));
}
