import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, type Cents } from "opkoers/money";
import { exactValue, kengetallen, KENGETAL_IDS, KENGETAL_SCALES, rateRatio, weerstandsvermogen, WEERSTANDSVERMOGEN_SCALE, type KengetalBalance, type RatingScale } from "opkoers/finance";
import { expectCode } from "./_support.js";

const scales: readonly RatingScale[] = [...Object.values(KENGETAL_SCALES), WEERSTANDSVERMOGEN_SCALE];
const placement = fc.constantFrom("asScale" as const, "better" as const, "worse" as const);
// A value as a fraction of integers (numerator in thousandths of the unit), so boundaries are hit exactly often.
const value = fc.oneof(fc.integer({ min: -300_000, max: 300_000 }), fc.constantFrom(0, 600, 800, 1000, 1400, 2000, 20_000, 35_000, 50_000, 90_000, 95_000, 105_000, 130_000));
const asRatio = (thousandths: number) => ({ numerator: thousandths, denominator: 1000 });

/** A random valid scale: 1–6 classes, boundaries monotone (ties allowed), random placements. */
const randomScale: fc.Arbitrary<RatingScale> = fc
  .record({
    direction: fc.constantFrom("higherIsBetter" as const, "lowerIsBetter" as const),
    bounds: fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.constantFrom("better" as const, "worse" as const)), { maxLength: 5 }),
  })
  .map(({ direction, bounds }) => {
    const sorted = [...bounds].sort((a, b) => (direction === "higherIsBetter" ? b[0] - a[0] : a[0] - b[0]));
    return {
      id: "random",
      name: { nl: "r", en: "r" },
      direction,
      unit: "ratio" as const,
      classes: Array.from({ length: sorted.length + 1 }, (_, i) => ({ code: String.fromCharCode(65 + i), label: { nl: String(i), en: String(i) } })),
      boundaries: sorted.map(([v, belongsTo]) => ({ value: `${v / 1000}`, belongsTo })),
      source: "test",
    };
  });

