// Tests written to kill the mutants that survived in the line-level budget code: rollup and its accumulator,
// the code orderings, parseBudget, validateBudgetLines and its fast path, linesOf, phasesOf and the phase checks.
// Every expected value below follows from the TSDoc of the function under test, not from running it.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { Cents } from "opkoers/money";
import { amendedPhaseIds, linesOf, parseBudget, phasesOf, rollup, validateBudgetLines, type BudgetDocument, type BudgetLine, type Dimension, type Mutation } from "opkoers/budget";
import { compareTaakvelden, naturalSortKey, taakveldKey } from "../../src/budget/_internal/compareCodes.js";
import { isBudgetLine } from "../../src/budget/_internal/isBudgetLine.js";
import { assertIsoDate } from "../../src/budget/_internal/isoDate.js";
import { baseDocument } from "./arbitraries.js";

const LIMIT = Number.MAX_SAFE_INTEGER;

const line = (programme: string, taakveld: string, expenses: number, revenue = 0, extra: Partial<BudgetLine> = {}): BudgetLine => ({
  programme,
  taakveld,
  year: 2024,
  phase: "primitief",
  expenses: expenses as Cents,
  revenue: revenue as Cents,
  nature: "structureel",
  ...extra,
});

const mutation = (programme: string, expenses: number, revenue = 0, extra: Partial<Mutation> = {}): Mutation => ({
  programme,
  taakveld: "7.1",
  year: 2024,
  expenses: expenses as Cents,
  revenue: revenue as Cents,
  nature: "incidenteel",
  ...extra,
});

/** The DomainError that `run` throws, its message without the "[opkoers] " prefix (fails the test when it throws none). */
function thrown(run: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    // A DomainError's message starts with "[opkoers] "; the rest is what the code wrote.
    const { code, message, details } = error as { code: string; message: string; details: Record<string, unknown> };
    expect(message.startsWith("[opkoers] ")).toBe(true);
    return { code, message: message.slice("[opkoers] ".length), details };
  }
  throw new Error("expected a DomainError, but nothing was thrown");
}

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

const docWithAmendment = (): BudgetDocument =>
  baseDocument(
    [line("zorg", "7.1", 100), line("zorg", "7.1", 5, 0, { phase: "realisatie" })],
    [
      { id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [mutation("zorg", 20), mutation("wonen", 3, 1)] },
      { id: "bw-2", number: 2, date: "2024-07-04", decision: "RB-88", mutations: [mutation("bestuur", 7)] },
    ],
  );

