// Hand-drawn SVG charts for the HTML report: a grouped bar chart and an indicator line chart. No library and
// no browser: plain strings, with the scale and tick arithmetic of d3-scale reduced to what the charts need.
// Every chart has role="img", a <title> and a <desc> (aria-labelledby), and prints its values as text.

import { parsePeriod, periodEnd, periodStart, type Period } from "../../calendar/index.js";
import { escapeXml } from "./escape.js";

export { escapeXml };

/** Round-number ticks covering [min, max] (steps of 1, 2 or 5 × 10^k), like d3's `ticks`. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max - min <= 1e-9 * Math.max(1, Math.abs(min), Math.abs(max))) {
    const pad = Math.max(1, Math.abs(min) * 0.1);
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let k = Math.floor(min / step); k <= Math.ceil(max / step) && ticks.length < 100; k++) ticks.push(Number((k * step).toPrecision(12)));
  // Guard the ends against the rounding of toPrecision.
  if ((ticks[0] as number) > min) ticks.unshift(Number(((ticks[0] as number) - step).toPrecision(12)));
  if ((ticks[ticks.length - 1] as number) < max) ticks.push(Number(((ticks[ticks.length - 1] as number) + step).toPrecision(12)));
  return ticks;
}

/** A linear map from a domain to a range. */
function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** A colour for an attribute: a hex colour as given, anything else grey. */
const safeColour = (colour: string): string => (/^#[0-9a-f]{3,8}$/i.test(colour) ? colour : "#777");

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

function frame(id: string, title: string, desc: string, width: number, height: number, body: string): string {
  return (
    `<svg class="chart" role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title><desc id="${escapeXml(id)}-desc">${escapeXml(desc)}</desc>${body}</svg>`
  );
}

/** How a series' bars are filled besides their colour, so that two series differ without colour too (in print, for a colour-blind reader): plain, diagonal stripes or dots. */
export type BarPattern = "solid" | "hatch" | "dots";

/** One series of a bar chart (a column of the budget: original, amended, actual). */
export interface BarSeries {
  readonly label: string;
  readonly colour: string;
  /** The fill pattern; default `"solid"`. */
  readonly pattern?: BarPattern;
}

/** The `<pattern>` of a patterned series (white stripes or dots over its colour), or "" for a plain one. */
function patternDef(id: string, series: BarSeries): string {
  const colour = safeColour(series.colour);
  if (series.pattern === "hatch") {
    return `<pattern id="${escapeXml(id)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${colour}"/><rect width="2" height="6" fill="#fff"/></pattern>`;
  }
  if (series.pattern === "dots") {
    return `<pattern id="${escapeXml(id)}" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="${colour}"/><circle cx="3" cy="3" r="1.4" fill="#fff"/></pattern>`;
  }
  return "";
}

/** One group of bars (lasten, baten), one value per series. */
export interface BarGroup {
  readonly label: string;
  readonly values: readonly { readonly value: number; readonly text: string }[];
}

/** A grouped vertical bar chart, values printed above the bars. */
export function barChart(spec: { readonly id: string; readonly title: string; readonly desc: string; readonly series: readonly BarSeries[]; readonly groups: readonly BarGroup[]; readonly axisLabel: string; readonly format: (n: number) => string }): string {
  const width = 640;
  const m = { top: 40, right: 16, bottom: 36, left: 76 };
  // The legend: on the row of the axis label, after it; items that do not fit go on rows below, and the plot moves
  // down by as much (a long column label such as "Realisatie definitief" never runs off the chart).
  const legendItems: { x: number; row: number }[] = [];
  let lx = m.left + 150;
  let row = 0;
  for (const series of spec.series) {
    const size = 24 + series.label.length * 6.5;
    if (lx + size - 8 > width - m.right && lx > m.left) {
      row++;
      lx = m.left;
    }
    legendItems.push({ x: lx, row });
    lx += size;
  }
  m.top += 18 * row;
  const height = 300 + 18 * row;
  const values = spec.groups.flatMap((g) => g.values.map((v) => v.value));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 5);
  const y = linear(ticks[0] as number, ticks[ticks.length - 1] as number, height - m.bottom, m.top);
  const inner = width - m.left - m.right;
  const groupWidth = inner / Math.max(1, spec.groups.length);
  const n = Math.max(1, spec.series.length);
  const barWidth = (groupWidth * 0.72) / n;
  const parts: string[] = [];
  // A patterned series is filled with its own <pattern>, the same in the bars and in the legend; the ids start with
  // the chart's id, so two charts (or two reports) on one page never share one.
  const defs = spec.series.map((series, s) => patternDef(`${spec.id}-pattern-${s + 1}`, series)).join("");
  if (defs !== "") parts.push(`<defs>${defs}</defs>`);
  const fill = (series: BarSeries, s: number): string =>
    series.pattern === "hatch" || series.pattern === "dots" ? `fill="url(#${escapeXml(`${spec.id}-pattern-${s + 1}`)})" stroke="${safeColour(series.colour)}" data-pattern="${series.pattern}"` : `fill="${safeColour(series.colour)}"`;
  for (const tick of ticks) {
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${fmt(y(tick))}" y2="${fmt(y(tick))}" class="grid"/>`);
    parts.push(`<text x="${m.left - 6}" y="${fmt(y(tick) + 4)}" text-anchor="end" class="tick">${escapeXml(spec.format(tick))}</text>`);
  }
  parts.push(`<text x="12" y="18" class="axis-label">${escapeXml(spec.axisLabel)}</text>`);
  spec.groups.forEach((group, g) => {
    const x0 = m.left + g * groupWidth + groupWidth * 0.14;
    group.values.forEach((v, s) => {
      const series = spec.series[s];
      if (series === undefined) return;
      const x = x0 + s * barWidth;
      const top = Math.min(y(v.value), y(0));
      const h = Math.max(Math.abs(y(v.value) - y(0)), v.value === 0 ? 0 : 1);
      parts.push(`<rect x="${fmt(x + 2)}" y="${fmt(top)}" width="${fmt(barWidth - 4)}" height="${fmt(h)}" ${fill(series, s)}><title>${escapeXml(`${group.label}, ${series.label}: ${v.text}`)}</title></rect>`);
      const labelY = v.value >= 0 ? top - 4 : top + h + 12;
      parts.push(`<text x="${fmt(x + barWidth / 2)}" y="${fmt(labelY)}" text-anchor="middle" class="value">${escapeXml(v.text)}</text>`);
    });
    parts.push(`<text x="${fmt(m.left + g * groupWidth + groupWidth / 2)}" y="${height - m.bottom + 20}" text-anchor="middle" class="group">${escapeXml(group.label)}</text>`);
  });
  parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${fmt(y(0))}" y2="${fmt(y(0))}" class="axis"/>`);
  spec.series.forEach((series, s) => {
    const at = legendItems[s] as { x: number; row: number };
    parts.push(`<rect x="${fmt(at.x)}" y="${8 + 18 * at.row}" width="12" height="12" ${fill(series, s)} class="swatch"/><text x="${fmt(at.x + 16)}" y="${18 + 18 * at.row}" class="legend">${escapeXml(series.label)}</text>`);
  });
  return frame(spec.id, spec.title, spec.desc, width, height, parts.join(""));
}

