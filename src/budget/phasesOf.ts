import { assertDocument } from "./_internal/assertInput.js";
import type { BudgetDocument, Phase } from "./types.js";

/**
 * Every phase of a document: the declared phases, then one phase of kind
 * `"amendment"` per begrotingswijziging (labelled with its number).
 *
 * @param doc - The budget document.
 * @returns The phases, in document order.
 *
 * @example
 * ```ts
 * import { phasesOf, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [], taakvelden: [], lines: [],
 *   phases: [{ id: "primitief", kind: "original" }, { id: "voorjaarsnota", kind: "forecast", label: "Voorjaarsnota 2024" }],
 *   amendments: [{ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] }],
 * };
 * phasesOf(doc).map((phase) => `${phase.id}:${phase.kind}`); //=> ["primitief:original", "voorjaarsnota:forecast", "bw-1:amendment"]
 * ```
 *
 * @category Phases
 * @since 0.1.0
 */
export function phasesOf(doc: BudgetDocument): readonly Phase[] {
  assertDocument(doc);
  return [...doc.phases, ...doc.amendments.map((amendment): Phase => ({ id: amendment.id, kind: "amendment", label: `Begrotingswijziging ${amendment.number}` }))];
}
