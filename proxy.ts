import { NextResponse, type NextRequest } from "next/server";
import { isCrossOriginAction, securityHeaders } from "@/lib/security/headers";

// Runs before every page, API route and server action (static build files are matched out below
// and get their headers from next.config.js).
export function proxy(request: NextRequest): NextResponse {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders(request.nextUrl.pathname, { nonce, https, development: process.env.NODE_ENV === "development" });

  if (request.method === "POST" && isCrossOriginAction(request.headers)) {
    const refused = NextResponse.json(
      { error: { code: "forbidden", message: "This form was sent from another site; open Claimdesk and submit it there." } },
      { status: 403 },
    );
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }

  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
