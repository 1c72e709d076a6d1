import type { LocalizedText } from "../status/index.js";

/**
 * A calendar date in ISO 8601 form `YYYY-MM-DD` (for example
 * `"2024-11-14"`): a day, not a moment, so it means the same everywhere
 * whatever the time zone. Years run from 0001 to 9999 and only real days
 * are dates: `"2024-02-29"` is one, `"2023-02-29"` is not (see
 * {@link isIsoDate}). ISO dates sort correctly as plain strings.
 *
 * This is the only date type of opkoers: data holds ISO dates, and every
 * function that depends on "today" takes an `asOf` ISO date instead of
 * reading the clock.
 *
 * @example
 * ```ts
 * import { isIsoDate, type IsoDate } from "opkoers/calendar";
 *
 * const asOf: IsoDate = "2024-11-14";
 * isIsoDate(asOf); //=> true
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export type IsoDate = string;

/**
 * The kinds of reporting period in a (fiscal = calendar) year:
 *
 * | kind | periods per year | Dutch | code |
 * | --- | --- | --- | --- |
 * | `year` | 1 | jaar | `2024` |
 * | `half` | 2 | halfjaar | `2024-H1` |
 * | `tertial` | 3 (four months each; the usual rhythm of bestuursrapportages) | tertiaal | `2024-T2` |
 * | `quarter` | 4 | kwartaal (the Iv3 rhythm) | `2024-Q3` |
 * | `month` | 12 | maand | `2024-03` |
 *
 * @example
 * ```ts
 * import { periodsOfYear, type PeriodKind } from "opkoers/calendar";
 *
 * const kind: PeriodKind = "tertial";
 * periodsOfYear(2024, kind).length; //=> 3
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export type PeriodKind = "year" | "half" | "tertial" | "quarter" | "month";

/**
 * A reporting period: a kind, a year and a 1-based index within the year
 * (half 1–2, tertial 1–3, quarter 1–4, month 1–12, and always 1 for a
 * year). The begrotingsjaar is the calendar year (Gemeentewet art. 189 lid 4),
 * so every period starts on the first day of a month and ends on the last day
 * of a month. In JSON a period is written as a {@link PeriodCode}.
 *
 * @example
 * ```ts
 * import { periodStart, periodEnd, type Period } from "opkoers/calendar";
 *
 * const t2: Period = { kind: "tertial", year: 2024, index: 2 };
 * periodStart(t2); //=> "2024-05-01"
 * periodEnd(t2); //=> "2024-08-31"
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export interface Period {
  /** What kind of period it is. */
  readonly kind: PeriodKind;
  /** The (fiscal = calendar) year, 1–9999. */
  readonly year: number;
  /** The 1-based position within the year: half 1–2, tertial 1–3, quarter 1–4, month 1–12, year 1. */
  readonly index: number;
}

/**
 * A period in its wire format, the text used in JSON and CSV:
 * `"2024"` (year), `"2024-H1"` (half), `"2024-T2"` (tertial),
 * `"2024-Q3"` (quarter) or `"2024-03"` (month). Read one with
 * {@link parsePeriod} and write one with {@link formatPeriod}.
 *
 * @example
 * ```ts
 * import { parsePeriod, type PeriodCode } from "opkoers/calendar";
 *
 * const code: PeriodCode = "2024-Q3";
 * parsePeriod(code); //=> { kind: "quarter", year: 2024, index: 3 }
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export type PeriodCode = string;

/**
 * What a deadline is for: the `begroting` to the provincie, the
 * `jaarstukken` (jaarrekening + jaarverslag) to the provincie, an `iv3`
 * delivery to CBS, or a `custom` moment of the municipality's own P&C
 * cycle (voorjaarsnota, bestuursrapportages, …).
 *
 * @example
 * ```ts
 * import { pcDeadlines, type DeadlineKind } from "opkoers/calendar";
 *
 * const kind: DeadlineKind = "iv3";
 * pcDeadlines(2024).filter((d) => d.kind === kind).length; //=> 6
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export type DeadlineKind = "begroting" | "jaarstukken" | "iv3" | "custom";

/**
 * One moment in the P&C calendar of a begrotingsjaar, with the rule it comes
 * from. `due` is the **last day on which delivery is on time**: delivered on
 * `due` is in time, the day after is late (see {@link isOverdue}).
 *
 * @example
 * ```ts
 * import { pcDeadlines, type Deadline } from "opkoers/calendar";
 *
 * const begroting: Deadline | undefined = pcDeadlines(2025).find((d) => d.id === "begroting.2025");
 * begroting?.due; //=> "2024-11-14"
 * begroting?.source; //=> "Gemeentewet art. 191 lid 2"
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export interface Deadline {
  /** Stable id, unique within one year's calendar: `"begroting.2025"`, `"iv3.2025-Q1"`, `"berap.2025-T1"`, or the id a user gave. */
  readonly id: string;
  /** What the deadline is for. */
  readonly kind: DeadlineKind;
  /** The begrotingsjaar the deadline belongs to (the begroting for 2025 is due in 2024, its jaarstukken in 2026). */
  readonly year: number;
  /** A short name in Dutch and English, e.g. "Begroting 2025 naar de provincie". */
  readonly label: LocalizedText;
  /** The last day on which delivery is on time, as an ISO date. */
  readonly due: IsoDate;
  /** Where the deadline comes from, as a citation a reader can look up. */
  readonly source: string;
}
