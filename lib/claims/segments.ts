// Splits an article body into runs of text covered by the same set of claims, so overlapping and
// nested claims can be drawn as flat, non-overlapping highlights (HTML marks cannot overlap).

export type SpanLike = { id: string; start: number; end: number };

export type Segment = {
  start: number;
  end: number;
  /** Claims covering this run, innermost (shortest) first. */
  claimIds: string[];
};

export function segmentBody(length: number, claims: readonly SpanLike[]): Segment[] {
  const valid = claims.filter((claim) => claim.start >= 0 && claim.end <= length && claim.start < claim.end);
  const cuts = new Set<number>([0, length]);
  for (const claim of valid) {
    cuts.add(claim.start);
    cuts.add(claim.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byLength = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start));
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    if (start === end) continue;
    const claimIds = byLength.filter((claim) => claim.start <= start && claim.end >= end).map((claim) => claim.id);
    segments.push({ start, end, claimIds });
  }
  return segments;
}