describe("compareTaakvelden and taakveldKey: CBS order", () => {
  // The documented order: 0.1 … 0.5, 0.61 … 0.64, 0.7, 0.8, 0.9, 0.10, 0.11, 1.1, …, 6.6, 6.71, 6.71a, …, 8.3.
  const CBS = ["0.1", "0.2", "0.3", "0.4", "0.5", "0.61", "0.62", "0.63", "0.64", "0.7", "0.8", "0.9", "0.10", "0.11", "1.1", "1.2", "2.1", "5.7", "6.1", "6.6", "6.71", "6.71a", "6.71b", "6.72", "6.81", "7.1", "8.3"];

  it("returns exactly -1, 0 or 1", () => {
    expect(compareTaakvelden("0.9", "0.10")).toBe(-1);
    expect(compareTaakvelden("0.10", "0.9")).toBe(1);
    expect(compareTaakvelden("0.10", "0.10")).toBe(0);
    expect(compareTaakvelden("6.71", "6.71a")).toBe(-1);
    expect(compareTaakvelden("8.3", "1.1")).toBe(1);
    expect(compareTaakvelden("0.11", "1.1")).toBe(-1);
  });

  it("sorts the CBS list into CBS order, from any starting order", () => {
    expect([...CBS].reverse().sort(compareTaakvelden)).toEqual(CBS);
    expect([...CBS].sort().sort(compareTaakvelden)).toEqual(CBS);
    for (let i = 0; i < CBS.length; i++) {
      for (let j = 0; j < CBS.length; j++) expect(compareTaakvelden(CBS[i] as string, CBS[j] as string)).toBe(sign(i - j));
    }
  });

  it("treats only 0.10 and 0.11 specially: other codes go digit by digit", () => {
    // 0.10 and 0.11 follow 0.9; but 0.101, 0.11a or 0.510 are no exception and sort digit by digit.
    expect(compareTaakvelden("0.101", "0.2")).toBe(-1);
    expect(compareTaakvelden("0.110", "0.2")).toBe(-1);
    expect(compareTaakvelden("0.510", "0.6")).toBe(-1);
    expect(compareTaakvelden("0.9", "0.110")).toBe(1);
    // 1.10 is not in hoofdtaakveld 0: digit by digit, before 1.2.
    expect(compareTaakvelden("1.10", "1.2")).toBe(-1);
  });

  // Codes with the same key but different text ("7.1", "07.1") included, to test antisymmetry there too.
  const codes = ["0.1", "00.1", "0.9", "0.10", "0.11", "0.101", "0.2", "6.71", "6.71a", "06.71", "7.1", "07.1", "10.1", "2.1", "x", "0", "0."];

  it("is a total preorder on a fixed set (reflexive, antisymmetric, transitive)", () => {
    for (const a of codes) {
      expect(compareTaakvelden(a, a)).toBe(0);
      for (const b of codes) {
        expect(sign(compareTaakvelden(a, b)) + sign(compareTaakvelden(b, a))).toBe(0);
        for (const c of codes) {
          if (compareTaakvelden(a, b) <= 0 && compareTaakvelden(b, c) <= 0) expect(compareTaakvelden(a, c)).toBeLessThanOrEqual(0);
        }
      }
    }
  });

  const codeArb = fc.oneof(
    fc.constantFrom(...codes),
    fc.tuple(fc.constantFrom("0", "00", "1", "6", "06", "10"), fc.constantFrom("1", "9", "10", "11", "101", "61", "71", "71a")).map(([h, r]) => `${h}.${r}`),
  );

  test.prop([codeArb, codeArb, codeArb])("is antisymmetric and transitive, and agrees with taakveldKey", (a, b, c) => {
    expect(sign(compareTaakvelden(a, b)) + sign(compareTaakvelden(b, a))).toBe(0);
    if (compareTaakvelden(a, b) <= 0 && compareTaakvelden(b, c) <= 0) expect(compareTaakvelden(a, c)).toBeLessThanOrEqual(0);
    const ka = taakveldKey(a);
    const kb = taakveldKey(b);
    if (a !== b) expect(compareTaakvelden(a, b)).toBe(ka < kb ? -1 : ka > kb ? 1 : 0);
  });
});

describe("naturalSortKey: runs of digits compare as numbers", () => {
  const natural = (texts: readonly string[]): string[] => [...texts].sort((a, b) => (naturalSortKey(a) < naturalSortKey(b) ? -1 : naturalSortKey(a) > naturalSortKey(b) ? 1 : 0));

  it("ignores leading zeros, however many, and only leading ones", () => {
    // 7 < 8 < 10 < 20 < 105 (105 has no leading zero: its inner 0 counts).
    expect(natural(["105", "20", "10", "08", "007"])).toEqual(["007", "08", "10", "20", "105"]);
    expect(natural(["p10", "p007", "p9"])).toEqual(["p007", "p9", "p10"]);
    expect(natural(["0010", "9"])).toEqual(["9", "0010"]);
    // "0" and "00" are both zero: before 1, the text breaking the tie.
    expect(natural(["1", "00", "0"])).toEqual(["0", "00", "1"]);
  });

  it("sorts rollup rows of programme codes naturally", () => {
    const lines = ["105", "20", "10", "08", "007"].map((p) => line(p, "7.1", 1));
    expect(rollup(lines, { by: ["programme"] }).rows.map((r) => r.key.programme)).toEqual(["007", "08", "10", "20", "105"]);
  });
});

