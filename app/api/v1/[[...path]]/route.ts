import { errorResponse } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";

// Every address under /api/v1 that no route claims, including ones a client built from a
// malformed id ("claims/../x"), answers the API's JSON error instead of the site's HTML 404 page.
async function noSuchEndpoint(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(new AppError("not_found", `There is no API endpoint at ${pathname}; see /api/v1/openapi.json.`));
}

export { noSuchEndpoint as GET, noSuchEndpoint as POST, noSuchEndpoint as PUT, noSuchEndpoint as PATCH, noSuchEndpoint as DELETE };
