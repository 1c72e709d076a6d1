// The report as a list of neutral blocks (headings, paragraphs, lists, tables, charts) in one language; the
// text, Markdown and HTML renderers each draw these blocks, so the three formats always say the same.
import type { DeviationRow } from "../../finance/index.js";
import { formatAmount, type Cents } from "../../money/index.js";
import type { Indicator, IndicatorUnit, Target } from "../../policy/index.js";
import type { AnyStatus } from "../../status/index.js";
import type { ProgrammeReport, Report, ReportLanguage } from "../types.js";
import { documentTypeLabel, longDate, otherView, plainNumber, statusView, t, thousands, wholeNumber, type StatusView } from "./labels.js";
import { idPart } from "./escape.js";
import { middleOf, type BarGroup, type BarSeries, type PeriodTarget, type PeriodValue } from "./svg.js";

/** A table cell: text, or a status shown as a badge with its word. */
export type Cell = string | { readonly status: StatusView };

/** A table. `numeric` columns are right-aligned; `wrap` columns hold long text; the first cell of a row heads the row. */
export interface TableBlock {
  readonly kind: "table";
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly numeric: readonly boolean[];
  readonly wrap: readonly boolean[];
}

/** A block of the report. */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: "paragraph"; readonly text: string; readonly status?: StatusView }
  | { readonly kind: "list"; readonly items: readonly { readonly text: string; readonly status?: StatusView }[] }
  | TableBlock
  /** The table of contents of a long report: a link to each section (level-2 heading), HTML only. */
  | { readonly kind: "toc"; readonly id: string; readonly title: string; readonly entries: readonly { readonly id: string; readonly text: string }[] }
  | { readonly kind: "bars"; readonly id: string; readonly title: string; readonly desc: string; readonly series: readonly BarSeries[]; readonly groups: readonly BarGroup[]; readonly axisLabel: string }
  | {
      readonly kind: "line";
      readonly id: string;
      readonly title: string;
      readonly desc: string;
      readonly measured: readonly PeriodValue[];
      readonly expected: readonly PeriodValue[];
      readonly baseline?: PeriodValue;
      readonly targets: readonly PeriodTarget[];
      readonly domain?: readonly [number, number];
      readonly unit: IndicatorUnit;
    };

/**
 * The look of a budget column in the bar chart. "Na wijziging" and "realisatie" (or "prognose") stand side by side
 * and are compared most: they differ in colour (blue against orange, told apart by colour-blind readers too) and in
 * pattern (stripes against plain, dots for a forecast), so they differ on a grey print as well.
 */
const SERIES_STYLES: Readonly<Record<string, Pick<BarSeries, "colour" | "pattern">>> = {
  original: { colour: "#90a4ae", pattern: "solid" },
  amended: { colour: "#1f5fa8", pattern: "hatch" },
  actual: { colour: "#c75000", pattern: "solid" },
  forecast: { colour: "#b8860b", pattern: "dots" },
};
const FALLBACK_COLOURS = ["#8d6e63", "#26a69a", "#7e57c2"];

/** The style of a column by its id; another column (`actual:<phase>`, one of several actual phases) gets a colour by its position. */
const seriesStyle = (id: string, i: number): Pick<BarSeries, "colour" | "pattern"> => SERIES_STYLES[id] ?? { colour: FALLBACK_COLOURS[i % FALLBACK_COLOURS.length] ?? "#777", pattern: "solid" };

/** An indicator value with its unit, e.g. `231 peuters`, `4 %`, `2 (onvoldoende)`. */
export function unitText(value: number, unit: IndicatorUnit, lang: ReportLanguage): string {
  const n = plainNumber(value, lang);
  switch (unit.kind) {
    case "count":
      return unit.label === undefined ? n : `${n} ${unit.label}`;
    case "percentage":
      return `${n} %`;
    case "rate":
      return `${n} per ${wholeNumber(unit.per, lang)} ${unit.of}`;
    case "money": {
      const text = Number.isSafeInteger(value) ? formatAmount(value as Cents) : plainNumber(value / 100, "nl");
      return `€ ${lang === "nl" ? text : text.replace(/[.,]/g, (c) => (c === "." ? "," : "."))}`;
    }
    case "ordinal": {
      const label = unit.labels?.[value - unit.min];
      return label === undefined ? n : `${n} (${label})`;
    }
    case "boolean":
      return value === 1 ? (lang === "nl" ? "ja" : "yes") : lang === "nl" ? "nee" : "no";
    case "quantity":
      return `${n} ${unit.label}`;
  }
}

