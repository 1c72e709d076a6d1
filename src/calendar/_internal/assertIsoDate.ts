import type { IsoDate } from "../types.js";
import { describe } from "./describe.js";
import { fail } from "./fail.js";
import { isoDateParts } from "./isoDateParts.js";

/**
 * Check that a value is a real ISO calendar date and return its parts;
 * `name` says which argument it was, for the error message.
 */
export function assertIsoDate(value: unknown, name: string): { readonly year: number; readonly month: number; readonly day: number } {
  const parts = isoDateParts(value);
  if (parts !== undefined) return parts;
  const hint =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? "that day does not exist in the calendar"
      : "write it as YYYY-MM-DD, e.g. \"2024-11-14\", with a year from 0001 to 9999";
  return fail("invalid_date", `${name} must be an ISO date YYYY-MM-DD, but it is ${describe(value)}: ${hint}.`, { argument: name, value });
}

/** Narrowing form of {@link assertIsoDate}, for when the parts are not needed. */
export function checkIsoDate(value: unknown, name: string): asserts value is IsoDate {
  assertIsoDate(value, name);
}
