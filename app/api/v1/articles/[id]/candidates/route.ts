import { requireApiPermission } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods } from "@/lib/api/respond";
import { listOpenCandidates } from "@/lib/candidates/queries";
import { notFound } from "@/lib/errors";

/** The claims the article probably contains that nobody has marked, accepted or dismissed yet. */
export const GET = apiRoute(async (request, context: IdContext) => {
  await requireApiPermission(request, "article.read");
  const items = await listOpenCandidates(await routeId(context, "The article"));
  if (!items) throw notFound("The article");
  return Response.json({ items });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
