// One typed error for the whole app: route handlers turn it into the API's error body, server
// actions into form messages. Prisma errors are mapped by their documented codes, never by text.

export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "quote_mismatch"
  | "evidence_required"
  | "method_not_allowed"
  | "payload_too_large"
  | "rate_limited"
  | "internal"
  | "unavailable";

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  quote_mismatch: 422,
  evidence_required: 422,
  method_not_allowed: 405,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;

  constructor(code: ErrorCode, message: string, fields?: FieldErrors) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }

  toBody(): { error: { code: ErrorCode; message: string; fields?: FieldErrors } } {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const badRequest = (message: string, fields?: FieldErrors) => new AppError("bad_request", message, fields);
export const unauthenticated = (message = "Sign in or send a valid API token.") => new AppError("unauthenticated", message);
export const forbidden = (message = "Your role does not allow this.") => new AppError("forbidden", message);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const conflict = (message: string) => new AppError("conflict", message);
export const unavailable = () => new AppError("unavailable", "The database cannot be reached just now; nothing was changed. Try again in a few seconds.");

/** Seconds a client should wait before retrying a 503; the database is usually back within this. */
export const RETRY_AFTER_SECONDS = 5;

type PrismaLikeError = { code: string; meta?: Record<string, unknown> };

// Prisma's codes for "cannot reach / lost / timed out waiting for the database", and the driver
// adapter's kinds for the same, which is all adapter-pg reports for a refused or dropped socket.
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// Node's socket errors and PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (the
// server is shutting down or starting up), as the pg driver reports them when they are not wrapped.
const UNREACHABLE_SYSTEM_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|08\w{3}|57P0[1-3])$/;

/** Whether an error means "the database is not there right now" rather than "this request is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, kind, meta, cause, message } = current as { code?: unknown; kind?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown; message?: unknown };
    if (typeof code === "string" && (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SYSTEM_CODES.test(code))) return true;
    if (typeof kind === "string" && UNREACHABLE_ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && /^Connection terminated( unexpectedly| due to connection timeout)?$/.test(message)) return true;
    current = meta?.driverAdapterError ?? cause;
  }
  return false;
}

function isPrismaKnownError(error: unknown): error is PrismaLikeError {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof (error as { code: unknown }).code === "string" &&
    /^P\d{4}$/.test((error as { code: string }).code)
  );
}

/** A unique index refused the write (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return isPrismaKnownError(error) && error.code === "P2002";
}

/** Turns anything thrown into an AppError; unknown errors become "internal" without leaking details. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return unavailable();
  if (isPrismaKnownError(error)) {
    switch (error.code) {
      case "P2002":
        return conflict("A record with the same unique value already exists.");
      case "P2025":
        return new AppError("not_found", "The record was not found.");
      case "P2003":
        return badRequest("A referenced record does not exist.");
      case "P2034":
        return conflict("The change collided with a concurrent change; try again.");
    }
  }
  return new AppError("internal", "Something went wrong on the server.");
}

/** Next's redirect()/notFound()/forbidden() work by throwing; they must pass through our error handling untouched. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : "";
  return digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND";
}
