import { requireApiUser } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods } from "@/lib/api/respond";
import { reviewLink } from "@/lib/links/mutations";

/** A reviewer lets a verdict stand against a contradiction linked after it. */
export const POST = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiUser(request);
  const link = await reviewLink(actor, await routeId(context, "The link"));
  return Response.json({ id: link.id, reviewedAt: link.reviewedAt.toISOString() });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
