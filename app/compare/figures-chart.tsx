"use client";

import { useEffect, useId, useRef, useState } from "react";
import { assignMarks, chartData, offersLogScale, timeAxis, timeLanes, type DateBasis, type MarkShape, type Scale } from "@/lib/compare/figures";
import type { Qualifier } from "@/lib/generated/prisma/enums";
import { useReaderDateSettings } from "@/components/local-time";
import { saveFile } from "@/components/save-file";
import { formatCalendarTick, formatDate, type DateSettings } from "@/lib/format";
import styles from "./figures-chart.module.css";

/** One distinct figure of the subject as the server aggregated it (dates as ISO strings). */
export type ChartPoint = {
  id: string;
  outlet: string;
  speaker: string | null;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier | null;
  occurredAt: string | null;
  publishedAt: string | null;
  contradicted: boolean;
  claims: number;
  quote: string;
  description: string;
};

type Props = { points: ChartPoint[]; unit: string | null; subject: string };
type MarkBy = "outlet" | "speaker";

const HEIGHT = 380;
const MARGIN = { top: 20, right: 20, bottom: 44, left: 64 };
const UNDATED_LANE = 96;
const CONTRADICTED = "#b42318";
const INK = "#344054";
const GRID = "#e4e7ec";
const UNATTRIBUTED = "No speaker recorded";
const LEGEND_COLUMN = 280;
const TITLE_HEIGHT = 36;

const numberFormat = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
/** Both dates of a figure, as far as they are known: calendar days, in the reader's locale. */
function datesOf(point: ChartPoint, settings: DateSettings): string {
  const dates = [point.publishedAt ? `published ${formatDate(point.publishedAt, settings)}` : null, point.occurredAt ? `refers to ${formatDate(point.occurredAt, settings)}` : null].filter(Boolean);
  return dates.length ? dates.join(", ") : "no date";
}

/** A marker of the given shape centred on (x, y). */
function MarkerShape({ shape, x, y, size, fill, stroke, strokeWidth }: { shape: MarkShape; x: number; y: number; size: number; fill: string; stroke: string; strokeWidth: number }) {
  const common = { fill, stroke, strokeWidth };
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={size} {...common} />;
    case "square":
      return <rect x={x - size * 0.9} y={y - size * 0.9} width={size * 1.8} height={size * 1.8} {...common} />;
    case "triangle":
      return <path d={`M${x},${y - size * 1.15} L${x + size * 1.1},${y + size * 0.85} L${x - size * 1.1},${y + size * 0.85} Z`} {...common} />;
    case "diamond":
      return <path d={`M${x},${y - size * 1.25} L${x + size * 1.1},${y} L${x},${y + size * 1.25} L${x - size * 1.1},${y} Z`} {...common} />;
  }
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "figures"
  );
}

/**
 * The subject's figures on a time axis (the date a figure refers to, else its publication date),
 * undated ones in a lane of their own, one mark per outlet or speaker. Bars show what a qualifier
 * allows: "at least" fades upwards without end, "as many as" fades down to the floor, ranges are
 * solid; hollow markers are approximate figures; a red ring marks a figure in a contradiction.
 * Drawn as plain SVG with fixed colours, so the exported file looks the same as the page.
 */
