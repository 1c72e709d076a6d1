import { assertScales } from "./_internal/assertScales.js";
import type { AnyStatus, ScaleLevel, StatusScale } from "./types.js";

/**
 * The level of a scale that stands for a computed status: how a computed
 * status is shown in a municipality's own colours or words.
 *
 * @param scale - The scale, e.g. {@link THREE_COLOUR_SCALE}.
 * @param status - A computed status.
 * @returns The first level whose `statuses` include `status`, or `undefined` when the scale has none (e.g. `noData` on a traffic light).
 * @throws {@link DomainError} `invalid_option` – when `scale` is not a status scale (an object with levels, each with statuses).
 *
 * @example
 * ```ts
 * import { levelForStatus, THREE_COLOUR_SCALE } from "opkoers/status";
 *
 * levelForStatus(THREE_COLOUR_SCALE, "offTrack")?.colour?.name.nl; //=> "rood"
 * levelForStatus(THREE_COLOUR_SCALE, "noData"); //=> undefined
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export function levelForStatus(scale: StatusScale, status: AnyStatus): ScaleLevel | undefined {
  assertScales([scale], "The scale");
  return scale.levels.find((level) => level.statuses.includes(status));
}
