import { joinList } from "../errors/_internal/joinList.js";
import {
  amendedPhaseIds,
  linesOf,
  overviewOfBatenLasten,
  presentOverview,
  standardColumns,
  type BatenLastenOverview,
  type BudgetDocument,
  type BudgetLine,
  type Figures,
  type OverviewColumn,
} from "../budget/index.js";
import { daysUntil, isIsoDate, pcDeadlines, type Deadline, type IsoDate } from "../calendar/index.js";
import { DomainError } from "../errors/DomainError.js";
import { budgetDeviations, DEVIATION_POLICIES, structuralBalance, supervisionRegime, type DeviationPolicy } from "../finance/index.js";
import { subtract } from "../money/index.js";
import { programmeSummary, type Activity, type Goal, type Indicator, type PlanningDocument, type Programme } from "../policy/index.js";
import { STATUS_SCALE_PRESETS, type LocalizedText, type StatusScale } from "../status/index.js";
import { describe, isRecord } from "./_internal/describe.js";
import { parseReportInput } from "./parseReportInput.js";
import type { BudgetReport, BuildReportOptions, DeadlineItem, ProgrammeFigures, ProgrammeReport, Report, ReportInput } from "./types.js";

const DEFAULT_SCALE = "threeColour";
const DEFAULT_POLICY = "nieuwkoop2017";
const DEFAULT_WINDOW = 30;
const ZERO = { expenses: 0, revenue: 0, balance: 0 } as Figures;

function deadlinesAround(doc: PlanningDocument, asOf: IsoDate, windowDays: number, submissions: Readonly<Record<string, IsoDate>>): DeadlineItem[] {
  const asOfYear = Number(asOf.slice(0, 4));
  const years = new Set([doc.year - 1, doc.year, doc.year + 1, asOfYear - 1, asOfYear, asOfYear + 1].filter((y) => y >= 2 && y <= 9998));
  const seen = new Map<string, Deadline>();
  for (const year of [...years].sort((a, b) => a - b)) for (const deadline of pcDeadlines(year)) seen.set(deadline.id, deadline);
  const items: DeadlineItem[] = [];
  for (const deadline of seen.values()) {
    const days = daysUntil(deadline, asOf);
    if (days < -windowDays || days > windowDays) continue;
    const deliveredOn = Object.hasOwn(submissions, deadline.id) ? submissions[deadline.id] : undefined;
    if (deliveredOn !== undefined && deliveredOn <= asOf) items.push({ deadline, state: "delivered", days, deliveredOn });
    else items.push({ deadline, state: days < 0 ? "overdue" : "due", days });
  }
  return items.sort((a, b) => (a.deadline.due < b.deadline.due ? -1 : a.deadline.due > b.deadline.due ? 1 : a.deadline.id < b.deadline.id ? -1 : a.deadline.id > b.deadline.id ? 1 : 0));
}

/**
 * The overview's columns, chosen for the budget year. The standard ones (`standardColumns` of
 * opkoers/budget): begroting primitief, na wijziging, and the realisatie — one column per whole-year actual
 * phase with lines in the year when there are several (they are versions of one figure, never added up; the
 * last in the document's order keeps the id `"actual"` and is the one compared with the amended budget).
 * An actual column without a single line in the budget year is left out: its zeros would be compared as if
 * nothing had been spent. Without actual figures: one column per forecast phase that has lines in the budget
 * year (each forecast is a whole-year estimate, so they are never added up either). The last forecast in the
 * document's order is the one compared with the amended budget; it keeps the id `"forecast"`, earlier ones
 * are `"forecast:<phase id>"`.
 */
