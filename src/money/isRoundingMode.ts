import { ROUNDING_MODES } from "./roundingModes.js";
import type { RoundingMode } from "./types.js";

/**
 * Tell whether a value is the name of a rounding mode.
 *
 * @param value - Any value, for example an option read from a configuration file.
 * @returns `true` when `value` is one of {@link ROUNDING_MODES}.
 *
 * @example
 * ```ts
 * import { isRoundingMode } from "opkoers/money";
 *
 * isRoundingMode("halfUp"); //=> true
 * isRoundingMode("HALF_UP"); //=> false
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === "string" && (ROUNDING_MODES as readonly string[]).includes(value);
}
