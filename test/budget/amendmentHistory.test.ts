// Issue 18: applyAmendment checks what parseBudget checks and keeps a frozen copy; undoAmendment never replays
// patches blindly. The model-based property runs random apply / undo / redo sequences against a plain array.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { euro, type Cents } from "opkoers/money";
import {
  amendedPhaseIds,
  applyAmendment,
  isDomainError,
  parseBudget,
  rollup,
  undoAmendment,
  type Amendment,
  type AmendmentResult,
  type BudgetDocument,
  type BudgetPatch,
  type Mutation,
} from "opkoers/budget";
import { baseDocument, documentArb, lineArb, mutationArb } from "./arbitraries.js";

const doc = baseDocument([{ programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: euro(1000), revenue: euro(200), nature: "structureel" }]);
const m0: Mutation = { programme: "zorg", taakveld: "6.1", year: 2024, expenses: euro(100), revenue: euro(0), nature: "incidenteel" };
const bw = (id: string, number: number, extra: Partial<Amendment> = {}): Amendment => ({ id, number, date: "2024-03-14", decision: `RB-${number}`, mutations: [m0], ...extra });

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("applyAmendment checks what parseBudget checks", () => {
  it("refuses an amendment that parseBudget refuses, instead of leaving it silently out of the totals", () => {
    const refusals: [Partial<Amendment> | Record<string, unknown>, string][] = [
      [{ status: "Adopted" }, "invalid_amendment"],
      [{ mutations: [{ ...m0, nature: "x" }] }, "invalid_amendment"],
      [{ mutations: [{ ...m0, year: 10000 }] }, "invalid_amendment"],
      [{ mutations: [{ ...m0, year: 1899 }] }, "invalid_amendment"],
      [{ date: "2023-02-30" }, "invalid_date"],
      [{ date: "2024-04-31" }, "invalid_date"],
      [{ Status: "rejected" }, "invalid_amendment"],
      [{ mutations: [{ ...m0, Expenses: 5 }] }, "invalid_amendment"],
      [{ decision: 31 }, "invalid_amendment"],
      [{ mutations: [{ ...m0, taakveld: "6.1", reserve: "AR" }] }, "invalid_amendment"], // a reserve off 0.10
      [{ mutations: [{ ...m0, expenses: 0.5 }] }, "invalid_amendment"],
    ];
    for (const [change, code] of refusals) {
      const amendment = { ...bw("bw-1", 1), ...change } as Amendment;
      expect(parseBudget({ ...doc, amendments: [amendment] }).ok).toBe(false);
      expect(codeOf(() => applyAmendment(doc, amendment))).toBe(code);
    }
  });

  const brokenAmendment: fc.Arbitrary<unknown> = fc.oneof(
    fc.record({
      id: fc.oneof(fc.constantFrom("bw-1", "bw-2", "primitief", "realisatie", ""), fc.anything()),
      number: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.anything()),
      date: fc.oneof(fc.constantFrom("2024-03-14", "2023-02-29", "2024-3-14", "0000-01-01"), fc.anything()),
      decision: fc.oneof(fc.string(), fc.anything()),
      status: fc.option(fc.constantFrom("adopted", "proposed", "rejected", "Adopted", 1), { nil: undefined }),
      mutations: fc.oneof(
        fc.array(fc.oneof(mutationArb, mutationArb.map((m) => ({ ...m, programme: "sport" })), mutationArb.map((m) => ({ ...m, taakveld: "5.1", reserve: "AR" })), fc.anything()), { maxLength: 3 }),
        fc.anything(),
      ),
      Status: fc.constant("rejected"),
    }, { requiredKeys: ["id", "number", "date", "decision", "mutations"] }),
    fc.anything(),
  );

  test.prop([documentArb, fc.array(mutationArb, { maxLength: 2 }), brokenAmendment])(
    "throws exactly when parseBudget refuses the document with the amendment, with the same issues",
    (base, mutations, amendment) => {
      const before = applyAmendment(base, bw("bw-1", 1, { mutations })).document;
      const parsed = parseBudget(JSON.parse(JSON.stringify({ ...before, amendments: [...before.amendments, amendment] })) as unknown);
      let issues: unknown;
      try {
        const result = applyAmendment(before, amendment as Amendment);
        expect(result.document.amendments.length).toBe(2);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        issues = error.details["issues"];
      }
      // JSON drops what JSON cannot hold (undefined keys, functions): compare only amendments that survive it.
      fc.pre(JSON.stringify(amendment) !== undefined && JSON.stringify(JSON.parse(JSON.stringify(amendment))) === JSON.stringify(amendment) && sameJson(amendment));
      if (parsed.ok) expect(issues).toBeUndefined();
      else expect(parsed.issues).toEqual((issues as { path: (string | number)[] }[]).map((issue) => ({ ...issue, path: ["amendments", 1, ...issue.path] })));
    },
  );

  it("stores a frozen copy: a later edit of the caller's amendment changes nothing in the returned document", () => {
    const mine = structuredClone(bw("bw-1", 1)) as { -readonly [K in keyof Amendment]: Amendment[K] } & { mutations: Mutation[] };
    const { document, patches, inversePatches } = applyAmendment(doc, mine);
    const total = (d: BudgetDocument): number => rollup(d, { by: [], phases: amendedPhaseIds(d) }).total.expenses;
    const expenses = total(document);
    mine.status = "rejected";
    mine.mutations.push({ ...m0, expenses: euro(1_000_000) });
    (mine.mutations[0] as { expenses: Cents }).expenses = euro(5);
    expect(document.amendments[0]).not.toBe(mine);
    expect(document.amendments[0]).toEqual(bw("bw-1", 1));
    expect(total(document)).toBe(expenses);
    expect(Object.isFrozen(document.amendments[0]?.mutations[0])).toBe(true);
    expect(Object.isFrozen(patches) && Object.isFrozen(inversePatches) && Object.isFrozen(patches[0])).toBe(true);
    expect(undoAmendment(doc, patches).amendments).toEqual([bw("bw-1", 1)]);
  });
});

