import { describe, expect, it } from "vitest";
import { cents, DomainError, isDomainError } from "opkoers/money";

describe("isDomainError", () => {
  it("recognises a DomainError, optionally with a code", () => {
    const error = new DomainError("fraction_of_cent", "x");
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(error, "fraction_of_cent")).toBe(true);
    expect(isDomainError(error, "invalid_amount")).toBe(false);
  });

  it("recognises a thrown one", () => {
    try {
      cents(0.5);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, "invalid_amount")).toBe(true);
    }
  });

  it("recognises an error from another copy of the package by name and code", () => {
    const foreign = Object.assign(new Error("[opkoers] x"), { name: "DomainError", code: "invalid_amount" });
    expect(foreign instanceof DomainError).toBe(false);
    expect(isDomainError(foreign, "invalid_amount")).toBe(true);
  });

  it("rejects everything else", () => {
    for (const value of [new Error("x"), new TypeError("x"), { name: "DomainError" }, { name: "DomainError", code: 1 }, { code: "invalid_amount" }, "DomainError", null, undefined, 0]) {
      expect(isDomainError(value)).toBe(false);
    }
  });
});