function columnsOf(budget: BudgetDocument, asOf: IsoDate): { columns: readonly OverviewColumn[]; compare: OverviewColumn | undefined } {
  const year = budget.budgetYear;
  // The lines themselves are checked where they are added up; a line that is not an object has no phase here.
  const lines = budget.lines as readonly (Partial<BudgetLine> | null | undefined)[];
  const hasLines = (phases: readonly string[]): boolean => lines.some((line) => line?.phase !== undefined && phases.includes(line.phase) && line.year === year);
  const standard = standardColumns(budget, asOf, year);
  const actual = standard.find((c) => c.id === "actual");
  if (actual !== undefined && hasLines(actual.phases)) return { columns: standard, compare: actual };
  const columns = standard.filter((c) => c.id !== "actual");
  let compare: OverviewColumn | undefined;
  const forecasts = budget.phases.filter((p) => p.kind === "forecast" && hasLines([p.id]));
  forecasts.forEach((phase, i) => {
    const last = i === forecasts.length - 1;
    const name = phase.label ?? phase.id;
    const column: OverviewColumn = {
      id: last ? "forecast" : `forecast:${phase.id}`,
      label: forecasts.length === 1 ? { nl: "Prognose", en: "Forecast" } : { nl: `Prognose ${name}`, en: `Forecast ${name}` },
      phases: [phase.id],
    };
    columns.push(column);
    if (last) compare = column;
  });
  return { columns, compare };
}

function budgetPart(
  budget: BudgetDocument,
  asOf: IsoDate,
  policy: DeviationPolicy,
  submissions: Readonly<Record<string, IsoDate>>,
  notes: LocalizedText[],
): { readonly report: BudgetReport; readonly cents: BatenLastenOverview } {
  const year = budget.budgetYear;
  const amended = amendedPhaseIds(budget, asOf);
  const { columns, compare } = columnsOf(budget, asOf);
  const overview = overviewOfBatenLasten(budget, { columns, asOf, difference: compare === undefined ? false : { from: "amended", to: compare.id } });
  // The programmes' own lasten and baten, the lines of the overview's programme rows (one classification,
  // lineClassifier): reserve mutations, overhead and general cover booked under a programme code are not in them.
  const deviations = compare === undefined ? [] : budgetDeviations(budget, { policy, year, amendedPhases: amended, actualPhases: compare.phases, parts: ["programme"] });
  if (compare === undefined) {
    notes.push({
      nl: `De begroting heeft geen realisatie of prognose over ${year}: afwijkingen zijn niet bepaald.`,
      en: `The budget has no actual or forecast figures for ${year}: deviations were not determined.`,
    });
  }
  const lines = linesOf(budget, amended);
  const years = [year, year + 1, year + 2, year + 3];
  const missing = years.filter((y) => !lines.some((line) => line.year === y));
  let balance: BudgetReport["structuralBalance"] = null;
  let supervision: BudgetReport["supervision"] = null;
  if (missing.length > 0) {
    notes.push({
      nl: `De begroting heeft geen cijfers voor ${joinList(missing.map(String), "and", "nl")}: het structureel evenwicht en het toezichtregime zijn niet bepaald.`,
      en: `The budget has no figures for ${joinList(missing.map(String), "and", "en")}: the structural balance and the supervision regime were not determined.`,
    });
  } else {
    balance = structuralBalance(budget, { phases: amended, years });
    const begroting = submissions[`begroting.${year}`];
    const jaarstukken = submissions[`jaarstukken.${year - 2}`];
    supervision = supervisionRegime({
      budgetYear: year,
      balance,
      ...(begroting === undefined ? {} : { begrotingSubmittedOn: begroting }),
      ...(jaarstukken === undefined ? {} : { jaarstukkenSubmittedOn: jaarstukken }),
    });
  }
  const report: BudgetReport = {
    year,
    columns,
    overview: presentOverview(overview),
    deviationPolicy: compare === undefined ? null : policy,
    deviations,
    structuralBalance: balance,
    supervision,
  };
  return { report, cents: overview };
}

function programmeTree(programme: Programme): readonly Programme[] {
  return [programme, ...(programme.subProgrammes ?? [])];
}

