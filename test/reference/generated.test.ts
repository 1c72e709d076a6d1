import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedModulePath, generateReferenceModule } from "../../scripts/generate-reference.js";
import { iv3Dir, skipReason } from "./_shared.js";

describe("the generated module src/reference/generated/iv3Definitions.ts", () => {
  it.skipIf(skipReason !== undefined)(`equals what scripts/generate-reference.ts makes from the CBS files now${skipReason === undefined ? "" : ` (skipped: ${skipReason})`}`, () => {
    const committed = readFileSync(generatedModulePath, "utf8");
    const fresh = generateReferenceModule(iv3Dir);
    // A difference means the CBS files or the generator changed: run `npx tsx scripts/generate-reference.ts`.
    expect(fresh === committed, "the committed module is out of date; run npx tsx scripts/generate-reference.ts").toBe(true);
  });

  it("says it is generated, credits CBS and names the source commit", () => {
    const committed = readFileSync(generatedModulePath, "utf8");
    expect(committed.startsWith("// GENERATED FILE — DO NOT EDIT.")).toBe(true);
    expect(committed).toContain("Bron: CBS");
    expect(committed).toMatch(/statistiekcbs\/iv3_definities,\n\/\/ commit [0-9a-f]{40}\./);
  });

  it.skipIf(skipReason !== undefined)("is deterministic: two runs give the same text", () => {
    expect(generateReferenceModule(iv3Dir)).toBe(generateReferenceModule(iv3Dir));
  });
});
