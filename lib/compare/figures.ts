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
  /** [low, high] of the drawn bar, or null for a point. */
  span: [number, number] | null;
  /** The reported number itself, drawn as a marker. */
  value: number;
  shape: FigureShape["kind"];
  approximate: boolean;
  contradicted: boolean;
};

export type Scale = "linear" | "log";
export type Axis = { min: number; max: number; ticks: number[] };

/**
 * Chart rows for a subject's figures, and the value axis they are drawn on. Open-ended bars run to
 * the top (or bottom) of the axis so they read as "and beyond"; the axis top is a round number a
 * little above the largest reported figure. On a log scale nothing reaches zero, so "as many as"
 * bars run down to the axis floor.
 */
export function chartData(
  claims: readonly { id: string; value: number | null; valueMax: number | null; qualifier: Qualifier | null; contradicted: boolean }[],
  scale: Scale = "linear",
): { data: ChartDatum[]; axisMax: number; axis: Axis } {
  const shaped = claims.flatMap((claim) => {
    const shape = figureShape(claim);
    return shape ? [{ claim, shape }] : [];
  });
  const reported = shaped.flatMap(({ shape }) => (shape.kind === "range" ? [shape.low, shape.high] : shape.kind === "open-up" ? [shape.from] : shape.kind === "open-down" ? [shape.to] : [shape.value]));
  const axis = scale === "log" ? logAxis(reported) : linearAxis(Math.max(0, ...reported) * 1.25);
  const data = shaped.map(({ claim, shape }): ChartDatum => {
    const base = { id: claim.id, shape: shape.kind, contradicted: claim.contradicted };
    switch (shape.kind) {
      case "range":
        return { ...base, span: [shape.low, shape.high], value: shape.low, approximate: false };
      case "open-up":
        return { ...base, span: [shape.from, axis.max], value: shape.from, approximate: false };
      case "open-down":
        return { ...base, span: [axis.min, shape.to], value: shape.to, approximate: false };
      case "point":
        return { ...base, span: null, value: shape.value, approximate: shape.approximate };
    }
  });
  return { data, axisMax: axis.max, axis };
}

/** 1, 2 or 5 times a power of ten at or above the value, so axis ticks are round numbers. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 10;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * A linear axis from 0 with round, evenly spaced ticks (0, 100k, 200k, …): the step is 1, 2 or 5
 * times a power of ten, chosen so there are at most `most` steps, and the top is the first tick at
 * or above `top`.
 */
export function linearAxis(top: number, most = 5): Axis {
  const step = niceCeiling(Math.max(top, 1) / most);
  const max = Math.max(step, Math.ceil(top / step - 1e-9) * step);
  const ticks: number[] = [];
  // Counting steps (not adding floats) keeps 0.1-steps from drifting to 0.30000000000000004.
  for (let index = 0; index * step <= max + step / 1e6; index++) ticks.push(Number((index * step).toPrecision(12)));
  return { min: 0, max, ticks };
}

/** A log axis from the power of ten at or below the smallest figure to the one above the largest. */
export function logAxis(values: readonly number[]): Axis {
  const positive = values.filter((value) => value > 0);
  const low = positive.length ? Math.min(...positive) : 1;
  const high = positive.length ? Math.max(...positive) : 10;
  const from = Math.floor(Math.log10(low));
  const to = Math.max(from + 1, Math.ceil(Math.log10(high * 1.25)));
  const ticks: number[] = [];
  for (let power = from; power <= to; power++) ticks.push(Number((10 ** power).toPrecision(12)));
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, ticks };
}

/**
 * A log scale is offered only when the figures span at least two orders of magnitude (the largest
 * is 100 times the smallest); below that a linear axis shows the differences honestly and a log
 * axis would only flatten them. Zero and negative figures cannot be drawn on a log axis.
 */
export function offersLogScale(values: readonly number[]): boolean {
  if (values.some((value) => value <= 0)) return false;
  if (values.length < 2) return false;
  return Math.max(...values) / Math.min(...values) >= 100;
}

export type DateBasis = "published" | "occurred";

/**
 * Where a figure sits on the time axis. By publication (the default) the chart shows how the
 * reporting moved: a toll given on 9 May and revised on 13 May sits at both dates. By the date the
 * figure refers to, a toll "as of 1 March" sits at 1 March whenever it was published. Either way a
 * figure without that date falls back to the other one; with neither it goes in the undated lane.
 */
export function figureDate(figure: { occurredAt: Date | string | null; publishedAt: Date | string | null }, basis: DateBasis = "published"): { at: number; basis: DateBasis } | null {
  const order: DateBasis[] = basis === "published" ? ["published", "occurred"] : ["occurred", "published"];
  for (const kind of order) {
    const value = kind === "published" ? figure.publishedAt : figure.occurredAt;
    if (value !== null) return { at: new Date(value).getTime(), basis: kind };
  }
  return null;
}