function programmePart(programme: Programme, options: { asOf: IsoDate; windowDays: number; scales: readonly StatusScale[] }): ProgrammeReport {
  const summary = programmeSummary(programme, { asOf: options.asOf, windowDays: options.windowDays, scales: options.scales });
  const tree = programmeTree(programme);
  const goals = new Map<string, Goal>(tree.flatMap((p) => p.goals.map((g): [string, Goal] => [g.id, g])));
  const indicators = new Map<string, Indicator>(tree.flatMap((p) => p.indicators.map((i): [string, Indicator] => [i.id, i])));
  const activities = new Map<string, Activity>(tree.flatMap((p) => p.activities.map((a): [string, Activity] => [a.id, a])));
  let finances: ProgrammeFigures | null = null;
  if (programme.finances !== undefined) {
    const { expenses, revenue } = programme.finances;
    finances = {
      source: "planning",
      columns: [{ id: "original", label: { nl: "Begroting", en: "Budget" } }],
      values: { original: { expenses, revenue, balance: subtract(revenue, expenses) } },
      deviations: [],
    };
  }
  return {
    code: programme.code,
    name: programme.name,
    ...(programme.ambition === undefined ? {} : { ambition: programme.ambition }),
    counts: summary.counts,
    goals: summary.goals.map((assessment) => ({ statement: goals.get(assessment.subject)?.statement ?? assessment.subject, assessment })),
    indicators: summary.indicators.map((assessment) => ({ indicator: indicators.get(assessment.subject) as Indicator, assessment })),
    activities: summary.activities.map((assessment) => ({ name: activities.get(assessment.subject)?.name ?? assessment.subject, assessment })),
    attention: summary.attention,
    finances,
  };
}

