// Shared helpers for the finance tests (not a test file itself).
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import type { BudgetLine } from "opkoers/budget";
import type { Cents } from "opkoers/money";

/** Expect `run` to throw a DomainError with `code`. */
export function expectCode(run: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect((thrown as { code?: unknown } | undefined)?.code, String(thrown)).toBe(code);
}

export const cents = (bound = 10 ** 12): fc.Arbitrary<Cents> => fc.integer({ min: -bound, max: bound }).map((n) => n as Cents);

/** Random budget lines over a few years, programmes and taakvelden (0.10 = reserve mutations). */
export const budgetLines = (years: readonly number[] = [2025, 2026, 2027, 2028]): fc.Arbitrary<BudgetLine[]> =>
  fc.array(
    fc.record({
      programme: fc.constantFrom("zorg", "wonen", "algemeen"),
      taakveld: fc.constantFrom("0.7", "0.10", "6.1", "7.1", "0.8"),
      year: fc.constantFrom(...years),
      phase: fc.constantFrom("primitief", "realisatie"),
      expenses: cents(),
      revenue: cents(),
      nature: fc.constantFrom("structureel" as const, "incidenteel" as const),
    }),
    { maxLength: 40 },
  );
