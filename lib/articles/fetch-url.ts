import "server-only";
// Fetching an article page on the server when an editor imports by URL. The URL comes from a user,
// so the server must not become a way into its own network (SSRF): every hop's host is resolved
// once and refused when any of its addresses is not public unicast, and the connection is then
// made to exactly those checked addresses (undici with a lookup that answers from them), so a DNS
// server that answers differently the second time (rebinding) cannot slip a private address in.
// Redirects are followed by hand so that each new host is resolved and checked the same way. Time
// and size are capped so one slow or huge page cannot tie up the server.
import type { LookupAddress, LookupOptions } from "node:dns";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import type { DetectedMetadata } from "@/lib/articles/detect";
import { Agent, fetch as undiciFetch, type Response as UndiciResponse } from "undici";
import { extractFromFile } from "@/lib/articles/extract";
import { AppError, badRequest } from "@/lib/errors";
import { readBounded } from "@/lib/http/read-bounded";

export type FetchArticleOptions = {
  /** The whole fetch, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Limit on the (decoded) body, enforced while it streams in. Default 5 MB. */
  maxBytes?: number;
  /** Allow hosts on loopback / private networks. Default: env IMPORT_ALLOW_PRIVATE_HOSTS=true. */
  allowPrivateHosts?: boolean;
  /** Which resolved addresses may be dialled when private hosts are not allowed. Default: isPublicAddress. */
  isAllowedAddress?: (address: string) => boolean;
  /** Name resolution (all addresses of a host). Default: the system resolver. Tests pass their own DNS. */
  resolveHost?: (host: string) => Promise<string[]>;
};

export type FetchedArticle = {
  /** The final URL, after redirects. */
  url: string;
  body: string;
  title: string | null;
  /** Headline, outlet, date, language and author as the page gives them, for the import preview. */
  detected: DetectedMetadata;
  /** The media type without parameters, e.g. "text/html". */
  contentType: string;
};

export const FETCH_DEFAULT_TIMEOUT_MS = 10_000;
export const FETCH_DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_MAX_REDIRECTS = 5;

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const MARKDOWN_TYPES = new Set(["text/markdown", "text/x-markdown"]);
const PLAIN_TYPES = new Set(["text/plain"]);

const REQUEST_HEADERS = {
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1",
  // Some sites refuse requests without a browser-like agent; this one still says who is asking.
  "user-agent": "Mozilla/5.0 (compatible; Claimdesk article importer)",
};

/**
 * Whether an address is public unicast. Everything else is refused: loopback, private,
 * carrier-grade NAT, link-local, unique-local, unspecified, multicast, broadcast, reserved and
 * the IPv6 ranges that embed an IPv4 address (mapped ones are judged by that IPv4 address).
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return false;
  const parsed = ipaddr.process(bare);
  if (parsed.range() !== "unicast") return false;
  // ipaddr.js calls anything in IPv6 it has no name for "unicast", including the deprecated
  // IPv4-compatible form (::127.0.0.1) that some stacks still route to IPv4. Only the global
  // unicast block 2000::/3 is public IPv6.
  return parsed.kind() === "ipv4" || (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");

function seconds(ms: number): string {
  const value = Math.round(ms / 100) / 10;
  return `${value} second${value === 1 ? "" : "s"}`;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

function parseHttpUrl(value: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    throw badRequest(`“${value}” is not a web address. Enter a full address starting with https://.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw badRequest(`${parsed.href} is not a web page address: only http:// and https:// addresses can be imported.`);
  }
  if (parsed.username || parsed.password) {
    throw badRequest(`${parsed.origin} was given with a user name or password; Claimdesk only imports public pages.`);
  }
  return parsed;
}

/** Rejects as soon as the signal aborts, for steps (DNS) that take no signal of their own. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function errorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // fetch() wraps the system error in TypeError("fetch failed") with the real one as its cause.
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function unreachableReason(error: unknown, host: string): string {
  const code = errorCode(error) ?? "";
  if (code === "ENOTFOUND" || code === "EAI_NONAME" || code === "EAI_NODATA") return `no web site answers to the name ${host}`;
  if (code === "EAI_AGAIN") return `the name ${host} could not be looked up just now (DNS); try again in a moment`;
  if (code === "ECONNREFUSED") return "the server refused the connection";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "the server closed the connection";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "the server cannot be reached from here";
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT") return "the connection timed out";
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code)) return "its security certificate is not valid";
  return "the page could not be reached";
}

function statusReason(status: number): string {
  if (status === 404 || status === 410) return `the page was not found (HTTP ${status})`;
  if (status === 401 || status === 403) return `the site refused access (HTTP ${status}); the page may need a sign-in or subscription`;
  if (status === 429) return "the site is limiting requests (HTTP 429); try again later";
  if (status >= 500) return `the site had a server error (HTTP ${status}); try again later`;
  return `the site answered with HTTP ${status}`;
}

async function systemResolve(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
}

/** Resolves a hop's host once; when private hosts are not allowed, every address must pass the check. */
async function checkedAddresses(url: URL, signal: AbortSignal, resolveHost: (host: string) => Promise<string[]>, isAllowed: ((address: string) => boolean) | null): Promise<string[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await abortable(resolveHost(host), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw badRequest(`Could not fetch ${url.href}: ${unreachableReason(error, host)}.`);
  }
  const refused = isAllowed ? addresses.find((address) => !isAllowed(address)) : undefined;
  if (addresses.length === 0 || refused) {
    throw badRequest(
      `Could not fetch ${url.href}: ${host} points to a private or local network address` +
        `${refused ? ` (${refused})` : ""}. Claimdesk only fetches pages on the public internet.`,
    );
  }
  return addresses;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A socket lookup that never asks DNS: it answers from the addresses checked for that host on
 * this hop, and refuses any host that was not checked.
 */
function pinnedLookup(checked: Map<string, string[]>) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const addresses = checked.get(hostname.replace(/^\[|\]$/g, ""));
    if (!addresses || addresses.length === 0) {
      callback(Object.assign(new Error(`${hostname} was not checked before connecting`), { code: "ENOTFOUND" }), []);
      return;
    }
    const entries = addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
    if (options.all) callback(null, entries);
    else callback(null, entries[0]!.address, entries[0]!.family);
  };
}

