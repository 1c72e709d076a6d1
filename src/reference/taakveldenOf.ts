import { assertBoekjaar, taakveldIndex } from "./_internal/data.js";
import type { Taakveld } from "./types.js";

/**
 * The taakvelden of a boekjaar, exactly as in the CBS Iv3 definition file of
 * that year, in CBS order: 53 for 2017–2022, 71 for 2023–2024 and 69 for
 * 2025–2026.
 *
 * A taakveld is every code below a hoofdtaakveld (`"0."` … `"8."`) in the CBS
 * `taakveld` list — the rows of the Iv3 lasten and baten tables. The lists of
 * 2023 and 2024 still hold the old codes 6.71, 6.72, 6.81 and 6.82 next to
 * their successors 6.71a … 6.82b (that is why there are 71); CBS marks every
 * cell of those four rows grey, so they come back with `bookable: false`.
 * The order is the file's: 2017–2019 list 0.10 and 0.11 right after 0.1,
 * later files after 0.9.
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The taakvelden (frozen; the same array on every call).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { taakveldenOf } from "opkoers/reference";
 *
 * taakveldenOf(2022).length; //=> 53
 * taakveldenOf(2023).length; //=> 71
 * taakveldenOf(2025).length; //=> 69
 * taakveldenOf(2023).filter((t) => !t.bookable).map((t) => t.code); //=> ["6.71", "6.72", "6.81", "6.82"]
 * taakveldenOf(2016); //=> throws unknown_boekjaar
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function taakveldenOf(boekjaar: number): readonly Taakveld[] {
  return taakveldIndex(assertBoekjaar(boekjaar)).list;
}
