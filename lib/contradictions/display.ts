// Pure wording of the side-by-side view.

/**
 * A column's title is its outlet. When both claims come from the same outlet that alone would
 * read the same twice, so the speaker (or the column's place, "first claim") tells them apart.
 */
export function sideBySideColumnTitle(side: { outlet: string; speaker: string | null }, heading: string, sameOutlet: boolean): string {
  if (!sameOutlet) return side.outlet;
  return `${side.outlet} · ${side.speaker ?? heading.toLowerCase()}`;
}
