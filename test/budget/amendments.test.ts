import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { euro, type Cents } from "opkoers/money";
import {
  aggregateAmendment,
  amendedPhaseIds,
  applyAmendment,
  assessAmendment,
  overviewOfBatenLasten,
  rollup,
  undoAmendment,
  type Amendment,
  type BudgetDocument,
  type Mutation,
} from "opkoers/budget";
import { amendmentsArb, baseDocument, documentArb, mutationArb, YEARS } from "./arbitraries.js";

const KEY = ["programme", "taakveld", "year"] as const;

function applyAll(doc: BudgetDocument, amendments: readonly Amendment[]): BudgetDocument {
  return amendments.reduce((d, a) => applyAmendment(d, a).document, doc);
}

/** Independent reference for the amended budget: original lines plus the adopted mutations dated ≤ asOf, summed with BigInt. */
function amendedByHand(doc: BudgetDocument, amendments: readonly Amendment[], asOf: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const put = (m: Mutation): void => {
    const k = `${m.programme}|${m.taakveld}|${m.year}`;
    out.set(k, (out.get(k) ?? 0n) + BigInt(m.revenue) - BigInt(m.expenses));
  };
  doc.lines.filter((l) => l.phase === "primitief").forEach(put);
  for (const a of amendments) if ((a.status ?? "adopted") === "adopted" && a.date <= asOf) a.mutations.forEach(put);
  return out;
}

