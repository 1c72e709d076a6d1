import { assertIndicator } from "./_internal/assertInput.js";
import { dateLabel, type IsoDate, type PeriodCode } from "../calendar/index.js";
import { DomainError } from "../errors/DomainError.js";
import { statusLabel, statusRank, type Assessment, type IndicatorStatus, type LocalizedText } from "../status/index.js";
import { expectedAt } from "./_internal/expected.js";
import { formatProgress, formatTarget, formatValue } from "./_internal/format.js";
import { progressUnchecked } from "./_internal/progressCore.js";
import { asOfMonthOf, knownFrom, selectReading, selectTarget } from "./_internal/select.js";
import type { Indicator } from "./types.js";

/**
 * Thresholds of the indicator status rules, with their defaults.
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `atRiskGap` | 0.10 | behind the expected progress by more than this (in progress points, 0.10 = 10 % of the way from baseline to target) → `atRisk` |
 * | `offTrackGap` | 0.25 | behind by more than this → `offTrack` |
 * | `bandTolerance` | 0.10 | a band indicator outside its band by at most this share of the band's width (of the bound's size for a zero-width band) → `atRisk`, further out `offTrack` |
 * | `regression` | `"atRisk"` | a value worse than the baseline is at least this status (`"ignore"`: no floor) |
 * | `compareAt` | `"asOf"` | compare with the progress expected on `asOf` (stale data counts against the indicator), or on the date the measurement was known (`"measurement"`) |
 *
 * @example
 * ```ts
 * import type { StatusThresholds } from "opkoers/policy";
 *
 * const strict: StatusThresholds = { atRiskGap: 0.05, offTrackGap: 0.15 };
 * strict.atRiskGap; //=> 0.05
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export interface StatusThresholds {
  /** Gap (expected − actual progress) above which the status is `atRisk`; default 0.10. */
  readonly atRiskGap?: number;
  /** Gap above which the status is `offTrack`; default 0.25; must be ≥ `atRiskGap`. */
  readonly offTrackGap?: number;
  /** Band tolerance as a share of the band's width; default 0.10. */
  readonly bandTolerance?: number;
  /** The status a value worse than the baseline gets at least; default `"atRisk"`. */
  readonly regression?: "atRisk" | "offTrack" | "ignore";
  /** When the expected progress is taken; default `"asOf"`. */
  readonly compareAt?: "asOf" | "measurement";
}

/**
 * Options of {@link indicatorStatus}: the date, the target period and the thresholds.
 *
 * @example
 * ```ts
 * import type { IndicatorStatusOptions } from "opkoers/policy";
 *
 * const options: IndicatorStatusOptions = { asOf: "2024-09-01", period: "2024", atRiskGap: 0.05 };
 * options.asOf; //=> "2024-09-01"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export interface IndicatorStatusOptions extends StatusThresholds {
  /** The date of the evaluation. */
  readonly asOf: IsoDate;
  /** The target period; default: see {@link targetFor}. Give it for a stable series of evaluations over time. */
  readonly period?: PeriodCode;
}

/**
 * The assessment of an indicator: the {@link Assessment} with its status,
 * rule, inputs, thresholds and sentence, plus the main numbers as fields.
 *
 * @example
 * ```ts
 * import type { IndicatorAssessment } from "opkoers/policy";
 *
 * const a: IndicatorAssessment = {
 *   status: "noTarget", ruleId: "indicator.status.noTarget", subject: "wijkteams", inputs: {}, thresholds: {},
 *   message: { nl: "Wijkteams: geen streefwaarde.", en: "Wijkteams: no target." }, regression: false,
 * };
 * a.status; //=> "noTarget"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export interface IndicatorAssessment extends Assessment<IndicatorStatus> {
  /** The indicator's id. */
  readonly subject: string;
  /** The period of the target judged against. */
  readonly targetPeriod?: PeriodCode;
  /** The current value used. */
  readonly value?: number;
  /** Progress from baseline to target (directional targets only). */
  readonly progress?: number;
  /** The progress expected on the comparison date (directional targets only). */
  readonly expectedProgress?: number;
  /** The value is worse than the baseline. */
  readonly regression: boolean;
}


