import { assertDocument, show } from "./_internal/assertInput.js";
import { fail } from "./_internal/fail.js";
import type { BudgetDocument, BudgetLine, OverviewColumn, Phase } from "./types.js";
import { amendedPhaseIds } from "./amendedPhaseIds.js";

/**
 * The usual columns of an overzicht van baten en lasten, as a jaarrekening
 * shows them: `original` (begroting primitief), `amended` (begroting na
 * wijziging: original + amendments adopted up to `asOf`) and the realisatie
 * — the last only when the document has an `actual` phase that covers the
 * whole year (quarterly actual phases never make a column).
 *
 * Which phases of one kind add up, and which are shown side by side:
 *
 * - **`original`: added up.** The `original` phases together are the one
 *   begroting primitief (split over several phases, for instance the
 *   begrotingsjaar and the meerjarenraming, or per department): the amended
 *   budget is by definition every original phase plus the adopted amendments
 *   ({@link amendedPhaseIds}), so the original column adds the same phases and
 *   "na wijziging − primitief = the amendments" holds. A draft or another
 *   version of the budget beside the adopted one is not `original`: declare it
 *   as `other` (or `forecast`), or it is counted twice here and in every
 *   amended figure.
 * - **`actual`: never added up in one year.** A whole-year actual phase is
 *   the whole realisatie of the year, so two of them with lines in the `year`
 *   (a "realisatie-voorlopig" and a "realisatie", two versions of a
 *   jaarrekening) are two versions of one figure, and each gets its own
 *   column: the last one in the document's `phases` order keeps the id
 *   `"actual"` (the one the difference and a report compare with the amended
 *   budget), each earlier one gets the id `"actual:<phase id>"`, and all are
 *   labelled "Realisatie <phase label or id>" (label and id when two
 *   phases share a label). Actual phases that have no
 *   lines in `year` (such as one phase per jaarrekening, each with its own
 *   year) change nothing in that year: with at most one actual phase with
 *   lines in `year` there is one `"actual"` column over every whole-year
 *   actual phase, as before.
 *
 * @param doc - The budget document.
 * @param asOf - Count amendments adopted up to this ISO date; default: all adopted.
 * @param year - The year the overview shows, which decides whether actual phases are versions of one figure; default the document's `budgetYear`.
 * @returns The columns.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `year` is not a whole year from 1 to 9999.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { standardColumns, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [], taakvelden: [], lines: [],
 *   phases: [{ id: "primitief", kind: "original" }, { id: "realisatie", kind: "actual" }, { id: "q1", kind: "actual", quarter: 1 }],
 *   amendments: [{ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] }],
 * };
 * standardColumns(doc).map((column) => [column.id, column.phases]); //=> [["original", ["primitief"]], ["amended", ["primitief", "bw-1"]], ["actual", ["realisatie"]]]
 *
 * // Two versions of the realisatie 2024: side by side, never added up.
 * const line = (phase: string, lasten: number) => ({ programme: "zorg", taakveld: "6.1", year: 2024, phase, expenses: euro(lasten), revenue: euro(0), nature: "structureel" as const });
 * const twice: BudgetDocument = {
 *   budgetYear: 2024, programmes: [{ code: "zorg", name: "Zorg" }], taakvelden: ["6.1"], amendments: [],
 *   phases: [{ id: "primitief", kind: "original" }, { id: "voorlopig", kind: "actual", label: "voorlopig" }, { id: "realisatie", kind: "actual", label: "definitief" }],
 *   lines: [line("primitief", 1_000), line("voorlopig", 1_100), line("realisatie", 1_150)],
 * };
 * standardColumns(twice).slice(2).map((column) => [column.id, column.label.nl, column.phases]); //=> [["actual:voorlopig", "Realisatie voorlopig", ["voorlopig"]], ["actual", "Realisatie definitief", ["realisatie"]]]
 * standardColumns(twice, undefined, 2025).slice(2).map((column) => column.id); //=> ["actual"]
 * standardColumns(twice, undefined, 24.5); //=> throws invalid_option
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export function standardColumns(doc: BudgetDocument, asOf?: string, year?: number): readonly OverviewColumn[] {
  assertDocument(doc);
  if (year !== undefined && !(typeof year === "number" && Number.isInteger(year) && year >= 1 && year <= 9999)) {
    fail("invalid_option", `year must be a whole year from 1 to 9999, but it is ${show(year)}.`, { option: "year", value: year });
  }
  const shown = year ?? doc.budgetYear;
  const columns: OverviewColumn[] = [
    { id: "original", label: { nl: "Begroting primitief", en: "Original budget" }, phases: doc.phases.filter((p) => p.kind === "original").map((p) => p.id) },
    { id: "amended", label: { nl: "Begroting na wijziging", en: "Amended budget" }, phases: amendedPhaseIds(doc, asOf) },
  ];
  const actual = doc.phases.filter((p) => p.kind === "actual" && p.quarter === undefined);
  // The lines themselves are checked where they are added up (overviewOfBatenLasten): a line that is not an object has no phase here.
  const lines = doc.lines as readonly (Partial<BudgetLine> | null | undefined)[];
  const withLines = actual.filter((p) => lines.some((line) => line?.phase === p.id && line.year === shown));
  if (withLines.length > 1) {
    const names = withLines.map((p) => p.label ?? p.id);
    // Two phases with one label would give two columns with one header: name such a phase by its id as well.
    const unique = names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} (${withLines[i]?.id ?? ""})`));
    columns.push(...withLines.map((phase, i) => actualColumn(phase, unique[i] ?? phase.id, i === withLines.length - 1)));
  }
  else if (actual.length > 0) columns.push({ id: "actual", label: { nl: "Realisatie", en: "Actual" }, phases: actual.map((p) => p.id) });
  return columns;
}

/** The column of one of several actual phases: the last keeps the id "actual". */
function actualColumn(phase: Phase, name: string, last: boolean): OverviewColumn {
  return { id: last ? "actual" : `actual:${phase.id}`, label: { nl: `Realisatie ${name}`, en: `Actual ${name}` }, phases: [phase.id] };
}
