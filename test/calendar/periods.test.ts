import { fc, test } from "@fast-check/vitest";
import {
  addDays,
  comparePeriods,
  daysBetween,
  elapsedFraction,
  formatPeriod,
  isPeriodKind,
  parsePeriod,
  PERIOD_KINDS,
  periodContaining,
  periodContains,
  periodEnd,
  periodLabel,
  periodsOfYear,
  periodStart,
  type Period,
} from "opkoers/calendar";
import { describe, expect, it } from "vitest";
import { expectCode } from "./_expectCode.js";
import { anyDate, anyKind, anyPeriod, civilFromDays, COUNT, daysFromCivil, KINDS, modernDate } from "./_oracle.js";

const p = (kind: Period["kind"], year: number, index: number): Period => ({ kind, year, index });

describe("period codes", () => {
  it("parses every kind", () => {
    expect(parsePeriod("2024")).toEqual(p("year", 2024, 1));
    expect(parsePeriod("2024-H2")).toEqual(p("half", 2024, 2));
    expect(parsePeriod("2024-T3")).toEqual(p("tertial", 2024, 3));
    expect(parsePeriod("2024-Q1")).toEqual(p("quarter", 2024, 1));
    expect(parsePeriod("2024-12")).toEqual(p("month", 2024, 12));
    expect(parsePeriod("0001-01")).toEqual(p("month", 1, 1));
  });

  it("rejects bad codes with a message that says why", () => {
    const bad = ["", "24", "02024", "2024-", "2024-H3", "2024-T4", "2024-Q0", "2024-Q5", "2024-13", "2024-00", "2024-3", "2024-q3", "2024-Q12", "2024 Q3", "Q3-2024", "0000", "0000-Q1", "2024-W01", "2024-H1 "];
    for (const code of bad) expectCode(() => parsePeriod(code), "invalid_period");
    for (const value of [2024, null, undefined, {}]) expectCode(() => parsePeriod(value as unknown as string), "invalid_period");
    expect(() => parsePeriod("2024-q3")).toThrow(/upper case/);
    expect(() => parsePeriod("2024-T4")).toThrow(/tertials 1 to 3/);
    expect(() => parsePeriod("2024-13")).toThrow(/months run from 01 to 12/);
    expect(() => parsePeriod("0000")).toThrow(/0001 to 9999/);
  });

  test.prop([anyPeriod])("parsePeriod(formatPeriod(p)) is p", (period) => {
    expect(parsePeriod(formatPeriod(period))).toEqual(period);
  });

  test.prop([fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "4", "9", "-", "H", "T", "Q", "q", " "), maxLength: 9 })])(
    "a string parses exactly when formatPeriod writes it back unchanged",
    (code) => {
      let period: Period | undefined;
      try {
        period = parsePeriod(code);
      } catch (error) {
        expect((error as { code?: string }).code).toBe("invalid_period");
      }
      const canonical = /^(?!0000)\d{4}(-(H[12]|T[123]|Q[1-4]|0[1-9]|1[0-2]))?$/.test(code);
      expect(period !== undefined).toBe(canonical);
      if (period !== undefined) expect(formatPeriod(period)).toBe(code);
    },
  );

  it("formatPeriod rejects invalid period objects", () => {
    const bad: unknown[] = [
      null,
      "2024-Q1",
      { kind: "week", year: 2024, index: 1 },
      { kind: "quarter", year: 2024, index: 5 },
      { kind: "quarter", year: 2024, index: 0 },
      { kind: "quarter", year: 2024, index: 1.5 },
      { kind: "year", year: 2024, index: 2 },
      { kind: "month", year: 0, index: 1 },
      { kind: "month", year: 10000, index: 1 },
      { kind: "month", year: 2024.5, index: 1 },
      { kind: "month", year: "2024", index: 1 },
    ];
    for (const value of bad) expectCode(() => formatPeriod(value as Period), "invalid_period");
    expect(() => formatPeriod(p("quarter", 2024, 5))).toThrow(/index must be a whole number from 1 to 4 for kind quarter/);
  });

  it("PERIOD_KINDS and isPeriodKind", () => {
    expect(PERIOD_KINDS).toEqual(KINDS);
    expect(Object.isFrozen(PERIOD_KINDS)).toBe(true);
    for (const kind of KINDS) expect(isPeriodKind(kind)).toBe(true);
    for (const value of ["week", "Year", "", 1, null]) expect(isPeriodKind(value)).toBe(false);
  });
});

