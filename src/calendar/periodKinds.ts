import type { PeriodKind } from "./types.js";

/**
 * The period kinds, from long to short; see {@link PeriodKind}.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from "opkoers/calendar";
 *
 * PERIOD_KINDS; //=> ["year", "half", "tertial", "quarter", "month"]
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export const PERIOD_KINDS: readonly PeriodKind[] = Object.freeze(["year", "half", "tertial", "quarter", "month"] as const);
