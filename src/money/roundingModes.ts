import type { RoundingMode } from "./types.js";

/**
 * The names of all rounding modes, in a fixed order; see {@link RoundingMode}
 * for what each does.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from "opkoers/money";
 *
 * ROUNDING_MODES.includes("halfEven"); //=> true
 * ROUNDING_MODES.length; //=> 7
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  "halfUp",
  "halfDown",
  "halfEven",
  "up",
  "down",
  "towardZero",
  "awayFromZero",
] as const);
