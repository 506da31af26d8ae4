import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assignMarks, chartData, countOf, figureDate, figureShape, linearAxis, logAxis, MARK_COLOURS, niceCeiling, offersLogScale, timeAxis, timeLanes } from "@/lib/compare/figures";

describe("figureShape", () => {
  const shape = (value: number | null, qualifier: Parameters<typeof figureShape>[0]["qualifier"], valueMax: number | null = null) => figureShape({ value, valueMax, qualifier });
  it("draws at least / more than as open upwards", () => {
    assert.deepEqual(shape(93, "AT_LEAST"), { kind: "open-up", from: 93, strict: false });
    assert.deepEqual(shape(250_000, "MORE_THAN"), { kind: "open-up", from: 250_000, strict: true });
  });
  it("draws as many as / up to / fewer than as open downwards", () => {
    assert.deepEqual(shape(40, "AS_MANY_AS"), { kind: "open-down", to: 40, strict: false });
    assert.deepEqual(shape(40, "FEWER_THAN"), { kind: "open-down", to: 40, strict: true });
  });
  it("draws ranges as ranges and hedged figures as approximate points", () => {
    assert.deepEqual(shape(4, "RANGE", 5), { kind: "range", low: 4, high: 5 });
    assert.deepEqual(shape(150, "NEARLY"), { kind: "point", value: 150, approximate: true });
    assert.deepEqual(shape(21, "EXACT"), { kind: "point", value: 21, approximate: false });
    assert.deepEqual(shape(21, null), { kind: "point", value: 21, approximate: false });
    assert.equal(shape(null, "AT_LEAST"), null);
  });
});

describe("chartData", () => {
  it("runs open-ended bars to the axis top and keeps the reported number as the marker", () => {
    const { data, axisMax } = chartData([
      { id: "a", value: 93, valueMax: null, qualifier: "AT_LEAST", contradicted: true },
      { id: "b", value: 150, valueMax: null, qualifier: "NEARLY", contradicted: false },
      { id: "c", value: null, valueMax: null, qualifier: null, contradicted: false },
    ]);
    assert.equal(axisMax, 200);
    assert.deepEqual(data.map((datum) => [datum.id, datum.span, datum.value, datum.approximate]), [
      ["a", [93, 200], 93, false],
      ["b", null, 150, true],
    ]);
    assert.equal(data[0]?.contradicted, true);
  });
  it("rounds the axis to 1, 2 or 5 times a power of ten", () => {
    assert.deepEqual([niceCeiling(0), niceCeiling(7), niceCeiling(130), niceCeiling(312_500)], [10, 10, 200, 500_000]);
  });
});

describe("linearAxis", () => {
  it("gives round, evenly spaced ticks from zero", () => {
    assert.deepEqual(linearAxis(312_500).ticks, [0, 100_000, 200_000, 300_000, 400_000]);
    assert.deepEqual(linearAxis(187.5).ticks, [0, 50, 100, 150, 200]);
    assert.deepEqual(linearAxis(26).ticks, [0, 10, 20, 30]);
    assert.deepEqual(linearAxis(0.7).ticks, [0, 0.2, 0.4, 0.6, 0.8]);
  });
  it("spaces every tick by the same step, a 1, 2 or 5 times a power of ten", () => {
    for (const top of [1, 7, 93, 150, 999, 12_345, 250_000, 312_500, 4_000_000, 13_500_000]) {
      const { ticks, max } = linearAxis(top);
      const step = ticks[1]! - ticks[0]!;
      assert.ok([1, 2, 5].includes(step / 10 ** Math.floor(Math.log10(step))), `step ${step} for ${top}`);
      ticks.forEach((tick, index) => assert.equal(tick, Number((index * step).toPrecision(12))));
      assert.ok(max >= top && max - step < top, `top ${max} for ${top}`);
      assert.ok(ticks.length <= 6);
    }
  });
  it("keeps the axis top on the last tick, so open bars end on a labelled line", () => {
    const { data, axis } = chartData([{ id: "a", value: 250_000, valueMax: null, qualifier: "AT_LEAST", contradicted: false }]);
    assert.equal(axis.max, axis.ticks.at(-1));
    assert.deepEqual(data[0]?.span, [250_000, axis.max]);
  });
});

describe("log scale", () => {
  it("is offered only when the figures span two orders of magnitude", () => {
    assert.equal(offersLogScale([5, 21]), false);
    assert.equal(offersLogScale([5, 499]), false);
    assert.equal(offersLogScale([5, 500]), true);
    assert.equal(offersLogScale([17, 250_000]), true);
    assert.equal(offersLogScale([0, 250_000]), false);
    assert.equal(offersLogScale([250_000]), false);
  });
  it("ticks at powers of ten around the figures, and as-many-as bars stop at its floor", () => {
    assert.deepEqual(logAxis([17, 250_000]).ticks, [10, 100, 1_000, 10_000, 100_000, 1_000_000]);
    const { data, axis } = chartData(
      [
        { id: "a", value: 40, valueMax: null, qualifier: "AS_MANY_AS", contradicted: false },
        { id: "b", value: 300_000, valueMax: null, qualifier: "AT_LEAST", contradicted: false },
      ],
      "log",
    );
    assert.deepEqual([axis.min, axis.max], [10, 1_000_000]);
    assert.deepEqual(data.map((datum) => datum.span), [
      [10, 40],
      [300_000, 1_000_000],
    ]);
  });
});

