import { checkCell } from "./_internal/combination.js";
import { assertBoekjaar, greyCells } from "./_internal/data.js";
import type { Combination } from "./types.js";

/**
 * Whether a cell of an Iv3 table is a grijze cel (grey cell): a combination
 * that CBS does not allow in that boekjaar, such as categorie 7.1 Mutatie
 * reserves on any taakveld other than 0.10 and 0.11. Answers exactly from the
 * `grijze_cellen` of the CBS definition file of that year, for the lasten and
 * baten tables (taakveld × categorie) and the balance-mutation tables
 * (balanscode × categorie).
 *
 * Both codes must exist in that boekjaar: an unknown code is a different
 * error (CBS DF001/DF002), so it throws rather than answering `false`.
 *
 * @param cell - The table (`side`), the row (`taakveld` or `balanscode`) and the column (`categorie`).
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns `true` when CBS forbids the combination.
 * @throws {@link DomainError} `unknown_code` – when the taakveld, balance code or categorie is not in that year's list (categorieën of lasten for `lasten`/`balans_lasten`, of baten otherwise).
 * @throws {@link DomainError} `invalid_option` – when `side` is not one of the four tables.
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { isForbiddenCombination } from "opkoers/reference";
 *
 * isForbiddenCombination({ side: "lasten", taakveld: "0.10", categorie: "7.1" }, 2026); //=> false
 * isForbiddenCombination({ side: "lasten", taakveld: "6.1", categorie: "7.1" }, 2026); //=> true
 * isForbiddenCombination({ side: "baten", taakveld: "0.9", categorie: "3.8" }, 2026); //=> true
 * isForbiddenCombination({ side: "lasten", taakveld: "6.71", categorie: "3.8" }, 2023); //=> true
 * isForbiddenCombination({ side: "lasten", taakveld: "6.71", categorie: "3.8" }, 2022); //=> false
 * isForbiddenCombination({ side: "balans_lasten", balanscode: "A23", categorie: "1.1" }, 2026); //=> true
 * isForbiddenCombination({ side: "lasten", taakveld: "6.71a", categorie: "3.8" }, 2022); //=> throws unknown_code
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function isForbiddenCombination(cell: Combination, boekjaar: number): boolean {
  const year = assertBoekjaar(boekjaar);
  const [side, row, categorie] = checkCell(cell, year);
  return greyCells(side, year).get(row)?.has(categorie) ?? false;
}
