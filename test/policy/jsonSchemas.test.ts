import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES, planningDocumentJsonSchema, type DocumentType } from "opkoers/policy";

const dir = join(import.meta.dirname, "..", "..", "schemas");
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.schema.json`), "utf8"));

describe("committed JSON Schemas", () => {
  it.each([...DOCUMENT_TYPES, undefined])("schemas/%s.schema.json equals what planningDocumentJsonSchema generates now (run scripts/generate-json-schemas.ts)", (type: DocumentType | undefined) => {
    expect(read(type ?? "planning-document")).toEqual(planningDocumentJsonSchema(type));
  });

  it("rejects unknown keys and requires the document's keys", () => {
    type Node = { additionalProperties?: boolean; required?: string[]; pattern?: string; properties?: Record<string, Node> };
    const schema = planningDocumentJsonSchema("bestuursrapportage") as Node & { $defs: Record<string, Node> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["type", "period", "municipality", "year", "programmes"]));
    expect(schema.$defs["Municipality"]?.properties?.["code"]?.pattern).toBe("^GM\\d{4}$");
    expect(schema.$defs["Indicator"]?.additionalProperties).toBe(false);
  });
});
