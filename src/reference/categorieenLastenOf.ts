import { assertBoekjaar, categorieIndex } from "./_internal/data.js";
import type { Categorie } from "./types.js";

/**
 * The economische categorieën of lasten (expenses) in a boekjaar, exactly as
 * in the CBS file, grouped LR (lopende rekening), FR (financiële rekening),
 * IV (interne verrekeningen) in that order. 35 for 2017–2024; 37 from 2025,
 * when 4.4.1–4.4.8 Kapitaaloverdrachten were replaced by 4.5.1–4.5.8
 * Investeringsbijdragen and 4.6.6/4.6.8 Overige kapitaaloverdrachten.
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The categorieën (frozen).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { categorieenLastenOf } from "opkoers/reference";
 *
 * categorieenLastenOf(2024).length; //=> 35
 * categorieenLastenOf(2025).length; //=> 37
 * categorieenLastenOf(2025).find((c) => c.code === "7.1"); //=> { code: "7.1", label: "Mutatie reserves", group: "IV" }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function categorieenLastenOf(boekjaar: number): readonly Categorie[] {
  return categorieIndex("lasten", assertBoekjaar(boekjaar)).list;
}
