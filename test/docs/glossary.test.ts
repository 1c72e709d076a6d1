import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planningDocumentJsonSchema } from "opkoers/policy";
import { budgetDocumentJsonSchema } from "opkoers/report";

// The glossary names the values the code uses (issue 19: it said "outcome, output" where the indicator kinds are
// effect / performance / context, and knew no unit kinds, `quantity` among them). The values are read from the
// JSON Schemas that the code itself generates, so a new or renamed value fails here until the glossary says it.
const glossary = readFileSync(join(import.meta.dirname, "..", "..", "docs", "glossary.md"), "utf8");

/** The value at a path inside parsed JSON (undefined where the path does not exist). */
const at = (value: unknown, ...path: readonly string[]): unknown => path.reduce<unknown>((v, key) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined), value);
const enumAt = (value: unknown, ...path: readonly string[]): unknown => at(value, ...path, "enum");
const planning: unknown = planningDocumentJsonSchema();
const budget: unknown = budgetDocumentJsonSchema();
const indicator = at(planning, "$defs", "Indicator", "properties");
const unitOptions = at(indicator, "unit", "oneOf");

const vocabularies: Record<string, unknown> = {
  "indicator kind": enumAt(indicator, "kind"),
  "indicator unit": Array.isArray(unitOptions) ? unitOptions.map((option: unknown) => at(option, "properties", "kind", "const")) : undefined,
  direction: enumAt(indicator, "direction"),
  accumulation: enumAt(indicator, "accumulation"),
  "activity kind": enumAt(planning, "$defs", "Activity", "properties", "kind"),
  "phase kind": enumAt(budget, "properties", "phases", "items", "properties", "kind"),
  "reserve kind": enumAt(budget, "properties", "reserves", "items", "properties", "kind"),
  nature: enumAt(budget, "properties", "lines", "items", "properties", "nature"),
};

describe("docs/glossary.md", () => {
  it("reads the vocabularies from the code", () => {
    expect(vocabularies["indicator kind"]).toEqual(["effect", "performance", "context"]);
    expect(vocabularies["indicator unit"]).toContain("quantity");
  });
  it.each(Object.entries(vocabularies))("names every %s value of the code", (_name, values) => {
    // Each vocabulary is a non-empty list of strings (so a schema that moved fails here, not silently).
    expect(Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === "string")).toBe(true);
    const missing = (values as string[]).filter((value) => !glossary.includes(`"${value}"`));
    expect(missing).toEqual([]);
  });
  it("does not call the indicator kinds outcome and output", () => {
    expect(glossary).not.toMatch(/\boutcome\b|\boutput\b/);
  });
});
