// The shape of a subject key, apart from the code that derives keys (lib/assist/facts), so that
// input schemas (which forms load in the browser) can check it without pulling in the fact reader.

/** Keys are "q:<measure>:<counted>" (figures), "e:<event>:<actor>" (statements) or "s:<words>" (typed subjects). */
const KEY_SHAPE = /^[qes]:\S/u;

export function isSubjectKey(text: string): boolean {
  return KEY_SHAPE.test(text);
}
