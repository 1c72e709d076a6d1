// fast-check arbitraries for budget documents, shared by the budget tests.
import { fc } from "@fast-check/vitest";
import { euro, type Cents } from "opkoers/money";
import type { Amendment, BudgetDocument, BudgetLine, Mutation } from "opkoers/budget";

export const PROGRAMMES = ["bestuur", "zorg", "wonen", "financien"] as const;
export const TAAKVELDEN = ["0.1", "0.4", "0.5", "0.61", "0.7", "0.8", "0.9", "0.10", "0.11", "6.1", "6.71a", "7.1", "8.3"] as const;
export const YEARS = [2024, 2025, 2026, 2027] as const;

/** A primitief, structurele 2024 line with amounts in whole euros; `extra` sets or overrides any other field. */
export const line = (programme: string, taakveld: string, expenses: number, revenue = 0, extra: Partial<BudgetLine> = {}): BudgetLine => ({
  programme,
  taakveld,
  year: 2024,
  phase: "primitief",
  expenses: euro(expenses),
  revenue: euro(revenue),
  nature: "structureel",
  ...extra,
});

export const amount = (max = 10_000_000_000): fc.Arbitrary<Cents> => fc.integer({ min: -max, max }).map((n) => (n || 0) as Cents);

export const mutationArb: fc.Arbitrary<Mutation> = fc
  .record({
    programme: fc.constantFrom(...PROGRAMMES),
    taakveld: fc.constantFrom(...TAAKVELDEN),
    categorie: fc.option(fc.constantFrom("3.4.1", "4.3.1", "7.1"), { nil: undefined }),
    year: fc.constantFrom(...YEARS),
    expenses: amount(),
    revenue: amount(),
    nature: fc.constantFrom("structureel" as const, "incidenteel" as const),
    reserve: fc.option(fc.constantFrom("AR", "BR-zorg"), { nil: undefined }),
  })
  .map(({ categorie, reserve, taakveld, ...rest }) => {
    // A reserve mutation is booked on 0.10 only.
    const onReserve = reserve !== undefined;
    return {
      ...rest,
      taakveld: onReserve ? "0.10" : taakveld,
      ...(categorie === undefined ? {} : { categorie }),
      ...(onReserve ? { reserve } : {}),
    } as Mutation;
  });

export const lineArb = (phase: fc.Arbitrary<string>): fc.Arbitrary<BudgetLine> =>
  fc.tuple(mutationArb, phase).map(([m, p]) => ({ ...m, phase: p }));

export const baseDocument = (lines: readonly BudgetLine[], amendments: readonly Amendment[] = []): BudgetDocument => ({
  municipality: "Proefdorp",
  budgetYear: 2024,
  programmes: PROGRAMMES.map((code) => ({ code, name: code[0]?.toUpperCase() + code.slice(1) })),
  taakvelden: [...TAAKVELDEN],
  reserves: [
    { code: "AR", name: "Algemene reserve", kind: "general" },
    { code: "BR-zorg", name: "Reserve zorg", kind: "earmarked" },
  ],
  phases: [
    { id: "primitief", kind: "original" },
    { id: "realisatie", kind: "actual" },
  ],
  lines,
  amendments,
});

export const documentArb: fc.Arbitrary<BudgetDocument> = fc
  .array(lineArb(fc.constantFrom("primitief", "realisatie")), { maxLength: 40 })
  .map((lines) => baseDocument(lines));

/** Amendments with unique ids and numbers, dates in 2024, some proposed. */
export const amendmentsArb: fc.Arbitrary<Amendment[]> = fc
  .array(
    fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      status: fc.constantFrom("adopted", "adopted", "adopted", "proposed", "rejected", undefined),
      mutations: fc.array(mutationArb, { maxLength: 8 }),
    }),
    { maxLength: 6 },
  )
  .map((items) =>
    items.map(({ month, status, mutations }, i) => ({
      id: `bw-${i + 1}`,
      number: i + 1,
      date: `2024-${String(month).padStart(2, "0")}-15`,
      decision: `RB-${i + 1}`,
      ...(status === undefined ? {} : { status }),
      mutations,
    })),
  );
