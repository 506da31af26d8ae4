/**
 * Subject keys: "q:<measure>:<counted>" for figures, optionally narrowed by a local place an editor
 * typed ("q:killed:people@tessel"); "e:<event>:<actor>" for statements; "s:<words>" for other typed
 * subjects. Claims are matched within one base key; the place only separates compare groups.
 */

/** A key without its place: "q:killed:people@tessel" → "q:killed:people". */
export function baseSubjectKey(key: string): string {
  const at = key.indexOf("@");
  return at === -1 ? key : key.slice(0, at);
}

/**
 * The keys whose claims may relate to a claim keyed `key` with the local place `place`: its own,
 * its base (claims marked by quote alone), and its base narrowed to that place (typed subjects).
 */
export function relatedSubjectKeys(key: string, place: string | null): string[] {
  const base = baseSubjectKey(key);
  return [...new Set([key, base, ...(place ? [`${base}@${place.toLowerCase()}`] : [])])];
}
