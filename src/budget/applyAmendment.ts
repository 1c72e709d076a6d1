import type { BudgetDocument, Amendment } from "./types.js";
import { fail } from "./_internal/fail.js";
import { immer } from "./_internal/immer.js";
import { assertIsoDate } from "./_internal/isoDate.js";

/**
 * One change to a document in the audit trail of an amendment: an immer
 * patch (JSON-Patch-like: `op`, `path` from the document root, `value`).
 *
 * @example
 * ```ts
 * import type { BudgetPatch } from "opkoers/budget";
 *
 * const undo: BudgetPatch = { op: "replace", path: ["amendments", "length"], value: 0 };
 * undo.path.join("."); //=> "amendments.length"
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export interface BudgetPatch {
  /** What the patch does. */
  readonly op: "add" | "remove" | "replace";
  /** Where, from the document root. */
  readonly path: readonly (string | number)[];
  /** The new value (for `add` and `replace`). */
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
  /** The patches from the new document back to the old one (see {@link undoAmendment}). */
  readonly inversePatches: readonly BudgetPatch[];
}

function check(doc: BudgetDocument, amendment: Amendment): void {
  const bad = (message: string, details: Record<string, unknown> = {}): never => fail("invalid_amendment", `Amendment ${JSON.stringify(amendment.id)}: ${message}`, { amendment: amendment.id, ...details });
  if (typeof amendment.id !== "string" || amendment.id === "") bad("its id must be a non-empty string.");
  if (!Number.isInteger(amendment.number)) bad(`its number must be a whole number, but it is ${String(amendment.number)}.`);
  if (doc.phases.some((phase) => phase.id === amendment.id)) bad("its id is already used by a phase of the document.");
  for (const other of doc.amendments) {
    if (other.id === amendment.id) bad("its id is already used by another amendment of the document.");
    if (other.number === amendment.number) bad(`number ${amendment.number} is already used.`);
  }
  assertIsoDate(amendment.date, `The date of amendment ${JSON.stringify(amendment.id)}`);
  const programmes = new Set(doc.programmes.map((p) => p.code));
  const taakvelden = new Set(doc.taakvelden);
  const reserves = new Set((doc.reserves ?? []).map((r) => r.code));
  amendment.mutations.forEach((m, i) => {
    if (!programmes.has(m.programme)) bad(`mutation ${i} names the programme ${JSON.stringify(m.programme)}, which the document does not declare.`, { index: i });
    if (!taakvelden.has(m.taakveld)) bad(`mutation ${i} names the taakveld ${JSON.stringify(m.taakveld)}, which the document does not declare.`, { index: i });
    if (m.reserve !== undefined && !reserves.has(m.reserve)) bad(`mutation ${i} names the reserve ${JSON.stringify(m.reserve)}, which the document does not declare.`, { index: i });
    if (!Number.isSafeInteger(m.expenses) || !Number.isSafeInteger(m.revenue)) bad(`mutation ${i} has an amount that is not a whole number of cents.`, { index: i });
    if (!Number.isInteger(m.year)) bad(`mutation ${i} has a year that is not a whole number.`, { index: i });
  });
}

/**
 * Apply a begrotingswijziging: add it to the document's amendments (where it
 * becomes a phase of its own, part of the amended budget once adopted), and
 * return the new document together with the immer patches and inverse
 * patches (`produceWithPatches`), so a history can be replayed, inspected and
 * undone. The input document is not changed; unchanged parts are shared.
 *
 * Check an amendment first with {@link assessAmendment}: applying one that
 * names an unknown programme, taakveld or reserve is refused.
 *
 * @param doc - The budget document.
 * @param amendment - The amendment with its mutations.
 * @returns The new document, the patches and the inverse patches.
 * @throws {@link DomainError} `invalid_amendment` – when the id or number is taken, or a mutation names an undeclared programme, taakveld or reserve, or has an amount that is not whole cents.
 * @throws {@link DomainError} `invalid_date` – when the amendment's date is not an ISO date.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { applyAmendment, undoAmendment, rollup, amendedPhaseIds, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [{ code: "p", name: "P" }], taakvelden: ["7.1"],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: [{ programme: "p", taakveld: "7.1", year: 2024, phase: "primitief", expenses: euro(1000), revenue: euro(0), nature: "structureel" }],
 *   amendments: [],
 * };
 * const { document, patches, inversePatches } = applyAmendment(doc, {
 *   id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31",
 *   mutations: [{ programme: "p", taakveld: "7.1", year: 2024, expenses: euro(250), revenue: euro(0), nature: "incidenteel" }],
 * });
 * rollup(document, { by: [], phases: amendedPhaseIds(document) }).total.expenses; //=> 125000
 * patches.map((patch) => patch.path.join(".")); //=> ["amendments.0"]
 * undoAmendment(document, inversePatches); //=> doc
 * applyAmendment(doc, { id: "primitief", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] }); //=> throws invalid_amendment
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export function applyAmendment(doc: BudgetDocument, amendment: Amendment): AmendmentResult {
  check(doc, amendment);
  const [document, patches, inversePatches] = immer().produceWithPatches(doc, (draft) => {
    draft.amendments.push(amendment as (typeof draft.amendments)[number]);
  });
  return { document, patches: patches as readonly BudgetPatch[], inversePatches: inversePatches as readonly BudgetPatch[] };
}
