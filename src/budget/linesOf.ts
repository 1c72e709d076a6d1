import { assertDocument, show } from "./_internal/assertInput.js";
import { fail } from "./_internal/fail.js";
import type { BudgetDocument, BudgetLine } from "./types.js";
import { checkPhases } from "./_internal/phaseIds.js";

/**
 * The lines of a document as one flat list, with the mutations of each
 * amendment as lines of the amendment's phase; optionally only some phases.
 *
 * @param doc - The budget document.
 * @param phases - Only these phase ids; default: all.
 * @returns The lines (new objects for the mutations, the document's own lines otherwise).
 * @throws {@link DomainError} `unknown_phase` – when a selected phase is not in the document.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { linesOf, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [{ code: "p", name: "P" }], taakvelden: ["7.1"],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: [{ programme: "p", taakveld: "7.1", year: 2024, phase: "primitief", expenses: euro(10), revenue: euro(0), nature: "structureel" }],
 *   amendments: [{ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [{ programme: "p", taakveld: "7.1", year: 2024, expenses: euro(2), revenue: euro(0), nature: "incidenteel" }] }],
 * };
 * linesOf(doc).map((line) => [line.phase, line.expenses]); //=> [["primitief", 1000], ["bw-1", 200]]
 * linesOf(doc, ["bw-1"]).length; //=> 1
 * ```
 *
 * @category Phases
 * @since 0.1.0
 */
export function linesOf(doc: BudgetDocument, phases?: readonly string[]): readonly BudgetLine[] {
  assertDocument(doc);
  if (phases !== undefined && !Array.isArray(phases as unknown)) fail("invalid_option", `phases must be an array of phase ids, but it is ${show(phases)}.`, { option: "phases", value: phases });
  if (phases !== undefined) checkPhases(doc, phases);
  const wanted = phases === undefined ? null : new Set(phases);
  const out: BudgetLine[] = wanted === null ? [...doc.lines] : doc.lines.filter((line) => wanted.has(line.phase));
  for (const amendment of doc.amendments) {
    if (wanted !== null && !wanted.has(amendment.id)) continue;
    for (const mutation of amendment.mutations) out.push({ ...mutation, phase: amendment.id });
  }
  return out;
}
