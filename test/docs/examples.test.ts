import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractMarkdownExamples, extractTsDocExamples, toRunnable } from "./extractExamples.js";

// Every ```ts block in the TSDoc of src/, in the guides of docs/ and in README.md is executed here;
// `expr; //=> value` lines are assertions, `expr; //=> throws code` expects a DomainError.
const root = join(import.meta.dirname, "..", "..");
const examples = [...extractTsDocExamples(root, join(root, "src")), ...extractMarkdownExamples(root, join(root, "docs")), ...extractMarkdownExamples(root, join(root, "README.md"))];
// A folder of its own per run, so two runs at the same time do not delete each other's files.
mkdirSync(join(root, "test", ".examples"), { recursive: true });
const outDir = mkdtempSync(join(root, "test", ".examples", "run-"));

describe("documentation examples", () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  it("finds examples", () => {
    expect(examples.length).toBeGreaterThan(30);
  });
  it.each(examples.map((example, index) => ({ ...example, index, name: `${example.file}:${example.line}` })))("$name runs", async ({ code, index }) => {
    const path = join(outDir, `example-${index}.ts`);
    writeFileSync(path, toRunnable(code));
    await import(/* @vite-ignore */ path);
  });
});
