import { assertBoekjaar, balanscodeIndex } from "./_internal/data.js";
import type { Balanscode } from "./types.js";

/**
 * The balance codes (balanscodes) of a boekjaar, exactly as in the CBS file,
 * grouped A1, A2, P1, P2 in that order: the rows of the Iv3 balance tables.
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The balance codes (frozen).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { balanscodesOf } from "opkoers/reference";
 *
 * balanscodesOf(2024).length; //=> 62
 * balanscodesOf(2025).length; //=> 76
 * balanscodesOf(2025).find((b) => b.code === "A23")?.side; //=> "activa"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function balanscodesOf(boekjaar: number): readonly Balanscode[] {
  return balanscodeIndex(assertBoekjaar(boekjaar)).list;
}
