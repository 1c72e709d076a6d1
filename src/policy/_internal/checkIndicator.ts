import { joinList } from "../../errors/_internal/joinList.js";
import { say } from "../../errors/_internal/schemas.js";
import type { Indicator, IndicatorUnit } from "../types.js";
import { lastMonthOrUndefined } from "./periodMonths.js";
import type { PlainIssue } from "./plainIssue.js";

const FITTING: Readonly<Record<Indicator["direction"], readonly string[]>> = {
  higherIsBetter: ["atLeast", "equal"],
  lowerIsBetter: ["atMost", "equal"],
  withinBand: ["between", "equal"],
};

/** Why a value does not fit a unit, or undefined when it fits. */
function unitProblem(unit: IndicatorUnit, value: number): string | undefined {
  switch (unit.kind) {
    case "money":
      return Number.isSafeInteger(value) ? undefined : `A money indicator's values are whole euro cents, but ${value} is not.`;
    case "ordinal":
      return Number.isInteger(value) && value >= unit.min && value <= unit.max ? undefined : `An ordinal value must be a whole level from ${unit.min} to ${unit.max}, but it is ${value}.`;
    case "boolean":
      return value === 0 || value === 1 ? undefined : `A yes/no value must be 1 (ja) or 0 (nee), but it is ${value}.`;
    default:
      return undefined;
  }
}

