import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chartData, figureShape, niceCeiling } from "@/lib/compare/figures";

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
      { id: "a", label: "9 May · Wire", series: "Wire", value: 93, valueMax: null, qualifier: "AT_LEAST", contradicted: true },
      { id: "b", label: "13 May · Monitor", series: "Monitor", value: 150, valueMax: null, qualifier: "NEARLY", contradicted: false },
      { id: "c", label: "no figure", series: "Blog", value: null, valueMax: null, qualifier: null, contradicted: false },
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
