import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { issuesFromZod, type Issue, type ParseResult } from "opkoers";
import { BudgetDocumentSchema, BudgetLineSchema, BudgetLinesSchema, parseBudget, validateBudgetLines, type BudgetLine } from "opkoers/budget";
import { copyBudgetLine, isBudgetLine } from "../../src/budget/_internal/isBudgetLine.js";
import { documentArb } from "./arbitraries.js";

// The fast path must accept exactly what BudgetLineSchema accepts and return exactly what it returns; these
// properties compare it with the zod schema itself, on valid lines, on valid lines with a few things broken,
// and on anything at all.

const code = fc.string({ minLength: 1, maxLength: 6 });
const cents = fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 }), fc.constant(-0));

/** Valid lines, with every optional key sometimes present. */
const validLine: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    programme: code,
    taakveld: code,
    categorie: code,
    costCentre: code,
    year: fc.integer({ min: 1900, max: 2999 }),
    expenses: cents,
    revenue: cents,
    nature: fc.constantFrom("structureel", "incidenteel"),
    reserve: code,
    description: fc.string({ maxLength: 6 }),
    phase: code,
  },
  { requiredKeys: ["programme", "taakveld", "year", "expenses", "revenue", "nature", "phase"] },
);

const KEYS = ["programme", "taakveld", "categorie", "costCentre", "year", "expenses", "revenue", "nature", "reserve", "description", "phase", "__proto__", "constructor", "extra"];
/** Values next to the edges of each rule, and anything else. */
const tricky = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, "", "x", "7.1", 0, -0, 1.5, -1.5, Number.NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 2 ** 53 - 1, 1899, 1900, 2999, 3000, 2024.5, "2024", "structureel", "incidenteel", "Structureel", true, [], {}, 10n),
  fc.anything(),
);
type Change =
  | { readonly kind: "set"; readonly key: string; readonly value: unknown }
  | { readonly kind: "delete"; readonly key: string }
  | { readonly kind: "inherit" | "nullPrototype" | "array" | "date" };
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key: fc.constantFrom(...KEYS), value: tricky }),
  fc.record({ kind: fc.constant("delete" as const), key: fc.constantFrom(...KEYS) }),
  // each key just inside and just outside its rule
  fc.constantFrom("year", "expenses", "revenue", "nature", "programme", "categorie", "description").chain((key) =>
    fc.record({
      kind: fc.constant("set" as const),
      key: fc.constant(key),
      value: fc.constantFrom<unknown>(
        ...(key === "year" ? [1899, 1900, 2999, 3000, 2024.5, "2024"] : key === "nature" ? ["Structureel", "structureel ", "incidenteel"] : key === "expenses" || key === "revenue" ? [2 ** 53 - 1, 2 ** 53, 1 - 2 ** 53, -(2 ** 53), 0.5, -0, "1"] : ["", " ", 1]),
      ),
    }),
  ),
  // present but undefined: an exactOptional key rejects it, an absent one is fine
  fc.record({ kind: fc.constant("set" as const), key: fc.constantFrom("categorie", "costCentre", "reserve", "description"), value: fc.constant(undefined) }),
  fc.constantFrom<Change>({ kind: "inherit" }, { kind: "nullPrototype" }, { kind: "array" }, { kind: "date" }),
);
function applyChange(line: object, c: Change): object {
  switch (c.kind) {
    case "set": // an own property, even for "__proto__"
      return Object.defineProperty({ ...line }, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
    case "delete": {
      const copy: Record<string, unknown> = { ...line };
      delete copy[c.key];
      return copy;
    }
    case "inherit": // every key inherited: zod reads `input[key]` and `key in input`, so these count
      return Object.create(line) as object;
    case "nullPrototype":
      return Object.assign(Object.create(null) as object, line);
    case "array":
      return Object.assign([], line);
    case "date":
      return Object.assign(new Date(0), line);
  }
}
const brokenLine: fc.Arbitrary<unknown> = fc.tuple(validLine, fc.array(change, { minLength: 1, maxLength: 3 })).map(([line, changes]) => changes.reduce(applyChange, line as object));

/** The fast path and the schema agree: both reject, or both accept with the same object (keys in the same order, −0 read as 0). */
function agrees(value: unknown): void {
  const fast = isBudgetLine(value) ? copyBudgetLine(value) : undefined;
  const zod = BudgetLineSchema.safeParse(value);
  expect(fast !== undefined).toBe(zod.success);
  if (fast !== undefined && zod.success) {
    expect(fast).toStrictEqual(zod.data);
    expect(Object.keys(fast)).toEqual(Object.keys(zod.data));
    expect(Object.is(fast.expenses, zod.data.expenses) && Object.is(fast.revenue, zod.data.revenue)).toBe(true);
  }
}

/** What the zod array schema answers, as a ParseResult. */
function reference(values: unknown): ParseResult<readonly BudgetLine[]> {
  const result = BudgetLinesSchema.safeParse(values);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesFromZod(result.error.issues) };
}

