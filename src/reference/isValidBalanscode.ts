import { assertBoekjaar, balanscodeIndex } from "./_internal/data.js";

/**
 * Whether a code is a balance code in the CBS list of a boekjaar (compared
 * as strings, exactly).
 *
 * @param code - The balance code; any value that is not a string is not valid.
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns `true` when the code is in that year's list.
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { isValidBalanscode } from "opkoers/reference";
 *
 * isValidBalanscode("A1331a", 2024); //=> true
 * isValidBalanscode("A1331a", 2025); //=> false
 * isValidBalanscode("P140", 2018); //=> false
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function isValidBalanscode(code: string, boekjaar: number): boolean {
  const index = balanscodeIndex(assertBoekjaar(boekjaar));
  return typeof code === "string" && index.byCode.has(code);
}
