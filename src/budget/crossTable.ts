import { assertObject, assertSource } from "./_internal/assertInput.js";
import type { BudgetDocument, BudgetLine, CrossTable, Figures } from "./types.js";
import { compareTaakvelden, naturalSortKey } from "./_internal/compareCodes.js";
import { isDocument } from "./_internal/phaseIds.js";
import { rollup } from "./rollup.js";
import { assertKnownOptions, selectionOf } from "./_internal/selection.js";

/**
 * Options for {@link crossTable}.
 *
 * @example
 * ```ts
 * import type { CrossTableOptions } from "opkoers/budget";
 *
 * const options: CrossTableOptions = { year: 2024, phases: ["realisatie"] };
 * options.year; //=> 2024
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export interface CrossTableOptions {
  /** Only lines of this year; default: all years. Not together with `years`. */
  readonly year?: number;
  /** Only lines of these years (as in {@link rollup}); default: all years. @since 0.2.0 */
  readonly years?: readonly number[];
  /** Only lines of this one phase: the same as `phases: [phase]`. @since 0.2.0 */
  readonly phase?: string;
  /** Only these phases; default: all. Not together with `phase`. */
  readonly phases?: readonly string[];
}

/**
 * The programme × taakveld table: the BBV appendix that shows how the
 * programmes are divided over the taakvelden (overzicht van baten en lasten
 * per taakveld), with row totals per programme and column totals per taakveld.
 *
 * @param source - A budget document, or lines.
 * The selection options are those of {@link rollup}: `year` or `years`,
 * `phase` or `phases`; an unknown option name is an error.
 *
 * @param options - The year(s) and the phase(s).
 * @returns The non-empty cells, the totals per programme and per taakveld, and the grand total.
 * @throws {@link DomainError} `unknown_phase` – when a selected phase is not in the document.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_option` – when an option name is unknown, both `year` and `years` (or `phase` and `phases`) are given, or a year or phase id is not one.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { crossTable, type BudgetLine } from "opkoers/budget";
 *
 * const line = (programme: string, taakveld: string, expenses: number): BudgetLine => ({
 *   programme, taakveld, year: 2024, phase: "primitief", expenses: euro(expenses), revenue: euro(0), nature: "structureel",
 * });
 * const table = crossTable([line("zorg", "6.1", 10), line("zorg", "7.1", 5), line("wonen", "6.1", 1)], { year: 2024 });
 * table.taakvelden; //=> ["6.1", "7.1"]
 * table.byTaakveld.map((column) => column.expenses); //=> [1100, 500]
 * table.byProgramme.map((row) => [row.programme, row.expenses]); //=> [["wonen", 100], ["zorg", 1500]]
 * crossTable([line("zorg", "6.1", 10)], { years: [2024], phase: "primitief" }).total.expenses; //=> 1000
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export function crossTable(source: BudgetDocument | readonly BudgetLine[], options: CrossTableOptions = {}): CrossTable {
  assertSource(source);
  assertObject(options, "The options");
  assertKnownOptions(options, ["year", "years", "phase", "phases"], "crossTable");
  const selection = selectionOf(options as unknown as Readonly<Record<string, unknown>>);
  const select = { ...(selection.phases === undefined ? {} : { phases: selection.phases }), ...(selection.years === undefined ? {} : { years: selection.years }) };
  const cells = rollup(source, { by: ["programme", "taakveld"], ...select });
  const rows = rollup(source, { by: ["programme"], ...select });
  const columns = rollup(source, { by: ["taakveld"], ...select });
  const strip = (row: Figures): Figures => ({ expenses: row.expenses, revenue: row.revenue, balance: row.balance });
  let programmes = rows.rows.map((row) => row.key.programme as string);
  if (isDocument(source)) {
    const order = new Map(source.programmes.map((p, i) => [p.code, i]));
    const rank = (code: string): number => order.get(code) ?? Number.MAX_SAFE_INTEGER;
    programmes = [...programmes].sort((a, b) => rank(a) - rank(b) || (naturalSortKey(a) < naturalSortKey(b) ? -1 : 1));
  }
  const byProgramme = new Map(rows.rows.map((row) => [row.key.programme as string, row]));
  return {
    programmes,
    taakvelden: columns.rows.map((row) => row.key.taakveld as string).sort(compareTaakvelden),
    cells: cells.rows.map((row) => ({ programme: row.key.programme as string, taakveld: row.key.taakveld as string, ...strip(row) })),
    byProgramme: programmes.map((programme) => ({ programme, ...strip(byProgramme.get(programme) as Figures) })),
    byTaakveld: columns.rows.map((row) => ({ taakveld: row.key.taakveld as string, ...strip(row) })),
    total: cells.total,
  };
}
