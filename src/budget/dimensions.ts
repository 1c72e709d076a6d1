import type { Dimension } from "./types.js";

/**
 * Every {@link Dimension} a rollup can group by.
 *
 * @example
 * ```ts
 * import { DIMENSIONS } from "opkoers/budget";
 *
 * DIMENSIONS.includes("hoofdtaakveld"); //=> true
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export const DIMENSIONS: readonly Dimension[] = Object.freeze(["programme", "taakveld", "hoofdtaakveld", "categorie", "costCentre", "year", "phase", "nature", "reserve"] as const);