describe("time lanes", () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  it("places a figure by its publication date, or by the date it refers to, falling back to the other", () => {
    const both = { occurredAt: day("2017-03-31"), publishedAt: day("2017-05-02") };
    assert.deepEqual(figureDate(both), { at: day("2017-05-02").getTime(), basis: "published" });
    assert.deepEqual(figureDate(both, "occurred"), { at: day("2017-03-31").getTime(), basis: "occurred" });
    assert.deepEqual(figureDate({ occurredAt: null, publishedAt: "2017-05-02T00:00:00.000Z" }, "occurred"), { at: day("2017-05-02").getTime(), basis: "published" });
    assert.deepEqual(figureDate({ occurredAt: day("2015-08-01"), publishedAt: null }), { at: day("2015-08-01").getTime(), basis: "occurred" });
    assert.equal(figureDate({ occurredAt: null, publishedAt: null }), null);
    assert.equal(figureDate({ occurredAt: null, publishedAt: null }, "occurred"), null);
  });
  it("keeps undated figures in their own lane and the rest in date order", () => {
    const figures = [
      { id: "late", occurredAt: null, publishedAt: day("2021-02-26") },
      { id: "none", occurredAt: null, publishedAt: null },
      { id: "refers-early", occurredAt: day("2015-08-01"), publishedAt: day("2021-03-01") },
    ];
    const byPublication = timeLanes(figures);
    assert.deepEqual(byPublication.dated.map((figure) => [figure.id, figure.basis]), [
      ["late", "published"],
      ["refers-early", "published"],
    ]);
    assert.deepEqual(byPublication.undated.map((figure) => figure.id), ["none"]);
    const byReference = timeLanes(figures, "occurred");
    assert.deepEqual(byReference.dated.map((figure) => [figure.id, figure.basis]), [
      ["refers-early", "occurred"],
      ["late", "published"],
    ]);
    assert.deepEqual(byReference.undated.map((figure) => figure.id), ["none"]);
  });
  it("ticks the time axis on calendar boundaries, coarser as the span grows", () => {
    const years = timeAxis([day("2015-08-01").getTime(), day("2021-02-26").getTime()]);
    assert.equal(years.unit, "year");
    assert.deepEqual(years.ticks.map((tick) => new Date(tick).toISOString().slice(0, 10)), ["2016-01-01", "2017-01-01", "2018-01-01", "2019-01-01", "2020-01-01", "2021-01-01"]);
    const months = timeAxis([day("2024-01-10").getTime(), day("2024-04-20").getTime()]);
    assert.equal(months.unit, "month");
    assert.deepEqual(months.ticks.map((tick) => new Date(tick).toISOString().slice(0, 10)), ["2024-02-01", "2024-03-01", "2024-04-01"]);
    const days = timeAxis([day("2024-03-28").getTime(), day("2024-03-30").getTime()]);
    assert.equal(days.unit, "day");
    assert.deepEqual(days.ticks.map((tick) => new Date(tick).toISOString().slice(0, 10)), ["2024-03-27", "2024-03-28", "2024-03-29", "2024-03-30", "2024-03-31"]);
    // Nine days do not fit six daily ticks: every other day, the same days whatever the data.
    const everyOther = timeAxis([day("2024-05-09").getTime(), day("2024-05-17").getTime()]);
    assert.deepEqual(everyOther.ticks.map((tick) => new Date(tick).toISOString().slice(0, 10)), ["2024-05-09", "2024-05-11", "2024-05-13", "2024-05-15", "2024-05-17"]);
    const weeks = timeAxis([day("2024-05-01").getTime(), day("2024-06-10").getTime()]);
    assert.ok(weeks.ticks.every((tick) => new Date(tick).getUTCDay() === 1), "weekly ticks fall on Mondays");
    for (const axis of [years, months, days]) for (const tick of axis.ticks) assert.ok(tick >= axis.min && tick <= axis.max);
  });
  it("draws a single date with room either side", () => {
    const only = day("2024-03-28").getTime();
    const axis = timeAxis([only]);
    assert.ok(axis.min < only && axis.max > only);
    assert.ok(axis.ticks.includes(only));
  });
});

describe("assignMarks", () => {
  it("gives each outlet its own colour and shape, the same name the same mark", () => {
    const marks = assignMarks(["Wire", "Monitor", "Wire", "Ministry"]);
    assert.deepEqual([...marks.keys()], ["Wire", "Monitor", "Ministry"]);
    assert.notEqual(marks.get("Wire")?.colour, marks.get("Monitor")?.colour);
    assert.notEqual(marks.get("Wire")?.shape, marks.get("Monitor")?.shape);
  });
  it("keeps marks distinct beyond the palette", () => {
    const names = Array.from({ length: 32 }, (_, index) => `Outlet ${index}`);
    const marks = assignMarks(names);
    const pairs = new Set([...marks.values()].map((mark) => `${mark.colour}/${mark.shape}`));
    assert.equal(pairs.size, 32);
    assert.equal(new Set([...marks.values()].map((mark) => mark.colour)).size, MARK_COLOURS.length);
  });
});

describe("countOf", () => {
  it("says 1 contradiction and 2 contradictions", () => {
    assert.deepEqual([countOf(0, "contradiction"), countOf(1, "contradiction"), countOf(2, "contradiction"), countOf(1200, "claim")], ["0 contradictions", "1 contradiction", "2 contradictions", "1,200 claims"]);
  });
});
