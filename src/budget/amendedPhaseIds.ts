import { assertDocument } from "./_internal/assertInput.js";
import type { BudgetDocument } from "./types.js";
import { assertIsoDate } from "./_internal/isoDate.js";

/**
 * The phases that make up the amended budget (begroting na wijziging) as of
 * a date: every `original` phase plus every adopted amendment dated on or
 * before `asOf` (all adopted amendments when `asOf` is left out). Pass the
 * result as `phases` to {@link rollup}: the amended budget is always derived
 * this way, never stored, so it cannot disagree with its parts.
 *
 * @param doc - The budget document.
 * @param asOf - An ISO date; amendments adopted after it do not count yet.
 * @returns Phase ids: the original phases, then the amendments in document order.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 *
 * @example
 * ```ts
 * import { amendedPhaseIds, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [], taakvelden: [], lines: [],
 *   phases: [{ id: "primitief", kind: "original" }, { id: "realisatie", kind: "actual" }],
 *   amendments: [
 *     { id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] },
 *     { id: "bw-2", number: 2, date: "2024-07-04", decision: "RB-88", mutations: [] },
 *     { id: "bw-3", number: 3, date: "2024-11-07", decision: "RB-140", status: "proposed", mutations: [] },
 *   ],
 * };
 * amendedPhaseIds(doc, "2024-06-30"); //=> ["primitief", "bw-1"]
 * amendedPhaseIds(doc); //=> ["primitief", "bw-1", "bw-2"]
 * amendedPhaseIds(doc, "30-06-2024"); //=> throws invalid_date
 * ```
 *
 * @category Phases
 * @since 0.1.0
 */
export function amendedPhaseIds(doc: BudgetDocument, asOf?: string): readonly string[] {
  assertDocument(doc);
  if (asOf !== undefined) assertIsoDate(asOf, "asOf");
  const ids = doc.phases.filter((phase) => phase.kind === "original").map((phase) => phase.id);
  for (const amendment of doc.amendments) {
    if ((amendment.status ?? "adopted") !== "adopted") continue;
    if (asOf !== undefined && amendment.date > asOf) continue;
    ids.push(amendment.id);
  }
  return ids;
}
