import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute, otherMethods, parseOrThrow, readJson, searchParamsObject } from "@/lib/api/respond";
import { createClaim } from "@/lib/claims/mutations";
import { listClaims } from "@/lib/claims/queries";
import { claimJson } from "@/lib/claims/serialize";
import { createClaimSchema, listClaimsQuerySchema } from "@/lib/validation/claims";

export const GET = apiRoute(async (request) => {
  await requireApiPermission(request, "article.read");
  const query = parseOrThrow(listClaimsQuerySchema, searchParamsObject(request));
  const page = await listClaims(query);
  return Response.json({ items: page.items.map(claimJson), nextCursor: page.nextCursor });
});

export const POST = apiRoute(async (request) => {
  const actor = await requireApiPermission(request, "claim.create");
  const input = parseOrThrow(createClaimSchema, await readJson(request));
  const claim = await createClaim(actor, input);
  return Response.json(claimJson(claim), { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
