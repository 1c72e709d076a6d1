import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, multiply, ROUNDING_MODES, type Cents, type RoundingMode } from "opkoers/money";
import { indexForecast, prudentIncome, savingsTarget } from "opkoers/finance";
import { cents, expectCode } from "./_support.js";

// Percentages with two decimals, as the CPB publishes them: k / 100 %, written as an exact decimal string.
const hundredths = fc.integer({ min: -500, max: 1500 });
const pct = (k: number): string => `${k < 0 ? "-" : ""}${Math.floor(Math.abs(k) / 100)}.${String(Math.abs(k) % 100).padStart(2, "0")}`;
const mode = fc.constantFrom<RoundingMode>(...ROUNDING_MODES);

describe("indexForecast", () => {
  test.prop([cents(10 ** 11), cents(10 ** 11), fc.array(fc.tuple(hundredths, hundredths), { maxLength: 5 }), mode])(
    "indexation compounds exactly with the stated rounding (checked against opkoers/money)",
    (wages, prices, ks, rounding) => {
      const rates = ks.map(([w, p], i) => ({ year: 2026 + i, wages: pct(w), prices: pct(p) }));
      const once = indexForecast({ year: 2025, wages, prices }, rates, { rounding });
      const perYear = indexForecast({ year: 2025, wages, prices }, rates, { rounding, roundingStep: "perYear" });
      let numW = 1n;
      let numP = 1n;
      let den = 1n;
      let prevW = wages;
      let prevP = prices;
      ks.forEach(([w, p], i) => {
        numW *= BigInt(10000 + w);
        numP *= BigInt(10000 + p);
        den *= 10000n;
        // once: rounded once from the exact compounded factor
        const y = once.years[i]!;
        expect(y.wages).toBe(multiply(wages, { numerator: numW, denominator: den }, rounding));
        expect(y.prices).toBe(multiply(prices, { numerator: numP, denominator: den }, rounding));
        expect(y.total).toBe(y.wages + y.prices);
        // the factor is the exact product
        expect(multiply(euro(1), { numerator: numW, denominator: den }, "towardZero")).toBe(multiply(euro(1), y.wageFactor, "towardZero"));
        // perYear: each year from the previous rounded one
        prevW = multiply(prevW, { numerator: 10000 + w, denominator: 10000 }, rounding);
        prevP = multiply(prevP, { numerator: 10000 + p, denominator: 10000 }, rounding);
        expect(perYear.years[i]?.wages).toBe(prevW);
        expect(perYear.years[i]?.prices).toBe(prevP);
      });
      expect(once.roundingStep).toBe("once");
      expect(perYear.roundingStep).toBe("perYear");
    },
  );

  it("gives exact factors as decimals and checks its input", () => {
    const r = indexForecast({ year: 2025, wages: euro(100), prices: euro(100) }, [
      { year: 2026, wages: "2.5", prices: "0" },
      { year: 2027, wages: "2.5", prices: "-1" },
    ]);
    expect(r.years.map((y) => y.wageFactor)).toEqual(["1.025", "1.050625"]);
    expect(r.years.map((y) => y.priceFactor)).toEqual(["1", "0.99"]);
    expectCode(() => indexForecast({ year: 2025, wages: euro(1), prices: euro(1) }, [{ year: 2026, wages: 2.5, prices: "0" }]), "invalid_factor");
    expectCode(() => indexForecast({ year: 2025, wages: euro(1), prices: euro(1) }, [{ year: 2027, wages: "1", prices: "0" }]), "invalid_period");
    expectCode(() => indexForecast({ year: 2025, wages: euro(1), prices: euro(1) }, [{ year: 2026, wages: "-100", prices: "0" }]), "invalid_option");
    expectCode(() => indexForecast({ year: 2025, wages: 0.5 as Cents, prices: euro(1) }, []), "invalid_amount");
    expectCode(() => indexForecast({ year: 2025, wages: euro(1), prices: euro(1) }, [], { rounding: "nearest" as never }), "invalid_rounding_mode");
    expectCode(() => indexForecast({ year: 2025, wages: euro(1), prices: euro(1) }, [], { roundingStep: "x" as never }), "invalid_option");
    expectCode(() => indexForecast({ year: 2025, wages: euro(1), prices: euro(1) }, "x" as never), "invalid_option");
    expectCode(() => indexForecast({ year: 2025, wages: Number.MAX_SAFE_INTEGER as Cents, prices: euro(1) }, [{ year: 2026, wages: "1", prices: "0" }]), "amount_out_of_range");
  });
});

