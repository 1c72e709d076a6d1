// Issue 18 §4: the netto schuldquote follows the consolidation of 5 November 2015 (D includes BBV art. 36 g),
// the superseded text of 17 July 2015 is named for what it is, and one boundary policy holds for every preset.
import { describe, expect, it } from "vitest";
import { euro, type Cents } from "opkoers/money";
import { KENGETAL_IDS, KENGETAL_SCALES, kengetallen, rateRatio, WEERSTANDSVERMOGEN_SCALE, weerstandsvermogen, type Kengetal, type KengetalBalance, type KengetalOperations } from "opkoers/finance";
import { expectCode } from "./_support.js";

const m = (millions: number): Cents => euro(millions * 1_000_000);
const balance: KengetalBalance = {
  longTermDebt: m(200), netFloatingDebt: m(20), accruedLiabilities: m(15), longTermInvestments: m(5), contributionsToThirdPartyAssets: m(10), longTermLoansGiven: m(30),
  shortTermInvestments: m(10), cash: m(1), accruedAssets: m(9), equity: m(90), totalLiabilities: m(360), landNotInDevelopment: m(3), landInDevelopment: m(27),
};
const operations: KengetalOperations = { totalRevenue: m(250), totalExpenses: m(248), incidentalRevenue: m(4), incidentalExpenses: m(6), structuralAdditions: m(1), structuralWithdrawals: m(2) };

describe("kengetallen: which text each formula follows", () => {
  it("counts bijdragen aan activa in eigendom van derden (art. 36 g) in D of both netto schuldquotes", () => {
    const [fk1, fk2] = kengetallen({ balance, operations });
    // (200 + 20 + 15 − (5 + 10) − 10 − 1 − 9) / 250 = 200 / 250 = 80 %
    const expected: Kengetal = {
      id: "nettoSchuldquote",
      code: "fk.1",
      name: KENGETAL_SCALES.nettoSchuldquote.name,
      numerator: m(200),
      denominator: m(250),
      value: { defined: true, value: 80, scaled: 800, decimals: 1, exact: "80", text: { nl: "80,0 %", en: "80.0 %" } } as never,
      rating: { code: "A", rank: 0, label: { nl: "minst risicovol", en: "least risky" }, onBoundary: null, boundaries: [{ value: "90", belongsTo: "worse" }, { value: "130", belongsTo: "better" }] },
      assessment: {
        status: "A",
        ruleId: "bbv.kengetal.signal",
        subject: "fk.1",
        inputs: {
          longTermDebt: m(200), netFloatingDebt: m(20), accruedLiabilities: m(15), longTermInvestments: m(5), contributionsToThirdPartyAssets: m(10), shortTermInvestments: m(10), cash: m(1), accruedAssets: m(9),
          totalRevenue: m(250), text: "Regeling kengetallen (BWBR0036853), consolidation of 5 November 2015", numerator: String(m(200)), denominator: String(m(250)),
        },
        thresholds: { scale: "kengetal.nettoSchuldquote", direction: "lowerIsBetter", boundaries: [{ value: "90", belongsTo: "worse" }, { value: "130", belongsTo: "better" }], placement: "asScale", rateOn: "exact", decimals: 1, rounding: "halfUp", source: KENGETAL_SCALES.nettoSchuldquote.source },
        message: { nl: "Netto schuldquote: 80,0 % — A (minst risicovol) (grenzen: 90 % hoort bij B; 130 % hoort bij B).", en: "Net debt ratio: 80.0 % — A (least risky) (boundaries: 90 % belongs to B; 130 % belongs to B)." },
        severity: "info",
      },
    };
    expect({ ...fk1, value: { ...fk1!.value } }).toMatchObject({ ...expected, value: { defined: true, value: 80, text: { nl: "80,0 %", en: "80.0 %" } } });
    expect(fk1?.assessment).toEqual(expected.assessment);
    // gecorrigeerd: D also holds art. 36 b and c: (200 − 30) / 250 = 68 %
    expect([fk2?.numerator, fk2?.value.defined && fk2.value.value, fk2?.assessment.inputs["contributionsToThirdPartyAssets"]]).toEqual([m(170), 68, m(10)]);
    expect(fk2?.assessment.inputs["text"]).toBe("Regeling kengetallen (BWBR0036853), consolidation of 5 November 2015");
    // the input is required: leaving it out is an error, not a silent 0
    const { contributionsToThirdPartyAssets: _, ...old } = balance;
    expectCode(() => kengetallen({ balance: old as never, operations }), "invalid_amount");
  });

  it('names the superseded text of 17 July 2015; "regeling2015" is its deprecated alias', () => {
    const practice = kengetallen({ operations })[0]!;
    const superseded = kengetallen({ operations }, { structureleExploitatieruimte: "supersededJuly2015" })[0]!;
    const alias = kengetallen({ operations }, { structureleExploitatieruimte: "regeling2015" })[0]!;
    // practice: (250 − 4) − (248 − 6) + (2 − 1) = 5; superseded: (250 − 6) − (248 − 4) + 1 = 1
    expect([practice.numerator, superseded.numerator]).toEqual([m(5), m(1)]);
    expect(alias).toEqual(superseded);
    expect([practice.assessment.inputs["reading"], practice.assessment.inputs["text"]]).toEqual(["practice", "Regeling kengetallen (BWBR0036853), consolidation of 5 November 2015"]);
    expect([superseded.assessment.inputs["reading"], superseded.assessment.inputs["text"]]).toEqual(["supersededJuly2015", "Regeling kengetallen (BWBR0036853), text of 17 July 2015 (superseded)"]);
    expectCode(() => kengetallen({ operations }, { structureleExploitatieruimte: "regeling" as never }), "invalid_option");
  });
});

