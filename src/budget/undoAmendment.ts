import type { BudgetDocument } from "./types.js";
import type { BudgetPatch } from "./applyAmendment.js";
import { appendAmendment } from "./_internal/appendAmendment.js";
import { documentArgument } from "./_internal/documentArgument.js";
import { isObject } from "./_internal/assertInput.js";
import { fail } from "./_internal/fail.js";
import { describeValue } from "./_internal/isoDate.js";
import { sameData } from "./_internal/plainData.js";

/** The position `n` of a patch whose path is exactly `["amendments", n]`, or undefined. */
function amendmentIndex(patch: unknown): number | undefined {
  if (!isObject(patch)) return undefined;
  const path = patch["path"];
  if (!Array.isArray(path) || path.length !== 2 || path[0] !== "amendments") return undefined;
  const index: unknown = path[1];
  return typeof index === "number" && Number.isSafeInteger(index) && index >= 0 ? index : undefined;
}

function nameOf(amendment: unknown): string {
  return isObject(amendment) ? `amendment ${describeValue(amendment["id"])}` : "an amendment";
}

/**
 * Undo (or redo) an amendment with the patches of {@link applyAmendment}:
 * its `inversePatches` remove exactly the amendment it added, its `patches`
 * add it again. Nothing is replayed blindly:
 *
 * - an undo checks that the amendment at the position it names is the very
 *   amendment it was made for (equal in every field); otherwise — already
 *   undone, or the history changed since — it is refused. Undoing the last
 *   amendment gives back a document equal to the one before it was applied;
 *   undoing an earlier one removes only that one.
 * - a redo appends the amendment only to a document with exactly as many
 *   amendments as when it was made, and with the same checks as
 *   {@link applyAmendment} (so a second redo, whose id is then taken, is
 *   refused).
 * - any other list of patches is refused.
 *
 * The input is not changed; unchanged parts are shared.
 *
 * @param doc - The document to start from.
 * @param patches - The `inversePatches` (undo) or `patches` (redo) of one {@link applyAmendment} result, as returned or after a JSON round trip.
 * @returns The document without (undo) or with (redo) the amendment.
 * @throws {@link DomainError} `invalid_patch` – when the patches are not those of one applyAmendment result, or do not fit the document: the amendment to undo is not (or no longer) at the position they name, or the document has more or fewer amendments than the redo was made for.
 * @throws {@link DomainError} `invalid_amendment` – when a redo would make the document invalid (e.g. its id or number is taken by now).
 * @throws {@link DomainError} `invalid_document` – when `doc` is not a budget document.
 *
 * @example
 * ```ts
 * import { applyAmendment, undoAmendment, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = { budgetYear: 2024, programmes: [], taakvelden: [], phases: [], lines: [], amendments: [] };
 * const step = applyAmendment(doc, { id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] });
 * const undone = undoAmendment(step.document, step.inversePatches);
 * undone.amendments.length; //=> 0
 * undoAmendment(undone, step.inversePatches); //=> throws invalid_patch
 * const redone = undoAmendment(undone, step.patches);
 * redone.amendments.map((a) => a.id); //=> ["bw-1"]
 * undoAmendment(redone, step.patches); //=> throws invalid_patch
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export function undoAmendment(doc: BudgetDocument, patches: readonly BudgetPatch[]): BudgetDocument {
  const target = documentArgument(doc, "undoAmendment");
  const amendments = target.doc.amendments;
  const refuse = (message: string, details: Readonly<Record<string, unknown>> = {}): never => fail("invalid_patch", message, details);
  if (!Array.isArray(patches)) {
    return refuse(`undoAmendment takes the patches or inversePatches of one applyAmendment result (a list), but it was given ${describeValue(patches)}.`);
  }
  const list: readonly unknown[] = patches;
  const [first, second] = list;
  // A redo: [{ op: "add", path: ["amendments", n], value }].
  if (list.length === 1 && isObject(first) && first["op"] === "add") {
    const index = amendmentIndex(first);
    if (index === undefined) return refuse("The patch does not add an amendment: its path is not [\"amendments\", n].");
    if (index !== amendments.length) {
      return refuse(`The patches redo ${nameOf(first["value"])} as amendment ${index + 1} of the document, but the document has ${amendments.length} amendments: it was already redone, or the history changed since.`, {
        index,
        amendments: amendments.length,
      });
    }
    return appendAmendment(target, first["value"]).document;
  }
  // An undo: [{ op: "test", path: ["amendments", n], value }, { op: "remove", path: ["amendments", n] }].
  if (list.length === 2 && isObject(first) && isObject(second) && first["op"] === "test" && second["op"] === "remove") {
    const index = amendmentIndex(first);
    if (index === undefined || amendmentIndex(second) !== index) return refuse("The patches do not remove one amendment: their paths are not the same [\"amendments\", n].");
    const expected = first["value"];
    const found: unknown = amendments[index];
    if (!isObject(expected)) return refuse("The patches do not say which amendment they remove: the test patch has no amendment as its value.");
    if (found === undefined || !sameData(found, expected)) {
      const there = found === undefined ? `the document has ${amendments.length} amendments` : `${nameOf(found)} is there`;
      const elsewhere = amendments.findIndex((a) => sameData(a, expected));
      const hint = elsewhere === -1 ? "it was already undone, or never applied to this document" : `it is at position ${elsewhere} now: undo amendments in the reverse order they were applied`;
      return refuse(`The patches undo ${nameOf(expected)} at position ${index}, but ${there}; ${hint}.`, { index, amendment: expected["id"] });
    }
    return { ...target.doc, amendments: amendments.filter((_, i) => i !== index) };
  }
  return refuse(
    "undoAmendment takes the patches or inversePatches of one applyAmendment result: [add] to redo, or [test, remove] to undo. " +
      "Patches that do not name the amendment they remove (such as immer's `replace amendments.length`) cannot be checked and are refused.",
    { patches: list.length },
  );
}