const paths = (result: ParseResult<unknown>): [string, string][] => (result.ok ? [] : result.issues.map((issue: Issue) => [issue.path.join("."), issue.code]));

describe("the fast line check accepts exactly what BudgetLineSchema accepts", () => {
  test.prop([validLine])("valid lines: accepted, with the schema's output", (line) => {
    expect(isBudgetLine(line)).toBe(true);
    agrees(line);
  });
  test.prop([brokenLine])("valid lines with one to three things changed", agrees);
  test.prop([fc.anything()])("anything at all", agrees);
  test.prop([fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withSparseArray: true, withBoxedValues: true, withObjectString: true })])("anything, with odd objects", agrees);
});

/** validateBudgetLines without copying: the schema's issues, or the input itself where the schema returns a copy. */
function sameAsSchema(values: unknown): void {
  const expected = reference(values);
  const result = validateBudgetLines(values);
  if (expected.ok && result.ok && Array.isArray(values)) expect(result.value).toBe(values);
  else expect(result).toEqual(expected);
  expect(validateBudgetLines(values, { copy: true })).toEqual(expected);
}

describe("validateBudgetLines", () => {
  test.prop([fc.array(fc.oneof(validLine, brokenLine), { maxLength: 12 })])("answers as z.array(BudgetLineSchema) does: value, or issues in order with their paths", sameAsSchema);
  test.prop([fc.array(validLine, { maxLength: 12 })])("valid lines: ok; the input itself, or with copy a new array of new objects; the input unchanged", (values) => {
    const before = values.map((line) => ({ ...line })); // (fc.record makes some lines with a null prototype)
    sameAsSchema(values);
    const result = validateBudgetLines(values, { copy: true });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toBe(values);
      result.value.forEach((line, i) => expect(line).not.toBe(values[i]));
    }
    expect(values).toEqual(before);
  });
  test.prop([fc.anything()])("anything at all: the same answer as the schema", sameAsSchema);

  it("names each problem with its index and key, in order", () => {
    const ok = { programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 1, revenue: 0, nature: "structureel" };
    const values = [ok, { ...ok, expenses: 1.5 }, null, { ...ok, year: 1850, nature: "Structureel" }, ok, { ...ok, reserve: "" }];
    expect(paths(validateBudgetLines(values))).toEqual([
      ["1.expenses", "invalid_type"],
      ["2", "invalid_type"],
      ["3.year", "too_small"],
      ["3.nature", "invalid_value"],
      ["5.reserve", "too_small"],
    ]);
    sameAsSchema(values);
  });

  it("reports holes in a sparse array and a list that is not an array, as zod does", () => {
    const ok = { programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 1, revenue: 0, nature: "structureel" };
    const sparse = [ok, , ok]; // eslint-disable-line no-sparse-arrays
    expect(paths(validateBudgetLines(sparse))).toEqual([["1", "invalid_type"]]);
    sameAsSchema(sparse);
    for (const notAList of [undefined, null, {}, "lines", { 0: ok, length: 1 }]) {
      expect(paths(validateBudgetLines(notAList))).toEqual([["", "invalid_type"]]);
      sameAsSchema(notAList);
    }
  });

  it("rejects a __proto__ key of JSON input as an unknown key, with or without copy; never changes Object.prototype", () => {
    const [line] = JSON.parse('[{"programme":"zorg","taakveld":"6.1","year":2024,"phase":"primitief","expenses":-0,"revenue":0,"nature":"structureel","__proto__":{"polluted":1}}]') as unknown[];
    for (const copy of [false, true]) {
      const result = validateBudgetLines([line], { copy });
      expect(result.ok ? [] : result.issues).toEqual([{ path: [0], code: "unrecognized_keys", message: 'Unrecognized key: "__proto__"' }]);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("rejects every key a line does not declare, at the line's path, where the schema dropped it before (strict)", () => {
    const ok = { programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 100, revenue: 0, nature: "structureel" };
    const result = validateBudgetLines([ok, { ...ok, Expenses: 5, note: "x" }], { copy: true });
    expect(result.ok ? [] : result.issues).toEqual([{ path: [1], code: "unrecognized_keys", message: 'Unrecognized keys: "Expenses", "note"' }]);
    // An inherited enumerable key counts too, as zod reads keys with for…in.
    const inherited = Object.assign(Object.create({ extra: 1 }) as object, ok);
    expect(isBudgetLine(inherited)).toBe(false);
    sameAsSchema([inherited]);
  });
});

describe("parseBudget reads its lines with the fast path and answers as the zod document schema does", () => {
  const documentChange = fc.oneof(
    fc.record({ where: fc.constant("line" as const), index: fc.nat(), line: brokenLine }),
    fc.record({ where: fc.constant("key" as const), key: fc.constantFrom("municipality", "budgetYear", "programmes", "taakvelden", "reserves", "phases", "lines", "amendments", "__proto__"), value: tricky }),
    fc.record({ where: fc.constant("delete" as const), key: fc.constantFrom("budgetYear", "programmes", "phases", "lines", "amendments") }),
  );
  const brokenDocument = fc.tuple(documentArb, fc.array(documentChange, { maxLength: 3 })).map(([doc, changes]) => {
    const out: Record<string, unknown> = { ...doc, lines: [...doc.lines] };
    for (const c of changes) {
      if (c.where === "line") {
        const lines = out["lines"];
        if (Array.isArray(lines)) lines[lines.length === 0 ? 0 : c.index % lines.length] = c.line;
      } else if (c.where === "key") Object.defineProperty(out, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
      else delete out[c.key];
    }
    return out;
  });

  /** The structure step of parseBudget done by the zod document schema alone (as parseBudget did before the fast path). */
  function viaZod(json: unknown): ParseResult<unknown> {
    const parsed = BudgetDocumentSchema.safeParse(json);
    return parsed.success ? parseBudget(parsed.data) : { ok: false, issues: issuesFromZod(parsed.error.issues) };
  }

  test.prop([brokenDocument])("documents with broken lines, keys and values", (doc) => {
    expect(parseBudget(doc)).toEqual(viaZod(doc));
  });
  test.prop([fc.anything()])("anything at all", (json) => {
    expect(parseBudget(json)).toEqual(viaZod(json));
  });
  it("puts line issues between those of the phases and those of the amendments, as zod does", () => {
    const doc = { budgetYear: 2024, programmes: [], taakvelden: [], phases: [{ id: "p", kind: "x" }], lines: [{}], amendments: "none" };
    const result = parseBudget(doc);
    expect(result).toEqual(viaZod(doc));
    expect(paths(result).map(([path]) => path.split(".")[0])).toEqual(["phases", "lines", "lines", "lines", "lines", "lines", "lines", "lines", "amendments"]);
    expect(paths(parseBudget({ ...doc, lines: undefined }))).toEqual([["phases.0.kind", "invalid_value"], ["lines", "invalid_type"], ["amendments", "invalid_type"]]);
    const { lines: _, ...withoutLines } = doc;
    expect(parseBudget(withoutLines)).toEqual(viaZod(withoutLines));
  });
});
