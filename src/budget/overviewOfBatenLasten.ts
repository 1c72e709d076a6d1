import { assertDocument, assertObject } from "./_internal/assertInput.js";
import { add, subtract, type Cents } from "../money/index.js";
import type {
  BatenLastenOverview,
  BudgetDocument,
  Figures,
  OverviewColumn,
  OverviewLine,
  OverviewPart,
  OverviewSubtotal,
  ReserveFigures,
  ReserveMutationLine,
  TaakveldClassification,
} from "./types.js";
import { compareTaakvelden } from "./_internal/compareCodes.js";
import { fail } from "./_internal/fail.js";
import { figures, ZERO_FIGURES } from "./_internal/figures.js";
import { GENERAL_TAAKVELDEN } from "./generalTaakvelden.js";
import { lineClassifier } from "./lineClassifier.js";
import { rollup } from "./rollup.js";
import { GENERAL_PARTS, SUBTOTAL_LABELS } from "./_internal/subtotalParts.js";
import { standardColumns } from "./standardColumns.js";

/**
 * Options for {@link overviewOfBatenLasten}.
 *
 * @example
 * ```ts
 * import type { OverviewOptions } from "opkoers/budget";
 *
 * const options: OverviewOptions = { year: 2024, difference: { from: "amended", to: "actual" } };
 * options.difference; //=> { from: "amended", to: "actual" }
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface OverviewOptions {
  /** The year to show; default: the document's budget year. */
  readonly year?: number;
  /** The columns; default {@link standardColumns} (original, amended, actual). */
  readonly columns?: readonly OverviewColumn[];
  /** Count amendments adopted up to this ISO date (for the default columns). */
  readonly asOf?: string;
  /**
   * A difference column `to − from` (id `"difference"` unless given); default
   * amended → actual when both columns exist; `false` for none.
   */
  readonly difference?:
    | {
        /** The id of the difference column; default `"difference"`. */
        readonly id?: string;
        /** The column subtracted. */
        readonly from: string;
        /** The column subtracted from. */
        readonly to: string;
      }
    | false;
  /** The classification of the non-programme taakvelden; default {@link GENERAL_TAAKVELDEN}. */
  readonly classification?: readonly TaakveldClassification[];
}

const PART_ORDER: readonly OverviewPart[] = ["generalCover", "overhead", "vpb", "onvoorzien"];

class Cell {
  expenses = 0;
  revenue = 0;
  add(expenses: number, revenue: number): void {
    this.expenses = add(this.expenses as Cents, expenses as Cents);
    this.revenue = add(this.revenue as Cents, revenue as Cents);
  }
}

function figuresDifference(a: Figures, b: Figures): Figures {
  return { expenses: subtract(b.expenses, a.expenses), revenue: subtract(b.revenue, a.revenue), balance: subtract(b.balance, a.balance) };
}

function reserveFigures(additions: number, withdrawals: number): ReserveFigures {
  return { additions: (additions || 0) as Cents, withdrawals: (withdrawals || 0) as Cents, balance: subtract(withdrawals as Cents, additions as Cents) };
}

