import { assertBoekjaar, shortList } from "./_internal/data.js";
import type { Iv3Code } from "./types.js";

/**
 * The beleidsindicatoren codes of the CBS Iv3 list of a boekjaar: `bi.1`
 * Formatie … `bi.5` Overhead — only the "eigen gegevens" indicators 1–5 of the
 * {@link beleidsindicatoren} catalogue are delivered through Iv3. The files of
 * 2017–2019 have no such list, so those years return an empty list.
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The codes (frozen; empty for 2017–2019).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { beleidsindicatorCodesOf } from "opkoers/reference";
 *
 * beleidsindicatorCodesOf(2024)[4]; //=> { code: "bi.5", label: "Overhead (% van totale lasten)" }
 * beleidsindicatorCodesOf(2017).length; //=> 0
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function beleidsindicatorCodesOf(boekjaar: number): readonly Iv3Code[] {
  return shortList("beleidsindicatorCodes", assertBoekjaar(boekjaar));
}
