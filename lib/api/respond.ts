import { AppError, badRequest, isNextControlFlow, RETRY_AFTER_SECONDS, toAppError, type FieldErrors } from "@/lib/errors";
import { ARTICLE_BODY_MAX_CHARS } from "@/lib/validation/articles";
import type { z } from "zod";
import { logger } from "@/lib/log/logger";
import { readBounded } from "@/lib/http/read-bounded";

/**
 * The largest JSON body /api/v1 reads. The biggest legitimate request is an article import: at
 * most 1,000,000 UTF-16 code units, which is at most 3 MB of UTF-8 (3 bytes per code unit is the
 * worst case), plus its metadata; 1 MB on top leaves room for that and for JSON escaping.
 */
export const MAX_JSON_BODY_BYTES = ARTICLE_BODY_MAX_CHARS * 3 + 1024 * 1024;

export function errorResponse(error: AppError, headers: HeadersInit = {}): Response {
  const extra = new Headers(headers);
  if (error.code === "unavailable") extra.set("retry-after", String(RETRY_AFTER_SECONDS));
  return Response.json(error.toBody(), { status: error.status, headers: extra });
}

/** Wraps a route handler so every failure leaves as the API's error body with the right status. */
export function apiRoute<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      // redirect()/forbidden() from a session check must reach Next, not become a JSON error.
      if (isNextControlFlow(error)) throw error;
      const appError = toAppError(error);
      if (appError.code === "internal") logger().error({ err: error }, "API request failed");
      return errorResponse(appError);
    }
  };
}

const ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof ALL_METHODS)[number];
type Handler = (request: Request) => Promise<Response>;

/**
 * Handlers for the methods a route does not support, so they answer the API's JSON error with
 * `Allow` instead of Next's empty 405. Spread into the route's exports:
 * `export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");`
 */
export function otherMethods<Supported extends Method>(...supported: Supported[]): Record<Exclude<Method, Supported>, Handler> {
  const allow = [...supported, ...(supported.includes("GET" as Supported) ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse: Handler = async (request) =>
    errorResponse(new AppError("method_not_allowed", `${request.method} is not supported here; use ${supported.join(" or ")}.`), { allow });
  const unsupported = ALL_METHODS.filter((method) => !(supported as Method[]).includes(method));
  return Object.fromEntries(unsupported.map((method) => [method, refuse])) as Record<Exclude<Method, Supported>, Handler>;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses with the shared zod schema; a failure becomes a 400 naming every bad field. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badRequest("Some fields are missing or invalid.", zodFieldErrors(parsed.error));
  return parsed.data;
}

export function searchParamsObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

function tooLarge(limit: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.floor(limit / (1024 * 1024))} MB.`);
}

/**
 * The request body, read up to `limit` bytes: a declared Content-Length over the limit is refused
 * before anything is read, and an undeclared (chunked) body is cut off as soon as it passes it.
 */
async function readLimitedText(request: Request, limit: number): Promise<string> {
  const read = await readBounded(request.body, limit, { declaredLength: request.headers.get("content-length") });
  if (!read.ok) throw tooLarge(limit);
  return Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8");
}

/** The request body as JSON; malformed JSON is a 400 and an oversized body a 413, never a 500. */
export async function readJson(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const text = await readLimitedText(request, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("The request body must be valid JSON.");
  }
}
