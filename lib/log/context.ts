import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestContext {
  requestId: string;
}

// Kept on globalThis: the server entry (bundled on its own) and Next's server chunks each get their
// own copy of this module, and both must see the store the entry opened for a request.
const STORE_KEY = Symbol.for("claimdesk.requestContext");
const globalStore = globalThis as unknown as { [STORE_KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (globalStore[STORE_KEY] ??= new AsyncLocalStorage<RequestContext>());

/** A caller-supplied id (e.g. from a load balancer) is kept when it looks like an id, never echoed blindly. */
export function requestIdFrom(header: string | string[] | undefined | null): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
