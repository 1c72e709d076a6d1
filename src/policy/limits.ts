/**
 * The largest magnitude of an indicator value (10^15) that the schemas
 * accept. It keeps every difference of two values finite, so progress is
 * never Infinity or NaN; no municipal indicator comes near it (money values
 * are cents, and 10^15 cents is € 10 trillion).
 *
 * @example
 * ```ts
 * import { MAX_INDICATOR_VALUE } from "opkoers/policy";
 *
 * MAX_INDICATOR_VALUE; //=> 1e15
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export const MAX_INDICATOR_VALUE = 1e15;

/**
 * The largest magnitude of a progress fraction (10^9, i.e. a billion times
 * the distance from baseline to target). A value extremely far beyond the
 * target of a nearly flat baseline-to-target step is capped here instead of
 * becoming Infinity; the cap keeps progress monotone.
 *
 * @example
 * ```ts
 * import { MAX_PROGRESS, progressBetween } from "opkoers/policy";
 *
 * MAX_PROGRESS; //=> 1e9
 * progressBetween(1e15, 0, 1e-9, "higherIsBetter"); //=> 1e9
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export const MAX_PROGRESS = 1e9;
