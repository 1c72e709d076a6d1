import type { LocalizedText } from "../status/index.js";
import { checkIsoDate } from "./_internal/assertIsoDate.js";
import { compareDeadlines } from "./_internal/compareDeadlines.js";
import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { daysInMonth, formatIsoDate } from "./_internal/isoDateParts.js";
import { assertPeriodKind, assertYear, periodsPerYear } from "./_internal/periodRules.js";
import { addDays } from "./addDays.js";
import { formatPeriod } from "./formatPeriod.js";
import { periodEnd } from "./periodEnd.js";
import { periodLabel } from "./periodLabel.js";
import { periodsOfYear } from "./periodsOfYear.js";
import type { Deadline, IsoDate, PeriodKind } from "./types.js";

/**
 * A one-off moment of the municipality's own P&C cycle, such as the
 * voorjaarsnota or the kadernota, for {@link PcDeadlineOptions.custom}.
 *
 * @example
 * ```ts
 * import type { CustomDeadline } from "opkoers/calendar";
 *
 * const voorjaarsnota: CustomDeadline = {
 *   id: "voorjaarsnota.2025",
 *   label: { nl: "Voorjaarsnota 2025 naar de raad", en: "Spring memorandum 2025 to the council" },
 *   due: "2025-05-15",
 * };
 * voorjaarsnota.due; //=> "2025-05-15"
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export interface CustomDeadline {
  /** Stable id, unique in the calendar; used as given. */
  readonly id: string;
  /** Name in Dutch and English. */
  readonly label: LocalizedText;
  /** The last day on which it is on time. */
  readonly due: IsoDate;
  /** Where the moment comes from; default `"gemeentelijke P&C-planning"`. */
  readonly source?: string;
}

/**
 * A moment that comes back after every period of a kind, a number of days
 * after the period ends — typically the bestuursrapportages per tertial —
 * for {@link PcDeadlineOptions.recurring}. Each deadline gets the id
 * `<id>.<period code>` (`"berap.2025-T1"`) and the label followed by the
 * period's label ("Bestuursrapportage 1e tertiaal 2025").
 *
 * @example
 * ```ts
 * import type { RecurringDeadline } from "opkoers/calendar";
 *
 * const berap: RecurringDeadline = {
 *   id: "berap",
 *   label: { nl: "Bestuursrapportage", en: "Interim report" },
 *   every: "tertial",
 *   daysAfterEnd: 45,
 *   indices: [1, 2],
 * };
 * berap.every; //=> "tertial"
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export interface RecurringDeadline {
  /** Id prefix; each deadline's id is `<id>.<period code>`. */
  readonly id: string;
  /** Name in Dutch and English, to which the period's label is appended. */
  readonly label: LocalizedText;
  /** The kind of period it follows. */
  readonly every: PeriodKind;
  /** Days after the period's last day on which it is due (0 = on the last day; may be negative for "before the end"). */
  readonly daysAfterEnd: number;
  /** Only these periods of the year (1-based), e.g. `[1, 2]` when the third tertial is covered by the jaarstukken; default all. */
  readonly indices?: readonly number[];
  /** Where the moment comes from; default `"gemeentelijke P&C-planning"`. */
  readonly source?: string;
}

