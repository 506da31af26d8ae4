import { buildOpenApiDocument } from "@/lib/api/openapi";
import { otherMethods } from "@/lib/api/respond";

// Rendered once at build time: the document depends only on code, never on the request or the data.
export const dynamic = "force-static";

// No bearer token here, unlike the rest of /api/v1: this is documentation of the contract, holds no
// data, and client generators and doc viewers need it before anyone has issued them a token.
export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
