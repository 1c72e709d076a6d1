import { assertBoekjaar, taakveldIndex } from "./_internal/data.js";
import type { Hoofdtaakveld } from "./types.js";

/**
 * The nine hoofdtaakvelden (main functional areas) of a boekjaar, `"0"` …
 * `"8"`, with their CBS names. The name of 8 changed in 2023 ("… ruimtelijke
 * ordening …" became "… leefomgeving …").
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The hoofdtaakvelden in order (frozen).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { hoofdtaakveldenOf } from "opkoers/reference";
 *
 * hoofdtaakveldenOf(2026).map((h) => h.code).join(""); //=> "012345678"
 * hoofdtaakveldenOf(2022)[8]?.label; //=> "VOLKSHUISVESTING, RUIMTELIJKE ORDENING EN STEDELIJKE VERNIEUWING"
 * hoofdtaakveldenOf(2023)[8]?.label; //=> "VOLKSHUISVESTING, LEEFOMGEVING EN STEDELIJKE VERNIEUWING"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function hoofdtaakveldenOf(boekjaar: number): readonly Hoofdtaakveld[] {
  return taakveldIndex(assertBoekjaar(boekjaar)).hoofdtaakvelden;
}
