import { PERIOD_KINDS } from "./periodKinds.js";
import type { PeriodKind } from "./types.js";

/**
 * Tell whether a value is the name of a period kind.
 *
 * @param value - Any value, for example an option read from a configuration file.
 * @returns `true` when `value` is one of {@link PERIOD_KINDS}.
 *
 * @example
 * ```ts
 * import { isPeriodKind } from "opkoers/calendar";
 *
 * isPeriodKind("tertial"); //=> true
 * isPeriodKind("week"); //=> false
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function isPeriodKind(value: unknown): value is PeriodKind {
  return typeof value === "string" && (PERIOD_KINDS as readonly string[]).includes(value);
}
