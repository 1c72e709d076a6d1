import { daysBetween } from "../../calendar/index.js";
import type { Indicator } from "../types.js";
import { progressUnchecked } from "./progressCore.js";
import { endOfMonth, lastMonth } from "./periodMonths.js";
import type { SelectedTarget } from "./select.js";

/** The expected progress (0–1) on `date` towards a directional target, and whether a trajectory shaped it. */
export function expectedAt(indicator: Indicator, selected: SelectedTarget, sign: number, date: string): { readonly fraction: number; readonly trajectory: boolean } {
  const target = selected.target;
  const end = endOfMonth(selected.last);
  const baseline = indicator.baseline;
  const targetValue = target.comparator === "between" ? target.min : target.value;
  const start = baseline === undefined ? endOfMonth(selected.first - 1) : endOfMonth(lastMonth(baseline.period));
  const total = daysBetween(start, end);
  if (total <= 0) return { fraction: date >= end ? 1 : 0, trajectory: false };
  const time = (d: string): number => Math.min(1, Math.max(0, daysBetween(start, d) / total));
  const degenerate = baseline === undefined || !(sign * (targetValue - baseline.value) > 0);
  const points = degenerate ? [] : (indicator.trajectory ?? []).filter((point) => lastMonth(point.period) < selected.last && endOfMonth(lastMonth(point.period)) > start);
  if (points.length === 0 || baseline === undefined) return { fraction: time(date), trajectory: false };
  // Piecewise linear through (start, 0), each trajectory point, (end, 1) — in progress units.
  const knots = [
    { t: 0, p: 0 },
    ...points
      .map((point) => ({ t: time(endOfMonth(lastMonth(point.period))), p: progressUnchecked(point.value, baseline.value, targetValue, sign) }))
      .sort((a, b) => a.t - b.t),
    { t: 1, p: 1 },
  ];
  // Keep the expected path monotone and within 0–1, whatever the data says, so that time passing never improves a status.
  for (let i = 1; i < knots.length; i++) {
    const knot = knots[i] as { t: number; p: number };
    knot.p = Math.min(1, Math.max((knots[i - 1] as { p: number }).p, knot.p));
  }
  const now = time(date);
  for (let i = 1; i < knots.length; i++) {
    const a = knots[i - 1] as { t: number; p: number };
    const b = knots[i] as { t: number; p: number };
    if (now <= b.t) {
      const fraction = b.t === a.t ? b.p : a.p + ((b.p - a.p) * (now - a.t)) / (b.t - a.t);
      return { fraction, trajectory: true };
    }
  }
  return { fraction: 1, trajectory: true };
}
