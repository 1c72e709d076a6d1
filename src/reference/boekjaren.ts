import type { Boekjaar } from "./types.js";

/**
 * The boekjaren whose CBS Iv3 code lists opkoers ships, 2017 through 2026,
 * in order. Every look-up of `opkoers/reference` takes one of these years and
 * throws `unknown_boekjaar` for any other.
 *
 * @example
 * ```ts
 * import { BOEKJAREN } from "opkoers/reference";
 *
 * BOEKJAREN[0]; //=> 2017
 * BOEKJAREN.length; //=> 10
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export const BOEKJAREN: readonly Boekjaar[] = /* @__PURE__ */ Object.freeze([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const);
