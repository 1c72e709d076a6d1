import { isIsoDate } from "../../calendar/index.js";
import { DomainError } from "../../errors/DomainError.js";
import { aggregateMeasurements } from "../aggregateMeasurements.js";
import type { Indicator, Measurement, MeasurementValue, Target } from "../types.js";
import { endOfMonth, lastCompleteMonth, lastMonth, periodLength } from "./periodMonths.js";

/** The target that applies, with its first and last month. */
export interface SelectedTarget {
  readonly target: Target;
  readonly first: number;
  readonly last: number;
}

/**
 * The target for an explicit period, or else the first target (by end) that
 * has not ended at `asOfMonth` (the last complete month), or else the last one.
 */
export function selectTarget(indicator: Indicator, asOfMonth: number | undefined, period: string | undefined): SelectedTarget | undefined {
  const targets = indicator.targets;
  let best: Target | undefined;
  let bestLast = 0;
  let bestLength = 0;
  let fallback: Target | undefined;
  let fallbackLast = -Infinity;
  let fallbackLength = 0;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as Target;
    if (period !== undefined && target.period !== period) continue;
    const last = lastMonth(target.period);
    const length = periodLength(target.period);
    if (period !== undefined) return { target, first: last - length + 1, last };
    if (last > fallbackLast || (last === fallbackLast && length > fallbackLength)) {
      fallback = target;
      fallbackLast = last;
      fallbackLength = length;
    }
    if (asOfMonth !== undefined && last > asOfMonth && (best === undefined || last < bestLast || (last === bestLast && length > bestLength))) {
      best = target;
      bestLast = last;
      bestLength = length;
    }
  }
  if (best !== undefined) return { target: best, first: bestLast - bestLength + 1, last: bestLast };
  if (fallback !== undefined) return { target: fallback, first: fallbackLast - fallbackLength + 1, last: fallbackLast };
  return undefined;
}

/** The measurement that gives the current value, or a synthetic total of parts. */
export interface SelectedReading {
  /** The available value (or undefined when only n.n.b. readings exist). */
  readonly value: Extract<MeasurementValue, { state: "available" }> | undefined;
  /** The measurement chosen (for a total of parts: the first part). */
  readonly measurement: Measurement;
  /** The last month of the measurement's period. */
  readonly last: number;
  /** The number of parts combined, 0 for a measured total. */
  readonly parts: number;
  /** The latest not-available measurement, when no value is available. */
  readonly notAvailable?: Measurement;
}

const ADDITIVE: Readonly<Record<string, boolean>> = { count: true, money: true };

/**
 * The latest available reading for a target window: see the `Accumulation`
 * docs. `windowFirst`/`windowLast` limit the periods (undefined: no limit);
 * a measurement counts on `asOf` from its referenceDate, else from its period's end.
 */