/** The thresholds when no option sets one: shared by those assessments (frozen), not allocated per call. */
const DEFAULT_THRESHOLDS: Required<StatusThresholds> = Object.freeze({ atRiskGap: 0.1, offTrackGap: 0.25, bandTolerance: 0.1, regression: "atRisk", compareAt: "asOf" });
const GAPS = ["atRiskGap", "offTrackGap", "bandTolerance"] as const;
const REGRESSION_OPTIONS: readonly string[] = ["atRisk", "offTrack", "ignore"];
const COMPARE_AT_OPTIONS: readonly string[] = ["asOf", "measurement"];

function resolve(options: IndicatorStatusOptions): Required<StatusThresholds> {
  if (typeof options !== "object" || options === null) throw new DomainError("invalid_option", "indicatorStatus needs options with an asOf date.", { value: options });
  if (options.atRiskGap === undefined && options.offTrackGap === undefined && options.bandTolerance === undefined && options.regression === undefined && options.compareAt === undefined) return DEFAULT_THRESHOLDS;
  const thresholds = {
    atRiskGap: options.atRiskGap ?? DEFAULT_THRESHOLDS.atRiskGap,
    offTrackGap: options.offTrackGap ?? DEFAULT_THRESHOLDS.offTrackGap,
    bandTolerance: options.bandTolerance ?? DEFAULT_THRESHOLDS.bandTolerance,
    regression: options.regression ?? DEFAULT_THRESHOLDS.regression,
    compareAt: options.compareAt ?? DEFAULT_THRESHOLDS.compareAt,
  };
  for (const key of GAPS) {
    const value = thresholds[key];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new DomainError("invalid_option", `The threshold ${key} must be a finite number ≥ 0, but it is ${String(value)}.`, { option: key, value });
  }
  if (thresholds.offTrackGap < thresholds.atRiskGap) throw new DomainError("invalid_option", `offTrackGap (${thresholds.offTrackGap}) must be ≥ atRiskGap (${thresholds.atRiskGap}).`, { option: "offTrackGap", value: thresholds.offTrackGap });
  if (!REGRESSION_OPTIONS.includes(thresholds.regression)) throw new DomainError("invalid_option", `regression must be "atRisk", "offTrack" or "ignore".`, { option: "regression", value: thresholds.regression });
  if (!COMPARE_AT_OPTIONS.includes(thresholds.compareAt)) throw new DomainError("invalid_option", `compareAt must be "asOf" or "measurement".`, { option: "compareAt", value: thresholds.compareAt });
  return thresholds;
}

function worse(a: IndicatorStatus, b: IndicatorStatus): IndicatorStatus {
  return (statusRank(a) ?? 0) >= (statusRank(b) ?? 0) ? a : b;
}