describe("rollup: keys, errors and messages", () => {
  it("keys a row by its cost centre, null when the lines have none", () => {
    const lines = [line("a", "7.1", 1, 0, { costCentre: "KP2" }), line("a", "7.1", 2), line("a", "7.1", 4, 0, { costCentre: "KP10" })];
    const result = rollup(lines, { by: ["costCentre"] });
    expect(result.by).toEqual(["costCentre"]);
    expect(result.rows.map((r) => [r.key, r.expenses])).toEqual([
      [{ costCentre: "KP2" }, 1],
      [{ costCentre: "KP10" }, 4],
      [{ costCentre: null }, 2],
    ]);
  });

  it("returns the dimensions it grouped by", () => {
    expect(rollup([line("a", "7.1", 1)], { by: ["programme", "year"] }).by).toEqual(["programme", "year"]);
    expect(rollup([line("a", "7.1", 1)], { by: [] }).by).toEqual([]);
  });

  it("turns only an empty categorie, cost centre or reserve into null, not an empty programme", () => {
    // rollup does not validate; an empty programme stays the empty string.
    const lines = [line("", "7.1", 1), line("", "7.1", 2, 0, { categorie: "" })];
    expect(rollup(lines, { by: ["programme", "categorie"] }).rows.map((r) => r.key)).toEqual([{ programme: "", categorie: null }]);
  });

  it("groups by hoofdtaakveld consistently across many lines of the same taakveld", () => {
    const lines = [line("a", "6.71a", 1), line("b", "6.1", 2), line("c", "6.71a", 4), line("d", "0.10", 8)];
    expect(rollup(lines, { by: ["hoofdtaakveld"] }).rows.map((r) => [r.key.hoofdtaakveld, r.expenses, r.lines])).toEqual([
      ["0", 8, 1],
      ["6", 7, 3],
    ]);
  });

  it("rejects an amount that is not whole cents, naming the field and the line", () => {
    const expenses = thrown(() => rollup([line("a", "7.1", 1), line("a", "7.1", 0.5)], { by: [] }));
    expect(expenses.code).toBe("invalid_amount");
    expect(expenses.message).toBe("The expenses of line 1 must be a whole number of cents, but it is 0.5.");
    expect(expenses.details).toEqual({ index: 1, field: "expenses", value: 0.5 });

    const revenue = thrown(() => rollup([line("a", "7.1", 1, 2.25)], { by: ["programme"] }));
    expect(revenue.code).toBe("invalid_amount");
    expect(revenue.message).toBe("The revenue of line 0 must be a whole number of cents, but it is 2.25.");
    expect(revenue.details).toEqual({ index: 0, field: "revenue", value: 2.25 });

    const nan = thrown(() => rollup([line("a", "7.1", Number.NaN)], { by: [] }));
    expect(nan.code).toBe("invalid_amount");
    expect(nan.details).toEqual({ index: 0, field: "expenses", value: Number.NaN });

    const doc = baseDocument([], [{ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [mutation("zorg", 1), mutation("zorg", 1, 0.5)] }]);
    const inAmendment = thrown(() => rollup(doc, { by: [] }));
    expect(inAmendment.message).toBe('The revenue of mutation of amendment "bw-1" at index 1 must be a whole number of cents, but it is 0.5.');
    expect(inAmendment.details).toEqual({ index: 1, field: "revenue", value: 0.5 });
  });

  it("allows a group total of exactly ±(2^53 − 1) cents", () => {
    const up = rollup([line("a", "7.1", LIMIT - 1, LIMIT - 1), line("a", "7.1", 1, 1)], { by: ["programme"] });
    expect(up.rows.map((r) => [r.expenses, r.revenue, r.lines])).toEqual([[LIMIT, LIMIT, 2]]);
    const down = rollup([line("a", "7.1", -(LIMIT - 1), -(LIMIT - 1)), line("a", "7.1", -1, -1)], { by: ["programme"] });
    expect(down.rows.map((r) => [r.expenses, r.revenue, r.lines])).toEqual([[-LIMIT, -LIMIT, 2]]);
    expect(down.total).toEqual({ expenses: -LIMIT, revenue: -LIMIT, balance: 0 });
  });

  it("rejects a group total beyond ±(2^53 − 1) cents in either amount and either direction", () => {
    const cases: [Partial<BudgetLine>, Partial<BudgetLine>][] = [
      [{ expenses: LIMIT as Cents }, { expenses: 1 as Cents }],
      [{ expenses: -LIMIT as Cents }, { expenses: -1 as Cents }],
      [{ revenue: LIMIT as Cents }, { revenue: 1 as Cents }],
      [{ revenue: -LIMIT as Cents }, { revenue: -1 as Cents }],
    ];
    for (const [first, second] of cases) {
      const error = thrown(() => rollup([line("a", "7.1", 0, 0, first), line("a", "7.1", 0, 0, second)], { by: ["programme"] }));
      expect(error.code).toBe("amount_out_of_range");
      expect(error.message).toBe("A total leaves the safe range of ±9007199254740991 cents at line 1.");
      expect(error.details).toEqual({ index: 1 });
    }
  });

  it("names the line or the amendment mutation where a total overflows, for a document too", () => {
    const onLine = thrown(() => rollup(baseDocument([line("zorg", "7.1", LIMIT), line("zorg", "7.1", 1), line("zorg", "7.1", 1)]), { by: [] }));
    expect(onLine.message).toBe("A total leaves the safe range of ±9007199254740991 cents at line 1.");
    const doc = baseDocument([line("zorg", "7.1", LIMIT)], [{ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [mutation("zorg", 0), mutation("zorg", 1)] }]);
    const onMutation = thrown(() => rollup(doc, { by: ["programme"] }));
    expect(onMutation.code).toBe("amount_out_of_range");
    expect(onMutation.message).toBe('A total leaves the safe range of ±9007199254740991 cents at mutation of amendment "bw-1" at index 1.');
    expect(onMutation.details).toEqual({ index: 1 });
  });

  it("rejects an unknown dimension, listing the known ones", () => {
    for (const dim of ["gemeente", "toString", "__proto__"]) {
      const error = thrown(() => rollup([line("a", "7.1", 1)], { by: ["programme", dim as Dimension] }));
      expect(error.code).toBe("invalid_option");
      expect(error.message).toBe(`Cannot group by ${JSON.stringify(dim)}; use programme, taakveld, hoofdtaakveld, categorie, costCentre, year, phase, nature, reserve.`);
      expect(error.details).toEqual({ option: "by", value: dim });
    }
  });

  it("rejects an unknown phase of a document, listing its phases and amendments", () => {
    const error = thrown(() => rollup(docWithAmendment(), { by: [], phases: ["primitief", "begroting"] }));
    expect(error.code).toBe("unknown_phase");
    expect(error.message).toBe('The phase "begroting" is not declared by the document; its phases are "primitief", "realisatie", "bw-1", "bw-2".');
    expect(error.details).toEqual({ phase: "begroting" });
    const none = thrown(() => rollup({ ...baseDocument([]), phases: [] }, { by: [], phases: ["primitief"] }));
    expect(none.message).toBe('The phase "primitief" is not declared by the document; its phases are none.');
  });

  it("reads an array as lines and a document as lines plus amendments", () => {
    const lines = [line("zorg", "7.1", 100), line("wonen", "7.1", 3, 1, { phase: "bw-1" })];
    // An array: no phase is checked against a document, phases only filter.
    expect(rollup(lines, { by: ["phase"], phases: ["bw-1", "elders"] }).rows.map((r) => [r.key.phase, r.expenses])).toEqual([["bw-1", 3]]);
    const doc = docWithAmendment();
    expect(rollup(doc, { by: ["phase"] }).rows.map((r) => [r.key.phase, r.expenses, r.revenue, r.lines])).toEqual([
      ["bw-1", 23, 1, 2],
      ["bw-2", 7, 0, 1],
      ["primitief", 100, 0, 1],
      ["realisatie", 5, 0, 1],
    ]);
    expect(rollup(doc, { by: ["programme"], phases: ["primitief", "bw-2"] }).rows.map((r) => [r.key.programme, r.expenses])).toEqual([
      ["bestuur", 7],
      ["zorg", 100],
    ]);
  });

  test.prop([fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.constantFrom(LIMIT, -LIMIT, 1, -1, 0, 12345), fc.constantFrom(LIMIT, -LIMIT, 1, -1, 0)), { maxLength: 6 })])(
    "group totals are the BigInt sums, or it throws amount_out_of_range exactly when a partial sum leaves the safe range",
    (spec) => {
      const lines = spec.map(([p, e, r]) => line(p, "7.1", e, r));
      // The reference: partial sums per programme with BigInt, in input order.
      const sums = new Map<string, [bigint, bigint, number]>();
      let overflow = false;
      let grand: [bigint, bigint] = [0n, 0n];
      for (const l of lines) {
        const [e, r, n] = sums.get(l.programme) ?? [0n, 0n, 0];
        const next: [bigint, bigint, number] = [e + BigInt(l.expenses), r + BigInt(l.revenue), n + 1];
        const max = BigInt(LIMIT);
        if (next[0] > max || next[0] < -max || next[1] > max || next[1] < -max) overflow = true;
        if (!overflow) sums.set(l.programme, next);
      }
      if (overflow) {
        expect(thrown(() => rollup(lines, { by: ["programme"] })).code).toBe("amount_out_of_range");
        return;
      }
      for (const [e, r] of sums.values()) grand = [grand[0] + e, grand[1] + r];
      const max = BigInt(LIMIT);
      const grandOverflows = (g: bigint[]): boolean => g.some((x) => x > max || x < -max);
      let result;
      try {
        result = rollup(lines, { by: ["programme"] });
      } catch (error) {
        // Only the grand total (summed in group order) may still leave the range.
        expect((error as { code: string }).code).toBe("amount_out_of_range");
        return;
      }
      expect(result.rows.map((row) => [row.key.programme, BigInt(row.expenses), BigInt(row.revenue), row.lines])).toEqual(
        [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, [e, r, n]]) => [p, e, r, n]),
      );
      if (!grandOverflows(grand)) expect([BigInt(result.total.expenses), BigInt(result.total.revenue)]).toEqual(grand);
    },
  );
});

