import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "@/lib/pagination/cursor";

// Server-only half of the pagination module: cursor.ts stays free of the database client because
// the validators (and through them the browser's forms) import it.

/**
 * SQL for "rows after this cursor": the row-value comparison `(key, id) < ($1, $2)` (or `>` going
 * forward). PostgreSQL reads it as a single range of a (key, id) index, so every page (and every
 * export batch) starts where the last one ended. The expanded form `key < $1 OR (key = $1 AND
 * id < $2)` means the same but is not an index range: each page would walk the index from its
 * start, which makes deep pages and exports quadratic.
 */
export function afterKeySql(key: Prisma.Sql, id: Prisma.Sql, direction: "asc" | "desc", cursor: Cursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  return direction === "desc"
    ? Prisma.sql`(${key}, ${id}) < (${cursor.createdAt}::timestamp, ${cursor.id}::uuid)`
    : Prisma.sql`(${key}, ${id}) > (${cursor.createdAt}::timestamp, ${cursor.id}::uuid)`;
}