/**
 * The overzicht van baten en lasten (BBV art. 17; in the jaarrekening
 * art. 27 with the ramingen "voor en na wijziging" beside the realisatie),
 * for one year with the phases side by side:
 *
 * 1. per programme: lasten, baten and saldo — without the non-programme
 *    taakvelden, which the BBV shows separately;
 * 2. the non-programme parts per taakveld, classified as data
 *    ({@link GENERAL_TAAKVELDEN}): algemene dekkingsmiddelen (0.5 treasury,
 *    0.61–0.64 belastingen, 0.7 algemene uitkering, 0.8 overige baten en
 *    lasten), overhead (0.4), Vpb (0.9), and onvoorzien where the document
 *    says it is budgeted;
 * 3. the subtotal of each part (`subtotals`): the "Totaal programma's" and
 *    each non-programme part that has lines, and the saldo van baten en
 *    lasten (1 + 2), all computed from the same lines in cents;
 * 4. toevoegingen and onttrekkingen aan reserves (0.10) per programme;
 * 5. the resultaat (3 + 4), and what is booked on 0.11 for comparison.
 *
 * With a difference column (default: actual − amended) every figure also has
 * its difference; a positive difference in a saldo is a voordeel.
 *
 * @param doc - The budget document.
 * @param options - Year, columns, difference and classification.
 * @returns The overview; amounts in cents (see {@link presentOverview} for × € 1.000).
 * @throws {@link DomainError} `unknown_phase` – when a column names a phase the document does not have.
 * @throws {@link DomainError} `invalid_option` – when the difference names a column that is not there, or a column id is repeated.
 * @throws {@link DomainError} `amount_out_of_range` – when a total leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { overviewOfBatenLasten, type BudgetDocument, type BudgetLine } from "opkoers/budget";
 *
 * const line = (programme: string, taakveld: string, expenses: number, revenue: number, extra: Partial<BudgetLine> = {}): BudgetLine => ({
 *   programme, taakveld, year: 2024, phase: "primitief", expenses: euro(expenses), revenue: euro(revenue), nature: "structureel", ...extra,
 * });
 * const doc: BudgetDocument = {
 *   budgetYear: 2024,
 *   programmes: [{ code: "zorg", name: "Zorg" }, { code: "financien", name: "Financiën" }],
 *   taakvelden: ["6.1", "0.7", "0.10"],
 *   reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: [
 *     line("zorg", "6.1", 900, 100),
 *     line("financien", "0.7", 0, 790),
 *     line("zorg", "0.10", 0, 20, { reserve: "AR", nature: "incidenteel" }),
 *   ],
 *   amendments: [],
 * };
 * const overview = overviewOfBatenLasten(doc);
 * overview.programmes.map((p) => [p.code, p.values["original"]?.balance]); //=> [["zorg", -80000], ["financien", 0]]
 * overview.general.map((g) => [g.code, g.values["original"]?.revenue]); //=> [["0.7", 79000]]
 * overview.subtotals.map((s) => [s.label.nl, s.values["original"]?.balance]); //=> [["Totaal programma's", -80000], ["Algemene dekkingsmiddelen", 79000]]
 * overview.saldo["original"]?.balance; //=> -1000
 * overview.reservesTotal["original"]?.withdrawals; //=> 2000
 * overview.result["original"]; //=> 1000
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export function overviewOfBatenLasten(doc: BudgetDocument, options: OverviewOptions = {}): BatenLastenOverview {
  assertDocument(doc);
  assertObject(options, "The options");
  const year = options.year ?? doc.budgetYear;
  const columns = options.columns ?? standardColumns(doc, options.asOf, year);
  const ids = columns.map((c) => c.id);
  if (new Set(ids).size !== ids.length) fail("invalid_option", `Column ids must be unique, but they are ${ids.join(", ")}.`, { option: "columns", value: ids });
  let difference: BatenLastenOverview["difference"] = null;
  if (options.difference === undefined) {
    if (ids.includes("amended") && ids.includes("actual")) difference = { id: "difference", from: "amended", to: "actual" };
  } else if (options.difference !== false) {
    const { from, to, id = "difference" } = options.difference;
    for (const column of [from, to]) {
      if (!ids.includes(column)) fail("invalid_option", `The difference names the column ${JSON.stringify(column)}, but the columns are ${ids.join(", ")}.`, { option: "difference", value: column });
    }
    if (ids.includes(id)) fail("invalid_option", `The difference column's id ${JSON.stringify(id)} is already a column.`, { option: "difference", value: id });
    difference = { id, from, to };
  }

  const classification = new Map((options.classification ?? GENERAL_TAAKVELDEN).map((entry) => [entry.taakveld, entry]));
  const partOf = lineClassifier({ ...(options.classification === undefined ? {} : { classification: options.classification }), ...(doc.onvoorzien === undefined ? {} : { onvoorzien: doc.onvoorzien }) });
  const programmeNames = new Map(doc.programmes.map((p) => [p.code, p.name]));
  const programmeOrder = doc.programmes.map((p) => p.code);

  // Per column: cells per programme, per general line, per reserve programme, and the booked result.
  const programmeCells = new Map<string, Map<string, Cell>>();
  const generalCells = new Map<string, Map<string, Cell>>();
  const reserveCells = new Map<string, Map<string, Cell>>();
  const resultCells = new Map<string, Cell>();
  const cell = (table: Map<string, Map<string, Cell>>, key: string, column: string): Cell => {
    let row = table.get(key);
    if (row === undefined) table.set(key, (row = new Map()));
    let c = row.get(column);
    if (c === undefined) row.set(column, (c = new Cell()));
    return c;
  };
  const generalInfo = new Map<string, { part: OverviewPart; label: string; taakveld: string }>();

  for (const column of columns) {
    const rows = rollup(doc, { by: ["programme", "taakveld", "costCentre"], phases: column.phases, years: [year] }).rows;
    resultCells.set(column.id, new Cell());
    for (const row of rows) {
      const programme = row.key.programme as string;
      const taakveld = row.key.taakveld as string;
      const part = partOf({ programme, taakveld, costCentre: row.key.costCentre });
      if (part === "onvoorzien") {
        generalInfo.set("onvoorzien", { part: "onvoorzien", label: "Onvoorzien", taakveld });
        cell(generalCells, "onvoorzien", column.id).add(row.expenses, row.revenue);
      } else if (part === "programme") {
        cell(programmeCells, programme, column.id).add(row.expenses, row.revenue);
      } else if (part === "reserves") {
        cell(reserveCells, programme, column.id).add(row.expenses, row.revenue);
      } else if (part === "result") {
        (resultCells.get(column.id) as Cell).add(row.expenses, row.revenue);
      } else {
        generalInfo.set(taakveld, { part, label: (classification.get(taakveld) as TaakveldClassification).label.nl, taakveld });
        cell(generalCells, taakveld, column.id).add(row.expenses, row.revenue);
      }
    }
  }

  const withDifference = <T>(values: Record<string, T>, diff: (a: T, b: T) => T): Record<string, T> => {
    if (difference !== null) values[difference.id] = diff(values[difference.from] as T, values[difference.to] as T);
    return values;
  };
  const figuresRow = (row: Map<string, Cell> | undefined): Record<string, Figures> => {
    const values: Record<string, Figures> = {};
    for (const id of ids) {
      const c = row?.get(id);
      values[id] = c === undefined ? ZERO_FIGURES : figures(c.expenses, c.revenue);
    }
    return withDifference(values, figuresDifference);
  };

  const programmeCodes = [...programmeOrder, ...[...programmeCells.keys(), ...reserveCells.keys()].filter((code) => !programmeNames.has(code))];
  const uniqueProgrammes = [...new Set(programmeCodes)];
  const programmes: OverviewLine[] = uniqueProgrammes.map((code) => ({ code, label: programmeNames.get(code) ?? code, values: figuresRow(programmeCells.get(code)) }));
  const general: OverviewLine[] = [...generalInfo.entries()]
    .sort(([, a], [, b]) => PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part) || compareTaakvelden(a.taakveld, b.taakveld))
    .map(([code, info]) => ({ code, label: info.label, part: info.part, values: figuresRow(generalCells.get(code)) }));

  // The subtotal of each part: the programmes together, and each non-programme part that has lines.
  const sumOf = (lines: readonly OverviewLine[]): Record<string, Figures> => {
    const values: Record<string, Figures> = {};
    for (const id of ids) {
      let expenses = 0 as Cents;
      let revenue = 0 as Cents;
      for (const line of lines) {
        const f = line.values[id] as Figures;
        expenses = add(expenses, f.expenses);
        revenue = add(revenue, f.revenue);
      }
      values[id] = figures(expenses, revenue);
    }
    return withDifference(values, figuresDifference);
  };
  const subtotals: OverviewSubtotal[] = [
    { part: "programmes", label: SUBTOTAL_LABELS.programmes, lines: programmes.length, values: sumOf(programmes) },
    ...GENERAL_PARTS.flatMap((part) => {
      const lines = general.filter((line) => line.part === part);
      return lines.length === 0 ? [] : [{ part, label: SUBTOTAL_LABELS[part], lines: lines.length, values: sumOf(lines) }];
    }),
  ];

  const saldo: Record<string, Figures> = {};
  const reservesTotal: Record<string, ReserveFigures> = {};
  const result: Record<string, Cents> = {};
  const bookedResult: Record<string, Figures> = {};
  for (const id of ids) {
    let expenses = 0 as Cents;
    let revenue = 0 as Cents;
    for (const line of [...programmes, ...general]) {
      const f = line.values[id] as Figures;
      expenses = add(expenses, f.expenses);
      revenue = add(revenue, f.revenue);
    }
    saldo[id] = figures(expenses, revenue);
    let additions = 0 as Cents;
    let withdrawals = 0 as Cents;
    for (const row of reserveCells.values()) {
      const c = row.get(id);
      if (c === undefined) continue;
      additions = add(additions, c.expenses as Cents);
      withdrawals = add(withdrawals, c.revenue as Cents);
    }
    reservesTotal[id] = reserveFigures(additions, withdrawals);
    result[id] = add((saldo[id] as Figures).balance, (reservesTotal[id] as ReserveFigures).balance);
    const booked = resultCells.get(id) as Cell;
    bookedResult[id] = figures(booked.expenses, booked.revenue);
  }
  const reserveDiff = (a: ReserveFigures, b: ReserveFigures): ReserveFigures => ({
    additions: subtract(b.additions, a.additions),
    withdrawals: subtract(b.withdrawals, a.withdrawals),
    balance: subtract(b.balance, a.balance),
  });
  const reserves: ReserveMutationLine[] = uniqueProgrammes
    .filter((code) => reserveCells.has(code))
    .map((code) => {
      const row = reserveCells.get(code) as Map<string, Cell>;
      const values: Record<string, ReserveFigures> = {};
      for (const id of ids) {
        const c = row.get(id);
        values[id] = reserveFigures(c?.expenses ?? 0, c?.revenue ?? 0);
      }
      return { programme: code, label: programmeNames.get(code) ?? code, values: withDifference(values, reserveDiff) };
    });
  return {
    year,
    columns,
    difference,
    programmes,
    general,
    subtotals,
    saldo: withDifference(saldo, figuresDifference),
    reserves,
    reservesTotal: withDifference(reservesTotal, reserveDiff),
    result: withDifference(result, (a, b) => subtract(b, a)),
    bookedResult: withDifference(bookedResult, figuresDifference),
  };
}
