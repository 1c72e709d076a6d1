import { assertSide, columnSide } from "./_internal/combination.js";
import { assertBoekjaar, categorieIndex, greyCells } from "./_internal/data.js";
import type { Combination } from "./types.js";

/**
 * Every grijze cel (forbidden combination) of one Iv3 table in a boekjaar,
 * exactly the `grijze_cellen` of the CBS file: rows in CBS order (taakvelden
 * or balance codes), and per row the categorieën in CBS order.
 *
 * @param side - The table: `"lasten"`, `"baten"`, `"balans_lasten"` or `"balans_baten"`.
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The forbidden cells, as combinations that {@link isForbiddenCombination} answers `true` for.
 * @throws {@link DomainError} `invalid_option` – when `side` is not one of the four tables.
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { forbiddenCombinationsOf } from "opkoers/reference";
 *
 * forbiddenCombinationsOf("lasten", 2022).length; //=> 492
 * forbiddenCombinationsOf("baten", 2026).length; //=> 1175
 * forbiddenCombinationsOf("baten", 2026).filter((c) => c.side === "baten" && c.taakveld === "0.7").length; //=> 38
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function forbiddenCombinationsOf(side: Combination["side"], boekjaar: number): readonly Combination[] {
  const year = assertBoekjaar(boekjaar);
  const table = assertSide(side);
  const columns = categorieIndex(columnSide(table), year).list;
  const out: Combination[] = [];
  for (const [row, forbidden] of greyCells(table, year)) {
    for (const { code: categorie } of columns) {
      if (!forbidden.has(categorie)) continue;
      out.push(table === "lasten" || table === "baten" ? { side: table, taakveld: row, categorie } : { side: table, balanscode: row, categorie });
    }
  }
  return out;
}
