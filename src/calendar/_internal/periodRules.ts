import { PERIOD_KINDS } from "../periodKinds.js";
import type { Period, PeriodKind } from "../types.js";
import { describe } from "./describe.js";
import { fail } from "./fail.js";
import { MAX_YEAR, MIN_YEAR } from "./isoDateParts.js";

/** How many months one period of each kind spans. */
export const MONTHS_PER_PERIOD: Readonly<Record<PeriodKind, number>> = { year: 12, half: 6, tertial: 4, quarter: 3, month: 1 };

/** How many periods of a kind there are in a year. */
export function periodsPerYear(kind: PeriodKind): number {
  return 12 / MONTHS_PER_PERIOD[kind];
}

/** Check a period kind argument. */
export function assertPeriodKind(value: unknown, name = "The period kind"): asserts value is PeriodKind {
  if (!(PERIOD_KINDS as readonly unknown[]).includes(value)) {
    fail("invalid_period", `${name} is ${describe(value)}; use one of ${PERIOD_KINDS.join(", ")}.`, { argument: name, value });
  }
}

/** Check a year argument: an integer from 1 to 9999. */
export function assertYear(value: unknown, name = "The year"): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    fail("invalid_period", `${name} must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}, but it is ${describe(value)}.`, { argument: name, value });
  }
}

/** Check that a value is a valid {@link Period} object. */
export function assertPeriod(value: unknown, name = "The period"): asserts value is Period {
  if (typeof value !== "object" || value === null) {
    fail("invalid_period", `${name} must be a period object { kind, year, index }, but it is ${describe(value)}.`, { argument: name, value });
  }
  const { kind, year, index } = value as { readonly kind?: unknown; readonly year?: unknown; readonly index?: unknown };
  assertPeriodKind(kind, `${name}'s kind`);
  assertYear(year, `${name}'s year`);
  const count = periodsPerYear(kind);
  if (typeof index !== "number" || !Number.isInteger(index) || index < 1 || index > count) {
    fail("invalid_period", `${name}'s index must be a whole number from 1 to ${count} for kind ${kind}, but it is ${describe(index)}.`, { argument: name, value: index });
  }
}
