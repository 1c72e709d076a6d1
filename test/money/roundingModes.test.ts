import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isRoundingMode, ROUNDING_MODES, RoundingModeSchema } from "opkoers/money";

describe("ROUNDING_MODES and isRoundingMode", () => {
  it("lists seven frozen modes", () => {
    expect(ROUNDING_MODES).toEqual(["halfUp", "halfDown", "halfEven", "up", "down", "towardZero", "awayFromZero"]);
    expect(Object.isFrozen(ROUNDING_MODES)).toBe(true);
  });

  it("recognises exactly the listed names", () => {
    for (const mode of ROUNDING_MODES) expect(isRoundingMode(mode)).toBe(true);
    for (const other of ["HALF_UP", "halfup", "", "ceil", "toString", "constructor", null, undefined, 1, {}, ["halfUp"]]) {
      expect(isRoundingMode(other)).toBe(false);
    }
  });

  test.prop([fc.anything()])("agrees with RoundingModeSchema", (value) => {
    expect(isRoundingMode(value)).toBe(RoundingModeSchema.safeParse(value).success);
  });
});