describe("prudentIncome", () => {
  const yearAmounts = fc.array(cents(10 ** 12), { minLength: 1, maxLength: 5 }).map((as) => as.map((amount, i) => ({ year: 2022 + i, amount })));
  test.prop([yearAmounts, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100000 }), cents(10 ** 9), mode])(
    "first year at its percentage, later years at theirs, times the share, rounded once; net = maximum − already included",
    (national, later, shareMillionths, already, rounding) => {
      const share = { numerator: shareMillionths, denominator: 1_000_000 };
      const rows = prudentIncome({ national, laterYearsPercentage: String(later), share, alreadyIncluded: already, rounding });
      rows.forEach((row, i) => {
        const p = i === 0 ? 100 : later;
        expect(row.percentage).toBe(String(p));
        expect(row.includable).toBe(multiply(row.amount, { numerator: p, denominator: 100 }, rounding));
        expect(row.municipalMaximum).toBe(multiply(row.amount, { numerator: p * shareMillionths, denominator: 100_000_000 }, rounding));
        expect(row.net).toBe(row.municipalMaximum - already);
      });
    },
  );

  it("takes already-included amounts per year, sorts the years, and checks its input", () => {
    const rows = prudentIncome({
      national: [
        { year: 2023, amount: euro(100) },
        { year: 2022, amount: euro(100) },
      ],
      firstYearPercentage: "90",
      laterYearsPercentage: "50",
      share: "1",
      alreadyIncluded: [{ year: 2023, amount: euro(10) }],
    });
    expect(rows.map((r) => [r.year, r.includable, r.net])).toEqual([
      [2022, euro(90), euro(90)],
      [2023, euro(50), euro(40)],
    ]);
    const base = { national: [{ year: 2022, amount: euro(1) }], laterYearsPercentage: "75", share: "1" };
    expectCode(() => prudentIncome({ ...base, laterYearsPercentage: "-1" }), "invalid_option");
    expectCode(() => prudentIncome({ ...base, share: "-0.1" }), "invalid_option");
    expectCode(() => prudentIncome({ ...base, share: { numerator: 1, denominator: 0 } }), "invalid_option");
    expectCode(() => prudentIncome({ ...base, share: 0.5 }), "invalid_factor");
    expectCode(() => prudentIncome({ ...base, national: [{ year: 2022, amount: euro(1) }, { year: 2022, amount: euro(1) }] }), "invalid_period");
    expectCode(() => prudentIncome({ ...base, national: "x" as never }), "invalid_option");
    expectCode(() => prudentIncome({ ...base, alreadyIncluded: 1.5 as Cents }), "invalid_amount");
  });
});

describe("savingsTarget", () => {
  const measure = fc.record({
    id: fc.string(),
    description: fc.string(),
    state: fc.constantFrom("decided" as const, "planned" as const),
    amounts: fc.array(fc.record({ year: fc.constantFrom(2025, 2026, 2027), amount: cents(10 ** 9) }), { maxLength: 4 }),
  });
  test.prop([cents(10 ** 10), fc.array(measure, { maxLength: 5 })])("remaining = target − decided; uncovered = remaining − planned; status follows remaining", (target, measures) => {
    const rows = savingsTarget({ id: "t", description: "Taakstelling", target, years: [2027, 2025, 2026], measures });
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027]);
    for (const row of rows) {
      const of = (state: string): number => measures.filter((m) => m.state === state).flatMap((m) => m.amounts.filter((a) => a.year === row.year)).reduce((s, a) => s + a.amount, 0);
      expect(row.decided).toBe(of("decided"));
      expect(row.planned).toBe(of("planned"));
      expect(row.remaining).toBe(target - row.decided);
      expect(row.uncovered).toBe(row.remaining - row.planned);
      expect(row.status).toBe(row.remaining <= 0 ? "filled" : row.decided > 0 ? "partlyFilled" : "open");
      expect(row.assessment.status).toBe(row.status);
      expect(row.assessment.ruleId).toBe("gtk2020.savingsTarget");
    }
  });

  it("follows a growth path and checks its input", () => {
    const rows = savingsTarget({ id: "t", description: "Taakstelling", target: [{ year: 2025, amount: euro(100) }], years: [2025, 2026], measures: [] });
    expect(rows.map((r) => [r.target, r.status])).toEqual([
      [euro(100), "open"],
      [0, "filled"],
    ]);
    expect(rows[0]?.assessment.message.en).toContain("not filled");
    expectCode(() => savingsTarget({ id: "t", description: "", target: euro(1), years: [2025], measures: [{ id: "m", description: "", state: "maybe" as never, amounts: [] }] }), "invalid_option");
    expectCode(() => savingsTarget({ id: "t", description: "", target: 0.5 as Cents, years: [2025], measures: [] }), "invalid_amount");
    expectCode(() => savingsTarget({ id: "t", description: "", target: euro(1), years: ["2025" as never], measures: [] }), "invalid_period");
    expectCode(() => savingsTarget({ id: "t", description: "", target: euro(1), years: [2025], measures: "x" as never }), "invalid_option");
  });
});
