import { requireApiUser } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods } from "@/lib/api/respond";
import { publishClaim, unpublishClaim } from "@/lib/claims/publish";

/** Publishing needs a verdict and a reviewer or admin; lib/claims/publish.ts checks both. */
export const POST = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiUser(request);
  return Response.json(await publishClaim(actor, await routeId(context, "The claim")));
});

export const DELETE = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiUser(request);
  return Response.json(await unpublishClaim(actor, await routeId(context, "The claim")));
});

export const { GET, PUT, PATCH } = otherMethods("POST", "DELETE");