describe("period bounds", () => {
  it("examples", () => {
    expect([periodStart(p("tertial", 2024, 1)), periodEnd(p("tertial", 2024, 1))]).toEqual(["2024-01-01", "2024-04-30"]);
    expect([periodStart(p("tertial", 2024, 3)), periodEnd(p("tertial", 2024, 3))]).toEqual(["2024-09-01", "2024-12-31"]);
    expect(periodEnd(p("month", 2023, 2))).toBe("2023-02-28");
    expect(periodEnd(p("month", 2000, 2))).toBe("2000-02-29");
    expect(periodEnd(p("month", 2100, 2))).toBe("2100-02-28");
    expect(periodEnd(p("half", 2024, 1))).toBe("2024-06-30");
    expect(periodEnd(p("quarter", 2024, 3))).toBe("2024-09-30");
    expect(periodStart(p("year", 7, 1))).toBe("0007-01-01");
  });

  test.prop([fc.integer({ min: 1, max: 9999 }), anyKind])("the periods of a kind tile the year: no gaps, no overlaps", (year, kind) => {
    const periods = periodsOfYear(year, kind);
    expect(periods.map((period) => period.index)).toEqual(Array.from({ length: COUNT[kind] }, (_, i) => i + 1));
    expect(periodStart(periods[0] as Period)).toBe(`${String(year).padStart(4, "0")}-01-01`);
    expect(periodEnd(periods.at(-1) as Period)).toBe(`${String(year).padStart(4, "0")}-12-31`);
    let days = 0;
    for (const [i, period] of periods.entries()) {
      const start = periodStart(period);
      const end = periodEnd(period);
      expect(start <= end).toBe(true);
      days += daysBetween(start, end) + 1;
      const next = periods[i + 1];
      if (next !== undefined) expect(periodStart(next)).toBe(addDays(end, 1));
    }
    expect(days).toBe(daysFromCivil(year + 1, 1, 1) - daysFromCivil(year, 1, 1));
  });

  it("periodContaining contains every date from 1900 to 2200, for every kind", () => {
    const first = daysFromCivil(1900, 1, 1);
    const last = daysFromCivil(2200, 12, 31);
    let failures = 0;
    for (let n = first; n <= last; n++) {
      const date = civilFromDays(n);
      for (const kind of KINDS) {
        const period = periodContaining(date, kind);
        if (!(periodStart(period) <= date && date <= periodEnd(period)) || period.year !== Number(date.slice(0, 4))) failures++;
      }
    }
    expect(failures).toBe(0);
  });

  test.prop([anyDate, anyKind])("periodContaining agrees with periodContains over the year's periods", (date, kind) => {
    const containing = periodsOfYear(Number(date.slice(0, 4)), kind).filter((period) => periodContains(period, date));
    expect(containing).toEqual([periodContaining(date, kind)]);
  });

  it("rejects bad arguments", () => {
    expectCode(() => periodContaining("2024-02-30", "month"), "invalid_date");
    expectCode(() => periodContaining("2024-02-01", "week" as never), "invalid_period");
    expectCode(() => periodsOfYear(0, "month"), "invalid_period");
    expectCode(() => periodsOfYear(2024.5, "month"), "invalid_period");
    expectCode(() => periodsOfYear(2024, "weeks" as never), "invalid_period");
    expectCode(() => periodContains(p("month", 2024, 1), "2024-1-1"), "invalid_date");
    expectCode(() => periodStart(p("half", 2024, 3)), "invalid_period");
  });
});

describe("comparePeriods", () => {
  it("orders by end date, then start date", () => {
    const codes = ["2024", "2024-T2", "2024-06", "2024-Q2", "2024-H1", "2023-12", "2024-12", "2024-H2", "2024-T3", "2024-Q4"];
    expect(codes.map(parsePeriod).sort(comparePeriods).map(formatPeriod)).toEqual([
      "2023-12",
      "2024-H1",
      "2024-Q2",
      "2024-06",
      "2024-T2",
      "2024",
      "2024-H2",
      "2024-T3",
      "2024-Q4",
      "2024-12",
    ]);
  });

  it("is 0 for the same period", () => {
    expect(comparePeriods(p("tertial", 2024, 2), parsePeriod("2024-T2"))).toBe(0);
  });

  test.prop([anyPeriod, anyPeriod])("is antisymmetric, 0 only for the same period, and follows (end, start)", (a, b) => {
    const ab = comparePeriods(a, b);
    expect(comparePeriods(b, a)).toBe(-ab || 0);
    expect(ab === 0).toBe(formatPeriod(a) === formatPeriod(b));
    const keyA = `${periodEnd(a)} ${periodStart(a)}`;
    const keyB = `${periodEnd(b)} ${periodStart(b)}`;
    expect(ab).toBe(keyA < keyB ? -1 : keyA > keyB ? 1 : 0);
  });

  test.prop([anyPeriod, anyPeriod, anyPeriod])("is transitive", (a, b, c) => {
    if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
  });

  it("rejects invalid periods", () => {
    expectCode(() => comparePeriods(p("month", 2024, 13), p("month", 2024, 1)), "invalid_period");
  });
});

