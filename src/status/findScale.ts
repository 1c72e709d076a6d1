import { DomainError } from "../errors/DomainError.js";
import { assertScales } from "./_internal/assertScales.js";
import { STATUS_SCALE_PRESETS } from "./scales.js";
import type { StatusScale } from "./types.js";

/**
 * Find a status scale by id among a document's own scales and the presets
 * ({@link STATUS_SCALE_PRESETS}); a document's own scale wins over a preset
 * with the same id.
 *
 * @param id - The scale id, e.g. `"threeColour"`.
 * @param own - The scales a document defines itself (default none).
 * @returns The scale, or `undefined` when no scale has that id.
 * @throws {@link DomainError} `invalid_option` – when `own` is not an array of status scales.
 *
 * @example
 * ```ts
 * import { findScale } from "opkoers/status";
 *
 * findScale("jaarverslag")?.levels.length; //=> 4
 * findScale("regenboog"); //=> undefined
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export function findScale(id: string, own: readonly StatusScale[] = []): StatusScale | undefined {
  if (!Array.isArray(own)) throw new DomainError("invalid_option", "The own scales must be an array of status scales.", { argument: "own", value: own });
  assertScales(own, "An own scale");
  return own.find((scale) => scale.id === id) ?? STATUS_SCALE_PRESETS.find((scale) => scale.id === id);
}
