import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toRunnable } from "./extractExamples.js";

// The example runner must be able to fail, or "every example runs" proves nothing.
const dir = join(import.meta.dirname, "..", ".examples");
mkdirSync(dir, { recursive: true });
async function runExample(name: string, code: string): Promise<void> {
  const path = join(dir, `self-test-${name}.ts`);
  writeFileSync(path, toRunnable(code));
  await import(/* @vite-ignore */ path);
}

describe("toRunnable", () => {
  it("passes a true //=> assertion", async () => {
    await expect(runExample("true", 'import { add, cents } from "opkoers/money";\nadd(cents(1), cents(2)); //=> 3')).resolves.toBeUndefined();
  });
  it("fails a false //=> assertion", async () => {
    await expect(runExample("false", 'import { add, cents } from "opkoers/money";\nadd(cents(1), cents(2)); //=> 4')).rejects.toThrow();
  });
  it("fails a //=> throws assertion when nothing is thrown", async () => {
    await expect(runExample("nothrow", 'import { cents } from "opkoers/money";\ncents(1); //=> throws invalid_amount')).rejects.toThrow();
  });
  it("fails a //=> throws assertion when another code is thrown", async () => {
    await expect(runExample("othercode", 'import { cents } from "opkoers/money";\ncents(0.5); //=> throws amount_out_of_range')).rejects.toThrow();
  });
  it("checks a result written on the line after its expression", async () => {
    await expect(runExample("nextline-true", 'import { add, cents } from "opkoers/money";\nadd(cents(1), cents(2));\n//=> 3')).resolves.toBeUndefined();
    await expect(runExample("nextline-false", 'import { add, cents } from "opkoers/money";\nadd(cents(1), cents(2));\n//=> 4')).rejects.toThrow();
  });
  it("passes a //=> throws assertion with the right code", async () => {
    await expect(runExample("rightcode", 'import { cents } from "opkoers/money";\ncents(0.5); //=> throws invalid_amount')).resolves.toBeUndefined();
  });
});
