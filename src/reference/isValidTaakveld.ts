import { assertBoekjaar, taakveldIndex } from "./_internal/data.js";

/**
 * Whether a code is a taakveld in the CBS list of a boekjaar. Codes are
 * compared as strings, exactly: `"0.10"` is valid, `"0.100"` and `" 0.1"`
 * are not. A code CBS lists but accepts no amounts on (6.71 in 2023) is
 * valid here; see {@link Taakveld.bookable}.
 *
 * @param code - The taakveld code; any value that is not a string is not valid.
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns `true` when the code is in that year's list.
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { isValidTaakveld } from "opkoers/reference";
 *
 * isValidTaakveld("6.71a", 2023); //=> true
 * isValidTaakveld("6.71a", 2022); //=> false
 * isValidTaakveld("6.711", 2025); //=> true
 * isValidTaakveld("0.10", 2017); //=> true
 * isValidTaakveld("6.2", 2025); //=> false
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function isValidTaakveld(code: string, boekjaar: number): boolean {
  const index = taakveldIndex(assertBoekjaar(boekjaar));
  return typeof code === "string" && index.byCode.has(code);
}
