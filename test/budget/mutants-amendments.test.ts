// Tests that pin the exact assessments, refusals and mutations of the amendment functions
// (assessAmendment, aggregateAmendment, applyAmendment, amendedPhaseIds, the private immer instance):
// the statuses, severities, inputs and bilingual messages are all part of the documented output, so each
// representative case is compared as a whole. Expected values are worked out by hand from the documentation.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { euro } from "opkoers/money";
import type { Assessment } from "opkoers/status";
import {
  aggregateAmendment,
  amendedPhaseIds,
  applyAmendment,
  assessAmendment,
  undoAmendment,
  type Amendment,
  type AmendmentCheckStatus,
  type BudgetDocument,
  type BudgetLine,
  type Mutation,
} from "opkoers/budget";
import { baseDocument, mutationArb } from "./arbitraries.js";

type Check = Assessment<AmendmentCheckStatus>;

const amendment = (mutations: readonly Mutation[]): Amendment => ({ id: "bw-7", number: 7, date: "2024-05-01", decision: "RB-7", mutations });

/** A mutation with amounts in euros. */
function mut(programme: string, taakveld: string, year: number, expenses: number, revenue: number, nature: Mutation["nature"], extra: Partial<Pick<Mutation, "reserve" | "costCentre" | "categorie">> = {}): Mutation {
  return { programme, taakveld, year, expenses: euro(expenses), revenue: euro(revenue), nature, ...extra };
}

const ok = (count: number): Check => ({
  status: "ok",
  ruleId: "budget.amendment.knownCodes",
  subject: "amendments.bw-7",
  inputs: { mutations: count },
  thresholds: {},
  message: { nl: `Alle ${count} mutaties noemen bekende programma's, taakvelden en reserves.`, en: `All ${count} mutations name known programmes, taakvelden and reserves.` },
});

/** The structural assessment of a year, amounts in cents; the status and severity follow from the sign of `structural`. */
function structural(year: number, structuralCents: number, incidentalCents: number, nlAmounts: [string, string]): Check {
  const status: AmendmentCheckStatus = structuralCents < 0 ? "structuralDeficit" : structuralCents > 0 ? "structuralSurplus" : "structurallyNeutral";
  return {
    status,
    ruleId: "budget.amendment.structural",
    subject: `amendments.bw-7.${year}`,
    inputs: { year, structural: structuralCents, incidental: incidentalCents },
    thresholds: {},
    severity: status === "structuralDeficit" ? "warning" : "info",
    message: {
      nl: `${year}: structureel effect ${nlAmounts[0]}, incidenteel effect ${nlAmounts[1]} op het saldo.`,
      en: `${year}: structural effect ${nlAmounts[0]}, incidental effect ${nlAmounts[1]} on the balance.`,
    },
  };
}

/** Catch the error a call throws (fails the test when it does not throw). */
function thrown(f: () => unknown): { code: unknown; message: unknown; details: unknown } {
  try {
    f();
  } catch (error) {
    const e = error as { code: unknown; message: unknown; details: unknown };
    return { code: e.code, message: e.message, details: e.details };
  }
  throw new Error("expected the call to throw");
}