async function readLimited(response: UndiciResponse, maxBytes: number, where: string): Promise<Uint8Array> {
  const read = await readBounded(response.body, maxBytes, { declaredLength: response.headers.get("content-length") });
  if (!read.ok) throw badRequest(`Could not import ${where}: the page is larger than ${megabytes(maxBytes)}.`);
  return read.bytes;
}

function charsetFromContentType(header: string): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header)?.[1] ?? null;
}

/** HTML often states its encoding only in a <meta> tag near the top. */
function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function decode(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    // An unknown label: UTF-8 is what almost every page actually is.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * Fetches a web page (or a plain-text / Markdown document) and returns its article text, run
 * through the same extraction as uploaded files. Every failure is an AppError("bad_request")
 * whose message names the address and says what went wrong in plain words.
 */
export async function fetchArticleFromUrl(url: string, options: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULT_MAX_BYTES;
  const allowPrivateHosts = options.allowPrivateHosts ?? process.env.IMPORT_ALLOW_PRIVATE_HOSTS === "true";
  const isAllowed = allowPrivateHosts ? null : (options.isAllowedAddress ?? isPublicAddress);
  const resolveHost = options.resolveHost ?? systemResolve;
  const original = parseHttpUrl(url);
  const signal = AbortSignal.timeout(timeoutMs);
  let current = original;
  const where = (): string => (current.href === original.href ? current.href : `${current.href} (redirected from ${original.href})`);

  const checked = new Map<string, string[]>();
  const dispatcher = new Agent({ connect: { lookup: pinnedLookup(checked) } });

  try {
    for (let redirects = 0; ; redirects += 1) {
      checked.clear();
      checked.set(current.hostname.replace(/^\[|\]$/g, ""), await checkedAddresses(current, signal, resolveHost, isAllowed));
      const response = await undiciFetch(current, { redirect: "manual", signal, headers: REQUEST_HEADERS, dispatcher });

      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get("location");
        if (!location) throw badRequest(`Could not fetch ${where()}: it redirects (HTTP ${response.status}) without saying where to.`);
        if (redirects >= FETCH_MAX_REDIRECTS) {
          throw badRequest(`Could not fetch ${original.href}: it redirected more than ${FETCH_MAX_REDIRECTS} times. Open it in a browser and import the address it ends up at.`);
        }
        current = parseHttpUrl(new URL(location, current).href);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw badRequest(`Could not fetch ${where()}: ${statusReason(response.status)}.`);
      }

      const contentTypeHeader = response.headers.get("content-type") ?? "";
      const contentType = (contentTypeHeader.split(";")[0] ?? "").trim().toLowerCase();
      const isHtml = HTML_TYPES.has(contentType);
      const isMarkdown = MARKDOWN_TYPES.has(contentType);
      if (!isHtml && !isMarkdown && !PLAIN_TYPES.has(contentType)) {
        await response.body?.cancel().catch(() => undefined);
        throw badRequest(
          contentType
            ? `Could not import ${where()}: it is ${withArticle(contentType)}, not a web page or text.`
            : `Could not import ${where()}: the site did not say what kind of content it is, so it is not treated as a web page or text.`,
        );
      }

      const bytes = await readLimited(response, maxBytes, where());
      const charset = charsetFromContentType(contentTypeHeader) ?? (isHtml ? charsetFromMeta(bytes) : null);
      const text = decode(bytes, charset);
      // The same rules as uploaded files, so a page and its saved copy give the same body.
      const { body, title, detected } = extractFromFile(isHtml ? "page.html" : isMarkdown ? "page.md" : "page.txt", text, { url: current.href });
      if (!body.trim()) throw badRequest(`Could not import ${where()}: the page has no readable text.`);
      return { url: current.href, body, title, detected, contentType };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted) throw badRequest(`Could not fetch ${where()}: the site did not respond within ${seconds(timeoutMs)}.`);
    throw badRequest(`Could not fetch ${where()}: ${unreachableReason(error, current.hostname)}.`);
  } finally {
    await dispatcher.destroy().catch(() => undefined);
  }
}
