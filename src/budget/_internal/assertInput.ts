import type { BudgetDocument, BudgetLine } from "../types.js";
import { fail } from "./fail.js";

// Entry guards for the budget functions (issue 18): a wrong argument — null, a number, an array where a document is
// expected, a document without its arrays — is an `invalid_option` DomainError that names the argument, never a
// TypeError from deep inside. They check the shape a function reads, not every field: parseBudget checks documents
// from outside in full, and accumulate checks each line as it adds it.

/** A value for a message; never throws. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** Whether a value is a plain object (not null, not an array). */
export const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Check that a value is an object (an options argument, an amendment, its info). */
export function assertObject(value: unknown, name: string): asserts value is object {
  if (!isObject(value)) fail("invalid_option", `${name} must be an object, but it is ${show(value)}.`, { argument: name, value });
}

/** Check that a value is an array of objects; `name` says which argument it was. */
export function assertObjects(value: unknown, name: string): asserts value is readonly object[] {
  if (!Array.isArray(value)) fail("invalid_option", `${name} must be an array, but it is ${show(value)}.`, { argument: name, value });
  const index = value.findIndex((item: unknown) => !isObject(item));
  if (index !== -1) fail("invalid_option", `${name}[${index}] must be an object, but it is ${show(value[index])}.`, { argument: name, index, value: value[index] });
}

/** Check the arrays of a budget document that the budget functions read (the lines themselves are checked as they are added up). */
export function assertDocument(value: unknown, name = "The budget document"): asserts value is BudgetDocument {
  if (!isObject(value)) fail("invalid_option", `${name} must be a budget document (an object with phases, lines and amendments), but it is ${show(value)}.`, { argument: name, value });
  assertObjects(value["phases"], `${name}.phases`);
  if (!Array.isArray(value["lines"])) fail("invalid_option", `${name}.lines must be an array, but it is ${show(value["lines"])}.`, { argument: `${name}.lines` });
  assertObjects(value["amendments"], `${name}.amendments`);
  (value["amendments"] as readonly Readonly<Record<string, unknown>>[]).forEach((amendment, i) => {
    if (!Array.isArray(amendment["mutations"])) fail("invalid_option", `${name}.amendments[${i}].mutations must be an array, but it is ${show(amendment["mutations"])}.`, { argument: `${name}.amendments[${i}].mutations` });
  });
  assertObjects(value["programmes"], `${name}.programmes`);
  if (!Array.isArray(value["taakvelden"])) fail("invalid_option", `${name}.taakvelden must be an array, but it is ${show(value["taakvelden"])}.`, { argument: `${name}.taakvelden` });
  if (value["reserves"] !== undefined) assertObjects(value["reserves"], `${name}.reserves`);
}

/** Check a source of lines: a budget document, or an array of lines. */
export function assertSource(value: unknown): asserts value is BudgetDocument | readonly BudgetLine[] {
  if (!Array.isArray(value)) assertDocument(value, "The source (a budget document or an array of lines)");
}
