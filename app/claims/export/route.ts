import { requirePermission } from "@/lib/auth/session";
import { apiRoute, parseOrThrow, searchParamsObject } from "@/lib/api/respond";
import { exportResponse } from "@/lib/export/stream";
import { exportQuerySchema } from "@/lib/validation/export";

/**
 * The export behind the claims list's Download button: the same stream as GET /api/v1/export, but
 * authenticated by the browser session (a signed-out visitor is sent to the login page).
 */
export const GET = apiRoute(async (request) => {
  await requirePermission("export");
  return exportResponse(parseOrThrow(exportQuerySchema, searchParamsObject(request)), { signal: request.signal });
});
