// Issue 18: every budget schema is strict (an unknown key is an issue with its path, never dropped), and every
// budget date is a real calendar day, reported once.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { z } from "zod";
import {
  AmendmentSchema,
  amendedPhaseIds,
  BudgetDocumentSchema,
  BudgetLineSchema,
  BudgetProgrammeSchema,
  MutationSchema,
  parseBudget,
  PhaseSchema,
  ReserveSchema,
  rollup,
  validateBudgetLines,
  type BudgetDocument,
} from "opkoers/budget";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";
import { baseDocument } from "./arbitraries.js";

const mutation = { programme: "zorg", taakveld: "6.1", year: 2024, expenses: 100, revenue: 0, nature: "incidenteel" };
const amendment = { id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-1", mutations: [mutation] };
const document = { budgetYear: 2024, programmes: [{ code: "zorg", name: "Zorg" }], taakvelden: ["6.1"], phases: [{ id: "primitief", kind: "original" }], lines: [], amendments: [amendment] };

/** Each budget schema with a value it accepts. */
const SCHEMAS: readonly (readonly [string, z.ZodType<unknown, unknown>, Record<string, unknown>])[] = [
  ["PhaseSchema", PhaseSchema, { id: "primitief", kind: "original" }],
  ["MutationSchema", MutationSchema, mutation],
  ["BudgetLineSchema", BudgetLineSchema, { ...mutation, phase: "primitief" }],
  ["AmendmentSchema", AmendmentSchema, amendment],
  ["BudgetProgrammeSchema", BudgetProgrammeSchema, { code: "zorg", name: "Zorg" }],
  ["ReserveSchema", ReserveSchema, { code: "AR", name: "Algemene reserve", kind: "general" }],
  ["BudgetDocumentSchema", BudgetDocumentSchema, document],
];

const unknownKey = fc.oneof(
  fc.constantFrom("Status", "Expenses", "expense", "note", "__proto__", "constructor", "toString", "status ", "Phase", "extra"),
  fc.string({ minLength: 1, maxLength: 8 }),
);

describe("strict budget schemas", () => {
  it("parseBudget reports a misspelt amendment key instead of counting a rejected amendment as adopted", () => {
    const json = JSON.parse(JSON.stringify(ALMERE_GEZONDHEID_2024_BUDGET)) as { amendments: Record<string, unknown>[] };
    (json.amendments[0] as Record<string, unknown>)["Status"] = "rejected";
    const result = parseBudget(json);
    expect(result.ok ? [] : result.issues).toEqual([{ path: ["amendments", 0], code: "unrecognized_keys", message: 'Unrecognized key: "Status"' }]);
    // Spelt right, it is read and leaves the amended lasten as the primitieve.
    (json.amendments[0] as Record<string, unknown>)["status"] = "rejected";
    delete (json.amendments[0] as Record<string, unknown>)["Status"];
    const spelt = parseBudget(json);
    expect(spelt.ok).toBe(true);
    if (!spelt.ok) return;
    const expenses = (doc: BudgetDocument, phases: readonly string[]): number => rollup(doc, { by: [], phases, years: [2024] }).total.expenses;
    expect(expenses(spelt.value, amendedPhaseIds(spelt.value))).toBe(expenses(spelt.value, ["primitief"]));
  });

  it("reports an unknown key at the path of the object that has it, at every level of a document", () => {
    const json = structuredClone(document) as Record<string, unknown> & { programmes: object[]; phases: object[]; amendments: { mutations: object[] }[] };
    json["Municipality"] = "Almere";
    Object.assign(json.programmes[0] as object, { Name: "x" });
    Object.assign(json.phases[0] as object, { Kind: "actual" });
    Object.assign(json.amendments[0]?.mutations[0] as object, { Expenses: 5 });
    json["reserves"] = [{ code: "AR", name: "AR", kind: "general", Code: "x" }];
    json["onvoorzien"] = { taakveld: "6.1", Programme: "zorg" };
    json["lines"] = [{ ...mutation, phase: "primitief", Reserve: "AR" }];
    const result = parseBudget(json);
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code, i.message])).toEqual([
      ["programmes.0", "unrecognized_keys", 'Unrecognized key: "Name"'],
      ["reserves.0", "unrecognized_keys", 'Unrecognized key: "Code"'],
      ["onvoorzien", "unrecognized_keys", 'Unrecognized key: "Programme"'],
      ["phases.0", "unrecognized_keys", 'Unrecognized key: "Kind"'],
      ["lines.0", "unrecognized_keys", 'Unrecognized key: "Reserve"'],
      ["amendments.0.mutations.0", "unrecognized_keys", 'Unrecognized key: "Expenses"'],
      ["", "unrecognized_keys", 'Unrecognized key: "Municipality"'],
    ]);
    // The same issues, in the same order, as the zod document schema gives.
    expect(result.ok ? [] : result.issues).toEqual(BudgetDocumentSchema.safeParse(json).error?.issues.map(({ path, code, message }) => ({ path, code, message })));
  });

  for (const [name, schema, valid] of SCHEMAS) {
    test.prop([unknownKey, fc.jsonValue()])(`${name} rejects any key it does not declare, with the object's path`, (key, value) => {
      fc.pre(!(key in valid) && !["municipality", "reserves", "onvoorzien", "label", "quarter", "categorie", "costCentre", "reserve", "description", "status"].includes(key));
      expect(schema.safeParse(valid).success).toBe(true);
      const input = Object.defineProperty({ ...valid }, key, { value, enumerable: true, writable: true, configurable: true });
      const issues = schema.safeParse(input).error?.issues ?? [];
      expect(issues.map((i) => [i.path, i.code])).toEqual([[[], "unrecognized_keys"]]);
    });
  }

  test.prop([unknownKey])("validateBudgetLines (the fast path) rejects an unknown key exactly as BudgetLineSchema does", (key) => {
    fc.pre(!["programme", "taakveld", "categorie", "costCentre", "year", "expenses", "revenue", "nature", "reserve", "description", "phase"].includes(key));
    const line = Object.defineProperty({ ...mutation, phase: "primitief" }, key, { value: 1, enumerable: true, writable: true, configurable: true });
    const result = validateBudgetLines([line]);
    expect(result.ok ? [] : result.issues).toEqual(BudgetLineSchema.safeParse(line).error?.issues.map(({ path, code, message }) => ({ path: [0, ...path], code, message })));
    expect(result.ok).toBe(false);
  });
});

