import { cbsErrorData } from "./_internal/cbsErrors.js";
import { assertCodeString, describe, unknownCode } from "./_internal/assert.js";
import { fail } from "./_internal/fail.js";
import type { CbsError } from "./types.js";

/**
 * The CBS description and message of a CBS error code (fouten.json): `SF…`
 * (structure of a delivery), `DF…` (a code not allowed in that boekjaar),
 * `PF001`–`PF009` (plausibility checks) and `PF099`. Use it to report a
 * finding in CBS's own words, as the CBS portal would.
 *
 * The message keeps CBS's placeholders (`<fout>` the value found, `<goed>` the
 * value allowed, `<extra>`, `<onderdeel>`, `<extra_fout>`) unless values are
 * given; given values replace every occurrence of their placeholder.
 *
 * @param code - The CBS error code, such as `"PF006"`.
 * @param values - Optional placeholder values, keyed by placeholder name without brackets.
 * @returns The code, the description (omschrijving) and the message (melding).
 * @throws {@link DomainError} `unknown_code` – when fouten.json has no such code.
 * @throws {@link DomainError} `invalid_option` – when `values` is not an object.
 *
 * @example
 * ```ts
 * import { cbsErrorMessage } from "opkoers/reference";
 *
 * cbsErrorMessage("PF006").summary; //=> "6. Totaal lasten taakvelden = totaal baten taakvelden"
 * cbsErrorMessage("PF006", { fout: "12", goed: "0" }).message;
 * //=> "Controle: Totaal lasten taakvelden is niet gelijk aan totaal baten taakvelden. Het gevonden verschil is 12, terwijl 0 maximaal is toegestaan."
 * cbsErrorMessage("DF001", { onderdeel: "lasten", fout: "6.2" }).message;
 * //=> "Binnen het onderdeel lasten is de code 6.2 niet toegestaan als taakveld. <extra>"
 * cbsErrorMessage("PF010"); //=> throws unknown_code
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function cbsErrorMessage(code: string, values: Readonly<Record<string, string>> = {}): CbsError {
  if (typeof values !== "object" || values === null || Array.isArray(values)) {
    fail("invalid_option", `The values of a CBS error message must be an object of placeholder → text, but they are ${describe(values)}.`, { argument: "values", value: values });
  }
  const entry = cbsErrorData(assertCodeString(code, "CBS error code")) ?? unknownCode("CBS error code", code, undefined, "fouten.json has SF…, DF… and PF… codes.");
  const message = entry[2].replace(/<([a-z_]+)>/g, (placeholder: string, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
  return Object.freeze({ code: entry[0], summary: entry[1], message });
}
