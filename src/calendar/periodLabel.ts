import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { MONTHS } from "./_internal/months.js";
import { assertPeriod } from "./_internal/periodRules.js";
import type { Period } from "./types.js";


/**
 * A period's name for people, in Dutch or English:
 *
 * | kind | `"nl"` | `"en"` |
 * | --- | --- | --- |
 * | year | `2024` | `2024` |
 * | half | `1e halfjaar 2024` | `H1 2024` |
 * | tertial | `2e tertiaal 2024` | `T2 2024` |
 * | quarter | `3e kwartaal 2024` | `Q3 2024` |
 * | month | `maart 2024` | `March 2024` |
 *
 * @param period - The period.
 * @param lang - `"nl"` or `"en"`.
 * @returns The label.
 * @throws {@link DomainError} `invalid_period` – when `period` is not a valid period.
 * @throws {@link DomainError} `invalid_option` – when `lang` is not `"nl"` or `"en"`.
 *
 * @example
 * ```ts
 * import { periodLabel, parsePeriod } from "opkoers/calendar";
 *
 * periodLabel(parsePeriod("2024-T2"), "nl"); //=> "2e tertiaal 2024"
 * periodLabel(parsePeriod("2024-Q3"), "en"); //=> "Q3 2024"
 * periodLabel(parsePeriod("2024-03"), "nl"); //=> "maart 2024"
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function periodLabel(period: Period, lang: "nl" | "en"): string {
  assertPeriod(period);
  if (lang !== "nl" && lang !== "en") fail("invalid_option", `The language is ${describe(lang)}; use "nl" or "en".`, { argument: "lang", value: lang });
  const { kind, year, index } = period;
  switch (kind) {
    case "year":
      return String(year);
    case "month":
      return `${MONTHS[lang][index - 1] as string} ${year}`;
    case "half":
      return lang === "nl" ? `${index}e halfjaar ${year}` : `H${index} ${year}`;
    case "tertial":
      return lang === "nl" ? `${index}e tertiaal ${year}` : `T${index} ${year}`;
    case "quarter":
      return lang === "nl" ? `${index}e kwartaal ${year}` : `Q${index} ${year}`;
  }
}
