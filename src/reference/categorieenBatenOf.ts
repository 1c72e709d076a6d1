import { assertBoekjaar, categorieIndex } from "./_internal/data.js";
import type { Categorie } from "./types.js";

/**
 * The economische categorieën of baten (revenue) in a boekjaar, exactly as in
 * the CBS file, grouped LR, FR, IV in that order: 37 for 2017–2024, 39 from
 * 2025. Baten have their own codes where lasten and baten differ (2.2.1
 * Belastingen op producenten, 3.6 Huren, 3.7 Leges, 5.2 Dividenden …).
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The categorieën (frozen).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { categorieenBatenOf } from "opkoers/reference";
 *
 * categorieenBatenOf(2024).length; //=> 37
 * categorieenBatenOf(2026).find((c) => c.code === "3.7")?.label; //=> "Leges en andere rechten"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function categorieenBatenOf(boekjaar: number): readonly Categorie[] {
  return categorieIndex("baten", assertBoekjaar(boekjaar)).list;
}