/** Splits figures into those placed on the time axis (in date order) and those in the "no date" lane (in their order). */
export function timeLanes<T extends { occurredAt: Date | string | null; publishedAt: Date | string | null }>(
  figures: readonly T[],
  basis: DateBasis = "published",
): { dated: (T & { at: number; basis: DateBasis })[]; undated: T[] } {
  const dated: (T & { at: number; basis: DateBasis })[] = [];
  const undated: T[] = [];
  for (const figure of figures) {
    const date = figureDate(figure, basis);
    if (date) dated.push({ ...figure, ...date });
    else undated.push(figure);
  }
  dated.sort((a, b) => a.at - b.at);
  return { dated, undated };
}

export type TimeUnit = "day" | "month" | "year";
const DAY = 86_400_000;
const TIME_STEPS: { unit: TimeUnit; count: number }[] = [
  { unit: "day", count: 1 },
  { unit: "day", count: 2 },
  { unit: "day", count: 7 },
  { unit: "day", count: 14 },
  { unit: "month", count: 1 },
  { unit: "month", count: 3 },
  { unit: "month", count: 6 },
  { unit: "year", count: 1 },
  { unit: "year", count: 2 },
  { unit: "year", count: 5 },
  { unit: "year", count: 10 },
  { unit: "year", count: 25 },
  { unit: "year", count: 50 },
];

function stepForward(at: number, step: { unit: TimeUnit; count: number }): number {
  const date = new Date(at);
  if (step.unit === "day") return at + step.count * DAY;
  if (step.unit === "month") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step.count, 1);
  return Date.UTC(date.getUTCFullYear() + step.count, 0, 1);
}

/** The first calendar boundary of the step (a day, a month divisible by the step, a year divisible by it) at or after `at`. */
function firstBoundary(at: number, step: { unit: TimeUnit; count: number }): number {
  const date = new Date(at);
  const year = date.getUTCFullYear();
  if (step.unit === "day") {
    const day = Date.UTC(year, date.getUTCMonth(), date.getUTCDate());
    const start = day < at ? day + DAY : day;
    // Counted from a fixed day, so the ticks stay put as the data changes: weeks and fortnights
    // from Monday 5 January 1970 (so they fall on Mondays), every other day from 1 January 1970.
    const origin = step.count % 7 === 0 ? 4 : 0;
    const index = Math.round(start / DAY) - origin;
    return (index + ((step.count - (index % step.count)) % step.count) + origin) * DAY;
  }
  if (step.unit === "month") {
    let month = Date.UTC(year, date.getUTCMonth(), 1);
    if (month < at) month = Date.UTC(year, date.getUTCMonth() + 1, 1);
    while (new Date(month).getUTCMonth() % step.count !== 0) month = Date.UTC(new Date(month).getUTCFullYear(), new Date(month).getUTCMonth() + 1, 1);
    return month;
  }
  let first = Date.UTC(year, 0, 1) < at ? year + 1 : year;
  while (first % step.count !== 0) first++;
  return Date.UTC(first, 0, 1);
}

/**
 * A time axis around the dated figures: padded a little so no marker sits on the edge, with at most
 * `most` ticks on calendar boundaries (days, Mondays, months, quarters, years…), and the unit the
 * tick labels should show.
 */
export function timeAxis(times: readonly number[], most = 6): { min: number; max: number; ticks: number[]; unit: TimeUnit } {
  const low = Math.min(...times);
  const high = Math.max(...times);
  const pad = Math.max(DAY, (high - low) * 0.05);
  const min = low - pad;
  const max = high + pad;
  for (const step of TIME_STEPS) {
    const ticks: number[] = [];
    for (let at = firstBoundary(min, step); at <= max; at = stepForward(at, step)) {
      ticks.push(at);
      if (ticks.length > most) break;
    }
    if (ticks.length <= most) return { min, max, ticks, unit: step.unit };
  }
  return { min, max, ticks: [], unit: "year" };
}

export const MARK_COLOURS = ["#1d4ed8", "#b54708", "#067647", "#c11574", "#5925dc", "#0e7090", "#7a2e0e", "#4d5761"] as const;
export const MARK_SHAPES = ["circle", "square", "triangle", "diamond"] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

/**
 * One mark per outlet (or speaker): a colour and a shape, so marks stay apart for readers who cannot
 * tell the colours apart and in a black-and-white print. The shape turns one step further after
 * every round of colours, so the first 32 names all get a different pair.
 */
export function assignMarks(names: readonly string[]): Map<string, { colour: string; shape: MarkShape }> {
  const marks = new Map<string, { colour: string; shape: MarkShape }>();
  for (const name of names) {
    if (marks.has(name)) continue;
    const index = marks.size;
    const round = Math.floor(index / MARK_COLOURS.length);
    marks.set(name, { colour: MARK_COLOURS[index % MARK_COLOURS.length]!, shape: MARK_SHAPES[(index + round) % MARK_SHAPES.length]! });
  }
  return marks;
}

/** "1 contradiction", "2 contradictions", "0 contradictions": never "contradiction(s)". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`;
}
