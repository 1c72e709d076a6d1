import type { BudgetDocument } from "./types.js";
import type { BudgetPatch } from "./applyAmendment.js";
import { immer } from "./_internal/immer.js";

/**
 * Undo (or redo) an amendment by applying patches from
 * {@link applyAmendment}: its `inversePatches` give back a document equal to
 * the one before, its `patches` replay it. The input is not changed.
 *
 * @param doc - The document to start from.
 * @param patches - The patches to apply, in order.
 * @returns The patched document.
 *
 * @example
 * ```ts
 * import { applyAmendment, undoAmendment, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = { budgetYear: 2024, programmes: [], taakvelden: [], phases: [], lines: [], amendments: [] };
 * const step = applyAmendment(doc, { id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] });
 * undoAmendment(step.document, step.inversePatches).amendments.length; //=> 0
 * undoAmendment(doc, step.patches).amendments.length; //=> 1
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export function undoAmendment(doc: BudgetDocument, patches: readonly BudgetPatch[]): BudgetDocument {
  return immer().applyPatches(doc, patches as Parameters<ReturnType<typeof immer>["applyPatches"]>[1]);
}