/**
 * Options for {@link pcDeadlines}.
 *
 * @example
 * ```ts
 * import { pcDeadlines, type PcDeadlineOptions } from "opkoers/calendar";
 *
 * const options: PcDeadlineOptions = { beforeMeans: "onOrBefore", iv3: false };
 * pcDeadlines(2025, options).map((d) => d.due); //=> ["2024-11-15", "2026-07-15"]
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export interface PcDeadlineOptions {
  /**
   * How the statutory "vóór 15 november" and "vóór 15 juli" (Gemeentewet
   * art. 191 lid 2 and art. 200) are read. `"strictlyBefore"` (default, the
   * literal reading): the last day on time is 14 November / 14 July.
   * `"onOrBefore"`: the named day itself is still on time (15 November /
   * 15 July), as some provinces and CBS pages write "uiterlijk 15 november".
   */
  readonly beforeMeans?: "strictlyBefore" | "onOrBefore";
  /** Include the Iv3 deliveries to CBS (begroting, the four quarters, jaarrekening); default `true`. */
  readonly iv3?: boolean;
  /**
   * Which term the quarterly Iv3 figures are due in; each reading cites its own source:
   *
   * - `"thirtyDays"` (default): CBS's "binnen 30 dagen na afloop van het
   *   kwartaal" — 30 April, 30 July, 30 October and 30 January (the quarter's
   *   last day + 30 days, or + `iv3QuarterDays`). Cited as CBS's FAQ.
   * - `"oneMonth"`: BBV art. 74 lid 2 (text of 2015), "binnen één maand na
   *   afloop van het kwartaal" — the month after the quarter, up to its last
   *   day: 30 April, 31 July, 31 October and 31 January. Cited as BBV art. 74
   *   lid 2.
   *
   * The default is CBS's 30 days because CBS is the one that receives the
   * figures, and because it is never later than the one-month reading (the
   * same day after Q1, one day earlier after Q2–Q4): a delivery on time by
   * the default is on time by both readings (see the domain notes, §13: the
   * two sources differ and each computation must match its citation).
   */
  readonly iv3QuarterTerm?: "thirtyDays" | "oneMonth";
  /**
   * With `iv3QuarterTerm: "thirtyDays"`: the days after the end of a quarter
   * within which the quarterly Iv3 figures are due; default 30 (CBS). Another
   * number is the municipality's own term and is cited as such, not as CBS's.
   * Not allowed with `"oneMonth"`.
   */
  readonly iv3QuarterDays?: number;
  /** The day the raad adopted the begroting: it then goes to the provincie (and Iv3 to CBS) within two weeks after, if that is earlier than the statutory date. */
  readonly begrotingAdoptedOn?: IsoDate;
  /** The day the raad adopted the jaarstukken: they then go to the provincie (and Iv3 to CBS) within two weeks after, if that is earlier than the statutory date. */
  readonly jaarstukkenAdoptedOn?: IsoDate;
  /** One-off moments of the municipality's own cycle (voorjaarsnota, kadernota, …). */
  readonly custom?: readonly CustomDeadline[];
  /** Moments after every period of a kind (bestuursrapportages per tertial, …). */
  readonly recurring?: readonly RecurringDeadline[];
}

const OWN_PLANNING = "gemeentelijke P&C-planning";
const BBV_74 = "BBV art. 74 lid 2";
const CBS_WHEN = "CBS, Wanneer moet de informatie aan het CBS worden aangeleverd? (https://www.cbs.nl/nl-nl/deelnemers-enquetes/decentrale-overheden/faq/kredo/gemeente-en-provincie-aanleveren/wanneer-moet-de-informatie-aan-het-cbs-worden-aangeleverd-)";

