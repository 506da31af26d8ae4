import { requireApiPermission } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods, parseOrThrow, readJson } from "@/lib/api/respond";
import { removeSource, updateSource } from "@/lib/sources/mutations";
import { sourceSchema } from "@/lib/validation/evidence";

export const PATCH = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiPermission(request, "claim.create");
  const id = await routeId(context, "The source");
  const input = parseOrThrow(sourceSchema, await readJson(request));
  return Response.json(await updateSource(actor, id, input));
});

export const DELETE = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiPermission(request, "claim.create");
  await removeSource(actor, await routeId(context, "The source"));
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT } = otherMethods("PATCH", "DELETE");
