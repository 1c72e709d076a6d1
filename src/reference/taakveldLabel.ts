import { assertBoekjaar, assertCodeString, taakveldIndex, unknownCode } from "./_internal/data.js";

/**
 * The CBS name of a taakveld in a boekjaar, trimmed. Names change over the
 * years for the same code (6.2 "Wijkteams" until 2022, "Toegang en
 * eerstelijnsvoorzieningen" from 2023), so the boekjaar is required.
 *
 * @param code - The taakveld code.
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The name.
 * @throws {@link DomainError} `unknown_code` – when the code is not in that year's list.
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { taakveldLabel } from "opkoers/reference";
 *
 * taakveldLabel("0.10", 2024); //=> "Mutaties reserves"
 * taakveldLabel("6.2", 2022); //=> "Wijkteams"
 * taakveldLabel("6.2", 2023); //=> "Toegang en eerstelijnsvoorzieningen"
 * taakveldLabel("6.821", 2025); //=> "Jeugdbescherming"
 * taakveldLabel("6.2", 2025); //=> throws unknown_code
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function taakveldLabel(code: string, boekjaar: number): string {
  const year = assertBoekjaar(boekjaar);
  const found = taakveldIndex(year).byCode.get(assertCodeString(code, "taakveld"));
  return found === undefined ? unknownCode("taakveld", code, year) : found.label;
}
