import type { Issue } from "../../errors/Issue.js";
import { say } from "../../errors/_internal/schemas.js";
import type { Amendment, Mutation } from "../types.js";

// The cross-checks of a budget document that need more than one object: the one place where parseBudget (for a
// whole document) and applyAmendment (for one new amendment) decide whether an amendment fits its document.

/** Where reserve mutations are booked (BBV, Iv3). */
export const RESERVE_TAAKVELD = "0.10";

/** What a document declares, as sets of codes and ids. */
export interface Declared {
  readonly programmes: ReadonlySet<string>;
  readonly taakvelden: ReadonlySet<string>;
  readonly reserves: ReadonlySet<string>;
  readonly phases: ReadonlySet<string>;
}

/** Record one issue. */
export type AddIssue = (path: readonly (string | number)[], code: string, message: string) => void;

/** An issue collector: `add` pushes onto `issues`. */
export function issueList(): { readonly issues: Issue[]; readonly add: AddIssue } {
  const issues: Issue[] = [];
  return { issues, add: (path, code, message) => void issues.push({ path: [...path], code, message }) };
}

/**
 * Check the codes a line or mutation names against what the document declares: programme, taakveld, reserve,
 * and that a reserve mutation is on taakveld 0.10.
 */
export function checkLineCodes(declared: Declared, line: Mutation, path: readonly (string | number)[], add: AddIssue): void {
  if (!declared.programmes.has(line.programme)) add([...path, "programme"], "unknown_programme", say(`The programme ${JSON.stringify(line.programme)} is not declared by the document.`, `Het programma ${JSON.stringify(line.programme)} staat niet in het document.`));
  if (!declared.taakvelden.has(line.taakveld)) add([...path, "taakveld"], "unknown_taakveld", say(`The taakveld ${JSON.stringify(line.taakveld)} is not declared by the document.`, `Het taakveld ${JSON.stringify(line.taakveld)} staat niet in het document.`));
  if (line.reserve !== undefined) {
    if (!declared.reserves.has(line.reserve)) add([...path, "reserve"], "unknown_reserve", say(`The reserve ${JSON.stringify(line.reserve)} is not declared by the document.`, `De reserve ${JSON.stringify(line.reserve)} staat niet in het document.`));
    if (line.taakveld !== RESERVE_TAAKVELD) add([...path, "reserve"], "reserve_outside_0_10", say(`A reserve mutation is booked on taakveld 0.10, but this line is on ${JSON.stringify(line.taakveld)}.`, `Een reservemutatie wordt geboekt op taakveld 0.10, maar deze regel staat op ${JSON.stringify(line.taakveld)}.`));
  }
}

/**
 * Check the identity of an amendment (already read by AmendmentSchema) against its document: its id must not be a
 * phase or an earlier amendment, and its number must be new. `ids` and `numbers` are those of the amendments
 * before it; they are not changed.
 */
export function checkAmendmentIdentity(
  declared: Declared,
  ids: ReadonlySet<string>,
  numbers: ReadonlySet<number>,
  amendment: Amendment,
  path: readonly (string | number)[],
  add: AddIssue,
): void {
  if (declared.phases.has(amendment.id) || ids.has(amendment.id)) add([...path, "id"], "duplicate", say(`The id ${JSON.stringify(amendment.id)} of amendment ${amendment.number} is already used by another phase or amendment.`, `Het id ${JSON.stringify(amendment.id)} van begrotingswijziging ${amendment.number} is al in gebruik door een andere fase of wijziging.`));
  if (numbers.has(amendment.number)) add([...path, "number"], "duplicate", say(`Amendment number ${amendment.number} is used twice.`, `Wijzigingsnummer ${amendment.number} komt twee keer voor.`));
}

/** Check the codes that every mutation of an amendment names (see {@link checkLineCodes}). */
export function checkAmendmentMutations(declared: Declared, amendment: Amendment, path: readonly (string | number)[], add: AddIssue): void {
  amendment.mutations.forEach((mutation, m) => checkLineCodes(declared, mutation, [...path, "mutations", m], add));
}
