import { apiRoute, parseOrThrow, searchParamsObject } from "@/lib/api/respond";
import { requirePermission } from "@/lib/auth/session";
import { suggestSpeakers, suggestSubjects } from "@/lib/claims/queries";
import { suggestQuerySchema } from "@/lib/validation/suggest";

/**
 * Autocomplete for the subject and speaker inputs of the claims list and the claim form, for the
 * signed-in browser. Pages used to inline every subject and speaker (hundreds of kilobytes of
 * HTML at scale); now the input asks for the few that start with what was typed.
 */
export const GET = apiRoute(async (request, context: { params: Promise<{ field: string }> }) => {
  await requirePermission("article.read");
  const { field, prefix } = parseOrThrow(suggestQuerySchema, { ...searchParamsObject(request), field: (await context.params).field });
  const items = field === "subject" ? await suggestSubjects(prefix) : await suggestSpeakers(prefix);
  return Response.json({ items }, { headers: { "cache-control": "private, max-age=30" } });
});
