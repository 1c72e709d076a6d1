import { FIRST_BOEKJAAR, LAST_BOEKJAAR } from "./_internal/assert.js";
import type { Boekjaar } from "./types.js";

/**
 * Whether a value is a boekjaar whose CBS Iv3 code lists opkoers ships
 * (an integer 2017–2026).
 *
 * @param value - Any value.
 * @returns `true` for 2017 … 2026, `false` otherwise (never throws).
 *
 * @example
 * ```ts
 * import { isBoekjaar } from "opkoers/reference";
 *
 * isBoekjaar(2023); //=> true
 * isBoekjaar(2016); //=> false
 * isBoekjaar("2023"); //=> false
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function isBoekjaar(value: unknown): value is Boekjaar {
  return typeof value === "number" && Number.isInteger(value) && value >= FIRST_BOEKJAAR && value <= LAST_BOEKJAAR;
}