/**
 * A row's explanation without the subject that the row's first cell already shows: the assessment says
 * "Wijkteams: in uitvoering." and the row "Wijkteams | in uitvoering | In uitvoering." — the name once, not twice.
 */
export function withoutSubject(message: string, subject: string): string {
  // A statement's closing full stop is left out where it is the subject of a sentence (goalStatus of opkoers/policy).
  const prefix = [`${subject}: `, `${subject.replace(/\.+$/, "")}: `].find((p) => message.startsWith(p)) ?? `${subject}: `;
  if (subject === "" || !message.startsWith(prefix) || message.length === prefix.length) return message;
  const rest = message.slice(prefix.length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/**
 * The name of a line of the overzicht outside the programmes: the taakveld code and its name (`0.7 Algemene uitkering …`),
 * the name alone where the code is no taakveld but a word the name already holds (`onvoorzien` → `Onvoorzien`, not
 * `onvoorzien Onvoorzien`).
 */
export function generalLineLabel(line: { readonly code: string; readonly label: string }, lang: ReportLanguage): string {
  if (line.code === "onvoorzien") return t("onvoorzien", lang);
  const code = line.code.trim();
  if (code === "" || line.label.trim().toLowerCase().startsWith(code.toLowerCase())) return line.label;
  return `${code} ${line.label}`;
}

/** A target as `≥ 250 peuters (2022)`. */
export function targetText(target: Target, unit: IndicatorUnit, lang: ReportLanguage): string {
  if (target.comparator === "between") return `${unitText(target.min, unit, lang)} – ${unitText(target.max, unit, lang)} (${target.period})`;
  const symbol = { atLeast: "≥", atMost: "≤", equal: "=" }[target.comparator];
  return `${symbol} ${unitText(target.value, unit, lang)} (${target.period})`;
}

/** Sorts values by where they stand on the time axis (the middle of their period), keeping the document's order on a tie. */
const byMiddle = <T extends { readonly period: string }>(values: readonly T[]): T[] => [...values].sort((a, b) => middleOf(a.period) - middleOf(b.period));

function indicatorChart(indicator: Indicator, lang: ReportLanguage, id: string): Block | null {
  // Every value stands over its own period (its middle), never at the period's end: "50 % (2023)" over 2023.
  const measured = byMiddle(
    indicator.measurements
      .filter((m) => m.breakdown === undefined && m.value.state === "available")
      .map((m) => ({ period: m.period, value: (m.value as { value: number }).value, text: `${unitText((m.value as { value: number }).value, indicator.unit, lang)} (${m.period})` })),
  );
  const targets = indicator.targets.map((target) => ({
    period: target.period,
    min: target.comparator === "between" ? target.min : target.value,
    max: target.comparator === "between" ? target.max : target.value,
    text: targetText(target, indicator.unit, lang),
  }));
  if (measured.length === 0 && targets.length === 0) return null;
  const baseline = indicator.baseline === undefined ? undefined : { period: indicator.baseline.period, value: indicator.baseline.value, text: `${unitText(indicator.baseline.value, indicator.unit, lang)} (${indicator.baseline.period})` };
  const expected: PeriodValue[] = [];
  if (baseline !== undefined && targets.length > 0) {
    const from = middleOf(baseline.period);
    const steps = byMiddle([
      ...(indicator.trajectory ?? []).map((p) => ({ period: p.period, value: p.value, text: "" })),
      ...targets.map((target) => ({ period: target.period, value: (target.min + target.max) / 2, text: "" })),
    ]).filter((p) => middleOf(p.period) > from);
    expected.push(baseline, ...steps);
  }
  const domain: readonly [number, number] | undefined =
    indicator.unit.kind === "ordinal" ? [indicator.unit.min, indicator.unit.max] : indicator.unit.kind === "boolean" ? [0, 1] : undefined;
  const lastMeasured = measured[measured.length - 1];
  const descParts = [
    lastMeasured === undefined ? (lang === "nl" ? "Nog geen metingen." : "No measurements yet.") : `${t("measured", lang)}: ${measured.map((m) => m.text).join(", ")}.`,
    ...(baseline === undefined ? [] : [`${t("baseline", lang)}: ${baseline.text}.`]),
    ...(targets.length === 0 ? [] : [`${t("target", lang)}: ${targets.map((x) => x.text).join(", ")}.`]),
  ];
  return {
    kind: "line",
    id,
    title: `${indicator.name} — ${lang === "nl" ? "metingen en streefwaarden" : "measurements and targets"}`,
    desc: descParts.join(" "),
    measured,
    expected,
    ...(baseline === undefined ? {} : { baseline }),
    targets,
    ...(domain === undefined ? {} : { domain }),
    unit: indicator.unit,
  };
}

/** The programme's figures in whole thousands, per column: the presented overview's row when the budget has one (it adds up), else rounded here. */
function programmeThousands(report: Report, programme: ProgrammeReport): Readonly<Record<string, { expenses: number; revenue: number; balance: number }>> {
  const presented = report.budget?.overview.programmes.find((p) => p.code === programme.code);
  if (programme.finances?.source === "budget" && presented !== undefined) return presented.values;
  const out: Record<string, { expenses: number; revenue: number; balance: number }> = {};
  for (const [id, figures] of Object.entries(programme.finances?.values ?? {})) {
    const expenses = Number(formatAmount(figures.expenses, { unit: "thousand" }).replace(/\./g, ""));
    const revenue = Number(formatAmount(figures.revenue, { unit: "thousand" }).replace(/\./g, ""));
    out[id] = { expenses, revenue, balance: revenue - expenses };
  }
  return out;
}

/** A programme's name by its code: the overview's label, else the planning's name, else the code itself. */
function programmeName(report: Report, code: string): string {
  return report.budget?.overview.programmes.find((p) => p.code === code)?.label ?? report.programmes.find((p) => p.code === code)?.name ?? code;
}

/** The deviation rows in the overview's order of programmes (rows of a programme the overview lacks last, by code). */
function inOverviewOrder(report: Report, rows: readonly DeviationRow[]): DeviationRow[] {
  const order = (report.budget?.overview.programmes ?? []).map((p) => p.code);
  const at = (row: DeviationRow): number => {
    const i = order.indexOf(String(row.key["programme"]));
    return i < 0 ? order.length : i;
  };
  return [...rows].sort((a, b) => at(a) - at(b));
}

/** A deviation's message with the programme named by its name, as every table names it (the finance layer writes the code). */
export function deviationMessage(report: Report, row: DeviationRow, text: string): string {
  const code = row.key["programme"];
  if (typeof code !== "string" || !text.startsWith(`${row.subject}, `)) return text;
  return `${programmeName(report, code)}${text.slice(row.subject.length)}`;
}

/** The deviations of `rows` that need an explanation, as list items, in the overview's order of programmes. */
function needingExplanation(report: Report, rows: readonly DeviationRow[], lang: ReportLanguage): { text: string; status: ReturnType<typeof otherView> }[] {
  return inOverviewOrder(report, rows).flatMap((row) =>
    [row.expenses, row.revenue]
      .filter((d) => d.assessment.status === "needsExplanation")
      .map((d) => ({ text: deviationMessage(report, row, d.assessment.message[lang]), status: otherView("needsExplanation", report.scale, lang) })),
  );
}

function deviationRows(rows: readonly DeviationRow[], report: Report, lang: ReportLanguage, withSubject: boolean): Cell[][] {
  return inOverviewOrder(report, rows).flatMap((row) =>
    [row.expenses, row.revenue].map((d): Cell[] => [
      ...(withSubject ? [typeof row.key["programme"] === "string" ? programmeName(report, row.key["programme"]) : row.subject] : []),
      t(d.side === "expenses" ? "expenses" : "revenue", lang),
      thousands(d.amended, lang),
      thousands(d.actual, lang),
      thousands(d.deviation, lang),
      d.percentage.defined ? `${plainNumber(d.percentage.value, lang)} %` : "—",
      { status: otherView(d.effect, report.scale, lang) },
      { status: otherView(d.assessment.status, report.scale, lang) },
    ]),
  );
}

/** The deviations table's headers of the compared columns: the overview's own column labels, so one figure has one name. */
function deviationHeads(report: Report, lang: ReportLanguage): [string, string] {
  const columns = report.budget?.columns ?? [];
  const amended = columns.find((c) => c.id === "amended")?.label[lang] ?? t("amended", lang);
  const compared = columns.find((c) => c.id === "actual")?.label[lang] ?? columns.find((c) => c.id === "forecast")?.label[lang] ?? t("compared", lang);
  return [amended, compared];
}

function programmeBlocks(report: Report, programme: ProgrammeReport, lang: ReportLanguage, nextId: () => string, idPrefix: string, index: number): Block[] {
  const blocks: Block[] = [];
  // The position keeps ids apart even when two programmes share a code (a report read back and edited).
  const slug = `${idPrefix}-programma-${index + 1}-${idPart(programme.code)}`;
  blocks.push({ kind: "heading", level: 2, text: `${t("programme", lang)} ${programme.name}`, id: slug });
  if (programme.ambition !== undefined) blocks.push({ kind: "paragraph", text: `${t("ambition", lang)}: ${programme.ambition}` });

  const counted: { text: string; status?: StatusView }[] = [];
  for (const [what, counts] of [
    ["goals", programme.counts.goals],
    ["indicators", programme.counts.indicators],
    ["activities", programme.counts.activities],
  ] as const) {
    for (const [status, count] of Object.entries(counts)) {
      if (count > 0) counted.push({ text: `${count} × ${{ goals: t("goal", lang), indicators: t("indicator", lang), activities: t("activity", lang) }[what].toLowerCase()}`, status: statusView(status as AnyStatus, report.scale, lang) });
    }
  }
  if (counted.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: t("counts", lang), id: `${slug}-aantallen` });
    blocks.push({ kind: "list", items: counted });
  }

  blocks.push({ kind: "heading", level: 3, text: t("goals", lang), id: `${slug}-doelen` });
  if (programme.goals.length === 0) blocks.push({ kind: "paragraph", text: t("none", lang) });
  else {
    blocks.push({
      kind: "table",
      caption: `${t("goals", lang)} — ${programme.name}`,
      head: [t("goal", lang), t("status", lang), t("explanation", lang)],
      rows: programme.goals.map((g) => [g.statement, { status: statusView(g.assessment.status, report.scale, lang) }, withoutSubject(g.assessment.message[lang], g.statement)]),
      numeric: [false, false, false],
      wrap: [false, false, true],
    });
  }

  blocks.push({ kind: "heading", level: 3, text: t("indicators", lang), id: `${slug}-indicatoren` });
  if (programme.indicators.length === 0) blocks.push({ kind: "paragraph", text: t("none", lang) });
  else {
    blocks.push({
      kind: "table",
      caption: `${t("indicators", lang)} — ${programme.name}`,
      head: [t("indicator", lang), t("value", lang), t("target", lang), t("status", lang), t("explanation", lang)],
      rows: programme.indicators.map(({ indicator, assessment }) => {
        const target = indicator.targets.find((x) => x.period === assessment.targetPeriod) ?? indicator.targets[0];
        return [
          indicator.name,
          assessment.value === undefined ? "—" : unitText(assessment.value, indicator.unit, lang),
          target === undefined ? "—" : targetText(target, indicator.unit, lang),
          { status: statusView(assessment.status, report.scale, lang) },
          withoutSubject(assessment.message[lang], indicator.name),
        ];
      }),
      numeric: [false, true, false, false, false],
      wrap: [false, false, false, false, true],
    });
    for (const { indicator } of programme.indicators) {
      const chart = indicatorChart(indicator, lang, nextId());
      if (chart !== null) blocks.push(chart);
    }
  }

  blocks.push({ kind: "heading", level: 3, text: t("activities", lang), id: `${slug}-activiteiten` });
  if (programme.activities.length === 0) blocks.push({ kind: "paragraph", text: t("none", lang) });
  else {
    blocks.push({
      kind: "table",
      caption: `${t("activities", lang)} — ${programme.name}`,
      head: [t("activity", lang), t("status", lang), t("explanation", lang)],
      rows: programme.activities.map((a) => [a.name, { status: statusView(a.assessment.status, report.scale, lang) }, withoutSubject(a.assessment.message[lang], a.name)]),
      numeric: [false, false, false],
      wrap: [false, false, true],
    });
  }

  if (programme.attention.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: t("attention", lang), id: `${slug}-aandacht` });
    blocks.push({ kind: "list", items: programme.attention.map((item) => ({ text: item.message[lang], status: statusView(item.status, report.scale, lang) })) });
  }

  const finances = programme.finances;
  if (finances !== null) {
    const values = programmeThousands(report, programme);
    const compare = finances.columns.find((c) => c.id === "actual" || c.id === "forecast");
    const hasDifference = compare !== undefined && finances.columns.some((c) => c.id === "amended");
    const diff = (key: "expenses" | "revenue" | "balance"): string => {
      const a = values["amended"]?.[key] ?? 0;
      const b = compare === undefined ? 0 : (values[compare.id]?.[key] ?? 0);
      return wholeNumber(b - a, lang);
    };
    blocks.push({ kind: "heading", level: 3, text: `${t("money", lang)} (${t("moneyUnit", lang)})`, id: `${slug}-geld` });
    blocks.push({
      kind: "table",
      caption: `${t("money", lang)} — ${programme.name} (${t("moneyUnit", lang)})`,
      head: [t("side", lang), ...finances.columns.map((c) => c.label[lang]), ...(hasDifference ? [t("difference", lang)] : [])],
      rows: (["expenses", "revenue", "balance"] as const).map((key) => [
        t(key, lang),
        ...finances.columns.map((c) => wholeNumber(values[c.id]?.[key] ?? 0, lang)),
        ...(hasDifference ? [diff(key)] : []),
      ]),
      numeric: [false, ...finances.columns.map(() => true), ...(hasDifference ? [true] : [])],
      wrap: [false, ...finances.columns.map(() => false), ...(hasDifference ? [false] : [])],
    });
    const series: BarSeries[] = finances.columns.map((c, i) => ({ label: c.label[lang], ...seriesStyle(c.id, i) }));
    const groups: BarGroup[] = (["expenses", "revenue"] as const).map((key) => ({
      label: t(key, lang),
      values: finances.columns.map((c) => ({ value: values[c.id]?.[key] ?? 0, text: wholeNumber(values[c.id]?.[key] ?? 0, lang) })),
    }));
    blocks.push({
      kind: "bars",
      id: nextId(),
      title: `${programme.name}: ${t("chartFinances", lang).toLowerCase()} (${t("moneyUnit", lang)})`,
      desc: groups.map((g) => `${g.label}: ${g.values.map((v, i) => `${series[i]?.label ?? ""} ${v.text}`).join(", ")}`).join("; ") + ".",
      series,
      groups,
      axisLabel: t("moneyUnit", lang),
    });
    if (finances.deviations.length > 0 && report.budget?.deviationPolicy) {
      blocks.push({ kind: "heading", level: 3, text: t("deviations", lang), id: `${slug}-afwijkingen` });
      blocks.push({ kind: "paragraph", text: `${t("deviationsPolicy", lang)}: ${report.budget.deviationPolicy.name[lang]} (${report.budget.deviationPolicy.source}).` });
      blocks.push({
        kind: "table",
        caption: `${t("deviations", lang)} — ${programme.name} (${t("moneyUnit", lang)})`,
        head: [t("side", lang), ...deviationHeads(report, lang), t("deviation", lang), "%", t("effect", lang), t("status", lang)],
        rows: deviationRows(finances.deviations, report, lang, false),
        numeric: [false, true, true, true, true, false, false],
        wrap: [false, false, false, false, false, false, false],
      });
      const needing = needingExplanation(report, finances.deviations, lang);
      if (needing.length > 0) blocks.push({ kind: "list", items: needing });
    }
  }
  return blocks;
}