describe("linesOf", () => {
  it("gives every line, then each amendment's mutations as lines of its phase", () => {
    const doc = docWithAmendment();
    const all = linesOf(doc);
    expect(all).toEqual([
      line("zorg", "7.1", 100),
      line("zorg", "7.1", 5, 0, { phase: "realisatie" }),
      { ...mutation("zorg", 20), phase: "bw-1" },
      { ...mutation("wonen", 3, 1), phase: "bw-1" },
      { ...mutation("bestuur", 7), phase: "bw-2" },
    ]);
    // The document's own lines are returned as they are; the list is new, and so are the mutation lines.
    expect(all[0]).toBe(doc.lines[0]);
    expect(all).not.toBe(doc.lines);
    expect(doc.lines).toHaveLength(2);
    expect(doc.amendments[0]?.mutations[0]).not.toHaveProperty("phase");
  });

  it("keeps only the selected phases, lines and amendments alike", () => {
    const doc = docWithAmendment();
    expect(linesOf(doc, ["realisatie"])).toEqual([line("zorg", "7.1", 5, 0, { phase: "realisatie" })]);
    expect(linesOf(doc, ["bw-2"])).toEqual([{ ...mutation("bestuur", 7), phase: "bw-2" }]);
    expect(linesOf(doc, ["bw-1", "primitief"]).map((l) => [l.phase, l.programme])).toEqual([
      ["primitief", "zorg"],
      ["bw-1", "zorg"],
      ["bw-1", "wonen"],
    ]);
    expect(linesOf(doc, [])).toEqual([]);
  });

  it("throws unknown_phase for a phase the document does not declare", () => {
    const error = thrown(() => linesOf(docWithAmendment(), ["bw-3"]));
    expect(error.code).toBe("unknown_phase");
    expect(error.message).toBe('The phase "bw-3" is not declared by the document; its phases are "primitief", "realisatie", "bw-1", "bw-2".');
    expect(error.details).toEqual({ phase: "bw-3" });
  });
});

