import { isRoundingMode } from "../isRoundingMode.js";
import type { RoundingMode } from "../types.js";
import { describe } from "./describe.js";
import { fail } from "./fail.js";

/** Check a rounding mode argument; a missing one is an error, since rounding is always explicit. */
export function assertRoundingMode(value: unknown, name = "The rounding mode"): asserts value is RoundingMode {
  if (!isRoundingMode(value)) {
    fail("invalid_rounding_mode", `${name} is ${describe(value)}; use one of halfUp, halfDown, halfEven, up, down, towardZero, awayFromZero.`, { value });
  }
}
