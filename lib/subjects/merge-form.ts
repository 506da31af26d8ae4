import { badRequest } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { mergeSubjects } from "@/lib/subjects/mutations";
import { getSubjectSummary, resolveSubjectKey } from "@/lib/subjects/queries";
import type { MergeSubjectFormInput } from "@/lib/validation/subjects";

/**
 * Merges the subject `from` into the subject the editor named. The target must already have
 * claims: merging into a subject nobody has reported is almost always a typing slip.
 */
export async function mergeSubjectByName(actor: Actor, input: MergeSubjectFormInput): Promise<{ to: string; moved: number }> {
  const to = await resolveSubjectKey(input.into);
  if (!to) throw badRequest("Type the subject to merge into.", { into: ["Type the subject to merge into."] });
  if (to === input.from) throw badRequest("That is this subject already.", { into: ["Choose a different subject."] });
  const target = await getSubjectSummary(to);
  if (target.claims === 0) throw badRequest(`No claims are compared under “${input.into}”.`, { into: ["Pick a subject from the suggestions: it must already have claims."] });
  return mergeSubjects(actor, { from: input.from, to });
}