describe("assessAmendment, whole assessments", () => {
  const doc = baseDocument([]);

  it("reports each unknown programme, taakveld and reserve as an error naming the mutation", () => {
    const checks = assessAmendment(
      doc,
      amendment([
        mut("sport", "6.1", 2024, 0, 0, "structureel"),
        mut("zorg", "5.1", 2024, 0, 0, "structureel"),
        mut("zorg", "0.10", 2024, 0, 100, "incidenteel", { reserve: "BR-sport" }),
      ]),
    );
    expect(checks).toStrictEqual([
      {
        status: "unknownProgramme",
        ruleId: "budget.amendment.knownCodes",
        subject: "amendments.bw-7.mutations.0",
        inputs: { programme: "sport", index: 0 },
        thresholds: {},
        severity: "error",
        message: { nl: 'Mutatie 0 van wijziging 7: programma "sport" is onbekend.', en: 'Mutation 0 of amendment 7: programme "sport" is unknown.' },
      },
      {
        status: "unknownTaakveld",
        ruleId: "budget.amendment.knownCodes",
        subject: "amendments.bw-7.mutations.1",
        inputs: { taakveld: "5.1", index: 1 },
        thresholds: {},
        severity: "error",
        message: { nl: 'Mutatie 1 van wijziging 7: taakveld "5.1" is onbekend.', en: 'Mutation 1 of amendment 7: taakveld "5.1" is unknown.' },
      },
      {
        status: "unknownReserve",
        ruleId: "budget.amendment.knownCodes",
        subject: "amendments.bw-7.mutations.2",
        inputs: { reserve: "BR-sport", index: 2 },
        thresholds: {},
        severity: "error",
        message: { nl: 'Mutatie 2 van wijziging 7: reserve "BR-sport" is onbekend.', en: 'Mutation 2 of amendment 7: reserve "BR-sport" is unknown.' },
      },
      // The undeclared reserve still counts as a cover: an earmarked one, named by its code. Nothing in the
      // programmes needed covering, so the withdrawal improves the resultaat.
      {
        status: "surplus",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2024",
        inputs: { year: 2024, effectOnResult: 10000, programmes: 0, covers: [{ kind: "earmarked", code: "BR-sport", amount: 10000 }] },
        thresholds: { neutralAt: 0 },
        severity: "info",
        message: {
          nl: "2024: niet budgetneutraal; het resultaat verandert met € 100,00 (voordeel), na dekking uit de bestemmingsreserve BR-sport (€ 100,00).",
          en: "2024: not budget-neutral; the result changes by € 100,00 (surplus), after cover by the earmarked reserve BR-sport (€ 100,00).",
        },
      },
      structural(2024, 0, 10000, ["€ 0,00", "€ 100,00"]),
    ]);
  });

  it("knows no reserve at all when the document declares none", () => {
    const { reserves: _reserves, ...withoutReserves } = doc;
    const checks = assessAmendment(withoutReserves, amendment([mut("zorg", "6.1", 2024, 0, 0, "incidenteel"), mut("zorg", "0.10", 2024, 0, 0, "incidenteel", { reserve: "AR" })]));
    expect(checks[0]).toStrictEqual({
      status: "unknownReserve",
      ruleId: "budget.amendment.knownCodes",
      subject: "amendments.bw-7.mutations.1",
      inputs: { reserve: "AR", index: 1 },
      thresholds: {},
      severity: "error",
      message: { nl: 'Mutatie 1 van wijziging 7: reserve "AR" is onbekend.', en: 'Mutation 1 of amendment 7: reserve "AR" is unknown.' },
    });
    expect(checks.map((c) => c.status)).toEqual(["unknownReserve", "neutral", "structurallyNeutral"]);
  });

  it("a taakveld the validator rejects is unknown; the validator sees the code and the year", () => {
    const seen: [string, number][] = [];
    const checks = assessAmendment(doc, amendment([mut("zorg", "6.1", 2025, 0, 0, "incidenteel")]), {
      isValidTaakveld: (code, year) => {
        seen.push([code, year]);
        return false;
      },
    });
    expect(seen).toEqual([["6.1", 2025]]);
    expect(checks[0]).toStrictEqual({
      status: "unknownTaakveld",
      ruleId: "budget.amendment.knownCodes",
      subject: "amendments.bw-7.mutations.0",
      inputs: { taakveld: "6.1", index: 0 },
      thresholds: {},
      severity: "error",
      message: { nl: 'Mutatie 0 van wijziging 7: taakveld "6.1" is onbekend.', en: 'Mutation 0 of amendment 7: taakveld "6.1" is unknown.' },
    });
  });

  it("known codes give one ok; an amendment with no effect is neutral", () => {
    const checks = assessAmendment(doc, amendment([mut("zorg", "6.1", 2024, 100, 100, "structureel")]));
    expect(checks).toStrictEqual([
      ok(1),
      {
        status: "neutral",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2024",
        inputs: { year: 2024, effectOnResult: 0, programmes: 0, covers: [] },
        thresholds: { neutralAt: 0 },
        severity: "info",
        message: { nl: "2024: budgetneutraal; het resultaat verandert niet.", en: "2024: budget-neutral; the result does not change." },
      },
      structural(2024, 0, 0, ["€ 0,00", "€ 0,00"]),
    ]);
    expect(assessAmendment(doc, amendment([]))).toStrictEqual([ok(0)]);
  });

  it("a deficit in the programmes covered by the algemene reserve is budget-neutral (the documented example)", () => {
    const checks = assessAmendment(doc, amendment([mut("zorg", "6.1", 2024, 250000, 0, "incidenteel"), mut("zorg", "0.10", 2024, 0, 250000, "incidenteel", { reserve: "AR" })]));
    expect(checks).toStrictEqual([
      ok(2),
      {
        status: "covered",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2024",
        inputs: { year: 2024, effectOnResult: 0, programmes: -25_000_000, covers: [{ kind: "general", code: "AR", amount: 25_000_000 }] },
        thresholds: { neutralAt: 0 },
        severity: "info",
        message: {
          nl: "2024: budgetneutraal; nadeel in de programma's van € -250.000,00 gedekt uit de algemene reserve Algemene reserve (€ 250.000,00).",
          en: "2024: budget-neutral; deficit in the programmes of € -250.000,00 covered by the general reserve Algemene reserve (€ 250.000,00).",
        },
      },
      structural(2024, 0, 0, ["€ 0,00", "€ 0,00"]),
    ]);
  });

  it("a surplus in the programmes added to two reserves is covered, the covers listed in order", () => {
    const checks = assessAmendment(
      doc,
      amendment([
        mut("zorg", "6.1", 2025, 0, 300, "structureel"),
        mut("zorg", "0.10", 2025, 200, 0, "incidenteel", { reserve: "BR-zorg" }),
        mut("financien", "0.10", 2025, 100, 0, "incidenteel", { reserve: "AR" }),
      ]),
    );
    expect(checks).toStrictEqual([
      ok(3),
      {
        status: "covered",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2025",
        inputs: {
          year: 2025,
          effectOnResult: 0,
          programmes: 30000,
          covers: [
            { kind: "earmarked", code: "BR-zorg", amount: -20000 },
            { kind: "general", code: "AR", amount: -10000 },
          ],
        },
        thresholds: { neutralAt: 0 },
        severity: "info",
        message: {
          nl: "2025: budgetneutraal; voordeel in de programma's van € 300,00 gedekt uit de bestemmingsreserve Reserve zorg (€ -200,00), de algemene reserve Algemene reserve (€ -100,00).",
          en: "2025: budget-neutral; surplus in the programmes of € 300,00 covered by the earmarked reserve Reserve zorg (€ -200,00), the general reserve Algemene reserve (€ -100,00).",
        },
      },
      structural(2025, 30000, -30000, ["€ 300,00", "€ -300,00"]),
    ]);
  });

  it("recognises onvoorzien only on its taakveld, programme and cost centre", () => {
    const withOnvoorzien: BudgetDocument = { ...doc, onvoorzien: { programme: "financien", taakveld: "0.8", costCentre: "onv" } };
    const checks = assessAmendment(
      withOnvoorzien,
      amendment([
        mut("zorg", "6.1", 2026, 150, 0, "structureel"), // programmes −150
        mut("financien", "0.8", 2026, -50, 0, "incidenteel", { costCentre: "onv" }), // onvoorzien +50
        mut("bestuur", "0.8", 2026, -20, 0, "incidenteel", { costCentre: "onv" }), // another programme: programmes +20
        mut("financien", "0.8", 2026, -30, 0, "incidenteel", { costCentre: "other" }), // another cost centre: programmes +30
        mut("financien", "6.1", 2026, 0, 50, "structureel", { costCentre: "onv" }), // another taakveld: programmes +50
      ]),
    );
    expect(checks).toStrictEqual([
      ok(5),
      {
        status: "covered",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2026",
        inputs: { year: 2026, effectOnResult: 0, programmes: -5000, covers: [{ kind: "onvoorzien", code: "onvoorzien", amount: 5000 }] },
        thresholds: { neutralAt: 0 },
        severity: "info",
        message: {
          nl: "2026: budgetneutraal; nadeel in de programma's van € -50,00 gedekt uit onvoorzien (€ 50,00).",
          en: "2026: budget-neutral; deficit in the programmes of € -50,00 covered by onvoorzien (€ 50,00).",
        },
      },
      structural(2026, -10000, 10000, ["€ -100,00", "€ 100,00"]),
    ]);
  });

  it("onvoorzien without programme or cost centre is any mutation on its taakveld", () => {
    const withOnvoorzien: BudgetDocument = { ...doc, onvoorzien: { taakveld: "0.8" } };
    const checks = assessAmendment(withOnvoorzien, amendment([mut("zorg", "6.1", 2024, 10, 0, "incidenteel"), mut("bestuur", "0.8", 2024, -10, 0, "incidenteel", { costCentre: "x" })]));
    expect(checks[1]?.inputs).toStrictEqual({ year: 2024, effectOnResult: 0, programmes: -1000, covers: [{ kind: "onvoorzien", code: "onvoorzien", amount: 1000 }] });
    expect(checks[1]?.status).toBe("covered");
  });

  it("reports deficits and surpluses per year in ascending order, leaving out 0.11", () => {
    const checks = assessAmendment(
      doc,
      amendment([
        mut("wonen", "8.3", 2027, 0, 40, "structureel"),
        mut("zorg", "6.1", 2024, 300, 0, "structureel"),
        mut("zorg", "0.10", 2024, 0, 100, "incidenteel", { reserve: "AR" }),
        mut("bestuur", "0.1", 2025, 75, 0, "incidenteel"),
        mut("financien", "0.11", 2026, 0, 999, "incidenteel"), // the resultaat itself: no assessment for 2026
      ]),
    );
    expect(checks).toStrictEqual([
      ok(5),
      {
        status: "deficit",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2024",
        inputs: { year: 2024, effectOnResult: -20000, programmes: -30000, covers: [{ kind: "general", code: "AR", amount: 10000 }] },
        thresholds: { neutralAt: 0 },
        severity: "warning",
        message: {
          nl: "2024: niet budgetneutraal; het resultaat verandert met € -200,00 (nadeel), na dekking uit de algemene reserve Algemene reserve (€ 100,00).",
          en: "2024: not budget-neutral; the result changes by € -200,00 (deficit), after cover by the general reserve Algemene reserve (€ 100,00).",
        },
      },
      structural(2024, -30000, 10000, ["€ -300,00", "€ 100,00"]),
      {
        status: "deficit",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2025",
        inputs: { year: 2025, effectOnResult: -7500, programmes: -7500, covers: [] },
        thresholds: { neutralAt: 0 },
        severity: "warning",
        message: { nl: "2025: niet budgetneutraal; het resultaat verandert met € -75,00 (nadeel).", en: "2025: not budget-neutral; the result changes by € -75,00 (deficit)." },
      },
      structural(2025, 0, -7500, ["€ 0,00", "€ -75,00"]),
      {
        status: "surplus",
        ruleId: "budget.amendment.neutral",
        subject: "amendments.bw-7.2027",
        inputs: { year: 2027, effectOnResult: 4000, programmes: 4000, covers: [] },
        thresholds: { neutralAt: 0 },
        severity: "info",
        message: { nl: "2027: niet budgetneutraal; het resultaat verandert met € 40,00 (voordeel).", en: "2027: not budget-neutral; the result changes by € 40,00 (surplus)." },
      },
      structural(2027, 4000, 0, ["€ 40,00", "€ 0,00"]),
    ]);
  });

  it("a reserve whose mutations cancel out is no cover", () => {
    const checks = assessAmendment(doc, amendment([mut("zorg", "0.10", 2024, 100, 0, "incidenteel", { reserve: "BR-zorg" }), mut("zorg", "0.10", 2024, 0, 100, "incidenteel", { reserve: "BR-zorg" })]));
    expect(checks[1]).toStrictEqual({
      status: "neutral",
      ruleId: "budget.amendment.neutral",
      subject: "amendments.bw-7.2024",
      inputs: { year: 2024, effectOnResult: 0, programmes: 0, covers: [] },
      thresholds: { neutralAt: 0 },
      severity: "info",
      message: { nl: "2024: budgetneutraal; het resultaat verandert niet.", en: "2024: budget-neutral; the result does not change." },
    });
  });

  // The effects by hand, with BigInt: per year (0.11 left out) the total, the programmes part (no reserve,
  // no onvoorzien in this document) and the structural part.
  test.prop([fc.array(mutationArb, { maxLength: 12 })])("statuses, severities and sums agree with the effects computed by hand, years ascending", (mutations) => {
    const checks = assessAmendment(doc, amendment(mutations));
    expect(checks[0]).toStrictEqual(ok(mutations.length));
    const years = new Map<number, { total: bigint; programmes: bigint; structural: bigint; incidental: bigint }>();
    for (const m of mutations) {
      if (m.taakveld === "0.11") continue;
      const y = years.get(m.year) ?? { total: 0n, programmes: 0n, structural: 0n, incidental: 0n };
      const e = BigInt(m.revenue) - BigInt(m.expenses);
      y.total += e;
      if (m.reserve === undefined) y.programmes += e;
      if (m.nature === "structureel") y.structural += e;
      else y.incidental += e;
      years.set(m.year, y);
    }
    const expectedYears = [...years.keys()].sort((a, b) => a - b);
    const perYear = checks.slice(1);
    expect(perYear.map((c) => [c.ruleId, c.inputs["year"]])).toEqual(expectedYears.flatMap((y) => [["budget.amendment.neutral", y], ["budget.amendment.structural", y]]));
    for (let i = 0; i < expectedYears.length; i++) {
      const sums = years.get(expectedYears[i] as number) as { total: bigint; programmes: bigint; structural: bigint; incidental: bigint };
      const neutral = perYear[2 * i] as Check;
      const struct = perYear[2 * i + 1] as Check;
      expect(BigInt(neutral.inputs["effectOnResult"] as number)).toBe(sums.total);
      expect(BigInt(neutral.inputs["programmes"] as number)).toBe(sums.programmes);
      const covers = neutral.inputs["covers"] as { amount: number }[];
      expect(covers.every((c) => c.amount !== 0)).toBe(true);
      expect(BigInt(covers.reduce((s, c) => s + c.amount, 0))).toBe(sums.total - sums.programmes);
      const expectedStatus = sums.total < 0n ? "deficit" : sums.total > 0n ? "surplus" : sums.programmes === 0n ? "neutral" : "covered";
      expect(neutral.status).toBe(expectedStatus);
      expect(neutral.severity).toBe(expectedStatus === "deficit" ? "warning" : "info");
      expect(neutral.message.nl.startsWith(`${expectedYears[i]}: ${expectedStatus === "deficit" || expectedStatus === "surplus" ? "niet budgetneutraal" : "budgetneutraal"}`)).toBe(true);
      expect(BigInt(struct.inputs["structural"] as number)).toBe(sums.structural);
      expect(BigInt(struct.inputs["incidental"] as number)).toBe(sums.incidental);
      const structuralStatus = sums.structural < 0n ? "structuralDeficit" : sums.structural > 0n ? "structuralSurplus" : "structurallyNeutral";
      expect(struct.status).toBe(structuralStatus);
      expect(struct.severity).toBe(structuralStatus === "structuralDeficit" ? "warning" : "info");
    }
  });
});

