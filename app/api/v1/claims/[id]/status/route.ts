import { requireApiUser } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, otherMethods, parseOrThrow, readJson } from "@/lib/api/respond";
import { changeClaimStatus } from "@/lib/claims/status";
import { statusChangeSchema } from "@/lib/validation/evidence";

/** Who may make which move is decided by the workflow rules (lib/claims/workflow.ts). */
export const POST = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiUser(request);
  const claimId = await routeId(context, "The claim");
  const input = parseOrThrow(statusChangeSchema, await readJson(request));
  return Response.json(await changeClaimStatus(actor, claimId, input));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
