import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { BOEKJAREN, cbsErrorMessage, DomainError, plausibilityChecksOf } from "opkoers/reference";

describe("cbsErrorMessage", () => {
  it("knows PF001–PF009 and every check a boekjaar lists", () => {
    for (let n = 1; n <= 9; n++) expect(cbsErrorMessage(`PF00${n}`).summary.startsWith(`${n}. `)).toBe(true);
    for (const year of BOEKJAREN) for (const check of plausibilityChecksOf(year)) expect(check.description).toBe(cbsErrorMessage(check.code).summary);
  });

  test.prop([fc.constantFrom("PF001", "PF006", "PF009", "DF001", "SF016"), fc.string().filter((s) => !s.includes("<"))])(
    "fills every given placeholder and leaves the others",
    (code, value) => {
      const template = cbsErrorMessage(code).message;
      const filled = cbsErrorMessage(code, { fout: value }).message;
      expect(filled.includes("<fout>")).toBe(false);
      expect(filled).toBe(template.split("<fout>").join(value));
    },
  );

  it("throws unknown_code for a code CBS does not have", () => {
    for (const code of ["PF010", "pf006", "", " PF006"]) {
      let thrown: unknown;
      try {
        cbsErrorMessage(code);
      } catch (error) {
        thrown = error;
      }
      expect(thrown instanceof DomainError && thrown.code, code).toBe("unknown_code");
    }
  });

  it("applies the checks per period as the 2024 file says", () => {
    const byCode = new Map(plausibilityChecksOf(2024).map((c) => [c.code, c]));
    expect(byCode.get("PF006")?.scopes).toEqual([{ periods: [0, 5] }]);
    expect(byCode.get("PF007")?.scopes).toEqual([{ periods: [5] }]);
    expect(byCode.get("PF003")?.scopes.map((s) => s.balanscodes?.length)).toEqual([44, 62]);
    expect(plausibilityChecksOf(2019)).toEqual([{ code: "PF001", number: 1, description: cbsErrorMessage("PF001").summary, scopes: [{ threshold: "<= 0.01" }] }]);
  });
});