/**
 * The P&C calendar of begrotingsjaar `year` (t): the statutory deadlines
 * with their sources, plus the municipality's own moments, sorted by due
 * date (then by id).
 *
 * | id | due (default) | rule | source |
 * | --- | --- | --- | --- |
 * | `begroting.t` | 14 November t−1 | begroting to gedeputeerde staten "binnen twee weken na de vaststelling, doch in ieder geval vóór 15 november" of t−1 | Gemeentewet art. 191 lid 2 |
 * | `iv3.begroting.t` | 14 November t−1 | Iv3 begroting to CBS, within the same term | Gemeentewet art. 186 lid 4; CBS |
 * | `iv3.t-Q1` … `iv3.t-Q4` | 30 April, 30 July, 30 October t, 30 January t+1 | Iv3 quarterly figures "binnen 30 dagen na afloop van het kwartaal"; with `iv3QuarterTerm: "oneMonth"` 30 April, 31 July, 31 October, 31 January: "binnen één maand na afloop van het kwartaal" | CBS (30 days); BBV art. 74 lid 2 (one month) |
 * | `jaarstukken.t` | 14 July t+1 | jaarrekening + jaarverslag to gedeputeerde staten "binnen twee weken na vaststelling, maar in ieder geval vóór 15 juli" of t+1 | Gemeentewet art. 200 |
 * | `iv3.jaarrekening.t` | 14 July t+1 | Iv3 realisatie to CBS, within the same term | Gemeentewet art. 186 lid 4; CBS |
 *
 * Each `due` is the last day on which delivery is on time. "Vóór 15
 * november" is read literally by default (15 November is too late); set
 * `beforeMeans: "onOrBefore"` for the reading in which 15 November is still
 * on time. When the adoption date is given, the two-weeks rule applies:
 * due = the earlier of adoption + 14 days and the statutory date. For the
 * quarterly Iv3 figures the sources differ: CBS asks for them within 30 days,
 * BBV art. 74 lid 2 within one month after the quarter. The default is CBS's
 * 30 days (never later than the month; see {@link PcDeadlineOptions.iv3QuarterTerm}),
 * and each deadline's `source` cites the rule that was computed.
 *
 * @param year - The begrotingsjaar t, 2–9998.
 * @param options - Reading of "vóór", Iv3 on/off, adoption dates, own moments.
 * @returns The deadlines, sorted by `due` and then `id`.
 * @throws {@link DomainError} `invalid_period` – when `year` is not a whole year from 2 to 9998.
 * @throws {@link DomainError} `invalid_date` – when an adoption date or a custom due date is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when an option has an unknown value or type, ids repeat, a label is not `{ nl, en }`, a number is not a whole number, or `iv3QuarterDays` is given with `iv3QuarterTerm: "oneMonth"`.
 *
 * @example
 * ```ts
 * import { pcDeadlines } from "opkoers/calendar";
 *
 * const calendar = pcDeadlines(2025);
 * calendar[0]; //=> { id: "begroting.2025", kind: "begroting", year: 2025, label: { nl: "Begroting 2025 naar de provincie", en: "Budget 2025 to the province" }, due: "2024-11-14", source: "Gemeentewet art. 191 lid 2" }
 * calendar.map((d) => d.id); //=> ["begroting.2025", "iv3.begroting.2025", "iv3.2025-Q1", "iv3.2025-Q2", "iv3.2025-Q3", "iv3.2025-Q4", "iv3.jaarrekening.2025", "jaarstukken.2025"]
 * calendar.find((d) => d.id === "iv3.2025-Q4")?.due; //=> "2026-01-30"
 * pcDeadlines(2025, { iv3QuarterTerm: "oneMonth" }).filter((d) => d.id.includes("-Q")).map((d) => d.due); //=> ["2025-04-30", "2025-07-31", "2025-10-31", "2026-01-31"]
 *
 * const own = pcDeadlines(2025, {
 *   iv3: false,
 *   begrotingAdoptedOn: "2024-10-24",
 *   custom: [{ id: "voorjaarsnota.2025", label: { nl: "Voorjaarsnota", en: "Spring memorandum" }, due: "2025-06-30" }],
 *   recurring: [{ id: "berap", label: { nl: "Bestuursrapportage", en: "Interim report" }, every: "tertial", daysAfterEnd: 45, indices: [1, 2] }],
 * });
 * own.map((d) => `${d.id} ${d.due}`); //=> ["begroting.2025 2024-11-07", "berap.2025-T1 2025-06-14", "voorjaarsnota.2025 2025-06-30", "berap.2025-T2 2025-10-15", "jaarstukken.2025 2026-07-14"]
 * own[1]?.label.nl; //=> "Bestuursrapportage 1e tertiaal 2025"
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export function pcDeadlines(year: number, options: PcDeadlineOptions = {}): Deadline[] {
  assertYear(year, "The begrotingsjaar");
  if (year < 2 || year > 9998) fail("invalid_period", `The begrotingsjaar must be from 2 to 9998, since its deadlines fall in the year before and after; it is ${year}.`, { argument: "year", value: year });
  if (typeof options !== "object" || options === null) fail("invalid_option", `The options must be an object, but they are ${describe(options)}.`, { value: options });
  const beforeMeans = options.beforeMeans ?? "strictlyBefore";
  if (beforeMeans !== "strictlyBefore" && beforeMeans !== "onOrBefore") {
    fail("invalid_option", `The option beforeMeans is ${describe(beforeMeans)}; use "strictlyBefore" or "onOrBefore".`, { option: "beforeMeans", value: beforeMeans });
  }
  const iv3 = options.iv3 ?? true;
  if (typeof iv3 !== "boolean") fail("invalid_option", `The option iv3 must be true or false, but it is ${describe(iv3)}.`, { option: "iv3", value: iv3 });
  const quarterTerm = options.iv3QuarterTerm ?? "thirtyDays";
  if (quarterTerm !== "thirtyDays" && quarterTerm !== "oneMonth") {
    fail("invalid_option", `The option iv3QuarterTerm is ${describe(quarterTerm)}; use "thirtyDays" (CBS) or "oneMonth" (BBV art. 74 lid 2).`, { option: "iv3QuarterTerm", value: quarterTerm });
  }
  if (quarterTerm === "oneMonth" && options.iv3QuarterDays !== undefined) {
    fail("invalid_option", `The option iv3QuarterDays (${describe(options.iv3QuarterDays)}) counts days, but iv3QuarterTerm is "oneMonth" (BBV art. 74 lid 2); give one of the two.`, { option: "iv3QuarterDays", value: options.iv3QuarterDays });
  }
  const quarterDays = options.iv3QuarterDays ?? 30;
  assertWholeNumber(quarterDays, "iv3QuarterDays", 0, 366);
  for (const name of ["custom", "recurring"] as const) {
    const list: unknown = options[name];
    if (list !== undefined && !Array.isArray(list)) fail("invalid_option", `The option ${name} must be an array, but it is ${describe(list)}.`, { option: name, value: list });
  }

  // "vóór 15 november": strictly before means the 14th is the last day on time.
  const lastDay = beforeMeans === "strictlyBefore" ? 14 : 15;
  const withAdoption = (statutory: IsoDate, adoptedOn: IsoDate | undefined, name: string): IsoDate => {
    if (adoptedOn === undefined) return statutory;
    checkIsoDate(adoptedOn, `The option ${name}`);
    const twoWeeks = addDays(adoptedOn, 14);
    return twoWeeks < statutory ? twoWeeks : statutory;
  };
  const begrotingDue = withAdoption(formatIsoDate(year - 1, 11, lastDay), options.begrotingAdoptedOn, "begrotingAdoptedOn");
  const jaarstukkenDue = withAdoption(formatIsoDate(year + 1, 7, lastDay), options.jaarstukkenAdoptedOn, "jaarstukkenAdoptedOn");

  const deadlines: Deadline[] = [
    {
      id: `begroting.${year}`,
      kind: "begroting",
      year,
      label: { nl: `Begroting ${year} naar de provincie`, en: `Budget ${year} to the province` },
      due: begrotingDue,
      source: "Gemeentewet art. 191 lid 2",
    },
    {
      id: `jaarstukken.${year}`,
      kind: "jaarstukken",
      year,
      label: { nl: `Jaarstukken ${year} naar de provincie`, en: `Annual accounts ${year} to the province` },
      due: jaarstukkenDue,
      source: "Gemeentewet art. 200",
    },
  ];
  if (iv3) {
    deadlines.push(
      {
        id: `iv3.begroting.${year}`,
        kind: "iv3",
        year,
        label: { nl: `Iv3 begroting ${year} naar CBS`, en: `Iv3 budget ${year} to CBS` },
        due: begrotingDue,
        source: `Gemeentewet art. 186 lid 4 jo. art. 191 lid 2; ${CBS_WHEN}`,
      },
      {
        id: `iv3.jaarrekening.${year}`,
        kind: "iv3",
        year,
        label: { nl: `Iv3 jaarrekening ${year} naar CBS`, en: `Iv3 annual accounts ${year} to CBS` },
        due: jaarstukkenDue,
        source: `Gemeentewet art. 186 lid 4 jo. art. 200; ${CBS_WHEN}`,
      },
      ...periodsOfYear(year, "quarter").map((quarter): Deadline => ({
        id: `iv3.${formatPeriod(quarter)}`,
        kind: "iv3",
        year,
        label: { nl: `Iv3 ${periodLabel(quarter, "nl")} naar CBS`, en: `Iv3 ${periodLabel(quarter, "en")} to CBS` },
        ...quarterDue(periodEnd(quarter), quarterTerm, quarterDays),
      })),
    );
  }
  for (const [i, own] of (options.custom ?? []).entries()) {
    const name = `custom[${i}]`;
    assertOwn(own, name);
    checkIsoDate(own.due, `The option ${name}.due`);
    deadlines.push({ id: own.id, kind: "custom", year, label: { nl: own.label.nl, en: own.label.en }, due: own.due, source: own.source ?? OWN_PLANNING });
  }
  for (const [i, series] of (options.recurring ?? []).entries()) {
    const name = `recurring[${i}]`;
    assertOwn(series, name);
    assertPeriodKind(series.every, `The option ${name}.every`);
    assertWholeNumber(series.daysAfterEnd, `${name}.daysAfterEnd`, -366, 3660);
    const count = periodsPerYear(series.every);
    if (series.indices !== undefined && !Array.isArray(series.indices)) fail("invalid_option", `The option ${name}.indices must be an array, but it is ${describe(series.indices)}.`, { option: `${name}.indices`, value: series.indices });
    for (const index of series.indices ?? []) assertWholeNumber(index, `${name}.indices`, 1, count);
    for (const period of periodsOfYear(year, series.every)) {
      if (series.indices !== undefined && !series.indices.includes(period.index)) continue;
      deadlines.push({
        id: `${series.id}.${formatPeriod(period)}`,
        kind: "custom",
        year,
        label: { nl: `${series.label.nl} ${periodLabel(period, "nl")}`, en: `${series.label.en} ${periodLabel(period, "en")}` },
        due: addDays(periodEnd(period), series.daysAfterEnd),
        source: series.source ?? OWN_PLANNING,
      });
    }
  }
  const seen = new Set<string>();
  for (const deadline of deadlines) {
    if (seen.has(deadline.id)) fail("invalid_option", `The deadline id ${describe(deadline.id)} occurs twice; every id in a calendar must be unique.`, { id: deadline.id });
    seen.add(deadline.id);
  }
  return deadlines.sort(compareDeadlines);
}

/**
 * The due date of a quarterly Iv3 delivery and the source it cites, so that
 * the citation always says what was computed.
 */