export function selectReading(indicator: Indicator, windowFirst: number | undefined, windowLast: number | undefined, asOf: string | undefined, asOfMonth: number | undefined): SelectedReading | undefined {
  const measurements = indicator.measurements;
  const periodic = indicator.accumulation === "periodic";
  const exactOnly = periodic && ADDITIVE[indicator.unit.kind] === true;
  let best: Measurement | undefined;
  let bestLast = 0;
  let bestLength = 0;
  let latestMissing: Measurement | undefined;
  let latestMissingLast = -Infinity;
  let hasParts = false;
  for (let i = 0; i < measurements.length; i++) {
    const m = measurements[i] as Measurement;
    if (m.breakdown !== undefined) {
      hasParts = true;
      continue;
    }
    const last = lastMonth(m.period);
    // Inlined eligibility for the common case (the hot path); periodic windows go through eligible().
    if (windowLast !== undefined && last > windowLast) continue;
    if (periodic) {
      if (!eligible(m, last, periodic, exactOnly, windowFirst, windowLast, asOf, asOfMonth)) continue;
    } else if (asOf !== undefined && (m.referenceDate !== undefined ? m.referenceDate > asOf : last > (asOfMonth as number))) continue;
    if (m.value.state !== "available") {
      if (last > latestMissingLast) {
        latestMissing = m;
        latestMissingLast = last;
      }
      continue;
    }
    if (best === undefined || last > bestLast) {
      best = m;
      bestLast = last;
      bestLength = 0; // computed only when a tie needs it
    } else if (last === bestLast) {
      if (bestLength === 0) bestLength = periodLength(best.period);
      const length = periodLength(m.period);
      if (length > bestLength || (length === bestLength && (m.referenceDate ?? "") > (best.referenceDate ?? ""))) {
        best = m;
        bestLength = length;
      }
    }
  }
  let parts = 0;
  let bestValue = best?.value as Extract<MeasurementValue, { state: "available" }> | undefined;
  if (hasParts) {
    // Periods with parts but without a total: combine the parts (slow path, only when parts exist).
    const groups = new Map<string, Measurement[]>();
    const totals = new Set(measurements.filter((m) => m.breakdown === undefined).map((m) => m.period));
    for (const m of measurements) {
      if (m.breakdown === undefined || totals.has(m.period)) continue;
      const last = lastMonth(m.period);
      if (!eligible(m, last, periodic, exactOnly, windowFirst, windowLast, asOf, asOfMonth)) continue;
      const group = groups.get(m.period);
      if (group === undefined) groups.set(m.period, [m]);
      else group.push(m);
    }
    for (const [period, group] of groups) {
      const last = lastMonth(period);
      const length = periodLength(period);
      const combined = aggregateMeasurements(group.map((m) => m.value), indicator.unit);
      const first = group[0] as Measurement;
      if (combined.state !== "available") {
        if (last > latestMissingLast) {
          latestMissing = { ...first, value: combined };
          latestMissingLast = last;
        }
        continue;
      }
      if (best === undefined || last > bestLast || (last === bestLast && length > (bestLength || periodLength(best.period)))) {
        const referenceDate = group.reduce<string | undefined>((latest, m) => (m.referenceDate !== undefined && (latest === undefined || m.referenceDate > latest) ? m.referenceDate : latest), undefined);
        const final = group.every((m) => m.final !== false);
        best = { period, value: combined, ...(referenceDate === undefined ? {} : { referenceDate }), final };
        bestValue = combined;
        bestLast = last;
        bestLength = length;
        parts = group.length;
      }
    }
  }
  if (best !== undefined) return { value: bestValue, measurement: best, last: bestLast, parts };
  if (latestMissing !== undefined) return { value: undefined, measurement: latestMissing, last: latestMissingLast, parts: 0, notAvailable: latestMissing };
  return undefined;
}

function eligible(m: Measurement, last: number, periodic: boolean, exactOnly: boolean, windowFirst: number | undefined, windowLast: number | undefined, asOf: string | undefined, asOfMonth: number | undefined): boolean {
  if (windowLast !== undefined && last > windowLast) return false;
  if (periodic && windowFirst !== undefined && windowLast !== undefined) {
    const first = last - periodLength(m.period) + 1;
    if (first < windowFirst) return false;
    if (exactOnly && (first !== windowFirst || last !== windowLast)) return false;
  }
  if (asOf !== undefined) {
    if (m.referenceDate !== undefined) return m.referenceDate <= asOf;
    return last <= (asOfMonth as number);
  }
  return true;
}

/** The date from which a measurement counts: its referenceDate, else its period's last day. */
export function knownFrom(m: Measurement, last: number): string {
  return m.referenceDate ?? endOfMonth(last);
}

/** Check an asOf date and return its last complete month. */
let cachedAsOf: string | undefined;
let cachedMonth = 0;

export function asOfMonthOf(asOf: string | undefined): number | undefined {
  if (asOf === undefined) return undefined;
  // One-entry memo: evaluating many indicators on one date checks the date once (the result depends only on the string).
  if (asOf === cachedAsOf) return cachedMonth;
  if (!isIsoDate(asOf)) {
    throw new DomainError("invalid_date", `The as-of date must be an ISO date YYYY-MM-DD, but it is ${JSON.stringify(asOf) ?? String(asOf)}.`, { value: asOf });
  }
  cachedMonth = lastCompleteMonth(asOf);
  cachedAsOf = asOf;
  return cachedMonth;
}
