import { zodFieldErrors } from "@/lib/api/respond";
import { isNextControlFlow, toAppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import type { z } from "zod";
import { logger } from "@/lib/log/logger";

/** What every server action returns to its form: failures are values, never thrown across the boundary. */
export type ActionResult<Data = void> =
  | { ok: true; data: Data; message?: string }
  | { ok: false; message: string; fields?: FieldErrors; code?: ErrorCode };

export function invalidInput(error: z.ZodError): ActionResult<never> {
  return { ok: false, message: "Some fields are missing or invalid.", fields: zodFieldErrors(error) };
}

/**
 * Runs the mutation and turns known failures into a message for the form. Next's own control-flow
 * errors (redirect, forbidden) must keep propagating, so they are re-thrown.
 */
export async function runAction<Data>(work: () => Promise<Data>, successMessage?: string): Promise<ActionResult<Data>> {
  try {
    const data = await work();
    return { ok: true, data, message: successMessage };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const appError = toAppError(error);
    if (appError.code === "internal") logger().error({ err: error }, "server action failed");
    return { ok: false, message: appError.message, fields: appError.fields, code: appError.code };
  }
}
