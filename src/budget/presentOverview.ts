import { DomainError } from "../errors/DomainError.js";
import { roundForPresentation, subtract, type Cents, type PresentationUnit, type RoundingMode } from "../money/index.js";
import type { LocalizedText } from "../status/index.js";
import type { BatenLastenOverview, OverviewPart, OverviewSubtotalPart } from "./types.js";
import { GENERAL_PARTS, isGeneralPart, SUBTOTAL_LABELS } from "./_internal/subtotalParts.js";

/**
 * Options for {@link presentOverview}.
 *
 * @example
 * ```ts
 * import type { PresentOverviewOptions } from "opkoers/budget";
 *
 * const options: PresentOverviewOptions = { unit: "thousand" };
 * options.unit; //=> "thousand"
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface PresentOverviewOptions {
  /** The unit of the table; default `"thousand"` (× € 1.000). */
  readonly unit?: PresentationUnit;
  /** How totals are rounded; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
}

/**
 * Rounded lasten, baten and saldo, in units of the table.
 *
 * @example
 * ```ts
 * import type { PresentedFigures } from "opkoers/budget";
 *
 * const f: PresentedFigures = { expenses: 46634, revenue: 4742, balance: -41892 };
 * f.revenue - f.expenses; //=> f.balance
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface PresentedFigures {
  /** Lasten. */
  readonly expenses: number;
  /** Baten. */
  readonly revenue: number;
  /**
   * Saldo (baten − lasten). For a line: its rounded baten − lasten, or one unit
   * from it where the lines must add up to the rounded saldo; for the saldo
   * van baten en lasten: the exact saldo rounded.
   */
  readonly balance: number;
}

/**
 * Rounded reserve mutations, in units of the table.
 *
 * @example
 * ```ts
 * import type { PresentedReserveFigures } from "opkoers/budget";
 *
 * const r: PresentedReserveFigures = { additions: 5, withdrawals: 2, balance: -3 };
 * r.balance; //=> -3
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface PresentedReserveFigures {
  /** Toevoegingen. */
  readonly additions: number;
  /** Onttrekkingen. */
  readonly withdrawals: number;
  /** Onttrekkingen − toevoegingen: for a line as for {@link PresentedFigures.balance}, for the total the exact balance rounded. */
  readonly balance: number;
}

/**
 * An overzicht van baten en lasten rounded for publication; see
 * {@link presentOverview}.
 *
 * @example
 * ```ts
 * import type { PresentedOverview } from "opkoers/budget";
 *
 * type Unit = PresentedOverview["unit"];
 * const unit: Unit = "thousand";
 * unit; //=> "thousand"
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface PresentedOverview {
  /** The unit of every number. */
  readonly unit: PresentationUnit;
  /** Column ids in order, the difference column last. */
  readonly columns: readonly string[];
  /** Per programme. */
  readonly programmes: readonly {
    /** Programme code. */
    readonly code: string;
    /** Programme name. */
    readonly label: string;
    /** Figures per column id. */
    readonly values: Readonly<Record<string, PresentedFigures>>;
  }[];
  /** Non-programme lines. */
  readonly general: readonly {
    /** Taakveld code (or `"onvoorzien"`). */
    readonly code: string;
    /** Label (Dutch). */
    readonly label: string;
    /** The part of the overzicht. */
    readonly part?: OverviewPart;
    /** Figures per column id. */
    readonly values: Readonly<Record<string, PresentedFigures>>;
  }[];
  /**
   * The subtotal of each part, in the order of the overzicht: the "Totaal
   * programma's", then each non-programme part that has lines (algemene
   * dekkingsmiddelen, overhead, Vpb, onvoorzien). Each figure is the part's
   * exact subtotal rounded; the part's rounded lines add up to it.
   */
  readonly subtotals: readonly {
    /** The part. */
    readonly part: OverviewSubtotalPart;
    /** The published name ("Totaal programma's", "Algemene dekkingsmiddelen", …). */
    readonly label: LocalizedText;
    /** How many lines of the overview the part has. */
    readonly lines: number;
    /** Figures per column id. */
    readonly values: Readonly<Record<string, PresentedFigures>>;
  }[];
  /**
   * Saldo van baten en lasten: each figure the exact total rounded. It can
   * differ from the sum of the subtotals by an afrondingsverschil (see
   * {@link presentOverview}).
   */
  readonly saldo: Readonly<Record<string, PresentedFigures>>;
  /** Reserve mutations per programme. */
  readonly reserves: readonly {
    /** Programme code. */
    readonly programme: string;
    /** Programme name. */
    readonly label: string;
    /** Reserve figures per column id. */
    readonly values: Readonly<Record<string, PresentedReserveFigures>>;
  }[];
  /** The reserve totals, each the exact total rounded; the rounded reserve lines add up to it. */
  readonly reservesTotal: Readonly<Record<string, PresentedReserveFigures>>;
  /** Resultaat: the exact saldo + reserve balance, rounded (it may differ by one unit from the rounded saldo + rounded reserves). */
  readonly result: Readonly<Record<string, number>>;
}

