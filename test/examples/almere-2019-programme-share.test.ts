import { describe, expect, it } from "vitest";
import { almere2019Share } from "../../examples/almere-2019-programme-share.js";

describe("examples/almere-2019-programme-share.ts", () => {
  it("reproduces the published page: Lasten € 131.139 14,5 % — Baten € 89.871 9,9 %", () => {
    expect(almere2019Share()).toEqual({ lasten: "131.139", lastenShare: "14,5 %", baten: "89.871", batenShare: "9,9 %" });
  });
});
