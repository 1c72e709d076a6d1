import { assertObject, assertSource, show } from "./_internal/assertInput.js";
import type { BudgetDocument, BudgetLine, Dimension, Rollup, RollupKey, RollupRow } from "./types.js";
import { accumulate, DIMENSION_INDEX, type Accumulator, type Group } from "./_internal/accumulate.js";
import { naturalSortKey, taakveldKey } from "./_internal/compareCodes.js";
import { fail } from "./_internal/fail.js";
import { figures } from "./_internal/figures.js";
import { checkPhases, isDocument } from "./_internal/phaseIds.js";
import { assertKnownOptions, selectionOf } from "./_internal/selection.js";

/**
 * Options for {@link rollup}.
 *
 * @example
 * ```ts
 * import type { RollupOptions } from "opkoers/budget";
 *
 * const options: RollupOptions = { by: ["programme", "year"], phases: ["primitief"] };
 * options.by; //=> ["programme", "year"]
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export interface RollupOptions {
  /** The dimensions to group by, in order; `[]` gives one row with the total. */
  readonly by: readonly Dimension[];
  /** Only lines of these phases (an amendment's id selects its mutations); default: every phase. Not together with `phase`. */
  readonly phases?: readonly string[];
  /** Only lines of this one phase: the same as `phases: [phase]`. @since 0.2.0 */
  readonly phase?: string;
  /** Only lines of these years; default: every year. Not together with `year`. */
  readonly years?: readonly number[];
  /** Only lines of this one year: the same as `years: [year]`. @since 0.2.0 */
  readonly year?: number;
}

/** Sort rows by the dimensions in order: numbers numerically, taakvelden in CBS order, other codes naturally, null last. */
function sortRows(rows: RollupRow[], by: readonly Dimension[]): RollupRow[] {
  const keyed = rows.map((row) => ({
    row,
    parts: by.map((dim): string | number | null => {
      const value = row.key[dim];
      if (value === null || value === undefined) return null;
      if (typeof value === "number") return value;
      return dim === "taakveld" ? taakveldKey(value) : naturalSortKey(value);
    }),
  }));
  keyed.sort((a, b) => {
    for (let d = 0; d < by.length; d++) {
      const x = a.parts[d] as string | number | null;
      const y = b.parts[d] as string | number | null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  });
  return keyed.map((k) => k.row);
}

/**
 * Add up budget lines by any combination of programme, taakveld,
 * hoofdtaakveld, categorie, cost centre, year, phase, nature and reserve.
 *
 * The source is a {@link BudgetDocument} (its lines and the mutations of its
 * amendments, each amendment being a phase of its own) or a plain array of
 * lines. The work is one pass with one Map lookup per line, so a rollup of a
 * million lines costs about as much as a hand-written loop. Totals are exact:
 * every partial sum is checked to stay a safe integer. Rows are sorted by the
 * dimensions in order; taakvelden in CBS order (`"0.9"` before `"0.10"`).
 * For the amended budget (begroting na wijziging) select
 * {@link amendedPhaseIds}.
 *
 * @param source - A budget document, or lines.
 * The selection options follow the vocabulary of every budget function that
 * selects lines: `year` (one) or `years` (a list), `phase` (one) or `phases`
 * (a list); an option name rollup does not know is an error, never ignored.
 *
 * @param options - What to group by, and which phases and years to include.
 * @returns One row per group with lasten, baten, saldo and the number of lines, and the total.
 * @throws {@link DomainError} `unknown_phase` – when the source is a document and a selected phase is not one of its phases or amendments.
 * @throws {@link DomainError} `invalid_option` – when a dimension or an option name is unknown, both `year` and `years` (or `phase` and `phases`) are given, or a year or phase id is not one.
 * @throws {@link DomainError} `invalid_amount` – when a line's amount is not a whole number of cents.
 * @throws {@link DomainError} `amount_out_of_range` – when a total leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { rollup, type BudgetLine } from "opkoers/budget";
 *
 * const line = (programme: string, taakveld: string, expenses: number): BudgetLine => ({
 *   programme, taakveld, year: 2024, phase: "primitief", expenses: euro(expenses), revenue: euro(0), nature: "structureel",
 * });
 * const lines = [line("bestuur", "0.10", 5), line("bestuur", "0.9", 1), line("sociaal", "6.71a", 7), line("bestuur", "0.9", 2)];
 * const result = rollup(lines, { by: ["taakveld"] });
 * result.rows.map((row) => [row.key.taakveld, row.expenses]); //=> [["0.9", 300], ["0.10", 500], ["6.71a", 700]]
 * rollup(lines, { by: ["hoofdtaakveld"] }).rows.map((row) => row.key.hoofdtaakveld); //=> ["0", "6"]
 * result.total.balance; //=> -1500
 * rollup(lines, { by: [], year: 2024 }).total.expenses; //=> 1500
 * rollup(lines, { by: [], year: 2024, years: [2024] }); //=> throws invalid_option
 * rollup(lines, { by: [], jaar: 2024 } as never); //=> throws invalid_option
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export function rollup(source: BudgetDocument | readonly BudgetLine[], options: RollupOptions): Rollup {
  assertSource(source);
  assertObject(options, "The options");
  const by = options.by;
  if (!Array.isArray(by as unknown)) fail("invalid_option", `by must be an array of dimensions, but it is ${show(by)}.`, { option: "by", value: by });
  assertKnownOptions(options, ["by", "year", "years", "phase", "phases"], "rollup");
  const selection = selectionOf(options as unknown as Readonly<Record<string, unknown>>);
  const dims = by.map((dim) => {
    const index = DIMENSION_INDEX[dim];
    if (typeof index !== "number" || !Object.hasOwn(DIMENSION_INDEX, dim)) {
      return fail("invalid_option", `Cannot group by ${JSON.stringify(dim)}; use ${Object.keys(DIMENSION_INDEX).join(", ")}.`, { option: "by", value: dim });
    }
    return index;
  });
  const document = isDocument(source) ? source : null;
  if (document !== null && selection.phases !== undefined) checkPhases(document, selection.phases);
  const acc: Accumulator = {
    dims,
    names: by,
    root: new Map(),
    groups: [] as Group[],
    hoofd: new Map<string, string>(),
    phases: selection.phases === undefined ? null : new Set(selection.phases),
    years: selection.years === undefined ? null : new Set(selection.years),
  };
  if (document === null) {
    accumulate(acc, source as readonly BudgetLine[], undefined, "line");
  } else {
    accumulate(acc, document.lines, undefined, "line");
    for (const amendment of document.amendments) {
      if (acc.phases !== null && !acc.phases.has(amendment.id)) continue;
      accumulate(acc, amendment.mutations, amendment.id, `mutation of amendment ${JSON.stringify(amendment.id)} at index`);
    }
  }
  let expenses = 0;
  let revenue = 0;
  const rows: RollupRow[] = [];
  for (const group of acc.groups) {
    rows.push({ key: group.key as RollupKey, ...figures(group.expenses, group.revenue), lines: group.lines });
    expenses += group.expenses;
    revenue += group.revenue;
    if (!Number.isSafeInteger(expenses) || !Number.isSafeInteger(revenue)) {
      fail("amount_out_of_range", "The grand total leaves the safe range of ±9007199254740991 cents.", {});
    }
  }
  return { by: [...by], rows: sortRows(rows, by), total: figures(expenses, revenue) };
}