describe("periodLabel", () => {
  it("labels in Dutch and English", () => {
    const cases: readonly [string, string, string][] = [
      ["2024", "2024", "2024"],
      ["2024-H1", "1e halfjaar 2024", "H1 2024"],
      ["2024-T2", "2e tertiaal 2024", "T2 2024"],
      ["2024-Q3", "3e kwartaal 2024", "Q3 2024"],
      ["2024-03", "maart 2024", "March 2024"],
      ["2024-12", "december 2024", "December 2024"],
    ];
    for (const [code, nl, en] of cases) {
      expect(periodLabel(parsePeriod(code), "nl")).toBe(nl);
      expect(periodLabel(parsePeriod(code), "en")).toBe(en);
    }
  });

  test.prop([anyPeriod, fc.constantFrom("nl" as const, "en" as const)])("every valid period has a non-empty label with its year", (period, lang) => {
    expect(periodLabel(period, lang)).toContain(String(period.year));
  });

  it("rejects an unknown language or period", () => {
    expectCode(() => periodLabel(p("month", 2024, 1), "de" as never), "invalid_option");
    expectCode(() => periodLabel(p("month", 2024, 0), "nl"), "invalid_period");
  });
});

describe("elapsedFraction", () => {
  it("counts asOf as a whole elapsed day", () => {
    const t1 = p("tertial", 2024, 1);
    expect(elapsedFraction(t1, "1900-01-01")).toBe(0);
    expect(elapsedFraction(t1, "2023-12-31")).toBe(0);
    expect(elapsedFraction(t1, "2024-01-01")).toBe(1 / 121);
    expect(elapsedFraction(t1, "2024-01-31")).toBe(31 / 121);
    expect(elapsedFraction(t1, "2024-04-29")).toBe(120 / 121);
    expect(elapsedFraction(t1, "2024-04-30")).toBe(1);
    expect(elapsedFraction(t1, "2099-01-01")).toBe(1);
    expect(elapsedFraction(p("year", 2024, 1), "2024-07-01")).toBe(183 / 366);
    expect(elapsedFraction(p("month", 2023, 2), "2023-02-14")).toBe(0.5);
  });

  test.prop([anyPeriod, modernDate, modernDate])("is in [0, 1], never NaN, and monotone in asOf", (period, a, b) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    const fEarly = elapsedFraction(period, early);
    const fLate = elapsedFraction(period, late);
    for (const f of [fEarly, fLate]) {
      expect(Number.isFinite(f)).toBe(true);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThanOrEqual(1);
    }
    expect(fEarly).toBeLessThanOrEqual(fLate);
  });

  test.prop([anyPeriod, fc.integer({ min: 1, max: 5000 })])("is 0 before the start, 1 from the last day on, k/N on day k", (period, offset) => {
    const start = periodStart(period);
    const end = periodEnd(period);
    const length = daysBetween(start, end) + 1;
    if (start > "0001-01-01" && daysBetween("0001-01-01", start) >= offset) expect(elapsedFraction(period, addDays(start, -offset))).toBe(0);
    if (daysBetween(end, "9999-12-31") >= offset) expect(elapsedFraction(period, addDays(end, offset))).toBe(1);
    expect(elapsedFraction(period, end)).toBe(1);
    const k = ((offset - 1) % length) + 1;
    expect(elapsedFraction(period, addDays(start, k - 1))).toBe(k / length);
  });

  it("rejects bad input", () => {
    expectCode(() => elapsedFraction(p("month", 2024, 1), "2024-01-32"), "invalid_date");
    expectCode(() => elapsedFraction(p("month", 2024, 13), "2024-01-01"), "invalid_period");
  });
});