/**
 * The status of an indicator on an `asOf` date, as an explainable
 * assessment (rules in {@link POLICY_RULES}):
 *
 * 1. No target for the period → `noTarget`. No available value → `noData`.
 * 2. The value meets the target → `achieved`.
 * 3. Otherwise, once the target period is over → `notAchieved`.
 * 4. Otherwise (directional): the gap = expected progress − progress decides
 *    `onTrack` (gap ≤ `atRiskGap`), `atRisk` (≤ `offTrackGap`) or `offTrack`;
 *    a value worse than the baseline is at least `regression` (default
 *    `atRisk`). Band: outside the band within `bandTolerance` → `atRisk`,
 *    further → `offTrack`.
 *
 * The status never gets better when the value gets worse, or when time
 * passes without new data (for a fixed `period`).
 *
 * @param indicator - The indicator.
 * @param options - `asOf`, optional target `period`, and {@link StatusThresholds}.
 * @returns The assessment.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is missing or not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when a threshold is out of range, or `indicator` is not an indicator object (with a unit, targets and measurements).
 * @throws {@link DomainError} `invalid_period` – when a period code in the indicator is not valid.
 *
 * @example
 * ```ts
 * import { indicatorStatus, type Indicator } from "opkoers/policy";
 *
 * const vve: Indicator = {
 *   id: "vve-bereik", name: "Peuters met VVE-aanbod", kind: "performance", unit: { kind: "count", label: "peuters" },
 *   direction: "higherIsBetter", accumulation: "periodic",
 *   baseline: { period: "2021", value: 230 }, targets: [{ period: "2022", comparator: "atLeast", value: 250 }],
 *   measurements: [{ period: "2022", value: { state: "available", value: 243 } }],
 * };
 * indicatorStatus(vve, { asOf: "2022-09-30" }).status; //=> "noData"
 * const after = indicatorStatus(vve, { asOf: "2023-03-01" });
 * after.status; //=> "notAchieved"
 * after.message.nl; //=> "Peuters met VVE-aanbod: 243 peuters (2022) haalt de streefwaarde ten minste 250 peuters voor 2022 niet; de periode is voorbij: niet behaald."
 * indicatorStatus(vve, { asOf: "2023-03-01", atRiskGap: -1 }); //=> throws invalid_option
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export function indicatorStatus(indicator: Indicator, options: IndicatorStatusOptions): IndicatorAssessment {
  const thresholds = resolve(options);
  assertIndicator(indicator);
  if (options.asOf === undefined) throw new DomainError("invalid_date", "indicatorStatus needs an asOf date.", {});
  const asOf = options.asOf;
  const asOfMonth = asOfMonthOf(asOf) as number;
  const { name, unit } = indicator;
  const selected = selectTarget(indicator, asOfMonth, options.period);
  const subject = indicator.id;
  // The results below are written as whole object literals (no spreads of shared parts): one allocation each, in
  // one key order (subject, thresholds, [targetPeriod, value, progress, expectedProgress, regression,] status, …).
  if (selected === undefined) {
    const period = options.period === undefined ? "" : ` voor ${options.period}`;
    const periodEn = options.period === undefined ? "" : ` for ${options.period}`;
    return { subject, thresholds, status: "noTarget", ruleId: "indicator.status.noTarget", inputs: { period: options.period ?? null }, message: { nl: `${name}: geen streefwaarde${period}.`, en: `${name}: no target${periodEn}.` }, regression: false };
  }
  const target = selected.target;
  const targetText = formatTarget(target, unit);
  const reading = selectReading(indicator, selected.first, selected.last, asOf, asOfMonth);
  const value = reading?.value;
  if (reading === undefined || value === undefined) {
    const reason = reading?.notAvailable?.value.state === "notAvailable" ? reading.notAvailable.value.reason : undefined;
    const why = reason === undefined ? "" : ` (${reason})`;
    return {
      subject,
      thresholds,
      status: "noData",
      ruleId: "indicator.status.noData",
      targetPeriod: target.period,
      inputs: { targetPeriod: target.period, notAvailable: reading?.notAvailable?.period ?? null, reason: reason ?? null },
      message: { nl: `${name}: geen meting beschikbaar voor ${target.period}${why}.`, en: `${name}: no measurement available for ${target.period}${why}.` },
      regression: false,
    };
  }

  const v = value.value;
  const m = reading.measurement;
  const measuredFrom = knownFrom(m, reading.last);
  const ended = selected.last <= asOfMonth;
  const band = target.comparator === "between" || indicator.direction === "withinBand";
  const valueText: LocalizedText = { nl: `${formatValue(v, unit, "nl")} (${m.period})`, en: `${formatValue(v, unit, "en")} (${m.period})` };
  const inputs: Record<string, unknown> = { value: v, measuredPeriod: m.period, knownFrom: measuredFrom, final: m.final !== false, targetPeriod: target.period, target, ended, asOf };
  if (reading.parts > 0) inputs["parts"] = reading.parts;

  if (band) {
    const low = target.comparator === "between" ? target.min : target.value;
    const high = target.comparator === "between" ? target.max : target.value;
    const inside = v >= low && v <= high;
    const distance = v < low ? low - v : v > high ? v - high : 0;
    const width = high - low > 0 ? high - low : Math.max(Math.abs(low), Math.abs(high), 1);
    const status: IndicatorStatus = inside ? "achieved" : ended ? "notAchieved" : distance <= thresholds.bandTolerance * width ? "atRisk" : "offTrack";
    const label = statusLabel(status);
    const where = inside ? { nl: "ligt binnen", en: "lies within" } : { nl: "ligt buiten", en: "lies outside" };
    inputs["low"] = low;
    inputs["high"] = high;
    inputs["distance"] = distance;
    return {
      subject,
      thresholds,
      status,
      ruleId: "indicator.status.band",
      targetPeriod: target.period,
      value: v,
      inputs,
      message: {
        nl: `${name}: ${valueText.nl} ${where.nl} de band ${targetText.nl} voor ${target.period}${!inside && ended ? "; de periode is voorbij" : ""}: ${label.nl}.`,
        en: `${name}: ${valueText.en} ${where.en} the band ${targetText.en} for ${target.period}${!inside && ended ? "; the period is over" : ""}: ${label.en}.`,
      },
      regression: false,
    };
  }

  const sign = indicator.direction === "higherIsBetter" ? 1 : -1;
  const baseline = indicator.baseline;
  const met = sign * (v - target.value) >= 0;
  const progress = baseline === undefined ? (met ? 1 : 0) : progressUnchecked(v, baseline.value, target.value, sign);
  const regression = baseline !== undefined && sign * (v - baseline.value) < 0;
  const compareDate = thresholds.compareAt === "asOf" ? asOf : measuredFrom < asOf ? measuredFrom : asOf;
  const expected = expectedAt(indicator, selected, sign, compareDate);
  const ruleId = expected.trajectory ? "indicator.status.trajectory" : "indicator.status.progress";
  inputs["baseline"] = baseline ?? null;
  inputs["progress"] = progress;
  inputs["expectedProgress"] = expected.fraction;
  inputs["expectedOn"] = compareDate;
  inputs["regression"] = regression;
  const status = met ? "achieved" : ended ? "notAchieved" : progressStatus(expected.fraction - progress, regression, thresholds);
  let message: LocalizedText;
  if (met) {
    message = {
      nl: `${name}: ${valueText.nl} haalt de streefwaarde ${targetText.nl} voor ${target.period}: behaald.`,
      en: `${name}: ${valueText.en} meets the target of ${targetText.en} for ${target.period}: achieved.`,
    };
  } else if (ended) {
    message = {
      nl: `${name}: ${valueText.nl} haalt de streefwaarde ${targetText.nl} voor ${target.period} niet; de periode is voorbij: niet behaald.`,
      en: `${name}: ${valueText.en} does not meet the target of ${targetText.en} for ${target.period}, and the period is over: not achieved.`,
    };
  } else {
    const label = statusLabel(status);
    const dateNl = dateLabel(compareDate, "nl");
    const dateEn = dateLabel(compareDate, "en");
    message =
      baseline === undefined
        ? {
            nl: `${name}: ${valueText.nl} haalt de streefwaarde ${targetText.nl} voor ${target.period} nog niet; verwacht op ${dateNl}: ${formatProgress(expected.fraction, "nl")} van de weg: ${label.nl}.`,
            en: `${name}: ${valueText.en} does not yet meet the target of ${targetText.en} for ${target.period}; expected on ${dateEn}: ${formatProgress(expected.fraction, "en")} of the way: ${label.en}.`,
          }
        : {
            nl: `${name}: ${valueText.nl} is ${formatProgress(progress, "nl")} van de weg van nulmeting ${formatValue(baseline.value, unit, "nl")} naar streefwaarde ${targetText.nl} voor ${target.period}; verwacht op ${dateNl}: ${formatProgress(expected.fraction, "nl")}: ${label.nl}.${regression ? " De waarde is slechter dan de nulmeting." : ""}`,
            en: `${name}: ${valueText.en} is ${formatProgress(progress, "en")} of the way from baseline ${formatValue(baseline.value, unit, "en")} to the target of ${targetText.en} for ${target.period}; expected on ${dateEn}: ${formatProgress(expected.fraction, "en")}: ${label.en}.${regression ? " The value is worse than the baseline." : ""}`,
          };
  }
  return { subject, thresholds, targetPeriod: target.period, value: v, progress, expectedProgress: expected.fraction, regression, status, ruleId, inputs, message };
}

/** The status of a directional target not yet met, in a period not yet over: from the gap, with the regression floor. */
function progressStatus(gap: number, regression: boolean, thresholds: Required<StatusThresholds>): IndicatorStatus {
  const status: IndicatorStatus = gap <= thresholds.atRiskGap ? "onTrack" : gap <= thresholds.offTrackGap ? "atRisk" : "offTrack";
  return regression && thresholds.regression !== "ignore" ? worse(status, thresholds.regression) : status;
}