describe("applyAmendment, refusals word for word", () => {
  const doc = baseDocument([{ programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: euro(1000), revenue: euro(200), nature: "structureel" }]);
  const bw: Amendment = { id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-2024-31", mutations: [mut("zorg", "6.1", 2024, 100, 0, "incidenteel")] };
  const m0 = bw.mutations[0] as Mutation;

  const issue = (path: (string | number)[], code: string, message: string) => ({ path, code, message });

  it("refuses an id that is not a string", () => {
    expect(thrown(() => applyAmendment(doc, { ...bw, id: 5 as unknown as string }))).toStrictEqual({
      code: "invalid_amendment",
      message: "[opkoers] Amendment 5 cannot be applied: id: An amendment id must be a text code.",
      details: { amendment: 5, issues: [issue(["id"], "invalid_type", "An amendment id must be a text code.")] },
    });
  });

  it("refuses an id or number another amendment already has", () => {
    const once = applyAmendment(doc, bw).document;
    expect(thrown(() => applyAmendment(once, { ...bw, number: 2 }))).toStrictEqual({
      code: "invalid_amendment",
      message: '[opkoers] Amendment "bw-1" cannot be applied: id: The id "bw-1" of amendment 2 is already used by another phase or amendment.',
      details: { amendment: "bw-1", issues: [issue(["id"], "duplicate", 'The id "bw-1" of amendment 2 is already used by another phase or amendment.')] },
    });
    expect(thrown(() => applyAmendment(once, { ...bw, id: "bw-2" }))).toStrictEqual({
      code: "invalid_amendment",
      message: '[opkoers] Amendment "bw-2" cannot be applied: number: Amendment number 1 is used twice.',
      details: { amendment: "bw-2", issues: [issue(["number"], "duplicate", "Amendment number 1 is used twice.")] },
    });
  });

  it("refuses a date that is not ISO, naming the amendment", () => {
    expect(thrown(() => applyAmendment(doc, { ...bw, date: "14-03-2024" }))).toStrictEqual({
      code: "invalid_date",
      message: '[opkoers] Amendment "bw-1" cannot be applied: date: A date must be written YYYY-MM-DD.',
      details: { amendment: "bw-1", issues: [issue(["date"], "invalid_format", "A date must be written YYYY-MM-DD.")] },
    });
  });

  it("refuses a date that has the pattern but is no real day, once", () => {
    const message = "A date must be a real calendar date written YYYY-MM-DD, years 0001–9999.";
    for (const date of ["2023-02-30", "2024-04-31", "0000-01-01"]) {
      expect(thrown(() => applyAmendment(doc, { ...bw, date }))).toStrictEqual({
        code: "invalid_date",
        message: `[opkoers] Amendment "bw-1" cannot be applied: date: ${message}`,
        details: { amendment: "bw-1", issues: [issue(["date"], "custom", message)] },
      });
    }
  });

  it("refuses undeclared codes, naming the mutation and its index", () => {
    expect(thrown(() => applyAmendment(doc, { ...bw, mutations: [m0, { ...m0, programme: "sport" }] }))).toStrictEqual({
      code: "invalid_amendment",
      message: '[opkoers] Amendment "bw-1" cannot be applied: mutations.1.programme: The programme "sport" is not declared by the document.',
      details: { amendment: "bw-1", index: 1, issues: [issue(["mutations", 1, "programme"], "unknown_programme", 'The programme "sport" is not declared by the document.')] },
    });
    expect(thrown(() => applyAmendment(doc, { ...bw, mutations: [m0, { ...m0, taakveld: "5.1" }] }))).toStrictEqual({
      code: "invalid_amendment",
      message: '[opkoers] Amendment "bw-1" cannot be applied: mutations.1.taakveld: The taakveld "5.1" is not declared by the document.',
      details: { amendment: "bw-1", index: 1, issues: [issue(["mutations", 1, "taakveld"], "unknown_taakveld", 'The taakveld "5.1" is not declared by the document.')] },
    });
    const { reserves: _reserves, ...withoutReserves } = doc;
    expect(thrown(() => applyAmendment(withoutReserves, { ...bw, mutations: [{ ...m0, taakveld: "0.10", reserve: "AR" }] }))).toStrictEqual({
      code: "invalid_amendment",
      message: '[opkoers] Amendment "bw-1" cannot be applied: mutations.0.reserve: The reserve "AR" is not declared by the document.',
      details: { amendment: "bw-1", index: 0, issues: [issue(["mutations", 0, "reserve"], "unknown_reserve", 'The reserve "AR" is not declared by the document.')] },
    });
  });

  it("lists at most five issues in the message, and all of them in the details", () => {
    const bad = Array.from({ length: 7 }, (_, i) => ({ ...m0, programme: `onbekend-${i}` }));
    const error = thrown(() => applyAmendment(doc, { ...bw, mutations: bad }));
    expect(String(error.message).endsWith('mutations.4.programme: The programme "onbekend-4" is not declared by the document (and 2 more).')).toBe(true);
    expect((error.details as { issues: unknown[] }).issues.length).toBe(7);
  });

  it("never freezes the new document, the caller's amendment or the undone document; stores a frozen copy", () => {
    const mine: Amendment = { ...bw, mutations: [{ ...m0 }] };
    const result = applyAmendment(doc, mine);
    expect(result.document.amendments[0]).not.toBe(mine);
    expect(result.document.amendments[0]).toEqual(mine);
    expect(Object.isFrozen(result.document.amendments[0])).toBe(true);
    expect(Object.isFrozen(result.document.amendments[0]?.mutations)).toBe(true);
    expect(Object.isFrozen(result.document.amendments[0]?.mutations[0])).toBe(true);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.mutations)).toBe(false);
    expect(Object.isFrozen(mine.mutations[0])).toBe(false);
    expect(Object.isFrozen(result.document)).toBe(false);
    expect(Object.isFrozen(result.document.amendments)).toBe(false);
    const undone = undoAmendment(result.document, result.inversePatches);
    expect(undone).toEqual(doc);
    expect(Object.isFrozen(undone)).toBe(false);
    // The input document is left alone and stays usable for a second, different amendment.
    expect(Object.isFrozen(doc)).toBe(false);
    expect(applyAmendment(doc, { ...bw, id: "bw-9", number: 9 }).document.amendments.map((a) => a.id)).toEqual(["bw-9"]);
  });
});