describe("budget dates are real calendar days, one issue per date", () => {
  const dates = ["2023-02-29", "2023-02-30", "2024-04-31", "0000-01-01", "2024-13-01", "2024-00-10"];

  it("parseBudget refuses an amendment dated on a day that does not exist, with one issue at its path", () => {
    for (const date of dates) {
      const result = parseBudget({ ...document, amendments: [{ ...amendment, date }] });
      expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code])).toEqual([["amendments.0.date", "custom"]]);
    }
  });

  it("reports a malformed date once", () => {
    for (const date of ["2024-3-14", "14-03-2024", "2024-03-14T00:00", "", " 2024-03-14"]) {
      const result = parseBudget({ ...document, amendments: [{ ...amendment, date }] });
      expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code, i.message])).toEqual([["amendments.0.date", "invalid_format", "A date must be written YYYY-MM-DD."]]);
    }
    const notText = parseBudget({ ...document, amendments: [{ ...amendment, date: 20240314 }] });
    expect(notText.ok ? [] : notText.issues.map((i) => [i.path.join("."), i.code])).toEqual([["amendments.0.date", "invalid_type"]]);
  });

  test.prop([fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })])("accepts every real day from 0001 to 9999", (day) => {
    const date = day.toISOString().slice(0, 10);
    expect(AmendmentSchema.safeParse({ ...amendment, date }).success).toBe(true);
  });

  it("amendedPhaseIds refuses an asOf that is no real day", () => {
    const doc = baseDocument([]);
    for (const asOf of dates) expect(() => amendedPhaseIds(doc, asOf)).toThrowError(expect.objectContaining({ code: "invalid_date" }));
  });
});