/** Whether a value is plain JSON data (no undefined, no -0, no non-finite numbers), so that a JSON round trip keeps it. */
function sameJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(sameJson);
  if (typeof value === "object") return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(sameJson) && !Object.hasOwn(value, "__proto__");
  return false;
}

describe("undoAmendment checks its patches", () => {
  const first = applyAmendment(doc, bw("bw-1", 1));
  const second = applyAmendment(first.document, bw("bw-2", 2));

  it("undoes the last amendment back to the document before, and refuses a second undo", () => {
    const once = undoAmendment(second.document, second.inversePatches);
    expect(once).toEqual(first.document);
    expect(codeOf(() => undoAmendment(once, second.inversePatches))).toBe("invalid_patch");
    // On 0.1.0 the second undo removed bw-1 as well.
    expect(codeOf(() => undoAmendment(undoAmendment(once, first.inversePatches), first.inversePatches))).toBe("invalid_patch");
  });

  it("refuses a stale undo instead of removing another amendment", () => {
    // bw-1 undone and bw-3 applied in its place: bw-1's undo must not remove bw-3.
    const without = undoAmendment(first.document, first.inversePatches);
    const other = applyAmendment(without, bw("bw-3", 3)).document;
    expect(() => undoAmendment(other, first.inversePatches)).toThrowError(expect.objectContaining({ code: "invalid_patch", message: expect.stringContaining('The patches undo amendment "bw-1" at position 0, but amendment "bw-3" is there') }));
    // The same id with other mutations is another amendment.
    const same = applyAmendment(without, bw("bw-1", 1, { mutations: [{ ...m0, expenses: euro(999) }] })).document;
    expect(codeOf(() => undoAmendment(same, first.inversePatches))).toBe("invalid_patch");
  });

  it("undoes an earlier amendment only, and says where an amendment is when its position changed", () => {
    const withoutFirst = undoAmendment(second.document, first.inversePatches);
    expect(withoutFirst.amendments.map((a) => a.id)).toEqual(["bw-2"]);
    expect(() => undoAmendment(withoutFirst, second.inversePatches)).toThrowError(expect.objectContaining({ code: "invalid_patch", message: expect.stringContaining("it is at position 0 now") }));
  });

  it("refuses to replay a redo twice (a duplicate id) or onto another history", () => {
    const undone = undoAmendment(first.document, first.inversePatches);
    const redone = undoAmendment(undone, first.patches);
    expect(redone).toEqual(first.document);
    expect(codeOf(() => undoAmendment(redone, first.patches))).toBe("invalid_patch");
    expect(codeOf(() => undoAmendment(applyAmendment(second.document, bw("bw-9", 9)).document, second.patches))).toBe("invalid_patch");
    // A redo at the right length is checked as applyAmendment checks: an id that is a phase is refused.
    expect(codeOf(() => undoAmendment(doc, [{ op: "add", path: ["amendments", 0], value: bw("primitief", 4) }]))).toBe("invalid_amendment");
  });

  it("works on patches that went through JSON", () => {
    const stored = JSON.parse(JSON.stringify(second)) as AmendmentResult;
    expect(undoAmendment(second.document, stored.inversePatches)).toEqual(first.document);
    expect(undoAmendment(first.document, stored.patches)).toEqual(second.document);
  });

  it("refuses patches it cannot check: immer's own inverse, half a list, other paths and ops", () => {
    const lists: unknown[] = [
      [{ op: "replace", path: ["amendments", "length"], value: 1 }],
      [],
      [second.inversePatches[1]],
      [second.inversePatches[0]],
      [...second.inversePatches, ...second.inversePatches],
      [second.inversePatches[1], second.inversePatches[0]],
      [{ ...second.inversePatches[0], path: ["amendments", 0] }, second.inversePatches[1]],
      [{ ...second.inversePatches[0], value: "bw-2" }, second.inversePatches[1]],
      [{ op: "test", path: ["amendments", -1], value: {} }, { op: "remove", path: ["amendments", -1] }],
      [{ op: "add", path: ["lines", 0], value: {} }],
      [{ op: "add", path: ["amendments", "1"], value: bw("bw-3", 3) }],
      [{ op: "remove", path: ["amendments", 1] }],
      [null],
      [1, 2],
      [{ op: "test", path: "amendments/1", value: {} }, { op: "remove", path: "amendments/1" }],
    ];
    for (const patches of lists) expect(codeOf(() => undoAmendment(second.document, patches as BudgetPatch[]))).toBe("invalid_patch");
  });
});

