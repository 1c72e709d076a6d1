import { IV3_SOURCE_DATA } from "./generated/iv3Definitions.js";

/**
 * Where the code lists of `opkoers/reference` come from: the CBS Iv3
 * definition files for gemeenten (Bron: CBS, Statistics Netherlands),
 * repository and commit. CBS publishes its open data under CC BY 4.0; credit
 * "Bron: CBS" wherever you show data derived from these lists.
 *
 * @example
 * ```ts
 * import { IV3_SOURCE } from "opkoers/reference";
 *
 * IV3_SOURCE.credit; //=> "Bron: CBS"
 * IV3_SOURCE.repository; //=> "statistiekcbs/iv3_definities"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export const IV3_SOURCE: {
  /** The credit line to show: "Bron: CBS". */
  readonly credit: "Bron: CBS";
  /** The GitHub repository of the CBS definition files. */
  readonly repository: string;
  /** The commit of that repository the generated lists were made from. */
  readonly commit: string;
  /** The licence CBS publishes its open data under. */
  readonly licence: "CC BY 4.0";
} = /* @__PURE__ */ Object.freeze({ credit: "Bron: CBS", repository: IV3_SOURCE_DATA.repository, commit: IV3_SOURCE_DATA.commit, licence: "CC BY 4.0" });
