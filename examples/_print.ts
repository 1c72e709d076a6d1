// Shared by the seed examples (almere-gezondheid-2024-programma.ts, almelo-zorg-2022.ts,
// almere-jaarverslag-2024.ts): validate a typed planning document with parsePlanningDocument, choose the
// P&C deadlines to watch, and print a programme summary as plain Dutch text.
//
// The printer only formats what the library computed: every status, delay, due date and sentence comes
// from programmeSummary / plannedDates and their assessments; targets, dates and amounts come from the
// document itself. Nothing is judged here.
import { pcDeadlines, type Deadline, type IsoDate } from "../src/calendar/index.js";
import { formatAmount, subtract, type Cents } from "../src/money/index.js";
import {
  ACTIVITY_AS_GOAL_STATUS,
  parsePlanningDocument,
  plannedDates,
  type Activity,
  type ActivityAssessment,
  type ActivityKind,
  type Agreement,
  type AttentionItem,
  type Goal,
  type GoalAssessment,
  type Indicator,
  type IndicatorAssessment,
  type IndicatorUnit,
  type PlanningDocument,
  type Programme,
  type ProgrammeSummary,
  type SummaryOptions,
  type Target,
} from "../src/policy/index.js";
import { ACTIVITY_STATUSES, GOAL_STATUSES, INDICATOR_STATUSES, statusLabel, type AnyStatus } from "../src/status/index.js";

/**
 * Validates a typed planning document the way a user's JSON file would be read: through JSON and
 * `parsePlanningDocument`. Throws with every issue (path and message) when the document is not valid, so an
 * example that drifts from the schema fails loudly.
 */
export function validated<T extends PlanningDocument>(document: T): T {
  const result = parsePlanningDocument(JSON.parse(JSON.stringify(document)));
  if (!result.ok) {
    const issues = result.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`The seed document ${document.municipality.code} ${document.type} ${document.year} is not valid:\n${issues}`);
  }
  if (result.value.type !== document.type) throw new Error(`Parsed a ${result.value.type}, expected a ${document.type}.`);
  return result.value as T;
}

/**
 * The P&C deadlines of a begrotingsjaar still ahead on `asOf`. The seeds do not say when earlier deadlines
 * were met (submission dates), so deadlines before `asOf` are not watched rather than reported as overdue.
 */