/**
 * Balances of rounded lines that add up to the rounded exact total: each
 * line starts as its rounded baten − lasten (`start`); when those add up to
 * more or less than the total, the difference is taken from (or given to) the
 * lines whose start is furthest above (or below) their exact balance, one
 * unit each, so that at most a few lines (one, with the rounding modes to
 * nearest) show a saldo one unit away from their baten − lasten.
 */
function balanced(start: readonly number[], exact: readonly Cents[], size: number, total: number): number[] {
  const out = [...start];
  let excess = out.reduce((sum, value) => sum + value, 0) - total;
  if (excess === 0 || out.length === 0) return out;
  const step = excess > 0 ? -1 : 1;
  // How far each line's rounded value is from its exact value in the direction that has to be undone.
  const order = out
    .map((value, i) => ({ i, off: (value * size - (exact[i] as number)) * -step }))
    .sort((a, b) => (a.off === b.off ? a.i - b.i : b.off - a.off));
  for (let k = 0; excess !== 0; k++) {
    const { i } = order[k % order.length] as { i: number };
    out[i] = (out[i] as number) + step;
    excess += step;
  }
  return out;
}

const UNIT_CENTS: Readonly<Record<PresentationUnit, number>> = { euro: 100, thousand: 100_000, million: 100_000_000 };

const isRecord = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}