function budgetBlocks(report: Report, lang: ReportLanguage, idPrefix: string): Block[] {
  const budget = report.budget;
  if (budget === null) return [];
  const blocks: Block[] = [];
  const o = budget.overview;
  const header = (id: string): string => budget.columns.find((c) => c.id === id)?.label[lang] ?? (id === "difference" ? t("difference", lang) : id);
  blocks.push({ kind: "heading", level: 2, text: `${t("overview", lang)} ${budget.year}`, id: `${idPrefix}-overzicht` });
  blocks.push({ kind: "paragraph", text: t("moneyUnit", lang).replace(/^./, (c) => c.toUpperCase()) + "." });
  const rows: Cell[][] = [];
  const figureRows = (label: string, values: Readonly<Record<string, { expenses: number; revenue: number; balance: number }>>): void => {
    for (const key of ["expenses", "revenue", "balance"] as const) {
      if (key !== "balance" && o.columns.every((c) => (values[c]?.[key] ?? 0) === 0)) continue;
      rows.push([label, t(key, lang), ...o.columns.map((c) => wholeNumber(values[c]?.[key] ?? 0, lang))]);
    }
  };
  // The subtotals of the parts: the Totaal programma's always, a non-programme part's where it has more than one line
  // (a report written before the subtotals existed has none).
  const subtotals = Array.isArray(o.subtotals) ? o.subtotals : [];
  const subtotalRows = (part: string, label: (text: string) => string): void => {
    const subtotal = subtotals.find((s) => s.part === part);
    if (subtotal !== undefined) figureRows(label(subtotal.label[lang]), subtotal.values);
  };
  for (const p of o.programmes) figureRows(p.label, p.values);
  subtotalRows("programmes", (text) => text);
  o.general.forEach((g, i) => {
    figureRows(generalLineLabel(g, lang), g.values);
    const last = o.general.slice(i + 1).every((other) => other.part !== g.part);
    if (last && g.part !== undefined && o.general.filter((other) => other.part === g.part).length > 1) {
      subtotalRows(g.part, (text) => `${lang === "nl" ? "Totaal" : "Total"} ${text.replace(/^./, (c) => c.toLowerCase())}`);
    }
  });
  rows.push([t("saldoBL", lang), t("balance", lang), ...o.columns.map((c) => wholeNumber(o.saldo[c]?.balance ?? 0, lang))]);
  for (const r of o.reserves) rows.push([`${t("reserves", lang)}: ${r.label}`, t("balance", lang), ...o.columns.map((c) => wholeNumber(r.values[c]?.balance ?? 0, lang))]);
  rows.push([t("result", lang), t("balance", lang), ...o.columns.map((c) => wholeNumber(o.result[c] ?? 0, lang))]);
  blocks.push({
    kind: "table",
    caption: `${t("overview", lang)} ${budget.year} (${t("moneyUnit", lang)})`,
    head: [t("overviewLine", lang), t("side", lang), ...o.columns.map(header)],
    rows,
    numeric: [false, false, ...o.columns.map(() => true)],
    wrap: [false, false, ...o.columns.map(() => false)],
  });

  // The summary of the deviations of every programme. It says nothing new when its rows are exactly those of one
  // programme section (a report of one programme), so it is left out then; the deviations that need an explanation
  // are listed once: in their programme's section, here only for a programme without a section.
  const inSections = new Set(report.programmes.filter((p) => (p.finances?.deviations.length ?? 0) > 0).map((p) => p.code));
  const outside = budget.deviations.filter((row) => !inSections.has(String(row.key["programme"])));
  if (budget.deviationPolicy !== null && (inSections.size >= 2 || outside.length > 0)) {
    blocks.push({ kind: "heading", level: 3, text: t("deviations", lang), id: `${idPrefix}-afwijkingen` });
    blocks.push({ kind: "paragraph", text: `${t("deviationsPolicy", lang)}: ${budget.deviationPolicy.name[lang]} (${budget.deviationPolicy.source}).` });
    const needing = needingExplanation(report, outside, lang);
    blocks.push({
      kind: "table",
      caption: `${t("deviations", lang)} ${budget.year} (${t("moneyUnit", lang)})`,
      head: [t("programme", lang), t("side", lang), ...deviationHeads(report, lang), t("deviation", lang), "%", t("effect", lang), t("status", lang)],
      rows: deviationRows(budget.deviations, report, lang, true),
      numeric: [false, false, true, true, true, true, false, false],
      wrap: [false, false, false, false, false, false, false, false],
    });
    if (needing.length > 0) blocks.push({ kind: "list", items: needing });
  }

  blocks.push({ kind: "heading", level: 2, text: t("balanceAndSupervision", lang), id: `${idPrefix}-evenwicht` });
  if (budget.structuralBalance !== null) {
    blocks.push({
      kind: "table",
      caption: `${t("structural", lang)} (${t("moneyUnit", lang)})`,
      head: [t("year", lang), t("structuralBalance", lang), t("incidentalBalance", lang), t("totalBalance", lang), t("status", lang)],
      rows: budget.structuralBalance.years.map((y) => [
        String(y.year),
        thousands(y.judgedBalance, lang),
        thousands(y.incidentalBalance, lang),
        thousands(y.totalBalance, lang),
        { status: otherView(y.assessment.status, report.scale, lang) },
      ]),
      numeric: [false, true, true, true, false],
      wrap: [false, false, false, false, false],
    });
  }
  if (budget.supervision !== null) {
    const s = budget.supervision;
    blocks.push({ kind: "paragraph", text: `${t("supervision", lang)}: ${s.assessment.message[lang]}`, status: otherView(s.regime, report.scale, lang) });
    blocks.push({
      kind: "list",
      items: s.reasons.map((reason) => ({ text: reason.message[lang], status: otherView(reason.status, report.scale, lang) })),
    });
  }
  return blocks;
}

