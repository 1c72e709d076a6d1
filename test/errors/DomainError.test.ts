import { describe, expect, it } from "vitest";
import { DomainError, type DomainErrorCode } from "opkoers/money";

describe("DomainError", () => {
  it("carries a stable code, a name, details and a prefixed message", () => {
    const error = new DomainError("invalid_amount", "The amount must be a whole number of cents, but it is 12.5.", { argument: "amount", value: 12.5 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe("DomainError");
    expect(error.code).toBe("invalid_amount");
    expect(error.details).toEqual({ argument: "amount", value: 12.5 });
    expect(error.message).toBe("[opkoers] The amount must be a whole number of cents, but it is 12.5.");
    expect(String(error)).toBe("DomainError: [opkoers] The amount must be a whole number of cents, but it is 12.5.");
    expect(error.stack).toContain("DomainError");
  });

  it("has empty details by default", () => {
    expect(new DomainError("invalid_option", "x").details).toEqual({});
  });

  it("keeps the code when caught and rethrown", () => {
    const codes: DomainErrorCode[] = ["invalid_amount", "fraction_of_cent", "amount_out_of_range", "invalid_factor", "division_by_zero", "invalid_weight", "invalid_rounding_mode", "invalid_amount_text", "invalid_option"];
    for (const code of codes) {
      expect(() => {
        throw new DomainError(code, "m");
      }).toThrow(expect.objectContaining({ code, name: "DomainError" }));
    }
  });
});
