import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Shows the server's field messages (same zod schema, so the same field names) next to the inputs. */
export function applyServerErrors<Values extends FieldValues>(fields: Record<string, string[]> | undefined, setError: UseFormSetError<Values>): void {
  if (!fields) return;
  for (const [name, messages] of Object.entries(fields)) {
    if (messages[0]) setError(name as Path<Values>, { type: "server", message: messages[0] });
  }
}
