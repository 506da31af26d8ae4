import { z } from "zod";
import { isWithinDateRange } from "@/lib/validation/fields";

// Keyset pagination over (createdAt, id), newest first. The cursor is opaque to clients: base64url
// JSON of the last row's sort key. OFFSET is never used, so deep pages cost the same as the first.

const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });
export type Cursor = { createdAt: Date; id: string };

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ createdAt: row.createdAt.toISOString(), id: row.id }), "utf8").toString("base64url");
}

/** Returns null for a malformed cursor so callers can answer 400 instead of crashing. */
export function decodeCursor(value: string): Cursor | null {
  try {
    // Malformed base64, JSON or fields all throw, and all mean "not a cursor we issued".
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    const createdAt = new Date(parsed.createdAt);
    // A hand-made cursor can carry a date PostgreSQL cannot compare against (year 0).
    return isWithinDateRange(createdAt) ? { createdAt, id: parsed.id } : null;
  } catch {
    return null;
  }
}

/** Prisma `where` fragment for "rows after this cursor" in (createdAt desc, id desc) order, for small tables. */
export function afterCursor(cursor: Cursor | null) {
  if (!cursor) return {};
  return {
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  };
}

export const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Fetch limit + 1 rows; this trims the extra one and says whether another page exists. */
export function pageOf<Row extends { createdAt: Date; id: string }>(rows: Row[], limit: number): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

export const pageLimitSchema = z.coerce.number().int().min(1).max(200).default(50);
export const cursorParamSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const cursor = decodeCursor(value);
    if (!cursor) {
      context.addIssue({ code: "custom", message: "The cursor is not one this API issued." });
      return z.NEVER;
    }
    return cursor;
  });
