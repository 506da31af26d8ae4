// Pure rules behind the single-key shortcuts of the reader and the claim page, kept apart from
// the DOM so each is unit-tested.

/** What a key press looked like, as far as the shortcut rules care. */
export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; typing: boolean; defaultPrevented: boolean };

/**
 * Whether a key press may act as a shortcut: never while the user types into a field (text there
 * is text), never with Ctrl, Cmd or Alt held (those belong to the browser and the system), and
 * never when something closer to the focus already handled it.
 */
export function isShortcutPress(press: KeyPress): boolean {
  return !press.defaultPrevented && !press.ctrlKey && !press.metaKey && !press.altKey && !press.typing;
}

/** Elements whose key presses are typing or form filling, not commands. */
export const TYPING_SELECTOR = "input, textarea, select, [contenteditable=''], [contenteditable='true'], [contenteditable='plaintext-only'], form, dialog";

export type NavItem = { id: string; start: number; end: number };

/** Claims and candidates in the order they appear in the text (start, then the longer first). */
export function inTextOrder<T extends NavItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

/**
 * The item `step` places from the current one in text order. With no current item (or one that
 * is gone) `j` starts at the first item and `k` at the last; the ends do not wrap around, so
 * holding a key stops at the last claim instead of jumping back to the top.
 */
export function stepInTextOrder<T extends NavItem>(items: readonly T[], currentId: string | null, step: 1 | -1): T | null {
  const ordered = inTextOrder(items);
  if (ordered.length === 0) return null;
  const index = currentId === null ? -1 : ordered.findIndex((item) => item.id === currentId);
  if (index === -1) return (step === 1 ? ordered[0] : ordered[ordered.length - 1]) ?? null;
  return ordered[Math.min(ordered.length - 1, Math.max(0, index + step))] ?? null;
}
