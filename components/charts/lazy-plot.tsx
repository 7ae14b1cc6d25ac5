"use client";

import dynamic from "next/dynamic";
import { startTransition, useEffect, useRef, useState } from "react";
import type { IndicatorPlotProps } from "./plots/indicator-plot";
import type { RateBarPlotProps } from "./plots/rate-bar-plot";
import type { StatusStackPlotProps } from "./plots/status-stack-plot";
import type { TrendLinePlotProps } from "./plots/trend-line-plot";

// Recharts (≈ 100 KB gzip) is not part of any page's first load: each plot is its own chunk, fetched when its
// box comes within a screen of the viewport. The box has the plot's final height from the first paint, so
// nothing below it moves when the plot arrives, and the figure around it (summary, legend, data table) is
// server-rendered, so every number is there without JavaScript.
const PLOTS = {
  rateBar: dynamic(() => import("./plots/rate-bar-plot"), { ssr: false }),
  statusStack: dynamic(() => import("./plots/status-stack-plot"), { ssr: false }),
  trendLine: dynamic(() => import("./plots/trend-line-plot"), { ssr: false }),
  indicator: dynamic(() => import("./plots/indicator-plot"), { ssr: false }),
};

export type LazyPlotSpec =
  | { kind: "rateBar"; props: RateBarPlotProps }
  | { kind: "statusStack"; props: StatusStackPlotProps }
  | { kind: "trendLine"; props: TrendLinePlotProps }
  | { kind: "indicator"; props: IndicatorPlotProps };

// `near` (the default) waits until the box is within 200 px of the viewport; `idle` draws as soon as the
// page is hydrated and idle, wherever the box is (a page whose chart is its subject).
export function LazyPlot({ plot, height, when = "near" }: { plot: LazyPlotSpec; height: number; when?: "near" | "idle" }) {
  const box = useRef<HTMLDivElement>(null);
  const [isShown, setIsShown] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (when === "idle" || typeof IntersectionObserver === "undefined") {
      whenIdle(() => startTransition(() => setIsShown(true)));
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          // Each plot mounts in its own idle moment, as a transition React may interrupt, so drawing charts
          // does not block input (Total Blocking Time) right after hydration.
          whenIdle(() => startTransition(() => setIsShown(true)));
        }
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [when]);
  return (
    <div ref={box} className="w-full" style={{ height }} data-plot={isShown ? "loaded" : "deferred"}>
      {isShown && renderPlot(plot)}
    </div>
  );
}

function whenIdle(callback: () => void) {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(callback, { timeout: 1000 });
  else window.setTimeout(callback, 1);
}

function renderPlot(plot: LazyPlotSpec) {
  switch (plot.kind) {
    case "rateBar":
      return <PLOTS.rateBar {...plot.props} />;
    case "statusStack":
      return <PLOTS.statusStack {...plot.props} />;
    case "trendLine":
      return <PLOTS.trendLine {...plot.props} />;
    case "indicator":
      return <PLOTS.indicator {...plot.props} />;
  }
}
