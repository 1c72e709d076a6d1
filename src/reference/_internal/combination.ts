import type { Boekjaar, Combination } from "../types.js";
import { balanscodeIndex, categorieIndex, describe, taakveldIndex, unknownCode } from "./data.js";
import { fail } from "./fail.js";

export type CombinationSide = Combination["side"];

export const COMBINATION_SIDES: readonly CombinationSide[] = ["lasten", "baten", "balans_lasten", "balans_baten"];

export function assertSide(side: unknown): CombinationSide {
  if (typeof side === "string" && (COMBINATION_SIDES as readonly string[]).includes(side)) return side as CombinationSide;
  return fail("invalid_option", `The side must be one of ${COMBINATION_SIDES.map((s) => `"${s}"`).join(", ")}, not ${describe(side)}.`, { side });
}

/** The categorie list a table's columns come from. */
export function columnSide(side: CombinationSide): "lasten" | "baten" {
  return side === "lasten" || side === "balans_lasten" ? "lasten" : "baten";
}

/** Validate a cell: its side, row code and categorie code must exist in that boekjaar. Returns `[side, row, categorie]`. */
export function checkCell(cell: Combination, boekjaar: Boekjaar): readonly [CombinationSide, string, string] {
  if (cell === null || typeof cell !== "object") return fail("invalid_option", `A combination must be an object with side, taakveld or balanscode, and categorie; got ${describe(cell)}.`, { cell });
  const side = assertSide(cell.side);
  const taakveldSide = side === "lasten" || side === "baten";
  const row = taakveldSide ? (cell as { taakveld?: unknown }).taakveld : (cell as { balanscode?: unknown }).balanscode;
  const what = taakveldSide ? "taakveld" : "balanscode";
  if (typeof row !== "string") return unknownCode(what, describe(row), boekjaar, `A ${side} combination needs a ${what} code string.`);
  const known = taakveldSide ? taakveldIndex(boekjaar).byCode.has(row) : balanscodeIndex(boekjaar).byCode.has(row);
  if (!known) unknownCode(what, row, boekjaar);
  const categorie: unknown = cell.categorie;
  const columns = columnSide(side);
  if (typeof categorie !== "string" || !categorieIndex(columns, boekjaar).byCode.has(categorie)) {
    return unknownCode(`categorie ${columns}`, typeof categorie === "string" ? categorie : describe(categorie), boekjaar);
  }
  return [side, row, categorie];
}
