import { roundForPresentation, type Cents, type PresentationUnit, type RoundingMode } from "../money/index.js";
import type { BatenLastenOverview, OverviewPart } from "./types.js";

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
  /** Baten − lasten of the rounded numbers. */
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
  /** Onttrekkingen − toevoegingen of the rounded numbers. */
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
  /** Saldo van baten en lasten: the sum of the rounded programme and general lines. */
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
  /** The sum of the rounded reserve lines. */
  readonly reservesTotal: Readonly<Record<string, PresentedReserveFigures>>;
  /** Resultaat: rounded saldo + rounded reserve balance. */
  readonly result: Readonly<Record<string, number>>;
}

/**
 * Round an overzicht van baten en lasten to × € 1.000 (or euros, or
 * millions) so that the published table adds up: per column, the lasten and
 * the baten of the programme and general lines are rounded with money's
 * largest-remainder method (`roundForPresentation`), so they add up to the
 * rounded totals; every saldo is baten − lasten of the rounded numbers; the
 * reserve lines likewise add up to their total; the resultaat is the rounded
 * saldo plus the rounded reserve balance; and the difference column is the
 * difference of the rounded columns. Each rounded lasten or baten figure is
 * its exact value rounded down or up, never further than one unit away.
 *
 * @param overview - From {@link overviewOfBatenLasten}.
 * @param options - The unit (default thousands) and the rounding of totals.
 * @returns The same table in whole units.
 * @throws {@link DomainError} `invalid_option` – when the unit is unknown.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
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
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export function presentOverview(overview: BatenLastenOverview, options: PresentOverviewOptions = {}): PresentedOverview {
  const unit = options.unit ?? "thousand";
  const round = (amounts: readonly Cents[]) => roundForPresentation(amounts, { unit, ...(options.rounding === undefined ? {} : { rounding: options.rounding }) });
  const main = [...overview.programmes, ...overview.general];
  const mainValues = main.map((): Record<string, PresentedFigures> => ({}));
  const reserveValues = overview.reserves.map((): Record<string, PresentedReserveFigures> => ({}));
  const saldo: Record<string, PresentedFigures> = {};
  const reservesTotal: Record<string, PresentedReserveFigures> = {};
  const result: Record<string, number> = {};
  for (const column of overview.columns) {
    const id = column.id;
    const expenses = round(main.map((line) => line.values[id]?.expenses ?? (0 as Cents)));
    const revenue = round(main.map((line) => line.values[id]?.revenue ?? (0 as Cents)));
    main.forEach((_, i) => {
      const e = expenses.lines[i] as number;
      const r = revenue.lines[i] as number;
      (mainValues[i] as Record<string, PresentedFigures>)[id] = { expenses: e, revenue: r, balance: r - e };
    });
    saldo[id] = { expenses: expenses.total, revenue: revenue.total, balance: revenue.total - expenses.total };
    const additions = round(overview.reserves.map((line) => line.values[id]?.additions ?? (0 as Cents)));
    const withdrawals = round(overview.reserves.map((line) => line.values[id]?.withdrawals ?? (0 as Cents)));
    overview.reserves.forEach((_, i) => {
      const a = additions.lines[i] as number;
      const w = withdrawals.lines[i] as number;
      (reserveValues[i] as Record<string, PresentedReserveFigures>)[id] = { additions: a, withdrawals: w, balance: w - a };
    });
    reservesTotal[id] = { additions: additions.total, withdrawals: withdrawals.total, balance: withdrawals.total - additions.total };
    result[id] = (saldo[id] as PresentedFigures).balance + (reservesTotal[id] as PresentedReserveFigures).balance;
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
    saldo,
    reserves: overview.reserves.map((line, i) => ({ programme: line.programme, label: line.label, values: reserveValues[i] as Record<string, PresentedReserveFigures> })),
    reservesTotal,
    result,
  };
}