/** A point of an indicator chart: the period it is about (a period code such as `2024` or `2024-Q2`) and a value. */
export interface PeriodValue {
  readonly period: string;
  readonly value: number;
  readonly text: string;
}

/** A target of an indicator chart: a value (or a band) for a period. */
export interface PeriodTarget {
  readonly period: string;
  readonly min: number;
  readonly max: number;
  readonly text: string;
}

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
};

/** A period as the days it covers: from its first day up to (not including) the day after its last. */
function periodSpan(code: string): { readonly period: Period; readonly from: number; readonly to: number } {
  const period = parsePeriod(code);
  return { period, from: dayNumber(periodStart(period)), to: dayNumber(periodEnd(period)) + 1 };
}

/** The middle of a period on the day axis: where its value and its label stand. */
export const middleOf = (code: string): number => {
  const { from, to } = periodSpan(code);
  return (from + to) / 2;
};

const SHORT_MONTHS: Readonly<Record<"nl" | "en", readonly string[]>> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** A period's short name under the axis: the year, or within its year `K2`/`Q2`, `T1`, `H2`, `mrt`/`Mar`. */
function shortLabel(period: Period, lang: "nl" | "en"): string {
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "quarter":
      return `${lang === "nl" ? "K" : "Q"}${period.index}`;
    case "tertial":
      return `T${period.index}`;
    case "half":
      return `H${period.index}`;
    case "month":
      return SHORT_MONTHS[lang][period.index - 1] as string;
  }
}

/**
 * An indicator's measurements as a line, its expected path dashed, its baseline and targets marked, against
 * time. Every value stands at the middle of its period, right above that period's label (a year's label in the
 * middle of the year, a quarter's or month's label in the middle of the quarter or month, on a row above the
 * years), with a thin line where a year begins; the axis spans the periods shown, a year with a value whole.
 */
