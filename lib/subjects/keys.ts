import { subjectKeyOfText } from "@/lib/assist/facts";
import { isSubjectKey } from "@/lib/subjects/key-shape";

export { isSubjectKey };

/** The key an editor means: a key as the compare page writes it in links, or a subject as typed. */
export function subjectKeyOfInput(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return isSubjectKey(trimmed) ? trimmed : subjectKeyOfText(trimmed);
}

/** Words for a key when no editor typed a subject for its claims: "q:killed:military" → "military killed". */
export function describeSubjectKey(key: string): string {
  const [kind, first = "", second = ""] = key.split(":");
  if (kind === "q") return `${second === "people" && first === "count" ? "people counted" : `${second} ${first === "count" ? "counted" : first}`}`;
  if (kind === "e") return `${second} ${first}`.trim();
  return key.slice(2);
}