describe("amendments", () => {
  const doc = baseDocument([
    { programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: euro(1000), revenue: euro(200), nature: "structureel" },
  ]);
  const bw: Amendment = {
    id: "bw-1",
    number: 1,
    date: "2024-03-14",
    decision: "RB-2024-31",
    mutations: [{ programme: "zorg", taakveld: "6.1", year: 2024, expenses: euro(100), revenue: euro(0), nature: "incidenteel" }],
  };

  it("returns the new document with patches and inverse patches, leaving the input alone", () => {
    const before = structuredClone(doc);
    const result = applyAmendment(doc, bw);
    expect(doc).toEqual(before);
    expect(result.document.amendments).toEqual([bw]);
    expect(result.document.lines).toBe(doc.lines); // unchanged parts are shared
    expect(result.patches).toEqual([{ op: "add", path: ["amendments", 0], value: bw }]);
    expect(undoAmendment(result.document, result.inversePatches)).toEqual(doc);
    expect(undoAmendment(doc, result.patches)).toEqual(result.document);
  });

  it("refuses amendments that would make the document invalid", () => {
    const refuse = (a: Amendment): void => {
      expect(() => applyAmendment(doc, a)).toThrowError(expect.objectContaining({ code: "invalid_amendment" }));
    };
    const once = applyAmendment(doc, bw).document;
    expect(() => applyAmendment(once, { ...bw, number: 2 })).toThrowError(expect.objectContaining({ code: "invalid_amendment" }));
    expect(() => applyAmendment(once, { ...bw, id: "bw-2" })).toThrowError(expect.objectContaining({ code: "invalid_amendment" }));
    refuse({ ...bw, mutations: [{ ...(bw.mutations[0] as Mutation), programme: "sport" }] });
    refuse({ ...bw, mutations: [{ ...(bw.mutations[0] as Mutation), taakveld: "5.1" }] });
    refuse({ ...bw, mutations: [{ ...(bw.mutations[0] as Mutation), taakveld: "0.10", reserve: "BR-onbekend" }] });
    refuse({ ...bw, mutations: [{ ...(bw.mutations[0] as Mutation), expenses: 0.5 as Cents }] });
    expect(() => applyAmendment(doc, { ...bw, date: "14-03-2024" })).toThrowError(expect.objectContaining({ code: "invalid_date" }));
    // Each refusal names what is wrong.
    const refuseWith = (a: Amendment, message: string, details: Record<string, unknown> = {}): void => {
      expect(() => applyAmendment(doc, a)).toThrowError(expect.objectContaining({ code: "invalid_amendment", message: expect.stringContaining(message), details: expect.objectContaining(details) }));
    };
    refuseWith({ ...bw, id: "" }, "id: An amendment id must not be empty");
    refuseWith({ ...bw, number: 1.5 }, "number: The amendment number must be a whole number");
    refuseWith({ ...bw, id: "realisatie" }, 'id: The id "realisatie" of amendment 1 is already used by another phase or amendment');
    refuseWith({ ...bw, mutations: [bw.mutations[0] as Mutation, { ...(bw.mutations[0] as Mutation), year: 2024.5 }] }, "mutations.1.year: The year must be a whole number", { index: 1 });
    refuseWith({ ...bw, mutations: [{ ...(bw.mutations[0] as Mutation), taakveld: "0.10", reserve: "BR-onbekend" }] }, 'mutations.0.reserve: The reserve "BR-onbekend" is not declared', { index: 0 });
    refuseWith({ ...bw, mutations: [{ ...(bw.mutations[0] as Mutation), revenue: (Number.MAX_SAFE_INTEGER + 1) as Cents }] }, "mutations.0.revenue:", { index: 0 });
  });

  it("assesses unknown codes, neutrality with its cover, and the structural effect per year", () => {
    const withOnvoorzien: BudgetDocument = { ...doc, onvoorzien: { taakveld: "0.8" } };
    const checks = assessAmendment(withOnvoorzien, {
      ...bw,
      mutations: [
        { programme: "zorg", taakveld: "6.1", year: 2024, expenses: euro(300), revenue: euro(0), nature: "structureel" },
        { programme: "financien", taakveld: "0.8", year: 2024, expenses: euro(-100), revenue: euro(0), nature: "incidenteel" },
        { programme: "zorg", taakveld: "0.10", year: 2024, expenses: euro(0), revenue: euro(200), nature: "incidenteel", reserve: "BR-zorg" },
        { programme: "zorg", taakveld: "6.1", year: 2025, expenses: euro(300), revenue: euro(0), nature: "structureel" },
        { programme: "sport", taakveld: "5.1", year: 2025, expenses: euro(0), revenue: euro(0), nature: "structureel" },
      ],
    });
    expect(checks.map((c) => [c.ruleId, c.status, c.subject])).toEqual([
      ["budget.amendment.knownCodes", "unknownProgramme", "amendments.bw-1.mutations.4"],
      ["budget.amendment.knownCodes", "unknownTaakveld", "amendments.bw-1.mutations.4"],
      ["budget.amendment.neutral", "covered", "amendments.bw-1.2024"],
      ["budget.amendment.structural", "structuralDeficit", "amendments.bw-1.2024"],
      ["budget.amendment.neutral", "deficit", "amendments.bw-1.2025"],
      ["budget.amendment.structural", "structuralDeficit", "amendments.bw-1.2025"],
    ]);
    expect(checks[2]?.inputs).toEqual({
      year: 2024,
      effectOnResult: 0,
      programmes: -30000,
      covers: [
        { kind: "earmarked", code: "BR-zorg", amount: 20000 },
        { kind: "onvoorzien", code: "onvoorzien", amount: 10000 },
      ],
    });
    expect(checks[2]?.message.nl).toContain("gedekt uit de bestemmingsreserve Reserve zorg (€ 200,00), onvoorzien (€ 100,00)");
    expect(checks[3]?.inputs).toEqual({ year: 2024, structural: -30000, incidental: 30000 });
    expect(checks[4]?.inputs["effectOnResult"]).toBe(-30000);
    // A taakveld validator (e.g. the CBS list) is applied as well.
    const strict = assessAmendment(doc, bw, { isValidTaakveld: () => false });
    expect(strict[0]?.status).toBe("unknownTaakveld");
    expect(assessAmendment(doc, { ...bw, mutations: [] }).map((c) => c.status)).toEqual(["ok"]);
  });

  test.prop([documentArb, amendmentsArb, fc.integer({ min: 1, max: 12 })])("original + amendments adopted up to a date = amended, for any history", (doc, amendments, month) => {
    const asOf = `2024-${String(month).padStart(2, "0")}-20`;
    const history = applyAll(doc, amendments);
    const amended = rollup(history, { by: [...KEY], phases: amendedPhaseIds(history, asOf) });
    const expected = amendedByHand(doc, amendments, asOf);
    const got = new Map(amended.rows.map((r) => [`${r.key.programme}|${r.key.taakveld}|${r.key.year}`, BigInt(r.balance)]));
    expect(got).toEqual(expected);
  });

  test.prop([documentArb, amendmentsArb])("apply then undo gives back an equal document, step by step", (doc, amendments) => {
    let current = doc;
    const steps = [];
    for (const a of amendments) {
      const step = applyAmendment(current, a);
      steps.push({ before: current, step });
      current = step.document;
    }
    for (const { before, step } of steps.reverse()) {
      current = undoAmendment(current, step.inversePatches);
      expect(current).toEqual(before);
    }
    expect(current).toEqual(doc);
  });

  test.prop([documentArb, fc.array(mutationArb, { maxLength: 10 })])("a budget-neutral amendment leaves the total balance (resultaat) unchanged", (doc, mutations) => {
    // Make the amendment neutral by drawing the difference of each year from the algemene reserve.
    const balancing: Mutation[] = YEARS.map((year) => {
      const effect = mutations.filter((m) => m.year === year && m.taakveld !== "0.11").reduce((s, m) => s + m.revenue - m.expenses, 0);
      return { programme: "financien", taakveld: "0.10", year, expenses: 0 as Cents, revenue: (-effect || 0) as Cents, nature: "incidenteel", reserve: "AR" };
    });
    const amendment: Amendment = { id: "bw-n", number: 1, date: "2024-05-01", decision: "RB", mutations: [...mutations, ...balancing] };
    const checks = assessAmendment(doc, amendment).filter((c) => c.ruleId === "budget.amendment.neutral");
    expect(checks.every((c) => c.status === "neutral" || c.status === "covered")).toBe(true);
    const after = applyAmendment(doc, amendment).document;
    for (const year of YEARS) {
      const before = overviewOfBatenLasten(doc, { year });
      const now = overviewOfBatenLasten(after, { year });
      expect(now.result["amended"]).toBe(before.result["amended"]);
      // Without the 0.11 lines, the resultaat is also the plain total balance of the amended lines.
      const total = (d: BudgetDocument): number => rollup(d, { by: ["taakveld"], phases: amendedPhaseIds(d), years: [year] }).rows.filter((r) => r.key.taakveld !== "0.11").reduce((s, r) => s + r.balance, 0);
      expect(total(after)).toBe(total(doc));
    }
  });

  test.prop([documentArb, amendmentsArb, fc.array(mutationArb, { maxLength: 20 })])(
    "an aggregate amendment makes the amended budget equal to published amended totals",
    (doc, amendments, published) => {
      const history = applyAll(doc, amendments);
      const aggregate = aggregateAmendment(history, published, { id: "na-wijziging", number: 99, date: "2024-12-31", decision: "jaarrekening" });
      const after = applyAmendment(history, aggregate).document;
      const years = [...new Set(published.map((p) => p.year))];
      const by = ["programme", "taakveld", "categorie", "year", "nature", "reserve"] as const;
      const amended = rollup(after, { by: [...by], phases: amendedPhaseIds(after), years }).rows.filter((r) => r.expenses !== 0 || r.revenue !== 0);
      const target = rollup(published.map((p) => ({ ...p, phase: "x" })), { by: [...by] }).rows.filter((r) => r.expenses !== 0 || r.revenue !== 0);
      const strip = (rows: typeof amended) => rows.map((r) => [r.key, r.expenses, r.revenue]);
      expect(strip(amended)).toEqual(strip(target));
    },
  );
});
