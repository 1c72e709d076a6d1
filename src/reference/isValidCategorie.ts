import { assertBoekjaar, categorieIndex } from "./_internal/data.js";
import { fail } from "./_internal/fail.js";

/**
 * Whether a code is a categorie of lasten or of baten in the CBS list of a
 * boekjaar (compared as strings, exactly).
 *
 * @param code - The categorie code; any value that is not a string is not valid.
 * @param side - `"lasten"` or `"baten"`: the two lists differ.
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns `true` when the code is in that list.
 * @throws {@link DomainError} `invalid_option` – when `side` is not `"lasten"` or `"baten"`.
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { isValidCategorie } from "opkoers/reference";
 *
 * isValidCategorie("1.1", "lasten", 2026); //=> true
 * isValidCategorie("1.1", "baten", 2026); //=> false
 * isValidCategorie("4.4.1", "lasten", 2024); //=> true
 * isValidCategorie("4.4.1", "lasten", 2025); //=> false
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function isValidCategorie(code: string, side: "lasten" | "baten", boekjaar: number): boolean {
  if (side !== "lasten" && side !== "baten") fail("invalid_option", `The side must be "lasten" or "baten", not ${JSON.stringify(side)}.`, { side });
  const index = categorieIndex(side, assertBoekjaar(boekjaar));
  return typeof code === "string" && index.byCode.has(code);
}
