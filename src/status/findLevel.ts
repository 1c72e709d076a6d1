import { assertScales } from "./_internal/assertScales.js";
import type { ScaleLevel, StatusScale } from "./types.js";

/**
 * The level of a scale with a given code, e.g. the level a municipality
 * reported (`"groen"`).
 *
 * @param scale - The scale.
 * @param code - The level's code.
 * @returns The level, or `undefined` when the scale has no level with that code.
 * @throws {@link DomainError} `invalid_option` – when `scale` is not a status scale (an object with levels, each with statuses).
 *
 * @example
 * ```ts
 * import { findLevel, FOUR_COLOUR_SCALE } from "opkoers/status";
 *
 * findLevel(FOUR_COLOUR_SCALE, "blauw")?.label.nl; //=> "doelstelling gewijzigd"
 * findLevel(FOUR_COLOUR_SCALE, "paars"); //=> undefined
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export function findLevel(scale: StatusScale, code: string): ScaleLevel | undefined {
  assertScales([scale], "The scale");
  return scale.levels.find((level) => level.code === code);
}
