import { requireApiPermission } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { suggestLinksFor } from "@/lib/suggestions/queries";

/** Candidate links (contradictions, updates, duplicates, support), best first, each with a reason. */
export const GET = apiRoute(async (request, context: IdContext) => {
  await requireApiPermission(request, "article.read");
  const suggestions = await suggestLinksFor(await routeId(context, "The claim"));
  if (!suggestions) throw notFound("The claim");
  return Response.json({ items: suggestions });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
