import { badRequest, isNextControlFlow, toAppError, type FieldErrors } from "@/lib/errors";
import type { z } from "zod";
import { logger } from "@/lib/log/logger";

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
      return Response.json(appError.toBody(), { status: appError.status });
    }
  };
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

/** The request body as JSON; malformed JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw badRequest("The request body must be valid JSON.");
  }
}