/** The number of sections (level-2 headings) from which a report gets a table of contents. */
const TOC_FROM = 3;

/** The report as blocks in one language. */
export function reportBlocks(report: Report, lang: ReportLanguage, idPrefix = "r"): Block[] {
  let counter = 0;
  const nextId = (): string => `${idPrefix}-chart-${++counter}`;
  const doc = report.document;
  const name = doc.municipality.name ?? doc.municipality.code;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: `${t("report", lang)} ${name} — ${doc.title ?? `${documentTypeLabel(doc.type, lang)} ${doc.year}`}`, id: `${idPrefix}-top` },
    {
      kind: "paragraph",
      text: `${t("municipality", lang)}: ${name} (${doc.municipality.code}) · ${t("documentType", lang)}: ${documentTypeLabel(doc.type, lang)} ${doc.year} · ${t("asOf", lang)}: ${longDate(report.asOf, lang)} · ${t("scale", lang)}: ${report.scale.name[lang]}`,
    },
    { kind: "heading", level: 3, text: `${t("legend", lang)}: ${report.scale.name[lang]}`, id: `${idPrefix}-legend` },
    {
      kind: "list",
      items: report.scale.levels.map((level) => ({
        text: `${level.description[lang]}${level.colour ? ` (${level.colour.name[lang]})` : ""}`,
        status: { status: level.code, word: level.label[lang], colour: level.colour?.hex ?? "#616161" },
      })),
    },
  ];
  report.programmes.forEach((programme, i) => blocks.push(...programmeBlocks(report, programme, lang, nextId, idPrefix, i)));
  blocks.push(...budgetBlocks(report, lang, idPrefix));
  blocks.push({ kind: "heading", level: 2, text: t("deadlines", lang), id: `${idPrefix}-termijnen` });
  if (report.deadlines.length === 0) blocks.push({ kind: "paragraph", text: `${t("noDeadlines", lang)} (± ${report.windowDays} ${t("days", lang).toLowerCase()})` });
  else {
    blocks.push({
      kind: "table",
      caption: `${t("deadlines", lang)} (± ${report.windowDays} ${t("days", lang).toLowerCase()})`,
      head: [t("deadline", lang), t("due", lang), t("days", lang), t("status", lang)],
      rows: report.deadlines.map((item) => [
        item.deadline.label[lang],
        item.deadline.due,
        String(item.days),
        { status: item.deliveredOn === undefined ? otherView(item.state, report.scale, lang) : { ...otherView("delivered", report.scale, lang), word: `${otherView("delivered", report.scale, lang).word} ${item.deliveredOn}` } },
      ]),
      numeric: [false, false, true, false],
      wrap: [false, false, false, false],
    });
  }
  if (report.notes.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t("notes", lang), id: `${idPrefix}-notes` });
    blocks.push({ kind: "list", items: report.notes.map((note) => ({ text: note[lang] })) });
  }
  // A report of more than two sections opens with a table of contents, after its title and its facts.
  const sections = blocks.flatMap((block) => (block.kind === "heading" && block.level === 2 ? [{ id: block.id, text: block.text }] : []));
  if (sections.length >= TOC_FROM) blocks.splice(2, 0, { kind: "toc", id: `${idPrefix}-inhoud`, title: t("contents", lang), entries: sections });
  return blocks;
}