/**
 * Round an overzicht van baten en lasten to × € 1.000 (or euros, or
 * millions) so that the published table is true and adds up:
 *
 * - every total and subtotal — the lasten, baten and saldo of each part
 *   (`subtotals`: the "Totaal programma's", then algemene dekkingsmiddelen,
 *   overhead, Vpb and onvoorzien where they have lines) and of the saldo van
 *   baten en lasten, the toevoegingen, onttrekkingen and balance of the
 *   reserves, and the resultaat — is its exact value rounded (with
 *   `rounding`, default half up), never a sum of rounded parts;
 * - the lines' lasten and baten are rounded part by part with money's
 *   largest-remainder method (`roundForPresentation`), so each is its exact
 *   value rounded down or up and the lines of a part add up to its rounded
 *   subtotal;
 * - a line's saldo is its rounded baten − lasten, except where the rounded
 *   lines of a part would not add up to the part's rounded saldo: then the
 *   lines whose saldo was rounded furthest the wrong way absorb the
 *   difference, one unit each (with the modes to nearest, at most one line
 *   per part and column). The reserve lines' balances likewise add up to the
 *   rounded reserve balance;
 * - the difference column is the difference of the rounded columns.
 *
 * Because each total is rounded on its own, a total row can differ from the
 * sum of the rows above it (an afrondingsverschil): the saldo van baten en
 * lasten from the sum of the subtotals (with the modes to nearest by at most
 * half a unit per part plus half a unit: one unit with two parts, two with
 * three or four; with the other modes by at most one unit per part), a saldo
 * from baten − lasten, the resultaat from saldo + reserves (one unit). A
 * closed jaarrekening (exact resultaat 0) always shows a resultaat of 0.
 * With the programmes as the only part (no non-programme lines), the
 * subtotal is the saldo and the lines are rounded as if there were no parts.
 * A non-programme line without one of the four parts (only in an overview
 * put together by hand) is rounded with the other such lines and has no
 * subtotal.
 *
 * @param overview - From {@link overviewOfBatenLasten} (its `subtotals` are not read: each is worked out again from the part's lines).
 * @param options - The unit (default thousands) and the rounding of totals.
 * @returns The same table in whole units.
 * @throws {@link DomainError} `invalid_option` – when the overview is not an overview, the options are not an object, or the unit is unknown.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `invalid_amount` – when an amount of the overview is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { overviewOfBatenLasten, presentOverview, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024,
 *   programmes: [{ code: "a", name: "A" }, { code: "b", name: "B" }, { code: "c", name: "C" }],
 *   taakvelden: ["7.1"],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: ["a", "b", "c"].map((programme) => ({ programme, taakveld: "7.1", year: 2024, phase: "primitief", expenses: euro(1400), revenue: euro(0), nature: "structureel" as const })),
 *   amendments: [],
 * };
 * const table = presentOverview(overviewOfBatenLasten(doc), { unit: "thousand" });
 * table.programmes.map((p) => p.values["original"]?.expenses); //=> [2, 1, 1]
 * table.saldo["original"]; //=> { expenses: 4, revenue: 0, balance: -4 }
 *
 * // With overhead (0.4) of € 1.600 beside programmes of € 1.600 and € 1.600: the Totaal programma's is 3,2 → 3
 * // and its lines add up to it; overhead is 1,6 → 2; the saldo 4,8 → 5.
 * const parts: BudgetDocument = { ...doc, programmes: doc.programmes.slice(0, 2), taakvelden: ["7.1", "0.4"], lines: [
 *   { ...doc.lines[0]!, expenses: euro(1600) }, { ...doc.lines[1]!, expenses: euro(1600) }, { ...doc.lines[0]!, taakveld: "0.4", expenses: euro(1600) },
 * ] };
 * const split = presentOverview(overviewOfBatenLasten(parts));
 * split.subtotals.map((s) => [s.label.nl, s.values["original"]?.expenses]); //=> [["Totaal programma's", 3], ["Overhead", 2]]
 * split.programmes.map((p) => p.values["original"]?.expenses); //=> [2, 1]
 * split.saldo["original"]?.expenses; //=> 5
 *
 * // Lasten € 3.000.400 and baten € 464.663: the saldo −2.535.737 is −2.536 thousand, not 465 − 3.000.
 * const saldo: BudgetDocument = { ...doc, programmes: [{ code: "a", name: "A" }], lines: [{ programme: "a", taakveld: "7.1", year: 2024, phase: "primitief", expenses: euro(3000400), revenue: euro(464663), nature: "structureel" }] };
 * presentOverview(overviewOfBatenLasten(saldo)).saldo["original"]; //=> { expenses: 3000, revenue: 465, balance: -2536 }
 * presentOverview(null as never); //=> throws invalid_option
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export function presentOverview(overview: Omit<BatenLastenOverview, "subtotals">, options: PresentOverviewOptions = {}): PresentedOverview {
  if (!isRecord(options)) {
    throw new DomainError("invalid_option", `The options of presentOverview must be an object, but they are ${describeValue(options)}.`, { option: "options", value: options });
  }
  if (
    !isRecord(overview) ||
    !Array.isArray(overview.columns) ||
    !Array.isArray(overview.programmes) ||
    !Array.isArray(overview.general) ||
    !Array.isArray(overview.reserves) ||
    !isRecord(overview.result) ||
    (overview.difference !== null &&
      (!isRecord(overview.difference) || ![overview.difference.from, overview.difference.to].every((id) => overview.columns.some((column) => isRecord(column) && column.id === id)))) ||
    !overview.columns.every((column) => isRecord(column) && typeof column.id === "string") ||
    ![...overview.programmes, ...overview.general, ...overview.reserves].every((line) => isRecord(line) && isRecord(line.values))
  ) {
    throw new DomainError("invalid_option", `presentOverview needs an overview from overviewOfBatenLasten, but it got ${describeValue(overview)} without its columns, lines or totals.`, { option: "overview", value: overview });
  }
  const unit = options.unit ?? "thousand";
  const rounding = options.rounding;
  const round = (amounts: readonly Cents[]) => roundForPresentation(amounts, { unit, ...(rounding === undefined ? {} : { rounding }) });
  round([]); // validates the unit and the rounding mode, also for an overview without columns
  const size = UNIT_CENTS[unit];
  const main = [...overview.programmes, ...overview.general];
  // The groups whose lines are rounded together: the programmes, each non-programme part that has lines, and
  // (only in an overview put together by hand) the non-programme lines without such a part, which have no subtotal.
  const indices = (lines: readonly { readonly part?: OverviewPart }[], keep: (part: OverviewPart | undefined) => boolean): number[] =>
    lines.flatMap((line, j) => (keep(line.part) ? [overview.programmes.length + j] : []));
  const groups: { part: OverviewSubtotalPart | null; lines: number[] }[] = [
    { part: "programmes", lines: overview.programmes.map((_, i) => i) },
    ...GENERAL_PARTS.map((part) => ({ part, lines: indices(overview.general, (p) => p === part) })).filter((group) => group.lines.length > 0),
    { part: null, lines: indices(overview.general, (p) => !isGeneralPart(p)) },
  ];
  const subtotalGroups = groups.filter((group): group is { part: OverviewSubtotalPart; lines: number[] } => group.part !== null);
  const subtotalValues = subtotalGroups.map((): Record<string, PresentedFigures> => ({}));
  const mainValues = main.map((): Record<string, PresentedFigures> => ({}));
  const reserveValues = overview.reserves.map((): Record<string, PresentedReserveFigures> => ({}));
  const saldo: Record<string, PresentedFigures> = {};
  const reservesTotal: Record<string, PresentedReserveFigures> = {};
  const result: Record<string, number> = {};
  for (const column of overview.columns) {
    const id = column.id;
    const exactExpenses = main.map((line) => line.values[id]?.expenses ?? (0 as Cents));
    const exactRevenue = main.map((line) => line.values[id]?.revenue ?? (0 as Cents));
    const exactBalances = main.map((line) => subtract(line.values[id]?.revenue ?? (0 as Cents), line.values[id]?.expenses ?? (0 as Cents)));
    // Per part: each subtotal is the part's exact subtotal rounded, and the part's lines add up to it.
    for (const group of groups) {
      const pick = (amounts: readonly Cents[]): Cents[] => group.lines.map((i) => amounts[i] as Cents);
      const expenses = round(pick(exactExpenses));
      const revenue = round(pick(exactRevenue));
      const balanceTotal = round(pick(exactBalances)).total;
      const balances = balanced(
        group.lines.map((_, k) => (revenue.lines[k] as number) - (expenses.lines[k] as number)),
        pick(exactBalances),
        size,
        balanceTotal,
      );
      group.lines.forEach((i, k) => {
        (mainValues[i] as Record<string, PresentedFigures>)[id] = { expenses: expenses.lines[k] as number, revenue: revenue.lines[k] as number, balance: balances[k] as number };
      });
      const g = subtotalGroups.indexOf(group as (typeof subtotalGroups)[number]);
      if (g >= 0) (subtotalValues[g] as Record<string, PresentedFigures>)[id] = { expenses: expenses.total, revenue: revenue.total, balance: balanceTotal };
    }
    // The saldo van baten en lasten: the exact totals rounded once.
    saldo[id] = { expenses: round(exactExpenses).total, revenue: round(exactRevenue).total, balance: round(exactBalances).total };
    const additions = round(overview.reserves.map((line) => line.values[id]?.additions ?? (0 as Cents)));
    const withdrawals = round(overview.reserves.map((line) => line.values[id]?.withdrawals ?? (0 as Cents)));
    const exactReserves = overview.reserves.map((line) => subtract(line.values[id]?.withdrawals ?? (0 as Cents), line.values[id]?.additions ?? (0 as Cents)));
    const reserveTotal = round(exactReserves).total;
    const reserveBalances = balanced(
      overview.reserves.map((_, i) => (withdrawals.lines[i] as number) - (additions.lines[i] as number)),
      exactReserves,
      size,
      reserveTotal,
    );
    overview.reserves.forEach((_, i) => {
      (reserveValues[i] as Record<string, PresentedReserveFigures>)[id] = { additions: additions.lines[i] as number, withdrawals: withdrawals.lines[i] as number, balance: reserveBalances[i] as number };
    });
    reservesTotal[id] = { additions: additions.total, withdrawals: withdrawals.total, balance: reserveTotal };
    // The resultaat is the exact saldo + reserve balance, rounded once (so a closed jaarrekening shows 0).
    result[id] = round([...exactBalances, ...exactReserves]).total;
  }
  const columns = overview.columns.map((c) => c.id);
  const diff = overview.difference;
  if (diff !== null) {
    columns.push(diff.id);
    const f = (values: Record<string, PresentedFigures>): void => {
      const a = values[diff.from] as PresentedFigures;
      const b = values[diff.to] as PresentedFigures;
      values[diff.id] = { expenses: b.expenses - a.expenses, revenue: b.revenue - a.revenue, balance: b.balance - a.balance };
    };
    const r = (values: Record<string, PresentedReserveFigures>): void => {
      const a = values[diff.from] as PresentedReserveFigures;
      const b = values[diff.to] as PresentedReserveFigures;
      values[diff.id] = { additions: b.additions - a.additions, withdrawals: b.withdrawals - a.withdrawals, balance: b.balance - a.balance };
    };
    mainValues.forEach(f);
    subtotalValues.forEach(f);
    f(saldo);
    reserveValues.forEach(r);
    r(reservesTotal);
    result[diff.id] = (result[diff.to] as number) - (result[diff.from] as number);
  }
  const lineOf = (i: number) => ({ code: (main[i] as (typeof main)[number]).code, label: (main[i] as (typeof main)[number]).label, values: mainValues[i] as Record<string, PresentedFigures> });
  return {
    unit,
    columns,
    programmes: overview.programmes.map((_, i) => lineOf(i)),
    general: overview.general.map((line, j) => {
      const i = overview.programmes.length + j;
      return line.part === undefined ? lineOf(i) : { ...lineOf(i), part: line.part };
    }),
    subtotals: subtotalGroups.map((group, g) => ({
      part: group.part,
      label: SUBTOTAL_LABELS[group.part],
      lines: group.lines.length,
      values: subtotalValues[g] as Record<string, PresentedFigures>,
    })),
    saldo,
    reserves: overview.reserves.map((line, i) => ({ programme: line.programme, label: line.label, values: reserveValues[i] as Record<string, PresentedReserveFigures> })),
    reservesTotal,
    result,
  };
}
