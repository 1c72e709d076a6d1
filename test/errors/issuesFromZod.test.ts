import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZod } from "opkoers";
import { CentsSchema } from "opkoers/money";

describe("issuesFromZod", () => {
  it("converts real zod issues with their paths", () => {
    const schema = z.object({ programmes: z.array(z.object({ code: z.string(), lasten: CentsSchema })) });
    const result = schema.safeParse({ programmes: [{ code: "1", lasten: 5 }, { code: 2, lasten: 0.5 }] });
    expect(result.success).toBe(false);
    const issues = issuesFromZod(result.error?.issues ?? []);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["programmes", 1, "code"], "invalid_type"],
      [["programmes", 1, "lasten"], "invalid_type"],
    ]);
    expect(issues.every((issue) => typeof issue.message === "string" && issue.message.length > 0)).toBe(true);
  });

  it("turns symbol keys into strings", () => {
    expect(issuesFromZod([{ path: [Symbol("key"), 0], code: "custom", message: "m" }])).toEqual([{ path: ["Symbol(key)", 0], code: "custom", message: "m" }]);
  });

  test.prop([fc.array(fc.record({ path: fc.array(fc.oneof(fc.string(), fc.nat())), code: fc.string(), message: fc.string() }))])("keeps string and number paths, codes and messages as they are", (issues) => {
    expect(issuesFromZod(issues)).toEqual(issues);
  });
});