export function deadlinesAhead(year: number, asOf: IsoDate): Deadline[] {
  return pcDeadlines(year).filter((deadline) => deadline.due >= asOf);
}

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "2024-10-01" → "1 oktober 2024" (string arithmetic: no time zone involved). */
export function dutchDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? "?"} ${Number(date.slice(0, 4))}`;
}

const NUMBER = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** A value in the indicator's unit, e.g. "250 peuters", "10 %", "niveau 3". */
export function valueText(value: number, unit: IndicatorUnit): string {
  const n = NUMBER.format(value);
  switch (unit.kind) {
    case "count":
      return unit.label === undefined ? n : `${n} ${unit.label}`;
    case "percentage":
      return `${n} %`;
    case "rate":
      return `${n} per ${NUMBER.format(unit.per)} ${unit.of}`;
    case "money":
      return formatAmount(value as Cents, { symbol: true });
    case "ordinal":
      return `niveau ${n}${unit.labels?.[value - unit.min] === undefined ? "" : ` (${unit.labels[value - unit.min] ?? ""})`}`;
    case "boolean":
      return value === 1 ? "ja" : value === 0 ? "nee" : n;
    case "quantity":
      return `${n} ${unit.label}`;
  }
}

/** A target in words, with its period: "ten minste 250 peuters in 2022". */
export function targetText(target: Target, unit: IndicatorUnit): string {
  const what =
    target.comparator === "between"
      ? `tussen ${valueText(target.min, unit)} en ${valueText(target.max, unit)}`
      : `${{ atLeast: "ten minste", atMost: "ten hoogste", equal: "gelijk aan" }[target.comparator]} ${valueText(target.value, unit)}`;
  return `${what} in ${target.period}`;
}

const KIND: Readonly<Record<ActivityKind, string>> = { measure: "maatregel", project: "project", pilot: "pilot", contract: "contract", subsidy: "subsidie-afspraak", other: "overig" };
const LIFECYCLE: Readonly<Record<Activity["lifecycle"]["state"], string>> = { planned: "gepland", started: "gestart", completed: "afgerond", stopped: "gestopt", cancelled: "geannuleerd" };
const AGREEMENT: Readonly<Record<Agreement, string>> = { agree: "komt overeen", disagree: "wijkt af", notComparable: "niet te vergelijken", notReported: "niet gerapporteerd" };
const ITEM: Readonly<Record<AttentionItem["kind"], string>> = { indicator: "indicator", activity: "activiteit", milestone: "mijlpaal", goal: "doel", deadline: "termijn" };
const RULE: Readonly<Record<string, string>> = { "goal.status.worstOf": "slechtste van", "goal.status.weighted": "gewogen gemiddelde", "goal.status.allRequired": "alle vereist" };

const label = (status: AnyStatus): string => statusLabel(status).nl;

function counts<S extends AnyStatus>(keys: readonly S[], tally: Readonly<Record<S, number>>): string {
  const parts = keys.filter((key) => tally[key] > 0).map((key) => `${tally[key]} ${label(key)}`);
  return parts.length === 0 ? "geen" : parts.join(", ");
}

function indicatorLines(indicator: Indicator, assessment: IndicatorAssessment): string[] {
  const lines = [`  • indicator ${indicator.id} — ${indicator.name}`];
  if (indicator.baseline !== undefined) lines.push(`      nulmeting: ${valueText(indicator.baseline.value, indicator.unit)} (${indicator.baseline.period})${indicator.baseline.note === undefined ? "" : ` — ${indicator.baseline.note}`}`);
  if (indicator.targets.length === 0) lines.push("      streefwaarde: geen");
  for (const target of indicator.targets) lines.push(`      streefwaarde: ${targetText(target, indicator.unit)}${target.note === undefined ? "" : ` — "${target.note}"`}`);
  for (const m of indicator.measurements) {
    const value = m.value.state === "available" ? valueText(m.value.value, indicator.unit) : `n.n.b.${m.value.reason === undefined ? "" : ` (${m.value.reason})`}`;
    lines.push(`      meting ${m.period}: ${value}${m.note === undefined ? "" : ` — ${m.note}`}`);
  }
  lines.push(`      status: ${label(assessment.status)} — ${assessment.message.nl}`);
  return lines;
}

function activityLines(activity: Activity, assessment: ActivityAssessment, asOf: IsoDate): string[] {
  const dates = plannedDates(activity, asOf);
  const lines = [`  • activiteit ${activity.id} — ${activity.name} (${KIND[activity.kind]})`];
  lines.push(`      status: ${label(assessment.status)} — ${assessment.message.nl}`);
  const when = (now: IsoDate | undefined, original: IsoDate | undefined): string =>
    now === undefined ? "—" : now === original || original === undefined ? dutchDate(now) : `${dutchDate(now)} (oorspronkelijk ${dutchDate(original)})`;
  if (dates.start !== undefined || dates.end !== undefined) lines.push(`      gepland: start ${when(dates.start, dates.originalStart)}, einde ${when(dates.end, dates.originalEnd)}`);
  const { startedOn, endedOn } = activity.lifecycle;
  if (startedOn !== undefined || endedOn !== undefined) {
    lines.push(`      verloop: ${LIFECYCLE[activity.lifecycle.state]}${startedOn === undefined ? "" : ` (begonnen ${dutchDate(startedOn)})`}${endedOn === undefined ? "" : ` (beëindigd ${dutchDate(endedOn)})`}`);
  }
  for (const m of assessment.milestones) {
    const original = m.originalDue === m.due ? "" : ` (oorspronkelijk ${dutchDate(m.originalDue)})`;
    const days = m.status === "achieved" ? "" : m.days < 0 ? `, ${-m.days} ${m.days === -1 ? "dag" : "dagen"} verstreken` : m.days === 0 ? ", vandaag" : `, over ${m.days} ${m.days === 1 ? "dag" : "dagen"}`;
    lines.push(`      mijlpaal ${m.id}: ${m.label} — ${dutchDate(m.due)}${original}: ${label(m.status)}${days}`);
  }
  for (const revision of dates.applied) {
    const subject = revision.subject === "milestone" ? `mijlpaal ${revision.milestoneId ?? "?"}` : revision.subject === "start" ? "start" : "einde";
    const kind = revision.kind === "extended" ? "verlengd (besluit, geen vertraging)" : "uitgesteld";
    lines.push(`      herziening: ${subject} ${kind} naar ${dutchDate(revision.to)}, besloten ${dutchDate(revision.decidedOn)} — "${revision.reason}"`);
  }
  for (const evaluation of activity.evaluations ?? []) lines.push(`      evaluatie${evaluation.date === undefined ? "" : ` ${dutchDate(evaluation.date)}`}: "${evaluation.notes}"`);
  if (activity.budget !== undefined) lines.push(`      budget: ${formatAmount(activity.budget.amount, { symbol: true })}${activity.budget.note === undefined ? "" : ` — ${activity.budget.note}`}`);
  return lines;
}

function goalLines(goal: Goal, assessment: GoalAssessment, programme: Programme, summary: ProgrammeSummary): string[] {
  const lines = [`Doel ${goal.id}`];
  const reported = assessment.reported === undefined ? "—" : `${assessment.reported.label.nl} (schaal ${assessment.reported.scale})`;
  lines.push(`  berekend: ${label(assessment.status)} · gerapporteerd: ${reported} · ${AGREEMENT[assessment.agreement]}`);
  if (goal.reported?.note !== undefined) lines.push(`  toelichting bij de rapportage: "${goal.reported.note}"`);
  lines.push(`  ${assessment.message.nl}`);
  if (goal.planned !== undefined) lines.push(`  gepland (begroting): "${goal.planned}"`);
  if (goal.realised !== undefined) lines.push(`  gerealiseerd (verantwoording): "${goal.realised}"`);
  const all = [programme, ...(programme.subProgrammes ?? [])];
  for (const id of goal.indicatorIds) {
    const indicator = all.flatMap((p) => p.indicators).find((i) => i.id === id);
    const indicatorAssessment = summary.indicators.find((a) => a.subject === id);
    if (indicator !== undefined && indicatorAssessment !== undefined) lines.push(...indicatorLines(indicator, indicatorAssessment));
  }
  for (const id of goal.activityIds) {
    const activity = all.flatMap((p) => p.activities).find((a) => a.id === id);
    const activityAssessment = summary.activities.find((a) => a.subject === id);
    if (activity !== undefined && activityAssessment !== undefined) lines.push(...activityLines(activity, activityAssessment, summary.asOf));
  }
  return lines;
}

/** What a summary printout says about the document and the date, besides the programme. */
export interface PrintContext {
  /** Why this date (one line). */
  readonly why?: string;
  /** Remarks on how the seed was read (printed under the header). */
  readonly remarks?: readonly string[];
}

/**
 * The summary of one programme of a document on `summary.asOf`, as lines of Dutch text: header, lasten and
 * baten, counts per status, per goal the computed status next to the reported one with the indicators
 * (targets, status) and activities (dates, revisions, milestones, status), unlinked items, the P&C
 * deadlines due, and the items needing attention.
 */
export function printSummary(document: PlanningDocument, programme: Programme, summary: ProgrammeSummary, options: SummaryOptions, context: PrintContext = {}): string {
  const title = document.title ?? document.type;
  const lines: string[] = [];
  lines.push(`${document.municipality.name ?? document.municipality.code} (${document.municipality.code}) · ${title} · programma ${programme.name}`);
  const rule = summary.goals[0]?.ruleId;
  lines.push(`Stand per ${dutchDate(summary.asOf)}${context.why === undefined ? "" : ` — ${context.why}`}`);
  const activityAs = options.activityAs ?? ACTIVITY_AS_GOAL_STATUS;
  const changed = ACTIVITY_STATUSES.filter((s) => activityAs[s] !== ACTIVITY_AS_GOAL_STATUS[s]).map((s) => `${label(s)} telt als ${label(activityAs[s])}`);
  lines.push(`Doelstatus: regel "${rule === undefined ? "—" : (RULE[rule] ?? rule)}"${changed.length === 0 ? "" : `; ${changed.join(", ")}`}`);
  for (const remark of context.remarks ?? []) lines.push(`NB: ${remark}`);
  if (programme.ambition !== undefined) lines.push(`Ambitie: "${programme.ambition}"`);
  if (programme.finances !== undefined) {
    const { expenses, revenue } = programme.finances;
    const thousand = (amount: Cents): string => formatAmount(amount, { unit: "thousand" });
    lines.push(`Wat mag het kosten? lasten ${thousand(expenses)}, baten ${thousand(revenue)}, saldo ${formatAmount(subtract(revenue, expenses), { unit: "thousand", sign: "parentheses" })} (× € 1.000)`);
  }
  lines.push(`Doelen: ${counts(GOAL_STATUSES, summary.counts.goals)}`);
  lines.push(`Indicatoren: ${counts(INDICATOR_STATUSES, summary.counts.indicators)}`);
  lines.push(`Activiteiten: ${counts(ACTIVITY_STATUSES, summary.counts.activities)}`);

  const all = [programme, ...(programme.subProgrammes ?? [])];
  const linkedIndicators = new Set<string>();
  const linkedActivities = new Set<string>();
  for (const goal of all.flatMap((p) => p.goals)) {
    const assessment = summary.goals.find((g) => g.subject === goal.id);
    if (assessment === undefined) continue;
    goal.indicatorIds.forEach((id) => linkedIndicators.add(id));
    goal.activityIds.forEach((id) => linkedActivities.add(id));
    lines.push("", ...goalLines(goal, assessment, programme, summary));
  }
  const loose = [
    ...all.flatMap((p) => p.indicators).filter((i) => !linkedIndicators.has(i.id)).flatMap((i) => indicatorLines(i, summary.indicators.find((a) => a.subject === i.id) as IndicatorAssessment)),
    ...all.flatMap((p) => p.activities).filter((a) => !linkedActivities.has(a.id)).flatMap((a) => activityLines(a, summary.activities.find((s) => s.subject === a.id) as ActivityAssessment, summary.asOf)),
  ];
  if (loose.length > 0) lines.push("", "Niet aan een doel gekoppeld:", ...loose);

  lines.push("", `P&C-termijnen binnen ${options.windowDays ?? 30} dagen:`);
  if (summary.deadlinesDue.length === 0) lines.push("  geen");
  for (const deadline of summary.deadlinesDue) lines.push(`  • ${deadline.label.nl}: uiterlijk ${dutchDate(deadline.due)}`);
  lines.push("", "Aandacht (meest urgent eerst):");
  if (summary.attention.length === 0) lines.push("  niets");
  for (const item of summary.attention) lines.push(`  ${item.urgency} · ${ITEM[item.kind]} ${item.id}: ${item.message.nl}`);
  return `${lines.join("\n")}\n`;
}
