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
  if (phases !== undefined && (!Array.isArray(phases) || phases.some((p) => typeof p !== "string"))) {
    fail("invalid_option", `The phases of ${name.replace(/^The /, "the ")} must be an array of phase ids, but they are ${describe(phases)}.`, { option: "phases" });
  }
  if (isDocument(source)) {
    checkDocument(source, name);
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

/** Check the parts of a budget document that the finance functions read, so that a malformed one is a DomainError. */
export function checkDocument(doc: BudgetDocument, name: string): void {
  const bad = (what: string, value: unknown): never => fail("invalid_option", `${name} is not a budget document: ${what} is ${describe(value)}.`, { argument: name });
  if (!Array.isArray(doc.phases)) bad("phases", doc.phases);
  doc.phases.forEach((phase, i) => {
    if (typeof phase !== "object" || phase === null || typeof phase.id !== "string") bad(`phases[${i}]`, phase);
  });
  if (!Array.isArray(doc.lines)) bad("lines", doc.lines);
  doc.lines.forEach((line, i) => {
    if (typeof line !== "object" || line === null) bad(`lines[${i}]`, line);
  });
  if (!Array.isArray(doc.amendments)) bad("amendments", doc.amendments);
  doc.amendments.forEach((amendment, i) => {
    if (typeof amendment !== "object" || amendment === null || typeof amendment.id !== "string") bad(`amendments[${i}]`, amendment);
    if (!Array.isArray(amendment.mutations)) bad(`amendments[${i}].mutations`, amendment.mutations);
    amendment.mutations.forEach((mutation, j) => {
      if (typeof mutation !== "object" || mutation === null) bad(`amendments[${i}].mutations[${j}]`, mutation);
    });
    if (typeof amendment.date !== "string") bad(`amendments[${i}].date`, amendment.date);
  });
  if (doc.reserves !== undefined && !Array.isArray(doc.reserves)) bad("reserves", doc.reserves);
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