export function indicatorChart(spec: {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly measured: readonly PeriodValue[];
  readonly expected: readonly PeriodValue[];
  readonly baseline?: PeriodValue;
  readonly targets: readonly PeriodTarget[];
  readonly domain?: readonly [number, number];
  readonly labels: { readonly measured: string; readonly expected: string; readonly target: string; readonly baseline: string };
  readonly lang: "nl" | "en";
  readonly format: (n: number) => string;
}): string {
  const width = 640;
  const height = 260;
  const periods = new Map<string, { readonly period: Period; readonly from: number; readonly to: number }>();
  for (const p of [...spec.measured, ...spec.expected, ...spec.targets, ...(spec.baseline ? [spec.baseline] : [])]) if (!periods.has(p.period)) periods.set(p.period, periodSpan(p.period));
  const withinYear = [...periods.values()].some((p) => p.period.kind !== "year");
  const m = { top: 44, right: 24, bottom: withinYear ? 44 : 30, left: 64 };
  const values = [...spec.measured.map((p) => p.value), ...spec.expected.map((p) => p.value), ...spec.targets.flatMap((p) => [p.min, p.max]), ...(spec.baseline ? [spec.baseline.value] : [])];
  let lo = spec.domain?.[0] ?? Math.min(...values);
  const hi = spec.domain?.[1] ?? Math.max(...values);
  if (spec.domain === undefined && lo >= 0) lo = 0;
  const ticks = spec.domain === undefined ? niceTicks(lo, hi, 4) : niceTicks(spec.domain[0], spec.domain[1], Math.min(4, Math.max(1, spec.domain[1] - spec.domain[0])));
  const y = linear(ticks[0] as number, ticks[ticks.length - 1] as number, height - m.bottom, m.top);
  // The axis covers the periods shown (a little more either side): a year with a value of its own whole, so its
  // middle (its label) is on it; a year with only months or quarters as far as they go.
  const spans = [...periods.values()];
  const yearStart = (year: number): number => dayNumber(`${String(year).padStart(4, "0")}-01-01`);
  const yearEnd = (year: number): number => (year >= 9999 ? dayNumber("9999-12-31") + 1 : yearStart(year + 1));
  const from0 = spans.length === 0 ? yearStart(2000) : Math.min(...spans.map((p) => p.from));
  const to0 = spans.length === 0 ? yearEnd(2000) : Math.max(...spans.map((p) => p.to));
  const pad = Math.max(10, (to0 - from0) * 0.03);
  const from = from0 - pad;
  const to = to0 + pad;
  const x = linear(from, to, m.left, width - m.right);
  const parts: string[] = [];
  for (const tick of ticks) {
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${fmt(y(tick))}" y2="${fmt(y(tick))}" class="grid"/>`);
    parts.push(`<text x="${m.left - 6}" y="${fmt(y(tick) + 4)}" text-anchor="end" class="tick">${escapeXml(spec.format(tick))}</text>`);
  }
  // Years: a thin line where one begins, the year's label in its middle (the middle of the part of it on the
  // axis when only some of its months are), left out where the years are too narrow for it (its line then
  // still marks it) — never the label of a year with a value of its own; a sliver of a year in the margin has none.
  const firstYear = Number(new Date(Math.ceil(from) * 86_400_000).toISOString().slice(0, 4));
  const lastYear = Number(new Date(Math.floor(to - 1) * 86_400_000).toISOString().slice(0, 4));
  const yearRow = height - m.bottom + (withinYear ? 30 : 16);
  let lastYearEnd = Number.NEGATIVE_INFINITY;
  for (let year = firstYear; year <= lastYear && year - firstYear < 400; year++) {
    if (yearStart(year) > from) parts.push(`<line x1="${fmt(x(yearStart(year)))}" x2="${fmt(x(yearStart(year)))}" y1="${m.top}" y2="${height - m.bottom}" class="grid"/>`);
    const code = String(year).padStart(4, "0");
    const visibleFrom = Math.max(from, yearStart(year));
    const visibleTo = Math.min(to, yearEnd(year));
    const at = periods.has(code) ? x(middleOf(code)) : x((visibleFrom + visibleTo) / 2);
    // A year only in the margin, without a value of its own, gets no label.
    const hasValue = spans.some((p) => p.period.year === year);
    if (!periods.has(code) && ((!hasValue && visibleTo - visibleFrom < 183) || at - 14 < lastYearEnd + 4)) continue;
    parts.push(`<text x="${fmt(at)}" y="${yearRow}" text-anchor="middle" class="tick period-label" data-period="${code}">${year}</text>`);
    lastYearEnd = at + 14;
  }
  // Periods within a year that have a value: a short tick and a short label on the row above the years
  // (a label is left out where it would run into the previous one; its tick still marks the place).
  let lastLabelEnd = Number.NEGATIVE_INFINITY;
  const inner = [...periods.entries()].filter(([, p]) => p.period.kind !== "year").sort((a, b) => middleOf(a[0]) - middleOf(b[0]) || (a[0] < b[0] ? -1 : 1));
  for (const [code, p] of inner) {
    const at = x(middleOf(code));
    const text = shortLabel(p.period, spec.lang);
    parts.push(`<line x1="${fmt(at)}" x2="${fmt(at)}" y1="${height - m.bottom}" y2="${height - m.bottom + 4}" class="axis" data-period="${escapeXml(code)}"/>`);
    const half = text.length * 3.5;
    if (at - half < lastLabelEnd + 2) continue;
    parts.push(`<text x="${fmt(at)}" y="${height - m.bottom + 15}" text-anchor="middle" class="tick period-label" data-period="${escapeXml(code)}">${escapeXml(text)}</text>`);
    lastLabelEnd = at + half;
  }
  const point = (p: { period: string; value: number }): string => `${fmt(x(middleOf(p.period)))},${fmt(y(p.value))}`;
  if (spec.expected.length > 1) parts.push(`<polyline points="${spec.expected.map(point).join(" ")}" class="expected"/>`);
  for (const target of spec.targets) {
    const tx = x(middleOf(target.period));
    if (target.min === target.max) {
      const ty = y(target.min);
      parts.push(`<path d="M${fmt(tx)},${fmt(ty - 7)} l7,7 l-7,7 l-7,-7 z" class="target"><title>${escapeXml(`${spec.labels.target}: ${target.text}`)}</title></path>`);
    } else {
      parts.push(`<rect x="${fmt(tx - 6)}" y="${fmt(y(target.max))}" width="12" height="${fmt(Math.max(2, y(target.min) - y(target.max)))}" class="target"><title>${escapeXml(`${spec.labels.target}: ${target.text}`)}</title></rect>`);
    }
    parts.push(`<text x="${fmt(tx - 10)}" y="${fmt(y(target.max) - 8)}" text-anchor="end" class="value">${escapeXml(target.text)}</text>`);
  }
  if (spec.baseline !== undefined) {
    const [bx, by] = point(spec.baseline).split(",");
    parts.push(`<rect x="${fmt(Number(bx) - 5)}" y="${fmt(Number(by) - 5)}" width="10" height="10" class="baseline"><title>${escapeXml(`${spec.labels.baseline}: ${spec.baseline.text}`)}</title></rect>`);
  }
  if (spec.measured.length > 1) parts.push(`<polyline points="${spec.measured.map(point).join(" ")}" class="measured"/>`);
  for (const p of spec.measured) {
    const [px, py] = point(p).split(",");
    parts.push(`<circle cx="${px}" cy="${py}" r="4.5" class="measured-point"><title>${escapeXml(`${spec.labels.measured}: ${p.text}`)}</title></circle>`);
    parts.push(`<text x="${px}" y="${fmt(Number(py) - 9)}" text-anchor="middle" class="value">${escapeXml(p.text.split(" (")[0] ?? p.text)}</text>`);
  }
  // The legend on one row above the plot, with only the marks the chart has.
  const legend: string[] = [];
  let lx = m.left;
  const item = (mark: string, label: string): void => {
    legend.push(`${mark}<text x="${lx + 16}" y="16">${escapeXml(label)}</text>`);
    lx += 28 + label.length * 7;
  };
  if (spec.measured.length > 0) item(`<circle cx="${lx + 6}" cy="12" r="4.5" class="measured-point"/>`, spec.labels.measured);
  if (spec.expected.length > 1) item(`<line x1="${lx}" x2="${lx + 12}" y1="12" y2="12" class="expected"/>`, spec.labels.expected);
  if (spec.targets.length > 0) item(`<path d="M${lx + 6},5 l7,7 l-7,7 l-7,-7 z" class="target"/>`, spec.labels.target);
  if (spec.baseline !== undefined) item(`<rect x="${lx + 1}" y="7" width="10" height="10" class="baseline"/>`, spec.labels.baseline);
  parts.push(`<g class="legend">${legend.join("")}</g>`);
  return frame(spec.id, spec.title, spec.desc, width, height, parts.join(""));
}
