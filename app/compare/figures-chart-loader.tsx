"use client";

import dynamic from "next/dynamic";

/**
 * The chart (its drawing, scales and export) loads through next/dynamic: it stays out of every
 * page's first load, the compare pages included, and is fetched only where a chart is drawn.
 */
export const FiguresChart = dynamic(() => import("./figures-chart").then((module) => module.FiguresChart), {
  ssr: false,
  loading: () => (
    <figure className="chart" aria-label="Chart of the reported figures" aria-busy="true">
      <p className="small muted">Loading the chart…</p>
    </figure>
  ),
});
