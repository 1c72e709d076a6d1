import { assertObject, assertSource } from "./_internal/assertInput.js";
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
 * const options: ProgrammeShareOptions = { year: 2024, phases: ["primitief"], decimals: 1 };
 * options.decimals; //=> 1
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface ProgrammeShareOptions {
  /** Only lines of this year. */
  readonly year?: number;
  /** Only these phases (e.g. the original budget). */
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
 * @param source - A budget document, or lines.
 * @param programme - The programme's code.
 * @param options - Year, phases, external totals and rounding.
 * @returns The amounts, the totals and the two percentages (undefined when a total is zero, never NaN).
 * @throws {@link DomainError} `unknown_phase` – when a selected phase is not in the document.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
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
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export function programmeShare(source: BudgetDocument | readonly BudgetLine[], programme: string, options: ProgrammeShareOptions = {}): ProgrammeShare {
  assertSource(source);
  assertObject(options, "The options");
  const result = rollup(source, {
    by: ["programme"],
    ...(options.phases === undefined ? {} : { phases: options.phases }),
    ...(options.year === undefined ? {} : { years: [options.year] }),
  });
  const row = result.rows.find((r) => r.key.programme === programme);
  const expenses = (row?.expenses ?? 0) as Cents;
  const revenue = (row?.revenue ?? 0) as Cents;
  const totalExpenses = options.totals?.expenses ?? result.total.expenses;
  const totalRevenue = options.totals?.revenue ?? result.total.revenue;
  const pct = { ...(options.decimals === undefined ? {} : { decimals: options.decimals }), ...(options.rounding === undefined ? {} : { rounding: options.rounding }) };
  return {
    programme,
    expenses,
    revenue,
    totalExpenses,
    totalRevenue,
    expensesShare: percentageOf(expenses, totalExpenses, pct),
    revenueShare: percentageOf(revenue, totalRevenue, pct),
  };
}