describe("amendedPhaseIds, the asOf date", () => {
  const doc = baseDocument([], [
    { id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-31", mutations: [] },
    { id: "bw-2", number: 2, date: "2024-07-04", decision: "RB-88", mutations: [] },
    { id: "bw-3", number: 3, date: "2024-07-05", decision: "RB-89", status: "proposed", mutations: [] },
  ]);

  it("counts an amendment adopted on the asOf date itself", () => {
    expect(amendedPhaseIds(doc, "2024-07-04")).toEqual(["primitief", "bw-1", "bw-2"]);
    expect(amendedPhaseIds(doc, "2024-07-03")).toEqual(["primitief", "bw-1"]);
    expect(amendedPhaseIds(doc, "2024-03-14")).toEqual(["primitief", "bw-1"]);
    expect(amendedPhaseIds(doc, "2024-03-13")).toEqual(["primitief"]);
    expect(amendedPhaseIds(doc)).toEqual(["primitief", "bw-1", "bw-2"]);
  });

  it("refuses an asOf that is not an ISO date, naming it", () => {
    expect(thrown(() => amendedPhaseIds(doc, "30-06-2024"))).toStrictEqual({
      code: "invalid_date",
      message: '[opkoers] asOf must be a real calendar date YYYY-MM-DD, but it is "30-06-2024".',
      details: { value: "30-06-2024" },
    });
    // Also one that would compare "after" every amendment as a string.
    expect(() => amendedPhaseIds(doc, "9999")).toThrowError(expect.objectContaining({ code: "invalid_date" }));
  });

  it("refuses an asOf that matches the pattern but is no real day", () => {
    for (const asOf of ["2023-02-29", "2024-04-31", "0000-01-01"]) expect(() => amendedPhaseIds(doc, asOf)).toThrowError(expect.objectContaining({ code: "invalid_date" }));
  });
});

describe("aggregateAmendment, the exact mutations", () => {
  const line = (programme: string, taakveld: string, year: number, expenses: number, revenue: number, nature: Mutation["nature"], extra: Partial<Pick<Mutation, "reserve" | "costCentre" | "categorie">> = {}): BudgetLine => ({
    ...mut(programme, taakveld, year, expenses, revenue, nature, extra),
    phase: "primitief",
  });
  const original = baseDocument([
    line("zorg", "6.1", 2024, 900, 100, "structureel", { categorie: "4.3.1", costCentre: "kp-1" }),
    line("zorg", "6.1", 2024, 500, 0, "structureel"),
    line("wonen", "8.3", 2024, 0, 300, "incidenteel"),
    line("bestuur", "0.1", 2024, 200, 0, "structureel"),
    line("wonen", "7.1", 2024, 0, 80, "incidenteel"),
    line("bestuur", "0.1", 2025, 1000, 0, "structureel"), // a year the published figures leave alone
    line("financien", "0.8", 2024, 70, 0, "structureel"),
  ]);
  // An earlier amendment brings financien/0.8 to zero: nothing to take back there.
  const doc = applyAmendment(original, { id: "bw-1", number: 1, date: "2024-03-01", decision: "RB-1", mutations: [mut("financien", "0.8", 2024, -70, 0, "structureel")] }).document;
  const published: Mutation[] = [
    mut("zorg", "6.1", 2024, 900, 160, "structureel", { categorie: "4.3.1", costCentre: "kp-1" }), // only the revenue differs
    mut("zorg", "6.1", 2024, 550, 0, "structureel"), // only the expenses differ
    mut("wonen", "8.3", 2024, 0, 300, "incidenteel"), // agrees
    mut("zorg", "0.10", 2024, 0, 400, "incidenteel", { reserve: "BR-zorg" }), // new
  ];
  const info = { id: "na-wijziging", number: 99, date: "2024-12-31", decision: "jaarrekening 2024" };

  it("gives the differences, keeping categorie, cost centre and reserve only where they are set", () => {
    const bw = aggregateAmendment(doc, published, info);
    const byKey = (m: Mutation): string => [m.programme, m.taakveld, m.categorie ?? "", m.costCentre ?? "", m.year, m.nature, m.reserve ?? ""].join("|");
    const sorted = [...bw.mutations].sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1));
    expect({ ...bw, mutations: sorted }).toStrictEqual({
      ...info,
      mutations: [
        // Lines of 2024 the published figures do not mention are taken back.
        { programme: "bestuur", taakveld: "0.1", year: 2024, expenses: -20000, revenue: 0, nature: "structureel" },
        { programme: "wonen", taakveld: "7.1", year: 2024, expenses: 0, revenue: -8000, nature: "incidenteel" },
        { programme: "zorg", taakveld: "0.10", year: 2024, expenses: 0, revenue: 40000, nature: "incidenteel", reserve: "BR-zorg" },
        { programme: "zorg", taakveld: "6.1", categorie: "4.3.1", costCentre: "kp-1", year: 2024, expenses: 0, revenue: 6000, nature: "structureel" },
        { programme: "zorg", taakveld: "6.1", year: 2024, expenses: 5000, revenue: 0, nature: "structureel" },
      ],
    });
    // Applied, the amended figures of 2024 equal the published ones, and 2025 is untouched.
    expect(aggregateAmendment(applyAmendment(doc, bw).document, published, { ...info, id: "again", number: 100 }).mutations).toEqual([]);
  });

  it("published lines (with a phase) count the same as mutations", () => {
    const asLines = published.map((m) => ({ ...m, phase: "jaarrekening" }));
    expect(aggregateAmendment(doc, asLines, info)).toStrictEqual(aggregateAmendment(doc, published, info));
  });
});
