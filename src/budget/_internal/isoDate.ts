import { isIsoDate } from "../../calendar/index.js";
import { fail } from "./fail.js";

/** Check a real ISO calendar date `YYYY-MM-DD`, years 0001–9999 (throws `invalid_date`). ISO dates compare correctly as strings. */
export function assertIsoDate(value: unknown, what: string): asserts value is string {
  if (!isIsoDate(value)) {
    fail("invalid_date", `${what} must be a real calendar date YYYY-MM-DD, but it is ${describeValue(value)}.`, { value });
  }
}

/** A short, safe description of any value for a message (never throws: no JSON.stringify of a BigInt or a cycle). */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value === undefined || value === null) return String(value);
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}