describe("one boundary policy: the table read literally, open boundaries to the better class", () => {
  // [scale, the value of each boundary, the class exactly on it by default, with "better", with "worse"]
  const cases: readonly [keyof typeof KENGETAL_SCALES, readonly string[], readonly string[], readonly string[], readonly string[]][] = [
    ["nettoSchuldquote", ["90", "130"], ["B", "B"], ["A", "B"], ["B", "C"]],
    ["nettoSchuldquoteGecorrigeerd", ["90", "130"], ["B", "B"], ["A", "B"], ["B", "C"]],
    ["solvabiliteitsratio", ["50", "20"], ["B", "B"], ["A", "B"], ["B", "C"]],
    ["structureleExploitatieruimte", ["0", "0"], ["B", "B"], ["A", "A"], ["C", "C"]],
    ["grondexploitatie", ["20", "35"], ["B", "B"], ["A", "B"], ["B", "C"]],
    ["belastingcapaciteit", ["95", "105"], ["B", "B"], ["A", "B"], ["B", "C"]],
  ];
  it("places every kengetal boundary exactly, by rateRatio and by kengetallen", () => {
    expect(cases.map((c) => c[0])).toEqual(KENGETAL_IDS);
    for (const [id, values, asScale, better, worse] of cases) {
      expect(values.map((v) => rateRatio(v, KENGETAL_SCALES[id]).code), id).toEqual(asScale);
      expect(values.map((v) => rateRatio(v, KENGETAL_SCALES[id], { boundaries: "better" }).code), id).toEqual(better);
      expect(values.map((v) => rateRatio(v, KENGETAL_SCALES[id], { boundaries: "worse" }).code), id).toEqual(worse);
    }
    // through kengetallen: a belastingcapaciteit of exactly 95 % and 105 %
    const housing = (total: number) => ({ ozb: euro(total), sewerage: euro(0), waste: euro(0), discount: euro(0), nationalAverage: euro(1000) });
    expect([950, 1050, 949.99, 1050.01].map((t) => kengetallen({ housingCosts: housing(t) })[0]?.rating?.code)).toEqual(["B", "B", "A", "C"]);
    expect([950, 1050].map((t) => kengetallen({ housingCosts: housing(t) }, { boundaries: "better" })[0]?.rating?.code)).toEqual(["A", "B"]);
    expect([950, 1050].map((t) => kengetallen({ housingCosts: housing(t) }, { boundaries: "worse" })[0]?.rating?.code)).toEqual(["B", "C"]);
    expect(kengetallen({ housingCosts: housing(950) })[0]?.rating?.onBoundary).toEqual({ value: "95", belongsTo: "worse" });
  });

  it("places every NAR boundary exactly: 2,0 is B (A: > 2,0), 0,6 is E (F: < 0,6), the open ones go to the better class", () => {
    const ratios = [[2, 1], [14, 10], [1, 1], [8, 10], [6, 10]] as const;
    const codes = (options = {}) => ratios.map(([a, r]) => weerstandsvermogen(euro(a * 1000), euro(r * 1000), options).rating?.code);
    expect(codes()).toEqual(["B", "B", "C", "D", "E"]);
    expect(codes({ boundaries: "better" })).toEqual(["A", "B", "C", "D", "E"]);
    expect(codes({ boundaries: "worse" })).toEqual(["B", "C", "D", "E", "F"]);
    expect(["2.0000001", "2", "1.9999999", "0.6", "0.5999999"].map((v) => rateRatio(v, WEERSTANDSVERMOGEN_SCALE).code)).toEqual(["A", "B", "B", "E", "F"]);
    expect(WEERSTANDSVERMOGEN_SCALE.boundaries).toEqual([
      { value: "2", belongsTo: "worse" },
      { value: "1.4", belongsTo: "better" },
      { value: "1", belongsTo: "better" },
      { value: "0.8", belongsTo: "better" },
      { value: "0.6", belongsTo: "better" },
    ]);
    const w = weerstandsvermogen(euro(2000), euro(1000));
    expect(w.rating?.onBoundary).toEqual({ value: "2", belongsTo: "worse" });
    expect(w.assessment.message.en).toBe("Resilience ratio: 2.00 — B (more than sufficient) (boundaries: 2 belongs to B; 1.4 belongs to B; 1 belongs to C; 0.8 belongs to D; 0.6 belongs to E).");
    expect(w.assessment.thresholds).toEqual({
      scale: "weerstandsvermogen.nar",
      direction: "higherIsBetter",
      boundaries: WEERSTANDSVERMOGEN_SCALE.boundaries,
      placement: "asScale",
      rateOn: "exact",
      decimals: 2,
      rounding: "halfUp",
      source: WEERSTANDSVERMOGEN_SCALE.source,
    });
  });
});
