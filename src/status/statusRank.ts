import type { AnyStatus } from "./types.js";

const RANKS: Readonly<Partial<Record<AnyStatus, number>>> = { achieved: 0, onTrack: 1, atRisk: 2, offTrack: 3, notAchieved: 4 };

/**
 * The position of an indicator or goal status in the order from best to
 * worst: `achieved` 0, `onTrack` 1, `atRisk` 2, `offTrack` 3, `notAchieved`
 * 4. Statuses outside that order (`noData`, `noTarget`, and activity and
 * milestone statuses) have no rank.
 *
 * @param status - A status.
 * @returns The rank 0–4, or `undefined` for a status outside the order.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { statusRank } from "opkoers/status";
 *
 * statusRank("achieved"); //=> 0
 * statusRank("offTrack"); //=> 3
 * statusRank("noData"); //=> undefined
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export function statusRank(status: AnyStatus): number | undefined {
  return typeof status === "string" && Object.hasOwn(RANKS, status) ? RANKS[status] : undefined;
}
