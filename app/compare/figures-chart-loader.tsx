"use client";

import dynamic from "next/dynamic";

/**
 * The chart library is large; loading it through next/dynamic keeps it out of every page's first
 * load, the compare pages included, and fetches it only where a chart is actually drawn.
 */
export const FiguresChart = dynamic(() => import("./figures-chart").then((module) => module.FiguresChart), {
  ssr: false,
  loading: () => (
    <figure className="chart" aria-label="Chart of the reported figures" aria-busy="true">
      <p className="small muted">Loading the chart…</p>
    </figure>
  ),
});