describe("phasesOf", () => {
  it("lists the declared phases, then one amendment phase per begrotingswijziging", () => {
    const doc = docWithAmendment();
    const phases = phasesOf(doc);
    expect(phases).toEqual([
      { id: "primitief", kind: "original" },
      { id: "realisatie", kind: "actual" },
      { id: "bw-1", kind: "amendment", label: "Begrotingswijziging 1" },
      { id: "bw-2", kind: "amendment", label: "Begrotingswijziging 2" },
    ]);
    expect(phases[0]).toBe(doc.phases[0]);
    expect(phasesOf({ ...doc, amendments: [] })).toEqual(doc.phases);
  });
});

describe("assertIsoDate", () => {
  it("accepts an ISO date and rejects anything else with invalid_date", () => {
    expect(() => assertIsoDate("2024-02-29", "asOf")).not.toThrow();
    for (const value of ["2024-13-01", "14-03-2024", "2024-3-14", 20240314, undefined, "2023-02-29", "2024-04-31", "0000-01-01"]) {
      const error = thrown(() => assertIsoDate(value, "asOf"));
      expect(error.code).toBe("invalid_date");
      expect(error.message).toBe(`asOf must be a real calendar date YYYY-MM-DD, but it is ${JSON.stringify(value)}.`);
      expect(error.details).toEqual({ value });
    }
  });

  it("is what amendedPhaseIds checks its date with", () => {
    const error = thrown(() => amendedPhaseIds(docWithAmendment(), "2024-00-10"));
    expect(error.code).toBe("invalid_date");
    expect(error.message).toBe('asOf must be a real calendar date YYYY-MM-DD, but it is "2024-00-10".');
    expect(error.details).toEqual({ value: "2024-00-10" });
  });
});

