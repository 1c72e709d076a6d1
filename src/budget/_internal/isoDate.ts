import { fail } from "./fail.js";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Check an ISO calendar date `YYYY-MM-DD` (throws `invalid_date`). ISO dates compare correctly as strings. */
export function assertIsoDate(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) {
    fail("invalid_date", `${what} must be an ISO date YYYY-MM-DD, but it is ${JSON.stringify(value)}.`, { value });
  }
}
