import type { BudgetDocument, Amendment } from "./types.js";
import { appendAmendment } from "./_internal/appendAmendment.js";
import { documentArgument } from "./_internal/documentArgument.js";

/**
 * One change to a document in the audit trail of an amendment, in the
 * manner of JSON Patch (RFC 6902): `op`, `path` from the document root,
 * `value`. {@link applyAmendment} makes two lists of them: `patches` adds
 * the amendment (`add` at `["amendments", n]`, an immer patch), and
 * `inversePatches` removes exactly that amendment again (`test` that the
 * amendment at `["amendments", n]` is the one added, then `remove` it).
 * Apply them with {@link undoAmendment}, which checks them; immer's own
 * `applyPatches` knows no `test` and would not check.
 *
 * @example
 * ```ts
 * import type { BudgetPatch } from "opkoers/budget";
 *
 * const undo: BudgetPatch = { op: "remove", path: ["amendments", 0] };
 * undo.path.join("."); //=> "amendments.0"
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export interface BudgetPatch {
  /** What the patch does (`test`: check that the value at `path` equals `value`, change nothing). */
  readonly op: "add" | "remove" | "replace" | "test";
  /** Where, from the document root. */
  readonly path: readonly (string | number)[];
  /** The new value (for `add` and `replace`), or the value expected (for `test`). */
  readonly value?: unknown;
}

/**
 * The result of {@link applyAmendment}: the new document and the patches
 * that lead to it and back.
 *
 * @example
 * ```ts
 * import type { AmendmentResult } from "opkoers/budget";
 *
 * type Keys = keyof AmendmentResult;
 * const keys: Keys[] = ["document", "patches", "inversePatches"];
 * keys.length; //=> 3
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export interface AmendmentResult {
  /** The document with the amendment added (the input is unchanged). */
  readonly document: BudgetDocument;
  /** The patches from the old to the new document. */
  readonly patches: readonly BudgetPatch[];
  /** The patches that remove this amendment again (see {@link undoAmendment}). */
  readonly inversePatches: readonly BudgetPatch[];
}

/**
 * Apply a begrotingswijziging: add it to the document's amendments (where it
 * becomes a phase of its own, part of the amended budget once adopted), and
 * return the new document together with the immer patches and inverse
 * patches (`produceWithPatches`), so a history can be replayed, inspected and
 * undone. The input document is not changed; unchanged parts are shared.
 *
 * The amendment is read exactly as {@link parseBudget} reads the amendments
 * of a document — the same strict {@link AmendmentSchema} (no unknown keys,
 * a status of `"proposed"`, `"adopted"` or `"rejected"`, a real calendar
 * date, years 1900–2999, whole cents) and the same cross-checks (a new id and
 * number, declared programmes, taakvelden and reserves, reserves on 0.10) —
 * and the document stores a deeply frozen copy of it: changing the object you
 * passed afterwards changes nothing in the returned document or its patches.
 * Check an amendment first with {@link assessAmendment} to see its effect.
 *
 * @param doc - The budget document.
 * @param amendment - The amendment with its mutations (any value: it is checked).
 * @returns The new document, the patches that add the amendment and the inverse patches that remove exactly it.
 * @throws {@link DomainError} `invalid_amendment` – when the amendment does not pass the schema or the cross-checks; the message lists the issues with their paths, `details.issues` has them all.
 * @throws {@link DomainError} `invalid_date` – when the amendment's date is the only thing wrong (not a real calendar date `YYYY-MM-DD`).
 * @throws {@link DomainError} `invalid_document` – when `doc` is not a budget document (not an object, or its programmes, taakvelden, phases, lines or amendments are not lists).
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { applyAmendment, undoAmendment, rollup, amendedPhaseIds, type Amendment, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [{ code: "p", name: "P" }], taakvelden: ["7.1"],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: [{ programme: "p", taakveld: "7.1", year: 2024, phase: "primitief", expenses: euro(1000), revenue: euro(0), nature: "structureel" }],
 *   amendments: [],
 * };
 * const bw: Amendment = {
 *   id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31",
 *   mutations: [{ programme: "p", taakveld: "7.1", year: 2024, expenses: euro(250), revenue: euro(0), nature: "incidenteel" }],
 * };
 * const { document, patches, inversePatches } = applyAmendment(doc, bw);
 * rollup(document, { by: [], phases: amendedPhaseIds(document) }).total.expenses; //=> 125000
 * patches.map((patch) => patch.path.join(".")); //=> ["amendments.0"]
 * document.amendments[0] === bw; //=> false
 * Object.isFrozen(document.amendments[0]); //=> true
 * undoAmendment(document, inversePatches); //=> doc
 * applyAmendment(doc, { ...bw, id: "primitief" }); //=> throws invalid_amendment
 * applyAmendment(doc, { ...bw, status: "Adopted" as never }); //=> throws invalid_amendment
 * applyAmendment(doc, { ...bw, date: "2023-02-29" }); //=> throws invalid_date
 * applyAmendment(null as never, bw); //=> throws invalid_document
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export function applyAmendment(doc: BudgetDocument, amendment: Amendment): AmendmentResult {
  return appendAmendment(documentArgument(doc, "applyAmendment"), amendment);
}
