import { assertObject, assertSource, show } from "./_internal/assertInput.js";
import { fail } from "./_internal/fail.js";
import { isDocument } from "./_internal/phaseIds.js";
import { assertKnownOptions, selectionOf } from "./_internal/selection.js";
import { percentageOf, type Cents, type Percentage, type RoundingMode } from "../money/index.js";
import type { BudgetDocument, BudgetLine } from "./types.js";
import { rollup } from "./rollup.js";

/**
 * Options for {@link programmeShare}.
 *
 * @example
 * ```ts
 * import type { ProgrammeShareOptions } from "opkoers/budget";
 *
 * const options: ProgrammeShareOptions = { year: 2024, phase: "primitief", decimals: 1 };
 * options.decimals; //=> 1
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface ProgrammeShareOptions {
  /**
   * The year. Default for a document its `budgetYear`; for lines the one year
   * they contain (lines of several years without a year are an error). Not
   * together with `years`.
   */
  readonly year?: number;
  /** Several years added up (as in {@link rollup}); not together with `year`. @since 0.2.0 */
  readonly years?: readonly number[];
  /** The phase: the same as `phases: [phase]`. @since 0.2.0 */
  readonly phase?: string;
  /**
   * The phases. Default for a document its phases of kind `"original"` (the
   * begroting primitief, as printed beside each programme); for lines the one
   * phase they contain (lines of several phases without a phase are an
   * error). Not together with `phase`.
   */
  readonly phases?: readonly string[];
  /**
   * The totals to divide by, when they come from elsewhere (e.g. a published
   * begroting of which only one programme is loaded); default: the totals of
   * all lines selected.
   */
  readonly totals?: {
    /** Total lasten. */
    readonly expenses: Cents;
    /** Total baten. */
    readonly revenue: Cents;
  };
  /** Decimals of the percentages; default 1 (as in "4,1 %"). */
  readonly decimals?: number;
  /** Rounding of the percentages; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
}

/**
 * What {@link programmeShare} returns.
 *
 * @example
 * ```ts
 * import type { ProgrammeShare } from "opkoers/budget";
 *
 * type Keys = keyof ProgrammeShare;
 * const key: Keys = "expensesShare";
 * key; //=> "expensesShare"
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface ProgrammeShare {
  /** The programme. */
  readonly programme: string;
  /** The years added up (the default or the option). @since 0.2.0 */
  readonly years: readonly number[];
  /** The phases added up (the default or the option). @since 0.2.0 */
  readonly phases: readonly string[];
  /** Its lasten. */
  readonly expenses: Cents;
  /** Its baten. */
  readonly revenue: Cents;
  /** Total lasten divided by. */
  readonly totalExpenses: Cents;
  /** Total baten divided by. */
  readonly totalRevenue: Cents;
  /** Lasten as a percentage of total lasten. */
  readonly expensesShare: Percentage;
  /** Baten as a percentage of total baten. */
  readonly revenueShare: Percentage;
}

