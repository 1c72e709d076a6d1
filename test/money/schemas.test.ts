import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CentsSchema, ROUNDING_MODES, RoundingModeSchema } from "opkoers/money";
import { anyCents, MAX } from "./_support.js";

describe("CentsSchema", () => {
  it("accepts safe integers and turns -0 into 0", () => {
    expect(CentsSchema.parse(4663400000)).toBe(4663400000);
    expect(CentsSchema.parse(MAX)).toBe(MAX);
    expect(CentsSchema.parse(-MAX)).toBe(-MAX);
    expect(Object.is(CentsSchema.parse(-0), 0)).toBe(true);
  });

  it.each([12.5, "12", Number.NaN, 2 ** 53, -(2 ** 53), Infinity, null, undefined, 12n, true])("rejects %s", (value) => {
    expect(CentsSchema.safeParse(value).success).toBe(false);
  });

  it("reports the path of a bad amount inside a document", () => {
    const result = z.object({ lines: z.array(z.object({ lasten: CentsSchema })) }).safeParse({ lines: [{ lasten: 1 }, { lasten: 1.5 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["lines", 1, "lasten"]]);
    expect(result.error?.issues[0]?.message).toContain("whole number of euro cents");
  });

  test.prop([anyCents])("round-trips every safe amount through JSON", (amount) => {
    expect(CentsSchema.parse(JSON.parse(JSON.stringify(amount)))).toBe(amount);
  });
});

describe("RoundingModeSchema", () => {
  it("accepts every rounding mode and nothing else", () => {
    for (const mode of ROUNDING_MODES) expect(RoundingModeSchema.parse(mode)).toBe(mode);
    expect(RoundingModeSchema.safeParse("bankers").success).toBe(false);
    expect(RoundingModeSchema.safeParse(undefined).success).toBe(false);
  });
});
