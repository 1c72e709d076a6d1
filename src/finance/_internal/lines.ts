import { amendedPhaseIds, linesOf, type BudgetDocument, type BudgetLine } from "../../budget/index.js";
import type { Cents } from "../../money/index.js";
import { assertCents, assertYear } from "./assert.js";
import { describe, fail } from "./fail.js";

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Whether a source is a budget document (rather than an array of lines). */
export function isDocument(source: unknown): source is BudgetDocument {
  return typeof source === "object" && source !== null && !Array.isArray(source);
}

/**
 * The lines of a source for the given phases: for a document, `phases` (default: the amended budget,
 * original + adopted amendments); for an array, the lines whose phase is listed (default: all lines).
 * Every line is checked (amounts, year, nature).
 */
export function selectLines(source: BudgetDocument | readonly BudgetLine[], phases: readonly string[] | undefined, name: string): readonly BudgetLine[] {
  let lines: readonly BudgetLine[];
  if (isDocument(source)) {
    lines = linesOf(source, phases ?? amendedPhaseIds(source));
  } else if (Array.isArray(source)) {
    const wanted = phases === undefined ? null : new Set(phases);
    lines = wanted === null ? source : source.filter((line) => wanted.has(line?.phase));
  } else {
    return fail("invalid_option", `${name} must be a budget document or an array of budget lines, but it is ${describe(source)}.`, { value: source });
  }
  lines.forEach((line, i) => checkLine(line, `${name}, line ${i + 1}`));
  return lines;
}

/** Check one budget line's fields that the finance functions use. */
export function checkLine(line: BudgetLine, where: string): void {
  if (typeof line !== "object" || line === null) fail("invalid_amount", `${where} is ${describe(line)}, not a budget line.`, { where });
  assertYear(line.year, `${where}: year`);
  assertCents(line.expenses, `${where}: expenses`);
  assertCents(line.revenue, `${where}: revenue`);
  if (line.nature !== "structureel" && line.nature !== "incidenteel") {
    fail("invalid_option", `${where}: nature is ${describe(line.nature)}; use "structureel" or "incidenteel".`, { where, value: line.nature });
  }
  if (typeof line.programme !== "string") fail("invalid_option", `${where}: programme must be a string, but it is ${describe(line.programme)}.`, { where });
  if (typeof line.taakveld !== "string") fail("invalid_option", `${where}: taakveld must be a string, but it is ${describe(line.taakveld)}.`, { where });
}

/** Convert an exact bigint sum to Cents, or throw `amount_out_of_range`. */
export function toCents(value: bigint, what: string): Cents {
  if (value > MAX || value < -MAX) fail("amount_out_of_range", `${what} (${value} cents) is beyond the safe range of ±9007199254740991 cents.`, { what, value: String(value) });
  return (Number(value) || 0) as Cents;
}
