import { assertDocument } from "./_internal/assertInput.js";
import type { BudgetDocument, OverviewColumn } from "./types.js";
import { amendedPhaseIds } from "./amendedPhaseIds.js";

/**
 * The usual columns of an overzicht van baten en lasten, as a jaarrekening
 * shows them: `original` (begroting primitief: the original phases),
 * `amended` (begroting na wijziging: original + amendments adopted up to
 * `asOf`) and `actual` (realisatie: the actual phases that cover the whole
 * year, not the quarterly ones) — the last only when the document has an
 * actual phase.
 *
 * @param doc - The budget document.
 * @param asOf - Count amendments adopted up to this ISO date; default: all adopted.
 * @returns The columns.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 *
 * @example
 * ```ts
 * import { standardColumns, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [], taakvelden: [], lines: [],
 *   phases: [{ id: "primitief", kind: "original" }, { id: "realisatie", kind: "actual" }, { id: "q1", kind: "actual", quarter: 1 }],
 *   amendments: [{ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] }],
 * };
 * standardColumns(doc).map((column) => [column.id, column.phases]); //=> [["original", ["primitief"]], ["amended", ["primitief", "bw-1"]], ["actual", ["realisatie"]]]
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export function standardColumns(doc: BudgetDocument, asOf?: string): readonly OverviewColumn[] {
  assertDocument(doc);
  const columns: OverviewColumn[] = [
    { id: "original", label: { nl: "Begroting primitief", en: "Original budget" }, phases: doc.phases.filter((p) => p.kind === "original").map((p) => p.id) },
    { id: "amended", label: { nl: "Begroting na wijziging", en: "Amended budget" }, phases: amendedPhaseIds(doc, asOf) },
  ];
  const actual = doc.phases.filter((p) => p.kind === "actual" && p.quarter === undefined).map((p) => p.id);
  if (actual.length > 0) columns.push({ id: "actual", label: { nl: "Realisatie", en: "Actual" }, phases: actual });
  return columns;
}