function quarterDue(quarterEnd: IsoDate, term: "thirtyDays" | "oneMonth", days: number): { readonly due: IsoDate; readonly source: string } {
  if (term === "oneMonth") {
    // "Binnen één maand na afloop van het kwartaal": the quarter ends on the last day of a month, so the month
    // after it runs to the last day of the next month (30 June → 31 July, not 30 July).
    const [year, month] = quarterEnd.split("-").map(Number) as [number, number];
    const nextYear = month === 12 ? year + 1 : year;
    const nextMonth = month === 12 ? 1 : month + 1;
    return { due: formatIsoDate(nextYear, nextMonth, daysInMonth(nextYear, nextMonth)), source: `${BBV_74}: binnen één maand na afloop van het kwartaal` };
  }
  const due = addDays(quarterEnd, days);
  if (days === 30) return { due, source: `${CBS_WHEN}: binnen 30 dagen na afloop van het kwartaal` };
  return { due, source: `${OWN_PLANNING}: binnen ${days} dagen na afloop van het kwartaal (CBS: binnen 30 dagen; ${BBV_74}: binnen één maand)` };
}

function assertWholeNumber(value: unknown, option: string, min: number, max: number): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail("invalid_option", `The option ${option} must be a whole number from ${min} to ${max}, but it is ${describe(value)}.`, { option, value });
  }
}

function assertOwn(value: unknown, name: string): asserts value is { readonly id: string; readonly label: LocalizedText; readonly source?: string } {
  const candidate = (typeof value === "object" && value !== null ? value : {}) as { readonly id?: unknown; readonly label?: { readonly nl?: unknown; readonly en?: unknown } | null; readonly source?: unknown };
  if (typeof candidate.id !== "string" || candidate.id.length === 0) {
    fail("invalid_option", `The option ${name}.id must be a non-empty string, but it is ${describe(candidate.id)}.`, { option: `${name}.id`, value: candidate.id });
  }
  const label = candidate.label;
  if (typeof label !== "object" || label === null || typeof label.nl !== "string" || typeof label.en !== "string") {
    fail("invalid_option", `The option ${name}.label must be { nl, en } with two strings, but it is ${describe(label)}.`, { option: `${name}.label`, value: label });
  }
  if (candidate.source !== undefined && typeof candidate.source !== "string") {
    fail("invalid_option", `The option ${name}.source must be a string, but it is ${describe(candidate.source)}.`, { option: `${name}.source`, value: candidate.source });
  }
}