describe("validateBudgetLines: edges of the fast path", () => {
  const valid = { programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 100, revenue: 0, nature: "structureel" };

  it("accepts the years 1900 to 2999 and no others, in the fast test as in the schema", () => {
    expect(isBudgetLine({ ...valid, year: 2999 })).toBe(true);
    expect(isBudgetLine({ ...valid, year: 1900 })).toBe(true);
    expect(isBudgetLine({ ...valid, year: 3000 })).toBe(false);
    expect(isBudgetLine({ ...valid, year: 1899 })).toBe(false);
    const late = validateBudgetLines([valid, { ...valid, year: 3000 }]);
    expect(late.ok ? [] : late.issues.map((i) => [i.path, i.code])).toEqual([[[1, "year"], "too_big"]]);
    expect(validateBudgetLines([{ ...valid, year: 2999 }]).ok).toBe(true);
  });

  it("reports a value that is not an array at the root", () => {
    const result = validateBudgetLines({ lines: [valid] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[[], "invalid_type"]]);
  });

  /** A line whose year reads 0 the first time and 2024 after: the fast test (one read) rejects it, the schema accepts it. */
  const fickle = (): Record<string, unknown> => {
    let reads = 0;
    const value: Record<string, unknown> = { ...valid };
    Object.defineProperty(value, "year", { enumerable: true, get: () => (reads++ === 0 ? 0 : 2024) });
    return value;
  };

  it("lets the schema's answer stand when it accepts a line the fast test rejected (without copy)", () => {
    const lines = [valid, fickle()];
    const result = validateBudgetLines(lines);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBe(lines);
  });

  it("lets the schema's answer stand when it accepts a line the fast test rejected (with copy)", () => {
    const lines = [valid, fickle()];
    const result = validateBudgetLines(lines, { copy: true });
    expect(result).toEqual({ ok: true, value: [valid, { ...valid, year: 2024 }] });
    expect(result.ok && result.value).not.toBe(lines);
    expect(result.ok && result.value[1]).not.toBe(lines[1]);
  });
});

