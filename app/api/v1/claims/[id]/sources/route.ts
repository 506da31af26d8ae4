import { requireApiPermission } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods, parseOrThrow, readJson } from "@/lib/api/respond";
import { addSource } from "@/lib/sources/mutations";
import { sourceSchema } from "@/lib/validation/evidence";

export const POST = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiPermission(request, "claim.create");
  const claimId = await routeId(context, "The claim");
  const input = parseOrThrow(sourceSchema, await readJson(request));
  return Response.json(await addSource(actor, claimId, input), { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