describe("only DomainError for wrong arguments", () => {
  const values: unknown[] = [null, undefined, 0, 1.5, Number.NaN, -1, "", "bw-1", [], [1], {}, { amendments: [] }, true, 10n, Symbol("x"), () => 1, new Date(0), Object.create(null)];
  const docs: unknown[] = [...values, { ...doc, amendments: null }, { ...doc, programmes: [null] }, { ...doc, lines: {} }, { ...doc, reserves: 5 }, { ...doc, phases: [1] }, { ...doc, amendments: [null] }];

  it("applyAmendment and undoAmendment throw a DomainError, never a TypeError", () => {
    const check = (f: () => unknown): void => {
      try {
        f();
      } catch (error) {
        expect(isDomainError(error), String(error)).toBe(true);
      }
    };
    for (const value of docs) {
      check(() => applyAmendment(value as BudgetDocument, bw("bw-1", 1)));
      check(() => undoAmendment(value as BudgetDocument, []));
      expect(codeOf(() => applyAmendment(value as BudgetDocument, bw("bw-1", 1)))).toBe("invalid_document");
    }
    for (const value of values) {
      check(() => applyAmendment(doc, value as Amendment));
      check(() => undoAmendment(doc, value as BudgetPatch[]));
      check(() => undoAmendment(doc, [value] as BudgetPatch[]));
      check(() => undoAmendment(doc, [{ op: "add", path: ["amendments", 0], value }]));
      check(() => undoAmendment(second().document, [{ op: "test", path: ["amendments", 0], value }, { op: "remove", path: ["amendments", 0] }]));
      check(() => applyAmendment(doc, { ...bw("bw-1", 1), mutations: [value] } as Amendment));
      check(() => applyAmendment(doc, { ...bw("bw-1", 1), id: value } as Amendment));
    }
  });

  test.prop([fc.anything(), fc.anything()])("for anything at all", (a, b) => {
    for (const f of [() => applyAmendment(a as BudgetDocument, b as Amendment), () => undoAmendment(a as BudgetDocument, b as BudgetPatch[]), () => applyAmendment(doc, b as Amendment), () => undoAmendment(doc, b as BudgetPatch[])]) {
      try {
        f();
      } catch (error) {
        expect(isDomainError(error), String(error)).toBe(true);
      }
    }
  });

  function second(): AmendmentResult {
    return applyAmendment(doc, bw("bw-1", 1));
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Model-based: random apply / undo / redo against a plain array of amendments.

interface Model {
  /** The amendments the document should have, in order. */
  amendments: Amendment[];
  /** Per applied step: the amendment and where it went. */
  steps: { readonly amendment: Amendment; readonly index: number }[];
}
interface Real {
  doc: BudgetDocument;
  steps: AmendmentResult[];
}

const PHASES = ["primitief", "realisatie"];
const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The step a command's number points at (the commands are generated before the steps exist). */
const stepOf = <T>(steps: readonly T[], k: number): T | undefined => (steps.length === 0 ? undefined : steps[k % steps.length]);

class ApplyCommand implements fc.Command<Model, Real> {
  constructor(readonly amendment: Amendment) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const fits = !PHASES.includes(this.amendment.id) && !model.amendments.some((a) => a.id === this.amendment.id || a.number === this.amendment.number);
    if (!fits) {
      expect(codeOf(() => applyAmendment(real.doc, this.amendment))).toBe("invalid_amendment");
      return;
    }
    const result = applyAmendment(real.doc, this.amendment);
    model.steps.push({ amendment: this.amendment, index: model.amendments.length });
    model.amendments.push(this.amendment);
    real.steps.push(result);
    real.doc = result.document;
    agree(model, real);
  }
  toString(): string {
    return `apply(${this.amendment.id}#${this.amendment.number}, ${this.amendment.mutations.length} mutations)`;
  }
}

class UndoCommand implements fc.Command<Model, Real> {
  constructor(readonly k: number, readonly viaJson: boolean) {}
  check(model: Readonly<Model>): boolean {
    return model.steps.length > 0;
  }
  run(model: Model, real: Real): void {
    const step = stepOf(model.steps, this.k);
    const patches = stepOf(real.steps, this.k)?.inversePatches;
    if (step === undefined || patches === undefined) throw new Error("no step");
    const fits = equal(model.amendments[step.index], step.amendment);
    const given = this.viaJson ? (JSON.parse(JSON.stringify(patches)) as BudgetPatch[]) : patches;
    if (!fits) {
      expect(codeOf(() => undoAmendment(real.doc, given))).toBe("invalid_patch");
      return;
    }
    real.doc = undoAmendment(real.doc, given);
    model.amendments.splice(step.index, 1);
    agree(model, real);
  }
  toString(): string {
    return `undo(${this.k}${this.viaJson ? ", json" : ""})`;
  }
}

class RedoCommand implements fc.Command<Model, Real> {
  constructor(readonly k: number, readonly viaJson: boolean) {}
  check(model: Readonly<Model>): boolean {
    return model.steps.length > 0;
  }
  run(model: Model, real: Real): void {
    const step = stepOf(model.steps, this.k);
    const patches = stepOf(real.steps, this.k)?.patches;
    if (step === undefined || patches === undefined) throw new Error("no step");
    const given = this.viaJson ? (JSON.parse(JSON.stringify(patches)) as BudgetPatch[]) : patches;
    if (model.amendments.length !== step.index) {
      expect(codeOf(() => undoAmendment(real.doc, given))).toBe("invalid_patch");
      return;
    }
    if (model.amendments.some((a) => a.id === step.amendment.id || a.number === step.amendment.number)) {
      expect(codeOf(() => undoAmendment(real.doc, given))).toBe("invalid_amendment");
      return;
    }
    real.doc = undoAmendment(real.doc, given);
    model.amendments.push(step.amendment);
    agree(model, real);
  }
  toString(): string {
    return `redo(${this.k}${this.viaJson ? ", json" : ""})`;
  }
}

/** Totals by hand (BigInt) of the amended budget: the original lines plus the adopted amendments of the model. */
function totalsByHand(doc: BudgetDocument, amendments: readonly Amendment[]): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const put = (m: Mutation): void => {
    const key = `${m.programme}|${m.taakveld}|${m.year}`;
    out.set(key, (out.get(key) ?? 0n) + BigInt(m.revenue) - BigInt(m.expenses));
  };
  doc.lines.filter((line) => line.phase === "primitief").forEach(put);
  for (const a of amendments) if ((a.status ?? "adopted") === "adopted") a.mutations.forEach(put);
  return out;
}

function agree(model: Model, real: Real): void {
  expect(real.doc.amendments.map((a) => a.id)).toEqual(model.amendments.map((a) => a.id));
  expect(real.doc.amendments).toEqual(model.amendments);
  const amended = rollup(real.doc, { by: ["programme", "taakveld", "year"], phases: amendedPhaseIds(real.doc) });
  const got = new Map(amended.rows.map((r) => [`${r.key.programme}|${r.key.taakveld}|${r.key.year}`, BigInt(r.balance)]));
  expect(got).toEqual(totalsByHand(real.doc, model.amendments));
  expect(parseBudget(real.doc).ok).toBe(true);
}

/** A few amendments whose ids and numbers collide on purpose (same id, other content), some not adopted. */
const amendmentPoolArb: fc.Arbitrary<Amendment> = fc
  .record({
    id: fc.constantFrom("bw-1", "bw-2", "bw-3", "bw-4", "primitief"),
    number: fc.integer({ min: 1, max: 5 }),
    month: fc.integer({ min: 1, max: 12 }),
    status: fc.constantFrom("adopted", "adopted", "proposed", "rejected", undefined),
    mutations: fc.array(mutationArb, { maxLength: 3 }),
  })
  .map(({ id, number, month, status, mutations }) => ({
    id,
    number,
    date: `2024-${String(month).padStart(2, "0")}-15`,
    decision: `RB-${number}`,
    ...(status === undefined ? {} : { status }),
    mutations,
  }));

const commandsArb = fc.commands(
  [
    amendmentPoolArb.map((a) => new ApplyCommand(a)),
    fc.tuple(fc.nat({ max: 20 }), fc.boolean()).map(([k, json]) => new UndoCommand(k, json)),
    fc.tuple(fc.nat({ max: 20 }), fc.boolean()).map(([k, json]) => new RedoCommand(k, json)),
  ],
  { maxCommands: 30 },
);

describe("amendment history, model-based", () => {
  test.prop([fc.array(lineArb(fc.constantFrom(...PHASES)), { maxLength: 10 }), commandsArb], { numRuns: 400 })(
    "random apply / undo / redo sequences agree with a plain array of amendments: totals, ids and order",
    (lines, commands) => {
      const start = baseDocument(lines);
      fc.modelRun(() => ({ model: { amendments: [], steps: [] }, real: { doc: start, steps: [] } }), commands);
    },
  );
});