describe("parseBudget: messages, paths and the copied lines", () => {
  const valid = () => ({
    budgetYear: 2024,
    programmes: [{ code: "zorg", name: "Zorg" }],
    taakvelden: ["6.1", "0.10"],
    reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
    phases: [{ id: "primitief", kind: "original" }] as Record<string, unknown>[],
    lines: [{ programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 100, revenue: 0, nature: "structureel" }] as Record<string, unknown>[],
    amendments: [] as Record<string, unknown>[],
  });
  const issues = (json: unknown, options?: Parameters<typeof parseBudget>[1]): [string, string, string][] => {
    const result = parseBudget(json, options);
    return result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code, i.message]);
  };

  it("names each duplicate code or id, where it is", () => {
    const doc = {
      ...valid(),
      programmes: [{ code: "zorg", name: "Zorg" }, { code: "zorg", name: "Zorg 2" }],
      taakvelden: ["6.1", "0.10", "6.1"],
      reserves: [{ code: "AR", name: "A", kind: "general" }, { code: "AR", name: "B", kind: "general" }],
      phases: [{ id: "primitief", kind: "original" }, { id: "primitief", kind: "forecast" }],
    };
    expect(issues(doc)).toEqual([
      ["programmes.1", "duplicate", 'The programme "zorg" is declared twice.'],
      ["taakvelden.2", "duplicate", 'The taakveld "6.1" is declared twice.'],
      ["reserves.1", "duplicate", 'The reserve "AR" is declared twice.'],
      ["phases.1", "duplicate", 'The phase "primitief" is declared twice.'],
    ]);
  });

  it("explains misplaced amendment phases and quarters", () => {
    const doc = { ...valid(), phases: [{ id: "primitief", kind: "original" }, { id: "bw", kind: "amendment" }, { id: "vjn", kind: "forecast", quarter: 2 }] };
    expect(issues(doc)).toEqual([
      ["phases.1.kind", "amendment_phase", 'The phase "bw" has kind "amendment"; begrotingswijzigingen belong in "amendments", with their mutations.'],
      ["phases.2.quarter", "quarter_not_actual", 'Only an actual phase can cover a quarter, but "vjn" is forecast.'],
    ]);
  });

  it("explains a taakveld outside the code list", () => {
    expect(issues(valid(), { isValidTaakveld: (code, year) => code !== "0.10" || year !== 2024 })).toEqual([
      ["taakvelden.1", "invalid_taakveld", 'The taakveld "0.10" is not in the code list of 2024.'],
    ]);
  });

  it("explains clashing amendment ids and numbers", () => {
    const amendment = (id: string, number: number) => ({ id, number, date: "2024-03-14", decision: "RB-1", mutations: [] });
    const doc = { ...valid(), amendments: [amendment("primitief", 1), amendment("bw-2", 2), amendment("bw-2", 2)] };
    expect(issues(doc)).toEqual([
      ["amendments.0.id", "duplicate", 'The id "primitief" of amendment 1 is already used by another phase or amendment.'],
      ["amendments.2.id", "duplicate", 'The id "bw-2" of amendment 2 is already used by another phase or amendment.'],
      ["amendments.2.number", "duplicate", "Amendment number 2 is used twice."],
    ]);
  });

  it("explains undeclared programmes, taakvelden, reserves and phases of lines and mutations", () => {
    const doc = valid();
    const base = doc.lines[0] as Record<string, unknown>;
    doc.lines.push({ ...base, programme: "wonen", taakveld: "7.1" });
    doc.lines.push({ ...base, taakveld: "6.1", reserve: "BR" });
    doc.lines.push({ ...base, phase: "bw-1" });
    doc.lines.push({ ...base, phase: "begroting" });
    doc.amendments.push({ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-1", mutations: [{ programme: "zorg", taakveld: "0.10", year: 2024, expenses: 1, revenue: 0, nature: "incidenteel", reserve: "XR" }] });
    expect(issues(doc)).toEqual([
      ["lines.1.programme", "unknown_programme", 'The programme "wonen" is not declared by the document.'],
      ["lines.1.taakveld", "unknown_taakveld", 'The taakveld "7.1" is not declared by the document.'],
      ["lines.2.reserve", "unknown_reserve", 'The reserve "BR" is not declared by the document.'],
      ["lines.2.reserve", "reserve_outside_0_10", 'A reserve mutation is booked on taakveld 0.10, but this line is on "6.1".'],
      ["lines.3.phase", "unknown_phase", `The phase "bw-1" is not declared by the document. It is an amendment: put the line among that amendment's mutations.`],
      ["lines.4.phase", "unknown_phase", 'The phase "begroting" is not declared by the document.'],
      ["amendments.0.mutations.0.reserve", "unknown_reserve", 'The reserve "XR" is not declared by the document.'],
    ]);
  });

  it("treats a document without reserves as declaring none", () => {
    const { reserves: _, ...doc } = valid();
    doc.lines.push({ ...(doc.lines[0] as Record<string, unknown>), taakveld: "0.10", reserve: "AR" });
    expect(issues(doc).map(([path, code]) => [path, code])).toEqual([["lines.1.reserve", "unknown_reserve"]]);
  });

  it("returns the lines as the schema outputs them: new objects, −0 read as 0; an unknown key is an issue", () => {
    const doc = valid();
    const input = { ...(doc.lines[0] as Record<string, unknown>), revenue: -0 };
    doc.lines = [{ ...input, note: "weg" }];
    const strict = parseBudget(doc);
    expect(strict.ok ? [] : strict.issues.map((i) => [i.path.join("."), i.code, i.message])).toEqual([["lines.0", "unrecognized_keys", 'Unrecognized key: "note"']]);
    doc.lines = [input];
    const result = parseBudget(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [only] = result.value.lines;
    expect(only).not.toBe(input);
    expect(Object.is(only?.revenue, 0)).toBe(true);
    expect(result.value.lines).toEqual([{ programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 100, revenue: 0, nature: "structureel" }]);
  });

  it("fails on a bad shell even when every line is fine", () => {
    const { budgetYear: _, ...doc } = valid();
    const result = parseBudget(doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code])).toEqual([["budgetYear", "invalid_type"]]);
  });

  it("fails on a bad line even when the shell is fine", () => {
    const doc = valid();
    doc.lines.push({ ...(doc.lines[0] as Record<string, unknown>), expenses: 0.5 });
    const result = parseBudget(doc);
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code])).toEqual([["lines.1.expenses", "invalid_type"]]);
  });
});
