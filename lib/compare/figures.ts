import type { Qualifier } from "@/lib/generated/prisma/enums";

// How a reported figure is drawn, honestly: "at least 93" is not the point 93 but everything from
// 93 up; "as many as 40" is everything up to 40; "4–5" is the span between; "about 300" is a point
// marked as approximate. Pure, so each rule is unit-tested.

export type FigureShape =
  | { kind: "point"; value: number; approximate: boolean }
  | { kind: "range"; low: number; high: number }
  | { kind: "open-up"; from: number; strict: boolean }
  | { kind: "open-down"; to: number; strict: boolean };

export function figureShape(claim: { value: number | null; valueMax: number | null; qualifier: Qualifier | null }): FigureShape | null {
  if (claim.value === null) return null;
  if (claim.valueMax !== null && claim.valueMax > claim.value) return { kind: "range", low: claim.value, high: claim.valueMax };
  switch (claim.qualifier) {
    case "AT_LEAST":
      return { kind: "open-up", from: claim.value, strict: false };
    case "MORE_THAN":
      return { kind: "open-up", from: claim.value, strict: true };
    case "UP_TO":
    case "AS_MANY_AS":
      return { kind: "open-down", to: claim.value, strict: false };
    case "FEWER_THAN":
      return { kind: "open-down", to: claim.value, strict: true };
    case "ABOUT":
    case "NEARLY":
    case "SOME":
      return { kind: "point", value: claim.value, approximate: true };
    default:
      return { kind: "point", value: claim.value, approximate: false };
  }
}

export type ChartDatum = {
  id: string;
  label: string;
  series: string;
  /** [low, high] of the drawn bar, or null for a point. */
  span: [number, number] | null;
  /** The reported number itself, drawn as a marker. */
  value: number;
  shape: FigureShape["kind"];
  approximate: boolean;
  contradicted: boolean;
};

/**
 * Chart rows for a subject's claims. Open-ended bars run to the top (or bottom) of the axis so they
 * read as "and beyond"; the axis top is a little above the largest reported number.
 */
export function chartData(
  claims: { id: string; label: string; series: string; value: number | null; valueMax: number | null; qualifier: Qualifier | null; contradicted: boolean }[],
): { data: ChartDatum[]; axisMax: number } {
  const shaped = claims.flatMap((claim) => {
    const shape = figureShape(claim);
    return shape ? [{ claim, shape }] : [];
  });
  const largest = Math.max(0, ...shaped.map(({ shape }) => (shape.kind === "range" ? shape.high : shape.kind === "open-up" ? shape.from : shape.kind === "open-down" ? shape.to : shape.value)));
  const axisMax = niceCeiling(largest * 1.25);
  const data = shaped.map(({ claim, shape }): ChartDatum => {
    const base = { id: claim.id, label: claim.label, series: claim.series, shape: shape.kind, contradicted: claim.contradicted };
    switch (shape.kind) {
      case "range":
        return { ...base, span: [shape.low, shape.high], value: shape.low, approximate: false };
      case "open-up":
        return { ...base, span: [shape.from, axisMax], value: shape.from, approximate: false };
      case "open-down":
        return { ...base, span: [0, shape.to], value: shape.to, approximate: false };
      case "point":
        return { ...base, span: null, value: shape.value, approximate: shape.approximate };
    }
  });
  return { data, axisMax };
}

/** 1, 2 or 5 times a power of ten at or above the value, so axis ticks are round numbers. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 10;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
