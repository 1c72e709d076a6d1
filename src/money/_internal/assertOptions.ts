import { describe } from "./describe.js";
import { fail } from "./fail.js";

/**
 * Check that an options argument is a plain object (not null, an array or a primitive), so that reading an
 * option never throws a TypeError; `owner` names the function in the message.
 */
export function assertOptions(value: unknown, owner: string): asserts value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail("invalid_option", `The options of ${owner} must be an object, but they are ${describe(value)}.`, { option: "options", value });
  }
}
