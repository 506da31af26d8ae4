"use client";

import { Bar, CartesianGrid, Cell, ComposedChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartDatum } from "@/lib/compare/figures";

const PALETTE = ["#1d4ed8", "#b54708", "#067647", "#7a2e0e", "#5925dc", "#c11574", "#0e7090", "#4d5761"];
const numberFormat = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });

type Props = { data: (ChartDatum & { description: string })[]; axisMax: number; series: string[]; unit: string | null };

function Marker(props: { cx?: number; cy?: number; payload?: ChartDatum; fill?: string }) {
  const { cx, cy, payload, fill } = props;
  if (cx === undefined || cy === undefined || !payload) return null;
  const stroke = payload.contradicted ? "#b42318" : fill;
  return <circle cx={cx} cy={cy} r={6} fill={payload.approximate ? "#ffffff" : fill} stroke={stroke} strokeWidth={payload.contradicted ? 3 : 2} />;
}

/** One line per claim (the bar and the marker are the same figure, so it is described once). */
function FigureTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const datum = payload?.[0]?.payload as (ChartDatum & { description: string }) | undefined;
  if (!active || !datum) return null;
  return (
    <div className="chart-tooltip">
      <strong>{datum.label}</strong>
      <div>
        {datum.series}: {datum.description}
      </div>
    </div>
  );
}

/**
 * Figures on one subject in date order, one colour per outlet. Bars show what a qualifier allows:
 * "at least" fades upwards without end, "as many as" fades down to zero, ranges are solid; hollow
 * markers are approximate figures; a red ring marks a figure contradicted by another claim.
 */
export function FiguresChart({ data, axisMax, series, unit }: Props) {
  const colour = (name: string) => PALETTE[series.indexOf(name) % PALETTE.length] ?? PALETTE[0]!;
  return (
    <figure className="chart" aria-label="Chart of the reported figures">
      {unit ? <p className="small muted chart-unit">Figures in {unit}.</p> : null}
      <ul className="chart-legend" aria-label="Outlets">
        {series.map((name) => (
          <li key={name}>
            <span className="swatch" style={{ background: colour(name) }} aria-hidden="true" />
            {name}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={360}>
        <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 56, left: 24 }}>
          <defs>
            {series.map((name) => (
              <g key={name}>
                <linearGradient id={`up-${series.indexOf(name)}`} x1="0" y1="1" x2="0" y2="0">
                  <stop offset="0%" stopColor={colour(name)} stopOpacity={0.55} />
                  <stop offset="100%" stopColor={colour(name)} stopOpacity={0.02} />
                </linearGradient>
                <linearGradient id={`down-${series.indexOf(name)}`} x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0%" stopColor={colour(name)} stopOpacity={0.55} />
                  <stop offset="100%" stopColor={colour(name)} stopOpacity={0.02} />
                </linearGradient>
              </g>
            ))}
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} angle={-20} textAnchor="end" height={70} tick={{ fontSize: 12 }} />
          <YAxis domain={[0, axisMax]} tickFormatter={(value: number) => numberFormat.format(value)} />
          <Tooltip content={<FigureTooltip />} />
          <Bar dataKey="span" isAnimationActive={false} barSize={28}>
            {data.map((datum) => {
              const index = series.indexOf(datum.series);
              const fill = datum.shape === "open-up" ? `url(#up-${index})` : datum.shape === "open-down" ? `url(#down-${index})` : colour(datum.series);
              return <Cell key={datum.id} fill={fill} fillOpacity={datum.shape === "range" ? 0.45 : 1} />;
            })}
          </Bar>
          <Scatter dataKey="value" isAnimationActive={false} shape={<Marker />}>
            {data.map((datum) => (
              <Cell key={datum.id} fill={colour(datum.series)} />
            ))}
          </Scatter>
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="small muted">
        Bars fading upwards: “at least” / “more than” (no upper limit). Bars fading downwards: “as many as” / “up to” / “fewer than”. Solid bars: ranges. Hollow markers: approximate
        figures (“about”, “nearly”, “some”). Red rings: figures in a contradiction.
      </figcaption>
    </figure>
  );
}
