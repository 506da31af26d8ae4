import { requireApiPermission } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods } from "@/lib/api/respond";
import { deleteLink } from "@/lib/links/mutations";

export const DELETE = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiPermission(request, "claim.create");
  await deleteLink(actor, await routeId(context, "The link"));
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = otherMethods("DELETE");
