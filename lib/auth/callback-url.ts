// Where to send a user after sign-in. The value arrives in the login page's query string, so
// anyone can craft it; only paths on this site are followed. Browsers read "/\evil.example" and
// "/<tab>/evil.example" as "//evil.example" (another host), so prefix checks on the raw string are
// not enough: the value is parsed the way a browser would, against a stand-in origin, and kept
// only if it stays on that origin.

const STAND_IN_ORIGIN = "https://claimdesk.invalid";
export const DEFAULT_AFTER_SIGN_IN = "/articles";

/** A same-origin path (with its query and fragment) to go to after sign-in, or the default. */
export function safeCallbackPath(value: string | string[] | null | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/")) return DEFAULT_AFTER_SIGN_IN;
  let parsed: URL;
  try {
    parsed = new URL(value, STAND_IN_ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (parsed.origin !== STAND_IN_ORIGIN) return DEFAULT_AFTER_SIGN_IN;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // The login page itself would only loop.
  return parsed.pathname === "/login" ? DEFAULT_AFTER_SIGN_IN : path;
}
