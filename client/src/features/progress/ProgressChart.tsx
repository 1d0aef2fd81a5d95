import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { type GoalStyle, goalStyle, NO_GOAL_COLOR } from "../goals/goalStyles.ts";
import type { ChartModel } from "./progressChart.ts";

interface Props {
  model: ChartModel;
  /** "Mål 1", … for the labels at the end of each line. */
  goalLabels: string[];
  /** The date under each meeting on the time axis. */
  formatX: (seconds: number) => string;
  /** What the chart shows, for screen readers; the table below has the numbers. */
  label: string;
}

const HEIGHT = 320;
// A4 portrait minus margins, in CSS pixels: the width the chart is redrawn at for print.
const PRINT_WIDTH = 680;
const FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const TEXT = "#1c2628";
const GRID = "#d3dadb";

/**
 * The citizen's own scale for every goal, one line each, across the meetings on a time axis; around
 * each point the professionals' spread (a bar from lowest to highest, a ring for each); along the
 * bottom a mark where something happened (the timeline lists what). Drawn with uPlot on a canvas,
 * and redrawn at paper width before printing.
 */
export function ProgressChart({ model, goalLabels, formatX, label }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const styles = model.goals.map((_, index) => goalStyle(index));
    const widthNow = () => Math.max(280, Math.floor(element.clientWidth));

    const options: uPlot.Options = {
      width: widthNow(),
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false, drag: { x: false, y: false } },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      padding: [16, rightOf(model), 0, 0],
      scales: {
        x: { time: true, range: () => model.range },
        y: { range: [0, 10] },
      },
      axes: [
        {
          font: FONT,
          stroke: TEXT,
          grid: { show: false },
          ticks: { stroke: GRID },
          splits: () => model.xs,
          values: (_, splits) => splits.map(formatX),
          size: 48,
        },
        {
          font: FONT,
          stroke: TEXT,
          grid: { stroke: GRID, width: 1 },
          ticks: { stroke: GRID },
          splits: () => [0, 2, 4, 6, 8, 10],
          values: (_, splits) => splits.map(String),
          size: 40,
        },
      ],
      series: [
        {},
        ...model.goals.map((_, index) => {
          const style = styles[index] as GoalStyle;
          return {
            stroke: style.color,
            dash: style.dash,
            width: 3,
            spanGaps: true,
            points: { show: true, size: 11, width: 2, stroke: style.color, fill: style.color },
          } satisfies uPlot.Series;
        }),
      ],
      hooks: { draw: [(u) => drawExtras(u, model, styles, goalLabels)] },
    };

    const data: uPlot.AlignedData = [model.xs, ...model.goals.map((goal) => goal.citizen)];
    const chart = new uPlot(options, data, element);

    const fit = () => chart.setSize({ width: widthNow(), height: HEIGHT });
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    const beforePrint = () => chart.setSize({ width: Math.min(PRINT_WIDTH, widthNow()), height: HEIGHT });
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", fit);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", fit);
      chart.destroy();
    };
  }, [model, goalLabels, formatX]);

  return <div ref={container} className="progress-chart" role="img" aria-label={label} />;
}

/** Room right of the plot for the spreads beside the last points and the goals' names after them. */
function rightOf(model: ChartModel): number {
  return 64 + model.goals.length * 12;
}

/** The spread around each point, the marks for what happened, and each line's name at its end. */
function drawExtras(u: uPlot, model: ChartModel, styles: GoalStyle[], goalLabels: string[]) {
  const ctx = u.ctx;
  const ratio = uPlot.pxRatio;
  const { left, top, width, height } = u.bbox;
  const count = model.goals.length;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top - 10 * ratio, width + rightOf(model) * ratio, height + 20 * ratio);
  ctx.clip();

  model.goals.forEach((goal, g) => {
    const style = styles[g] as GoalStyle;
    // Just right of the citizen's point, and side by side when several goals share a meeting, so one
    // goal's spread does not hide another's.
    const shift = (10 + g * 12) * ratio;
    goal.spread.forEach((spread, i) => {
      if (!spread) return;
      const x = u.valToPos(model.xs[i] ?? 0, "x", true) + shift;
      const yMin = u.valToPos(spread.min, "y", true);
      const yMax = u.valToPos(spread.max, "y", true);
      ctx.strokeStyle = style.color;
      ctx.lineWidth = 2 * ratio;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(x, yMin);
      ctx.lineTo(x, yMax);
      ctx.moveTo(x - 4 * ratio, yMin);
      ctx.lineTo(x + 4 * ratio, yMin);
      ctx.moveTo(x - 4 * ratio, yMax);
      ctx.lineTo(x + 4 * ratio, yMax);
      ctx.stroke();
      for (const value of spread.values) {
        ctx.beginPath();
        ctx.arc(x, u.valToPos(value, "y", true), 4 * ratio, 0, Math.PI * 2);
        ctx.fillStyle = "#ffffff";
        ctx.fill();
        ctx.lineWidth = 2 * ratio;
        ctx.stroke();
      }
    });

    // The goal's name after its last point, so the lines are told apart without the colours.
    let last = -1;
    goal.citizen.forEach((value, i) => {
      if (value !== null) last = i;
    });
    const value = last >= 0 ? goal.citizen[last] : null;
    if (value !== null && value !== undefined) {
      ctx.font = `600 ${13 * ratio}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
      ctx.fillStyle = style.color;
      ctx.textBaseline = "middle";
      ctx.textAlign = "left";
      ctx.fillText(
        goalLabels[g] ?? "",
        u.valToPos(model.xs[last] ?? 0, "x", true) + (20 + count * 12) * ratio,
        u.valToPos(value, "y", true),
      );
    }
  });

  // Something happened here: a small triangle on the bottom edge, in the goal's colour.
  for (const observation of model.observations) {
    const x = u.valToPos(observation.x, "x", true);
    const y = top + height;
    ctx.fillStyle = observation.goal === null ? NO_GOAL_COLOR : (styles[observation.goal]?.color ?? NO_GOAL_COLOR);
    ctx.beginPath();
    ctx.moveTo(x, y - 9 * ratio);
    ctx.lineTo(x - 6 * ratio, y);
    ctx.lineTo(x + 6 * ratio, y);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}
