import type { BudgetDocument } from "../types.js";
import { fail } from "./fail.js";

/** Every phase id of a document: its declared phases and its amendments. */
export function phaseIds(doc: BudgetDocument): Set<string> {
  const ids = new Set<string>();
  for (const phase of doc.phases) ids.add(phase.id);
  for (const amendment of doc.amendments) ids.add(amendment.id);
  return ids;
}

/** Check that every selected phase exists in the document; throws `unknown_phase`. */
export function checkPhases(doc: BudgetDocument, selected: readonly string[]): void {
  const known = phaseIds(doc);
  for (const id of selected) {
    if (!known.has(id)) {
      fail("unknown_phase", `The phase ${JSON.stringify(id)} is not declared by the document; its phases are ${[...known].map((k) => JSON.stringify(k)).join(", ") || "none"}.`, { phase: id });
    }
  }
}

/** Whether a value is a budget document rather than an array of lines. */
export function isDocument(source: unknown): source is BudgetDocument {
  return typeof source === "object" && source !== null && !Array.isArray(source);
}
