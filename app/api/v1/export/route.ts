import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute, otherMethods, parseOrThrow, searchParamsObject } from "@/lib/api/respond";
import { exportResponse } from "@/lib/export/stream";
import { exportQuerySchema } from "@/lib/validation/export";

/** Streams the matching claims as CSV, JSON or ClaimReview JSON-LD; see lib/export/stream.ts. */
export const GET = apiRoute(async (request) => {
  await requireApiPermission(request, "export");
  const query = parseOrThrow(exportQuerySchema, searchParamsObject(request));
  return exportResponse(query, { signal: request.signal });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