/**
 * A programme's lasten and baten as a share of the total lasten and baten,
 * as printed beside each programme in a begroting (Almere Gezondheid 2024:
 * lasten 46.634 = 4,1 %, baten 4.742 = 0,4 %). The percentage is computed
 * once from the exact amounts and rounded once (money's `percentageOf`).
 *
 * One year and one kind of figures: by default a document's `budgetYear`
 * and its original budget (the phases of kind `"original"`, the begroting
 * primitief) — never every year and every phase added up, which mixes the
 * meerjarenraming, the realisatie and the amendments into one share. Plain
 * lines must be of one year and one phase unless `year`/`years` and
 * `phase`/`phases` say which. The result names the years and phases used.
 * The option names follow {@link rollup}: `year` or `years`, `phase` or
 * `phases`; an unknown option name is an error, never ignored.
 *
 * @param source - A budget document, or lines.
 * @param programme - The programme's code.
 * @param options - Year(s), phase(s), external totals and rounding.
 * @returns The amounts, the totals and the two percentages (undefined when a total is zero, never NaN).
 * @throws {@link DomainError} `unknown_phase` – when a selected phase is not in the document.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_option` – when an option name is unknown or an option is not allowed, both `year` and `years` (or `phase` and `phases`) are given, the document has no original phase and no phase is given, or plain lines of several years or phases come without a year or phase.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { programmeShare, type BudgetLine } from "opkoers/budget";
 *
 * const line = (programme: string, expenses: number, revenue: number): BudgetLine => ({
 *   programme, taakveld: "7.1", year: 2024, phase: "primitief", expenses: euro(expenses), revenue: euro(revenue), nature: "structureel",
 * });
 * const share = programmeShare([line("gezondheid", 41, 3), line("overig", 959, 997)], "gezondheid");
 * share.expensesShare; //=> { defined: true, value: 4.1, scaled: 41, decimals: 1 }
 * share.revenueShare.defined && share.revenueShare.value; //=> 0.3
 * [share.years, share.phases]; //=> [[2024], ["primitief"]]
 *
 * // Lines of two years: say which, or the call refuses rather than adding them up.
 * const twoYears = [line("gezondheid", 41, 3), { ...line("gezondheid", 50, 3), year: 2025 }];
 * programmeShare(twoYears, "gezondheid"); //=> throws invalid_option
 * programmeShare(twoYears, "gezondheid", { year: 2025 }).expenses; //=> 5000
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export function programmeShare(source: BudgetDocument | readonly BudgetLine[], programme: string, options: ProgrammeShareOptions = {}): ProgrammeShare {
  assertSource(source);
  assertObject(options, "The options");
  assertKnownOptions(options, ["year", "years", "phase", "phases", "totals", "decimals", "rounding"], "programmeShare");
  if (typeof programme !== "string") fail("invalid_option", `The programme must be a programme code (a string), but it is ${show(programme)}.`, { argument: "programme", value: programme });
  const selection = selectionOf(options as unknown as Readonly<Record<string, unknown>>);
  const years = selection.years ?? defaultYears(source);
  const phases = selection.phases ?? defaultPhases(source);
  const result = rollup(source, { by: ["programme"], phases, years });
  const row = result.rows.find((r) => r.key.programme === programme);
  const expenses = (row?.expenses ?? 0) as Cents;
  const revenue = (row?.revenue ?? 0) as Cents;
  if (options.totals !== undefined) assertObject(options.totals, "totals");
  const totalExpenses = options.totals?.expenses ?? result.total.expenses;
  const totalRevenue = options.totals?.revenue ?? result.total.revenue;
  const pct = { ...(options.decimals === undefined ? {} : { decimals: options.decimals }), ...(options.rounding === undefined ? {} : { rounding: options.rounding }) };
  return {
    programme,
    years: [...years].sort((a, b) => a - b),
    phases: [...phases],
    expenses,
    revenue,
    totalExpenses,
    totalRevenue,
    expensesShare: percentageOf(expenses, totalExpenses, pct),
    revenueShare: percentageOf(revenue, totalRevenue, pct),
  };
}

/** The default years: a document's budgetYear; for lines the one year they have ([] without lines). */
function defaultYears(source: BudgetDocument | readonly BudgetLine[]): readonly number[] {
  if (isDocument(source)) {
    const year = source.budgetYear as unknown;
    if (typeof year !== "number" || !Number.isInteger(year)) fail("invalid_option", `The document's budgetYear must be a whole year, but it is ${show(year)}; pass year.`, { option: "year" });
    return [year];
  }
  const found = [...new Set(source.map((line: unknown, i) => lineField(line, i, "year")))].sort((a, b) => Number(a) - Number(b)) as number[];
  if (found.length > 1) fail("invalid_option", `The lines are of several years (${found.join(", ")}): pass year (or years) to say which.`, { option: "year", years: found });
  return found;
}

/** The default phases: a document's phases of kind "original"; for lines the one phase they have ([] without lines). */
function defaultPhases(source: BudgetDocument | readonly BudgetLine[]): readonly string[] {
  if (isDocument(source)) {
    const original = source.phases.filter((phase) => phase.kind === "original").map((phase) => phase.id);
    if (original.length === 0) fail("invalid_option", `The document has no phase of kind "original" (the begroting primitief): pass phase (or phases) to say which figures to use.`, { option: "phase" });
    return original;
  }
  const found = [...new Set(source.map((line: unknown, i) => lineField(line, i, "phase")))].sort() as string[];
  if (found.length > 1) fail("invalid_option", `The lines are of several phases (${found.map((p) => JSON.stringify(p)).join(", ")}): pass phase (or phases) to say which.`, { option: "phase", phases: found });
  return found;
}

/** A line's year (a whole year) or phase (a string), for the defaults; anything else is `invalid_option` naming the line. */
function lineField(line: unknown, index: number, field: "year" | "phase"): number | string {
  const value = typeof line === "object" && line !== null ? (line as Readonly<Record<string, unknown>>)[field] : undefined;
  const ok = field === "year" ? typeof value === "number" && Number.isInteger(value) : typeof value === "string";
  if (!ok) fail("invalid_option", `Line ${index} must be a budget line with a ${field === "year" ? "whole year" : "phase id"}, but its ${field} is ${show(value)}.`, { index, field });
  return value as number | string;
}
