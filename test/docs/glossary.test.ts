import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planningDocumentJsonSchema } from "opkoers/policy";
import { budgetDocumentJsonSchema } from "opkoers/report";

// The glossary names the values the code uses (issue 19: it said "outcome, output" where the indicator kinds are
// effect / performance / context, and knew no unit kinds, `quantity` among them). The values are read from the
// JSON Schemas that the code itself generates, so a new or renamed value fails here until the glossary says it.
const glossary = readFileSync(join(import.meta.dirname, "..", "..", "docs", "glossary.md"), "utf8");

type Json = { readonly [key: string]: Json } & Json[] & string;
const planning = planningDocumentJsonSchema() as unknown as Json;
const budget = budgetDocumentJsonSchema() as unknown as Json;
const indicator = planning["$defs"]["Indicator"]["properties"];
const enumOf = (schema: Json): string[] => [...(schema["enum"] as unknown as string[])];

const vocabularies: Record<string, string[]> = {
  "indicator kind": enumOf(indicator["kind"]),
  "indicator unit": (indicator["unit"]["oneOf"] as unknown as Json[]).map((option) => option["properties"]["kind"]["const"]),
  direction: enumOf(indicator["direction"]),
  accumulation: enumOf(indicator["accumulation"]),
  "activity kind": enumOf(planning["$defs"]["Activity"]["properties"]["kind"]),
  "phase kind": enumOf(budget["properties"]["phases"]["items"]["properties"]["kind"]),
  "reserve kind": enumOf(budget["properties"]["reserves"]["items"]["properties"]["kind"]),
  nature: enumOf(budget["properties"]["lines"]["items"]["properties"]["nature"]),
};

describe("docs/glossary.md", () => {
  it("reads the vocabularies from the code", () => {
    expect(vocabularies["indicator kind"]).toEqual(["effect", "performance", "context"]);
    expect(vocabularies["indicator unit"]).toContain("quantity");
  });
  it.each(Object.entries(vocabularies))("names every %s value of the code", (_name, values) => {
    const missing = values.filter((value) => !glossary.includes(`"${value}"`));
    expect(missing).toEqual([]);
  });
  it("does not call the indicator kinds outcome and output", () => {
    expect(glossary).not.toMatch(/\boutcome\b|\boutput\b/);
  });
});
