// Writes schemas/<type>.schema.json (one JSON Schema per planning document type, plus the union) from the
// zod schemas in src/policy/schemas.ts. Run: npx tsx scripts/generate-json-schemas.ts
// test/policy/jsonSchemas.test.ts checks that the committed files equal what this generates now.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOCUMENT_TYPES, planningDocumentJsonSchema } from "../src/policy/index.js";

const out = join(import.meta.dirname, "..", "schemas");
mkdirSync(out, { recursive: true });
const files: [string, Record<string, unknown>][] = [["planning-document", planningDocumentJsonSchema()], ...DOCUMENT_TYPES.map((type): [string, Record<string, unknown>] => [type, planningDocumentJsonSchema(type)])];
for (const [name, schema] of files) {
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schemas/${name}.schema.json\n`);
}
