// Where the server listens. With the demo accounts loaded (a published password, an admin among
// them) the default is loopback only; HOST opts in to other interfaces, with a warning.

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|localhost)$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

export interface ListenAddress {
  host: string;
  /** The published demo password would be accepted from other machines. */
  demoReachable: boolean;
}

export function listenAddress(env: Readonly<Record<string, string | undefined>>, options: { demoData: boolean }): ListenAddress {
  const explicit = env.HOST?.trim();
  const host = explicit || (options.demoData ? "127.0.0.1" : "0.0.0.0");
  return { host, demoReachable: options.demoData && !isLoopbackHost(host) };
}

export function demoDataEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.CLAIMDESK_DEMO_DATA === "true";
}

export const DEMO_REACHABLE_WARNING =
  "The demo accounts and their published password are reachable from other machines (HOST is not a loopback address). " +
  "Anyone who can reach this server can sign in as the demo admin. Use this only on a trusted network, or unset HOST.";
