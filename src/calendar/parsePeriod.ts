import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { MIN_YEAR } from "./_internal/isoDateParts.js";
import type { Period, PeriodCode, PeriodKind } from "./types.js";

const CODE = /^(\d{4})(?:-(?:([HTQ])(\d)|(\d{2})))?$/;
const KIND_OF_LETTER: Readonly<Record<string, { readonly kind: PeriodKind; readonly count: number }>> = {
  H: { kind: "half", count: 2 },
  T: { kind: "tertial", count: 3 },
  Q: { kind: "quarter", count: 4 },
};
const FORMATS = '"2024" (year), "2024-H1" (half), "2024-T2" (tertial), "2024-Q3" (quarter) or "2024-03" (month)';

/**
 * Read a period from its wire format ({@link PeriodCode}): `"2024"`,
 * `"2024-H1"`, `"2024-T2"`, `"2024-Q3"` or `"2024-03"`. The format is strict
 * (upper-case letter, two-digit month, four-digit year from 0001) so that
 * every period has exactly one code; {@link formatPeriod} writes it back.
 *
 * @param code - The period code.
 * @returns The period.
 * @throws {@link DomainError} `invalid_period` – when `code` is not a valid period code, with a message that says what is wrong.
 *
 * @example
 * ```ts
 * import { parsePeriod } from "opkoers/calendar";
 *
 * parsePeriod("2024-T2"); //=> { kind: "tertial", year: 2024, index: 2 }
 * parsePeriod("2024-03"); //=> { kind: "month", year: 2024, index: 3 }
 * parsePeriod("2024"); //=> { kind: "year", year: 2024, index: 1 }
 * parsePeriod("2024-Q5"); //=> throws invalid_period
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function parsePeriod(code: PeriodCode): Period {
  const match = typeof code === "string" ? CODE.exec(code) : null;
  if (match === null) {
    const hint = typeof code === "string" && /^\d{4}-[htq]\d$/.test(code) ? " (the letter must be upper case)" : "";
    return fail("invalid_period", `The period code is ${describe(code)}; write it as ${FORMATS}${hint}.`, { value: code });
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR) fail("invalid_period", `The period code ${describe(code)} has year 0000; years run from 0001 to 9999.`, { value: code });
  const [, , letter, digit, month] = match;
  if (month !== undefined) {
    const index = Number(month);
    if (index < 1 || index > 12) fail("invalid_period", `The period code ${describe(code)} names month ${month}; months run from 01 to 12.`, { value: code });
    return { kind: "month", year, index };
  }
  if (letter !== undefined) {
    const { kind, count } = KIND_OF_LETTER[letter] as { readonly kind: PeriodKind; readonly count: number };
    const index = Number(digit);
    if (index < 1 || index > count) {
      fail("invalid_period", `The period code ${describe(code)} names ${kind} ${index}, but a year has ${kind}s 1 to ${count}.`, { value: code });
    }
    return { kind, year, index };
  }
  return { kind: "year", year, index: 1 };
}
