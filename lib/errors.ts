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
  | "rate_limited"
  | "internal";

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  quote_mismatch: 422,
  evidence_required: 422,
  rate_limited: 429,
  internal: 500,
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

type PrismaLikeError = { code: string; meta?: Record<string, unknown> };

function isPrismaKnownError(error: unknown): error is PrismaLikeError {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof (error as { code: unknown }).code === "string" &&
    /^P\d{4}$/.test((error as { code: string }).code)
  );
}

/** Turns anything thrown into an AppError; unknown errors become "internal" without leaking details. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
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