describe("rateRatio", () => {
  test.prop([fc.oneof(fc.constantFrom(...scales), randomScale), value, value, placement])("ratings are monotone in their ratio", (scale, a, b, boundaries) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const rLow = rateRatio(asRatio(low), scale, { boundaries }).rank;
    const rHigh = rateRatio(asRatio(high), scale, { boundaries }).rank;
    if (scale.direction === "higherIsBetter") expect(rHigh).toBeLessThanOrEqual(rLow);
    else expect(rHigh).toBeGreaterThanOrEqual(rLow);
    // ±∞ sit at the ends
    const best = rateRatio({ numerator: scale.direction === "higherIsBetter" ? 1 : -1, denominator: 0 }, scale, { boundaries }).rank;
    const worst = rateRatio({ numerator: scale.direction === "higherIsBetter" ? -1 : 1, denominator: 0 }, scale, { boundaries }).rank;
    expect(best).toBeLessThanOrEqual(Math.min(rLow, rHigh));
    expect(worst).toBeGreaterThanOrEqual(Math.max(rLow, rHigh));
  });

  test.prop([fc.oneof(fc.constantFrom(...scales), randomScale), placement])("every boundary is placed where the chosen inclusivity option says", (scale, boundaries) => {
    scale.boundaries.forEach((b, i) => {
      const wanted = boundaries === "asScale" ? b.belongsTo : boundaries;
      const rating = rateRatio(b.value, scale, { boundaries });
      expect(rating.onBoundary?.value).toBe(scale.boundaries.find((x) => x.value === b.value)?.value);
      // just off the boundary (by 10^-9), on each side (boundaries here have at most 3 decimals)
      const thousandths = Math.round(Number(b.value) * 1000);
      const better = scale.direction === "higherIsBetter" ? 1 : -1;
      const nearBetter = rateRatio({ numerator: thousandths * 1_000_000 + better, denominator: 1e9 }, scale, { boundaries }).rank;
      const nearWorse = rateRatio({ numerator: thousandths * 1_000_000 - better, denominator: 1e9 }, scale, { boundaries }).rank;
      expect(nearBetter).toBeLessThanOrEqual(rating.rank);
      expect(nearWorse).toBeGreaterThanOrEqual(rating.rank);
      expect(nearWorse - nearBetter).toBeGreaterThanOrEqual(1); // the boundary separates two classes
      // with distinct neighbours, the boundary value goes to class i ("better") or i + 1 ("worse")
      const distinct = scale.boundaries.filter((x) => x.value === b.value).length === 1;
      if (distinct) expect(rating.rank).toBe(wanted === "better" ? i : i + 1);
    });
  });

  it("reads the presets as documented", () => {
    const s = KENGETAL_SCALES.nettoSchuldquote;
    expect(["89.999999", "90", "130", "130.000001"].map((v) => rateRatio(v, s).code)).toEqual(["A", "B", "B", "C"]);
    expect(["90", "130"].map((v) => rateRatio(v, s, { boundaries: "better" }).code)).toEqual(["A", "B"]);
    expect(["90", "130"].map((v) => rateRatio(v, s, { boundaries: "worse" }).code)).toEqual(["B", "C"]);
    expect(["50", "20", "19.9"].map((v) => rateRatio(v, KENGETAL_SCALES.solvabiliteitsratio).code)).toEqual(["B", "B", "C"]);
    expect(["0", "0.0000001"].map((v) => rateRatio(v, KENGETAL_SCALES.structureleExploitatieruimte, { boundaries: "better" }).code)).toEqual(["A", "A"]);
    expect(rateRatio("0", KENGETAL_SCALES.structureleExploitatieruimte, { boundaries: "worse" }).code).toBe("C");
    expect(["2", "1.99", "1.4", "1", "0.8", "0.6", "0.59"].map((v) => rateRatio(v, WEERSTANDSVERMOGEN_SCALE).code)).toEqual(["B", "B", "B", "C", "D", "E", "F"]);
    expect(KENGETAL_IDS.map((id) => KENGETAL_SCALES[id].classes.length)).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it("rejects malformed scales and values", () => {
    const s = KENGETAL_SCALES.grondexploitatie;
    expectCode(() => rateRatio("1", { ...s, boundaries: [s.boundaries[1]!, s.boundaries[0]!] }), "invalid_option");
    expectCode(() => rateRatio("1", { ...s, boundaries: [s.boundaries[0]!] }), "invalid_option");
    expectCode(() => rateRatio("1", { ...s, direction: "up" as never }), "invalid_option");
    expectCode(() => rateRatio("1", { ...s, unit: "pct" as never }), "invalid_option");
    expectCode(() => rateRatio("1", { ...s, classes: [] }), "invalid_option");
    expectCode(() => rateRatio("1", { ...s, boundaries: [{ value: 20 as never, belongsTo: "worse" }, s.boundaries[1]!] }), "invalid_option");
    expectCode(() => rateRatio("1", { ...s, boundaries: [{ value: "20", belongsTo: "both" as never }, s.boundaries[1]!] }), "invalid_option");
    expectCode(() => rateRatio("1", { ...s, boundaries: [{ value: "x", belongsTo: "worse" }, s.boundaries[1]!] }), "invalid_factor");
    expectCode(() => rateRatio(0.5, s), "invalid_factor");
    expectCode(() => rateRatio({ numerator: 0, denominator: 0 }, s), "division_by_zero");
    expectCode(() => rateRatio("1", s, { boundaries: "up" as never }), "invalid_option");
    expectCode(() => rateRatio("1", null as never), "invalid_option");
    expectCode(() => rateRatio({ n: 1 } as never, s), "invalid_factor");
  });
});

describe("exactValue", () => {
  test.prop([fc.integer(), fc.integer({ min: 1, max: 2 ** 40 })])("rounds the exact quotient once", (n, d) => {
    const v = exactValue({ numerator: n, denominator: d }, { unit: "percent", decimals: 2, rounding: "down" });
    if (!v.defined) throw new Error("defined");
    expect(BigInt(v.scaled)).toBe((() => {
      const num = BigInt(n) * 10000n;
      const q = num / BigInt(d);
      return num % BigInt(d) !== 0n && num < 0n ? q - 1n : q;
    })());
    expect(Number(v.numerator) / Number(v.denominator)).toBeCloseTo((n * 100) / d, 6);
  });
  it("never gives NaN", () => {
    expect(exactValue({ numerator: -5, denominator: 0 })).toEqual({ defined: false, reason: "zeroDenominator", sign: -1 });
    expect(exactValue("0.125", { decimals: 2 })).toMatchObject({ text: { nl: "0,13", en: "0.13" } });
    expect(exactValue("-1234.5", { unit: "ratio", decimals: 0, rounding: "halfEven" })).toMatchObject({ text: { nl: "-1.234", en: "-1,234" } });
    expectCode(() => exactValue("1", { decimals: 11 }), "invalid_option");
    expectCode(() => exactValue("1", { unit: "permille" as never }), "invalid_option");
    expectCode(() => exactValue({ numerator: Number.MAX_SAFE_INTEGER, denominator: 1 }, { decimals: 10 }), "amount_out_of_range");
  });
});

describe("kengetallen", () => {
  const c = fc.integer({ min: 0, max: 10 ** 12 }).map((n) => n as Cents);
  const balance: fc.Arbitrary<KengetalBalance> = fc.record({
    longTermDebt: c, netFloatingDebt: c, accruedLiabilities: c, longTermInvestments: c, contributionsToThirdPartyAssets: c, longTermLoansGiven: c, shortTermInvestments: c,
    cash: c, accruedAssets: c, equity: c, totalLiabilities: c, landNotInDevelopment: c, landInDevelopment: c,
  });
  const operations = fc.record({ totalRevenue: c, totalExpenses: c, incidentalRevenue: c, incidentalExpenses: c, structuralAdditions: c, structuralWithdrawals: c });
  test.prop([balance, operations, fc.constantFrom("practice" as const, "supersededJuly2015" as const, "regeling2015" as const)])("follow the formulas of the regeling, with a defined result for a zero denominator", (b, o, reading) => {
    const ks = kengetallen({ balance: b, operations: o }, { structureleExploitatieruimte: reading });
    expect(ks.map((k) => k.code)).toEqual(["fk.1", "fk.2", "fk.3", "fk.4", "fk.5"]);
    const byId = Object.fromEntries(ks.map((k) => [k.id, k]));
    // Regeling kengetallen, consolidation of 5 November 2015: D = art. 36 d, e, f and g.
    const net = b.longTermDebt + b.netFloatingDebt + b.accruedLiabilities - b.longTermInvestments - b.contributionsToThirdPartyAssets - b.shortTermInvestments - b.cash - b.accruedAssets;
    expect(byId["nettoSchuldquote"]?.numerator).toBe(net);
    expect(byId["nettoSchuldquoteGecorrigeerd"]?.numerator).toBe(net - b.longTermLoansGiven);
    expect(byId["solvabiliteitsratio"]?.numerator).toBe(b.equity);
    expect(byId["solvabiliteitsratio"]?.denominator).toBe(b.totalLiabilities);
    expect(byId["grondexploitatie"]?.numerator).toBe(b.landNotInDevelopment + b.landInDevelopment);
    const ser = reading === "practice" ? o.totalRevenue - o.incidentalRevenue - (o.totalExpenses - o.incidentalExpenses) : o.totalRevenue - o.incidentalExpenses - (o.totalExpenses - o.incidentalRevenue);
    expect(byId["structureleExploitatieruimte"]?.numerator).toBe(ser + o.structuralWithdrawals - o.structuralAdditions);
    for (const k of ks) {
      expect(k.assessment.ruleId).toBe("bbv.kengetal.signal");
      if (k.denominator === 0) {
        expect(k.value.defined).toBe(false);
        expect(k.assessment.status).toBe(k.numerator === 0 ? "undetermined" : k.rating?.code);
      } else {
        expect(k.value.defined).toBe(true);
        expect(k.rating?.code).toBe(rateRatio({ numerator: k.numerator * 100, denominator: k.denominator }, KENGETAL_SCALES[k.id]).code);
        expect(k.assessment.status).toBe(k.rating?.code);
      }
      expect(k.assessment.message.nl).toContain(k.name.nl);
      expect(k.assessment.message.en).toContain(KENGETAL_SCALES[k.id].name.en);
    }
  });

  it("rates the presented value when asked, takes other scales, and rejects missing inputs", () => {
    const housing = { ozb: euro(0), sewerage: euro(0), waste: euro("949.99"), discount: euro(0), nationalAverage: euro(1000) }; // 94,999 %
    expect(kengetallen({ housingCosts: housing })[0]?.rating?.code).toBe("A");
    expect(kengetallen({ housingCosts: housing }, { rateOn: "presented" })[0]?.rating?.code).toBe("B"); // shown as 95,0 %
    const own: RatingScale = { ...KENGETAL_SCALES.belastingcapaciteit, boundaries: [{ value: "90", belongsTo: "worse" }, { value: "100", belongsTo: "better" }] };
    expect(kengetallen({ housingCosts: housing }, { scales: { belastingcapaciteit: own } })[0]?.rating?.code).toBe("B");
    expect(kengetallen({ housingCosts: { ...housing, nationalAverage: euro(0) } })[0]?.assessment.status).toBe("C");
    expect(kengetallen({})).toEqual([]);
    expectCode(() => kengetallen({ housingCosts: { ...housing, waste: undefined as never } }), "invalid_amount");
    expectCode(() => kengetallen({ housingCosts: housing }, { structureleExploitatieruimte: "x" as never }), "invalid_option");
    expectCode(() => kengetallen({ housingCosts: housing }, { rateOn: "x" as never }), "invalid_option");
    expectCode(() => kengetallen({ housingCosts: { ...housing, ozb: Number.MAX_SAFE_INTEGER as Cents, sewerage: Number.MAX_SAFE_INTEGER as Cents } }), "amount_out_of_range");
  });
});

describe("weerstandsvermogen", () => {
  test.prop([fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), placement])("rates available / required on the NAR table", (a, r, boundaries) => {
    const w = weerstandsvermogen(a as Cents, r as Cents, { boundaries });
    expect(w.assessment.ruleId).toBe("nar.weerstandsvermogen");
    if (r === 0 && a === 0) expect(w.assessment.status).toBe("undetermined");
    else expect(w.rating?.code).toBe(rateRatio({ numerator: a, denominator: r }, WEERSTANDSVERMOGEN_SCALE, { boundaries }).code);
  });
  it("handles the edges", () => {
    expect(weerstandsvermogen(euro(0), euro(0)).assessment.message.en).toContain("cannot be computed (0/0) — no rating");
    expect(weerstandsvermogen(euro(-1), euro(0)).rating?.code).toBe("F");
    expect(weerstandsvermogen(euro(10), euro(10), { decimals: 1 }).value).toMatchObject({ defined: true, value: 1, text: { nl: "1,0", en: "1.0" } });
    expectCode(() => weerstandsvermogen(0.5 as Cents, euro(1)), "invalid_amount");
    expectCode(() => weerstandsvermogen(euro(1), euro(1), { rounding: "x" as never }), "invalid_rounding_mode");
  });
});
