import { requireApiPermission } from "@/lib/api/auth";
import { routeId, type IdContext } from "@/lib/api/params";
import { apiRoute, parseOrThrow, readJson, otherMethods } from "@/lib/api/respond";
import { acceptCandidate } from "@/lib/candidates/mutations";
import { claimJson } from "@/lib/claims/serialize";
import { candidateSpanSchema } from "@/lib/validation/candidates";

/** Marks the candidate at { start, end } as a draft claim with its pre-filled fields. */
export const POST = apiRoute(async (request, context: IdContext) => {
  const actor = await requireApiPermission(request, "claim.create");
  const articleId = await routeId(context, "The article");
  const span = parseOrThrow(candidateSpanSchema, await readJson(request));
  return Response.json(claimJson(await acceptCandidate(actor, articleId, span)), { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