/** The number of decimals a value is written with (its precision), or undefined in exponent notation. */
function decimals(value: number): number | undefined {
  const text = String(value);
  if (text.includes("e")) return undefined;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The cross-field rules of an indicator (see IndicatorSchema). */
export function checkIndicator(indicator: Indicator): PlainIssue[] {
  const issues: PlainIssue[] = [];
  const { unit, direction } = indicator;
  const fit = (value: number, path: readonly (string | number)[]): void => {
    const problem = unitProblem(unit, value);
    if (problem !== undefined) issues.push({ path, message: problem });
  };

  // Period codes zod already flagged give undefined here, and the checks that need them are skipped.
  const baselineEnd = indicator.baseline === undefined ? undefined : lastMonthOrUndefined(indicator.baseline.period);
  if (indicator.baseline !== undefined) fit(indicator.baseline.value, ["baseline", "value"]);

  const targetPeriods = new Set<string>();
  let lastTargetEnd = -Infinity;
  indicator.targets.forEach((target, i) => {
    if (!FITTING[direction].includes(target.comparator)) {
      issues.push({ path: ["targets", i, "comparator"], message: say(`A ${direction} indicator needs a target ${joinList(FITTING[direction].map((c) => `"${c}"`), "or", "en")}, not "${target.comparator}".`, `Een indicator ${direction} vraagt een streefwaarde ${joinList(FITTING[direction].map((c) => `"${c}"`), "or", "nl")}, niet "${target.comparator}".`) });
    }
    if (targetPeriods.has(target.period)) issues.push({ path: ["targets", i, "period"], message: say(`There is already a target for ${target.period}.`, `Er is al een streefwaarde voor ${target.period}.`) });
    targetPeriods.add(target.period);
    const end = lastMonthOrUndefined(target.period);
    if (end !== undefined) lastTargetEnd = Math.max(lastTargetEnd, end);
    if (baselineEnd !== undefined && end !== undefined && end <= baselineEnd) {
      issues.push({ path: ["targets", i, "period"], message: say(`The target period ${target.period} must end after the baseline period ${indicator.baseline?.period ?? ""}.`, `De periode van de streefwaarde ${target.period} moet eindigen na de periode van de nulmeting ${indicator.baseline?.period ?? ""}.`) });
    }
    if (target.comparator === "between") {
      fit(target.min, ["targets", i, "min"]);
      fit(target.max, ["targets", i, "max"]);
    } else fit(target.value, ["targets", i, "value"]);
  });

  if (indicator.trajectory !== undefined) {
    const seen = new Set<string>();
    indicator.trajectory.forEach((point, i) => {
      fit(point.value, ["trajectory", i, "value"]);
      const end = lastMonthOrUndefined(point.period);
      if (end === undefined) return;
      if (seen.has(point.period)) issues.push({ path: ["trajectory", i, "period"], message: say(`The trajectory has two points for ${point.period}.`, `Het groeipad heeft twee punten voor ${point.period}.`) });
      seen.add(point.period);
      if (baselineEnd === undefined) issues.push({ path: ["trajectory", i, "period"], message: say("A trajectory needs a baseline to start from.", "Een groeipad heeft een nulmeting nodig om van uit te gaan.") });
      else if (end <= baselineEnd) issues.push({ path: ["trajectory", i, "period"], message: say(`The trajectory point ${point.period} must end after the baseline period.`, `Het punt ${point.period} van het groeipad moet eindigen na de periode van de nulmeting.`) });
      if (end > lastTargetEnd) issues.push({ path: ["trajectory", i, "period"], message: say(`The trajectory point ${point.period} lies after the last target.`, `Het punt ${point.period} van het groeipad ligt na de laatste streefwaarde.`) });
    });
  }

  if (indicator.trajectory !== undefined && indicator.baseline !== undefined && direction !== "withinBand") {
    const sign = direction === "higherIsBetter" ? 1 : -1;
    const ordered = indicator.trajectory.map((point, i) => ({ point, i, end: lastMonthOrUndefined(point.period) ?? 0 })).sort((a, b) => a.end - b.end);
    let previous = indicator.baseline.value;
    for (const { point, i } of ordered) {
      if (sign * (point.value - previous) < 0) issues.push({ path: ["trajectory", i, "value"], message: say(`The trajectory must move from the baseline towards the target (${direction}), but ${point.value} at ${point.period} goes back from ${previous}.`, `Het groeipad moet van de nulmeting naar de streefwaarde lopen (${direction}), maar ${point.value} in ${point.period} gaat terug ten opzichte van ${previous}.`) });
      else previous = point.value;
    }
  }

  const measured = new Set<string>();
  indicator.measurements.forEach((measurement, i) => {
    const key = `${measurement.period}\u0000${measurement.breakdown ?? ""}`;
    if (measured.has(key)) {
      const breakdown = measurement.breakdown === undefined ? "" : ` (${measurement.breakdown})`;
      issues.push({ path: ["measurements", i, "period"], message: say(`There is already a measurement for ${measurement.period}${breakdown}.`, `Er is al een meting voor ${measurement.period}${breakdown}.`) });
    }
    measured.add(key);
    const value = measurement.value;
    if (value.state !== "available") return;
    fit(value.value, ["measurements", i, "value", "value"]);
    if (value.numerator === undefined || value.denominator === undefined) return;
    if (unit.kind !== "percentage" && unit.kind !== "rate") {
      issues.push({ path: ["measurements", i, "value", "numerator"], message: say(`Only percentages and rates carry a numerator and denominator, not a ${unit.kind} indicator.`, `Alleen percentages en verhoudingsgetallen hebben een teller en noemer, geen indicator van soort ${unit.kind}.`) });
      return;
    }
    const scale = unit.kind === "percentage" ? 100 : unit.per;
    const exact = (value.numerator / value.denominator) * scale;
    const places = decimals(value.value);
    const tolerance = (places === undefined ? 0 : 0.5 * 10 ** -places) + 1e-9 * Math.max(1, Math.abs(exact));
    if (!(Math.abs(value.value - exact) <= tolerance)) {
      issues.push({
        path: ["measurements", i, "value", "value"],
        message: say(`The value ${value.value} does not match numerator ${value.numerator} / denominator ${value.denominator} × ${scale} = ${exact}.`, `De waarde ${value.value} klopt niet met teller ${value.numerator} / noemer ${value.denominator} × ${scale} = ${exact}.`),
      });
    }
  });
  return issues;
}
