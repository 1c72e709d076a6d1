import { assertCodeString, taakveldIndex, unknownCode } from "./_internal/data.js";
import { BOEKJAREN } from "./boekjaren.js";

/**
 * The hoofdtaakveld (`"0"` … `"8"`) a taakveld belongs to, as the CBS tree
 * places it. It does not depend on the boekjaar: a code belongs to the same
 * hoofdtaakveld in every year it exists. `"0.10"` belongs to `"0"`.
 *
 * @param code - A taakveld code from any CBS list of 2017–2026.
 * @returns The hoofdtaakveld code.
 * @throws {@link DomainError} `unknown_code` – when the code is in no CBS taakveld list of 2017–2026.
 *
 * @example
 * ```ts
 * import { hoofdtaakveldOf } from "opkoers/reference";
 *
 * hoofdtaakveldOf("0.10"); //=> "0"
 * hoofdtaakveldOf("6.71a"); //=> "6"
 * hoofdtaakveldOf("8.3"); //=> "8"
 * hoofdtaakveldOf("9.1"); //=> throws unknown_code
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function hoofdtaakveldOf(code: string): string {
  assertCodeString(code, "taakveld");
  for (const year of BOEKJAREN) {
    const found = taakveldIndex(year).byCode.get(code);
    if (found !== undefined) return found.hoofdtaakveld;
  }
  return unknownCode("taakveld", code, undefined);
}