/**
 * Compute the status report of a planning document on a date: per programme
 * the assessment of every goal, indicator and activity (`programmeSummary` of
 * opkoers/policy) and its money; with a budget document also the overzicht
 * van baten en lasten (× € 1.000), the deviations that need an explanation
 * under the chosen policy (amended budget against the actual figures, or a
 * year-end forecast when there are no actuals yet), the structural balance of
 * t..t+3 and the supervision regime; and the P&C deadlines due within the
 * window before and after the date. The result is data: render it with
 * {@link renderReport}.
 *
 * @param input - The planning document, the budget document and the settings (see {@link ReportInput}).
 * @param options - Overrides of the input's date, scale, deviation policy and window.
 * @returns The report.
 * @throws {@link DomainError} `invalid_date` – when the date is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when the scale or the deviation policy is unknown, the window is not 0–366 days, the options are not an object, or the input is not a report input (not an object, no planning document, or a document that {@link parseReportInput} would not accept; `details.issues` then lists what is wrong).
 * @throws {@link DomainError} `unknown_phase` / `amount_out_of_range` – from the budget functions, for a budget that `parseBudget` would not accept.
 *
 * @example
 * ```ts
 * import { buildReport } from "opkoers/report";
 *
 * const report = buildReport(
 *   {
 *     planning: {
 *       type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024,
 *       programmes: [{
 *         code: "gezondheid", name: "Gezondheid", portfolioHolders: [], goals: [], indicators: [], taakvelden: ["7.1"], partners: [],
 *         finances: { expenses: 4663400000, revenue: 474200000 },
 *         activities: [{ id: "wmo-vervoer", name: "Wmo-vervoer", kind: "contract", plannedStart: "2024-01-01", plannedEnd: "2024-09-30", milestones: [], revisions: [], lifecycle: { state: "started" } }],
 *       }],
 *     },
 *   },
 *   { asOf: "2024-10-20" },
 * );
 * report.programmes[0]?.activities[0]?.assessment.status; //=> "delayed"
 * report.programmes[0]?.finances?.values["original"]?.balance; //=> -4189200000
 * report.budget; //=> null
 * buildReport(null as never); //=> throws invalid_option
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export function buildReport(input: ReportInput, options: BuildReportOptions = {}): Report {
  checkArguments(input, options);
  try {
    return build(input, options);
  } catch (error) {
    // An error from deep inside (a TypeError, or a lower layer's guard naming only its own argument): when the
    // input's own rules find what is wrong with it, say that instead; otherwise the error stands.
    const parsed = parseReportInput(input);
    if (parsed.ok) throw error;
    const first = parsed.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    throw new DomainError("invalid_option", `The input of buildReport is not a valid report input: ${first}.`, { option: "input", issues: parsed.issues });
  }
}

function checkArguments(input: unknown, options: unknown): void {
  if (!isRecord(options)) throw new DomainError("invalid_option", `The options of buildReport must be an object such as { asOf: "2024-10-20" }, but they are ${describe(options)}.`, { option: "options", value: options });
  if (!isRecord(input)) throw new DomainError("invalid_option", `buildReport needs a report input { planning, budget?, … }, but it got ${describe(input)}.`, { option: "input", value: input });
  const planning = input["planning"];
  if (!isRecord(planning) || !Array.isArray(planning["programmes"]) || !isRecord(planning["municipality"]) || !Number.isInteger(planning["year"])) {
    throw new DomainError("invalid_option", `The input's planning is not a planning document (with its type, municipality, year and programmes): it is ${describe(planning)}.`, { option: "input", path: ["planning"] });
  }
  if (input["budget"] !== undefined && !isRecord(input["budget"])) {
    throw new DomainError("invalid_option", `The input's budget is not a budget document: it is ${describe(input["budget"])}.`, { option: "input", path: ["budget"] });
  }
  if (input["submissions"] !== undefined && !isRecord(input["submissions"])) {
    throw new DomainError("invalid_option", `The input's submissions must map deadline ids to dates, but they are ${describe(input["submissions"])}.`, { option: "input", path: ["submissions"] });
  }
  for (const key of ["scale", "deviationPolicy"] as const) {
    for (const [where, value] of [["options", options[key]], ["input", input[key]]] as const) {
      if (value !== undefined && typeof value !== "string") throw new DomainError("invalid_option", `The ${key} (in the ${where}) must be an id, but it is ${describe(value)}.`, { option: key, value });
    }
  }
}

function build(input: ReportInput, options: BuildReportOptions): Report {
  const doc = input.planning;
  const asOf = options.asOf ?? input.asOf ?? `${String(doc.year).padStart(4, "0")}-12-31`;
  if (!isIsoDate(asOf)) throw new DomainError("invalid_date", `The report date ${describe(asOf)} is not an ISO date YYYY-MM-DD.`, { value: asOf });
  const windowDays = options.windowDays ?? input.windowDays ?? DEFAULT_WINDOW;
  if (!Number.isInteger(windowDays) || windowDays < 0 || windowDays > 366) {
    throw new DomainError("invalid_option", `The deadline window must be a whole number of days from 0 to 366, but it is ${describe(windowDays)}.`, { option: "windowDays", value: windowDays });
  }
  const scales = [...STATUS_SCALE_PRESETS, ...(doc.statusScales ?? [])];
  const scaleId = options.scale ?? input.scale ?? DEFAULT_SCALE;
  const scale = scales.find((s) => s.id === scaleId);
  if (scale === undefined) {
    throw new DomainError("invalid_option", `The status scale ${describe(scaleId)} is not known; use one of ${scales.map((s) => s.id).join(", ")}.`, { option: "scale", value: scaleId });
  }
  const policyId = options.deviationPolicy ?? input.deviationPolicy ?? DEFAULT_POLICY;
  if (!Object.hasOwn(DEVIATION_POLICIES, policyId)) {
    throw new DomainError("invalid_option", `The deviation policy ${describe(policyId)} is not known; use one of ${Object.keys(DEVIATION_POLICIES).join(", ")}.`, { option: "deviationPolicy", value: policyId });
  }
  const policy: DeviationPolicy = DEVIATION_POLICIES[policyId as keyof typeof DEVIATION_POLICIES];
  const submissions = input.submissions ?? {};
  const notes: LocalizedText[] = [];
  if (input.budget === undefined) {
    notes.push({ nl: "Er is geen begrotingsdocument meegegeven: het overzicht van baten en lasten, de afwijkingen en het structureel evenwicht ontbreken.", en: "No budget document was given: the overview of revenue and expenses, the deviations and the structural balance are missing." });
  }
  const budget = input.budget === undefined ? null : budgetPart(input.budget, asOf, policy, submissions, notes);
  const programmes = doc.programmes.map((programme) => {
    const part = programmePart(programme, { asOf, windowDays, scales });
    const line = budget?.cents.programmes.find((p) => p.code === programme.code);
    if (budget === null || line === undefined) return part;
    const finances: ProgrammeFigures = {
      source: "budget",
      columns: budget.report.columns.map((c) => ({ id: c.id, label: c.label })),
      values: Object.fromEntries(budget.report.columns.map((c) => [c.id, line.values[c.id] ?? ZERO])),
      deviations: budget.report.deviations.filter((row) => row.key["programme"] === programme.code),
    };
    return { ...part, finances };
  });
  return {
    asOf,
    windowDays,
    document: {
      type: doc.type,
      year: doc.year,
      ...(doc.title === undefined ? {} : { title: doc.title }),
      municipality: doc.municipality,
    },
    scale,
    programmes,
    deadlines: deadlinesAround(doc, asOf, windowDays, submissions),
    budget: budget?.report ?? null,
    notes,
  };
}
