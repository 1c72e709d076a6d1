import { assertIsoDate } from "./_internal/assertIsoDate.js";
import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { MONTHS } from "./_internal/months.js";
import type { IsoDate } from "./types.js";

/**
 * A date as prose writes it, in Dutch or English: `"15 juli 2025"` / `"15 July 2025"` (the day without a
 * leading zero, the month's name, the year). The generated sentences of opkoers write dates this way; codes,
 * paths and the `inputs` of an assessment keep the ISO date.
 *
 * @param date - An ISO date `YYYY-MM-DD`.
 * @param lang - `"nl"` or `"en"`.
 * @returns The label.
 * @throws {@link DomainError} `invalid_date` – when `date` is not a real ISO date.
 * @throws {@link DomainError} `invalid_option` – when `lang` is not `"nl"` or `"en"`.
 *
 * @example
 * ```ts
 * import { dateLabel } from "opkoers/calendar";
 *
 * dateLabel("2025-07-15", "nl"); //=> "15 juli 2025"
 * dateLabel("2024-03-01", "en"); //=> "1 March 2024"
 * dateLabel("2023-02-29", "nl"); //=> throws invalid_date
 * ```
 *
 * @category Dates
 * @since 0.2.0
 */
export function dateLabel(date: IsoDate | string, lang: "nl" | "en"): string {
  const { year, month, day } = assertIsoDate(date, "The date");
  if (lang !== "nl" && lang !== "en") fail("invalid_option", `The language is ${describe(lang)}; use "nl" or "en".`, { argument: "lang", value: lang });
  return `${day} ${MONTHS[lang][month - 1] as string} ${year}`;
}
