// Security headers for every response: pages get a Content Security Policy with a fresh nonce per
// request (Next adds it to its own scripts when it finds it in the request's CSP header), the API
// a policy that allows nothing at all, since it never serves anything a browser should run.

export type SecurityHeaderOptions = { nonce: string; https: boolean; development: boolean };

export function pageContentSecurityPolicy({ nonce, https, development }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-bearing bootstrap load the app's chunks; dev mode's fast
    // refresh evaluates code, which production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (the chart, the highlight shading); they cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers that do not depend on the request; next.config.js also sends them with static files. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
};

export const HSTS = "max-age=31536000; includeSubDomains";

export function securityHeaders(pathname: string, options: SecurityHeaderOptions): Record<string, string> {
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  return {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": isApi ? API_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/**
 * Whether a server action request comes from another site. Next refuses those itself, but with a
 * 500; answering here gives the 403 it is. Same rule as Next's: the Origin's host must be the
 * host the request was sent to (as the nearest proxy reports it, else the Host header).
 */
export function isCrossOriginAction(headers: Headers): boolean {
  if (!headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim();
  return originHost.toLowerCase() !== host.toLowerCase();
}