export function FiguresChart({ points, unit, subject }: Props) {
  const id = useId().replace(/:/g, "");
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(720);
  const [markBy, setMarkBy] = useState<MarkBy>("outlet");
  const [scale, setScale] = useState<Scale>("linear");
  const [basis, setBasis] = useState<DateBasis>("published");
  const [hover, setHover] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  // Dates in the reader's locale, as <LocalTime> shows them elsewhere (the days stay UTC days).
  const dateSettings = useReaderDateSettings();

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.floor(entry.contentRect.width)));
    });
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  const values = points.flatMap((point) => (point.valueMax !== null && point.valueMax > point.value ? [point.value, point.valueMax] : [point.value]));
  const logOffered = offersLogScale(values);
  const activeScale: Scale = logOffered ? scale : "linear";
  const { data, axis } = chartData(points, activeScale);
  const byId = new Map(points.map((point) => [point.id, point]));
  const seriesOf = (point: ChartPoint) => (markBy === "outlet" ? point.outlet : (point.speaker ?? UNATTRIBUTED));
  const marks = assignMarks(points.map(seriesOf));
  const { dated, undated } = timeLanes(points, basis);
  const canChooseBasis = points.some((point) => point.occurredAt !== null);
  const time = dated.length ? timeAxis(dated.map((point) => point.at), width < 520 ? 3 : width < 900 ? 6 : 8) : null;

  const plotLeft = MARGIN.left;
  const plotRight = width - MARGIN.right - (undated.length && dated.length ? UNDATED_LANE + 12 : 0);
  const laneLeft = dated.length ? plotRight + 12 : plotLeft;
  const laneRight = width - MARGIN.right;
  const plotTop = MARGIN.top;
  const plotBottom = HEIGHT - MARGIN.bottom;
  const y = (value: number) => {
    if (activeScale === "log") {
      const clamped = Math.max(value, axis.min);
      return plotBottom - ((Math.log10(clamped) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min))) * (plotBottom - plotTop);
    }
    return plotBottom - ((value - axis.min) / (axis.max - axis.min)) * (plotBottom - plotTop);
  };
  const timeX = (at: number) => (time ? plotLeft + ((at - time.min) / (time.max - time.min || 1)) * (plotRight - plotLeft) : plotLeft);

  // x of every figure: dated ones by their date (figures on the same day side by side), undated
  // ones spread across their lane.
  const xOf = new Map<string, number>();
  const sameDay = new Map<number, string[]>();
  for (const point of dated) sameDay.set(Math.round(timeX(point.at)), [...(sameDay.get(Math.round(timeX(point.at))) ?? []), point.id]);
  for (const [x, ids] of sameDay) ids.forEach((pointId, index) => xOf.set(pointId, x + (index - (ids.length - 1) / 2) * 14));
  undated.forEach((point, index) => xOf.set(point.id, laneLeft + ((index + 1) / (undated.length + 1)) * (laneRight - laneLeft)));

  const legendNames = [...marks.keys()];
  const legendColumns = Math.max(1, Math.floor((width - 32) / LEGEND_COLUMN));
  const legendRows = Math.ceil(legendNames.length / legendColumns);
  const exportHeight = HEIGHT + 16 + legendRows * 20 + 28;
  const hovered = hover ? byId.get(hover) : undefined;
  const hoveredDatum = data.find((datum) => datum.id === hover);

  function describe(point: ChartPoint): string {
    const date = datesOf(point, dateSettings);
    return `${point.outlet}${point.speaker ? `, ${point.speaker}` : ""}: ${point.description}; ${date}${point.contradicted ? "; in a contradiction" : ""}. “${point.quote}”`;
  }

  /** The chart as a standalone SVG document, with its title, legend and key drawn in. */
  function serialize(): string {
    const svg = svgRef.current;
    if (!svg) throw new Error("The chart is not drawn yet.");
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    clone.setAttribute("height", String(TITLE_HEIGHT + exportHeight));
    clone.setAttribute("viewBox", `0 0 ${width} ${TITLE_HEIGHT + exportHeight}`);
    clone.querySelectorAll("[data-export-only]").forEach((element) => element.removeAttribute("display"));
    // The title goes above the chart: everything else moves down to make room for it.
    const body = document.createElementNS("http://www.w3.org/2000/svg", "g");
    body.setAttribute("transform", `translate(0 ${TITLE_HEIGHT})`);
    for (const child of [...clone.children]) if (!child.hasAttribute("data-export-frame")) body.append(child);
    clone.append(body);
    clone.querySelectorAll("[tabindex]").forEach((element) => element.removeAttribute("tabindex"));
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  }

  function exportSvg() {
    setExportError(null);
    saveFile(new Blob([serialize()], { type: "image/svg+xml" }), `${slug(subject)}.svg`);
  }

  async function exportPng() {
    setExportError(null);
    try {
      const url = URL.createObjectURL(new Blob([serialize()], { type: "image/svg+xml" }));
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement("canvas");
      // Twice the size, so the picture stays sharp in a story and on a high-density screen.
      canvas.width = width * 2;
      canvas.height = exportHeight * 2;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("This browser cannot draw the picture.");
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, exportHeight);
      URL.revokeObjectURL(url);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
      if (!blob) throw new Error("This browser could not make the PNG.");
      saveFile(blob, `${slug(subject)}.png`);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : "The PNG could not be made.");
    }
  }

  return (
    <figure className={`chart ${styles.chart}`} aria-label="Chart of the reported figures">
      <div className={styles.controls}>
        <fieldset className={styles.choice}>
          <legend>Marks by</legend>
          {(["outlet", "speaker"] as const).map((option) => (
            <label key={option}>
              <input type="radio" name={`${id}-mark`} value={option} checked={markBy === option} onChange={() => setMarkBy(option)} /> {option === "outlet" ? "Outlet" : "Speaker"}
            </label>
          ))}
        </fieldset>
        {canChooseBasis ? (
          <fieldset className={styles.choice}>
            <legend>Dates</legend>
            {(["published", "occurred"] as const).map((option) => (
              <label key={option}>
                <input type="radio" name={`${id}-basis`} value={option} checked={basis === option} onChange={() => setBasis(option)} /> {option === "published" ? "Published" : "Refers to"}
              </label>
            ))}
          </fieldset>
        ) : null}
        {logOffered ? (
          <fieldset className={styles.choice}>
            <legend>Scale</legend>
            {(["linear", "log"] as const).map((option) => (
              <label key={option}>
                <input type="radio" name={`${id}-scale`} value={option} checked={activeScale === option} onChange={() => setScale(option)} /> {option === "linear" ? "Linear" : "Logarithmic"}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className={styles.exports}>
          <button type="button" className="button-quiet button-small" onClick={exportSvg}>
            Download SVG
          </button>
          <button type="button" className="button-quiet button-small" onClick={() => void exportPng()}>
            Download PNG
          </button>
        </div>
      </div>
      {exportError ? (
        <p role="alert" className="form-error">
          {exportError}
        </p>
      ) : null}
      <ul className={styles.legend} aria-label={markBy === "outlet" ? "Legend: outlets" : "Legend: speakers"}>
        {legendNames.map((name) => {
          const mark = marks.get(name)!;
          return (
            <li key={name}>
              <svg width="16" height="16" aria-hidden="true">
                <MarkerShape shape={mark.shape} x={8} y={8} size={5} fill={mark.colour} stroke={mark.colour} strokeWidth={1} />
              </svg>
              {name}
            </li>
          );
        })}
      </ul>
      <div ref={wrapRef} className={styles.plot}>
        <svg ref={svgRef} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="group" aria-label={`Figures on ${subject}${unit ? ` (${unit})` : ""}, by ${basis === "published" ? "publication date" : "the date they refer to"}`} fontFamily="system-ui, -apple-system, 'Segoe UI', sans-serif">
          <rect x={0} y={0} width={width} height={TITLE_HEIGHT + exportHeight} fill="#ffffff" data-export-only="" data-export-frame="" display="none" />
          <text x={16} y={24} fontSize={15} fontWeight={600} fill="#101828" data-export-only="" data-export-frame="" display="none">
            {subject}
            {unit ? ` (${unit})` : ""}
          </text>
          <defs>
            {legendNames.map((name, index) => (
              <g key={name}>
                <linearGradient id={`${id}-up-${index}`} x1="0" y1="1" x2="0" y2="0">
                  <stop offset="0%" stopColor={marks.get(name)!.colour} stopOpacity={0.55} />
                  <stop offset="100%" stopColor={marks.get(name)!.colour} stopOpacity={0.03} />
                </linearGradient>
                <linearGradient id={`${id}-down-${index}`} x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0%" stopColor={marks.get(name)!.colour} stopOpacity={0.55} />
                  <stop offset="100%" stopColor={marks.get(name)!.colour} stopOpacity={0.03} />
                </linearGradient>
              </g>
            ))}
          </defs>
          {/* Value axis: round ticks and light grid lines. */}
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line x1={plotLeft} x2={laneRight} y1={y(tick)} y2={y(tick)} stroke={GRID} />
              <text x={plotLeft - 8} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={12} fill={INK}>
                {numberFormat.format(tick)}
              </text>
            </g>
          ))}
          {unit ? (
            <text x={12} y={plotTop + (plotBottom - plotTop) / 2} transform={`rotate(-90 12 ${plotTop + (plotBottom - plotTop) / 2})`} textAnchor="middle" fontSize={12} fill={INK}>
              {unit}
            </text>
          ) : null}
          {/* Time axis. */}
          {time ? (
            <g>
              <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} stroke={INK} />
              {time.ticks.map((tick) => (
                <g key={tick}>
                  <line x1={timeX(tick)} x2={timeX(tick)} y1={plotBottom} y2={plotBottom + 5} stroke={INK} />
                  <text x={timeX(tick)} y={plotBottom + 18} textAnchor={timeX(tick) > plotRight - 32 ? "end" : timeX(tick) < plotLeft + 32 ? "start" : "middle"} fontSize={12} fill={INK}>
                    {formatCalendarTick(tick, time.unit, dateSettings)}
                  </text>
                </g>
              ))}
            </g>
          ) : null}
          {undated.length ? (
            <g>
              <rect x={laneLeft - 6} y={plotTop} width={laneRight - laneLeft + 6} height={plotBottom - plotTop} fill="#f2f4f7" opacity={0.7} />
              <line x1={laneLeft - 6} x2={laneRight} y1={plotBottom} y2={plotBottom} stroke={INK} />
              <text x={(laneLeft + laneRight) / 2} y={plotBottom + 18} textAnchor="middle" fontSize={12} fill={INK}>
                No date
              </text>
            </g>
          ) : null}
          {/* Bars first, markers on top. */}
          {data.map((datum) => {
            const point = byId.get(datum.id)!;
            const x = xOf.get(datum.id)!;
            const index = legendNames.indexOf(seriesOf(point));
            const mark = marks.get(seriesOf(point))!;
            if (!datum.span) return null;
            const top = y(datum.span[1]);
            const bottom = y(datum.span[0]);
            const fill = datum.shape === "open-up" ? `url(#${id}-up-${index})` : datum.shape === "open-down" ? `url(#${id}-down-${index})` : mark.colour;
            return <rect key={`bar-${datum.id}`} x={x - 6} width={12} y={top} height={Math.max(1, bottom - top)} fill={fill} fillOpacity={datum.shape === "range" ? 0.45 : 1} rx={2} />;
          })}
          {data.map((datum) => {
            const point = byId.get(datum.id)!;
            const x = xOf.get(datum.id)!;
            const mark = marks.get(seriesOf(point))!;
            const cy = y(datum.value);
            const text = describe(point);
            return (
              <g
                key={`mark-${datum.id}`}
                className={styles.mark}
                data-figure=""
                tabIndex={0}
                role="img"
                aria-label={text}
                onMouseEnter={() => setHover(datum.id)}
                onMouseLeave={() => setHover((current) => (current === datum.id ? null : current))}
                onFocus={() => setHover(datum.id)}
                onBlur={() => setHover((current) => (current === datum.id ? null : current))}
              >
                <title>{text}</title>
                {datum.contradicted ? <circle cx={x} cy={cy} r={11} fill="none" stroke={CONTRADICTED} strokeWidth={2.5} /> : null}
                <MarkerShape shape={mark.shape} x={x} y={cy} size={6} fill={datum.approximate ? "#ffffff" : mark.colour} stroke={mark.colour} strokeWidth={2} />
              </g>
            );
          })}
          {/* Drawn only into the exported file: what the page shows around the chart. */}
          <g data-export-only="" display="none">
            {legendNames.map((name, index) => {
              const mark = marks.get(name)!;
              const x = 16 + (index % legendColumns) * LEGEND_COLUMN;
              const rowY = HEIGHT + 16 + Math.floor(index / legendColumns) * 20;
              return (
                <g key={name}>
                  <MarkerShape shape={mark.shape} x={x + 6} y={rowY - 4} size={5} fill={mark.colour} stroke={mark.colour} strokeWidth={1} />
                  <text x={x + 16} y={rowY} fontSize={12} fill={INK}>
                    {name.length > 40 ? `${name.slice(0, 39)}…` : name}
                  </text>
                </g>
              );
            })}
            <text x={16} y={exportHeight - 10} fontSize={11} fill={INK}>
              Fading bars: “at least” (up) / “as many as” (down). Solid bars: ranges. Hollow: approximate. Red ring: in a contradiction.
            </text>
          </g>
        </svg>
        {hovered && hoveredDatum ? (
          <div
            className={styles.tooltip}
            role="tooltip"
            style={{
              left: Math.min(Math.max(0, (xOf.get(hovered.id) ?? 0) - 140), Math.max(0, width - 290)),
              top: y(hoveredDatum.value) + 16,
            }}
          >
            <strong>
              {hovered.outlet}
              {hovered.speaker ? ` · ${hovered.speaker}` : ""}
            </strong>
            <span>
              {hovered.description} · {datesOf(hovered, dateSettings)}
            </span>
            <q>{hovered.quote}</q>
          </div>
        ) : null}
      </div>
      <figcaption className="small muted">
        {basis === "published" ? "Placed by the publication date of the article, or the date the figure refers to when that is unknown" : "Placed by the date the figure refers to, or the article’s publication date when the claim records none"}
        {undated.length ? "; figures with neither date sit in the “No date” lane" : ""}. Bars
        fading upwards: “at least” / “more than” (no upper limit). Bars fading downwards: “as many as” / “up to” / “fewer than”. Solid bars: ranges. Hollow markers: approximate figures (“about”,
        “nearly”, “some”). Red rings: figures in a contradiction.
      </figcaption>
    </figure>
  );
}
