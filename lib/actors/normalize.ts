/**
 * The form of an actor's name used for matching aliases: "Tomáš Vereczký", "tomas vereczky" and
 * "Tomas  Vereczky." all meet at "tomas vereczky". ActorAlias.normalized is unique on this form.
 */
export function normalizeAlias(alias: string): string {
  return (
    alias
      // NFKD splits accented letters into base + combining mark and folds compatibility forms
      // (ligatures, full-width letters, non-breaking spaces) into their plain equivalents.
      .normalize("NFKD")
      .toLowerCase()
      .replace(/\p{M}+/gu, "")
      // Dashes and slashes separate words ("al-Nour", "Health/Interior"), so they become spaces;
      // other punctuation ("T. Vereczky", "Marenia’s", "(SLF)") simply disappears.
      .replace(/[\p{Pd}/\\]+/gu, " ")
      .replace(/[\p{P}\p{S}]+/gu, "")
      .replace(/\s+/gu, " ")
      .trim()
  );
}
