import { isIP } from "node:net";

// Which address a request came from, for the login throttle. X-Forwarded-For is written by every
// proxy on the way, but its left part is whatever the client sent, so it is trusted only as far as
// the operator says proxies of their own add to it (TRUST_PROXY_HOPS). Without that setting the
// header is ignored: Next fills it from the socket only when the client did not send one, so its
// value cannot be told apart from a forged one.

export function trustedProxyHops(value = process.env.TRUST_PROXY_HOPS): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client address as seen by the outermost of `hops` trusted proxies: the entry that proxy
 * appended, counting from the right. null when no proxy is trusted or the header is too short.
 */
export function clientIp(forwardedFor: string | null | undefined, hops = trustedProxyHops()): string | null {
  if (hops === 0 || !forwardedFor) return null;
  const entries = forwardedFor.split(",").map((entry) => entry.trim());
  const candidate = entries[entries.length - hops];
  if (!candidate) return null;
  const bare = candidate.replace(/^\[(.*)\](:\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  return isIP(bare) ? bare : null;
}
