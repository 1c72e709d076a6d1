import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cents, roundForPresentation, ROUNDING_MODES, type Cents, type PresentationOptions, type PresentationUnit } from "opkoers/money";
import { deepFreeze, expectDomainError, floorDiv, MAX, roundRef } from "./_support.js";

const UNITS = [
  ["euro", 100n],
  ["thousand", 100_000n],
  ["million", 100_000_000n],
] as const;
const unitCase = fc.constantFrom(...UNITS);
const mode = fc.constantFrom(...ROUNDING_MODES);
/** Lines of a table: everyday amounts, amounts near unit boundaries, and large ones. */
const lines = fc.array(
  fc
    .oneof(
      fc.integer({ min: -10_000_000, max: 10_000_000 }),
      fc.integer({ min: -20, max: 20 }).map((k) => k * 50_000), // exact halves of a thousand
      fc.integer({ min: -(2 ** 45), max: 2 ** 45 }),
    )
    .map((n) => n as Cents),
  { maxLength: 25 },
);

describe("roundForPresentation", () => {
  it("keeps the total with the largest-remainder method", () => {
    const table = roundForPresentation([cents(140000), cents(140000), cents(140000)], { unit: "thousand" });
    expect(table).toEqual({ unit: "thousand", method: "largestRemainder", lines: [2, 1, 1], total: 4, lineDifferences: [60000, -40000, -40000], discrepancy: 0 });
    // remainders 0,6 / 0,8 / 0,6 → the unit goes to the largest remainder, then to the earliest of equal ones
    expect(roundForPresentation([cents(160000), cents(180000), cents(160000)], { unit: "thousand" }).lines).toEqual([2, 2, 1]);
    expect(roundForPresentation([cents(-140000), cents(-140000), cents(-140000)], { unit: "thousand" }).lines).toEqual([-1, -1, -2]);
    expect(roundForPresentation([], { unit: "million" })).toEqual({ unit: "million", method: "largestRemainder", lines: [], total: 0, lineDifferences: [], discrepancy: 0 });
  });

  it("reports the discrepancy with the independent method", () => {
    const table = roundForPresentation([cents(140000), cents(140000), cents(140000)], { unit: "thousand", method: "independent" });
    expect(table).toEqual({ unit: "thousand", method: "independent", lines: [1, 1, 1], total: 4, lineDifferences: [-40000, -40000, -40000], discrepancy: -1 });
    const halves = roundForPresentation([cents(50), cents(50), cents(-150)], { unit: "euro", method: "independent", rounding: "halfEven" });
    expect(halves.lines).toEqual([0, 0, -2]);
    expect(halves.total).toBe(0);
    expect(halves.discrepancy).toBe(-2);
  });

  it("never returns -0", () => {
    const table = roundForPresentation([cents(-1), cents(-1)], { unit: "thousand", method: "independent" });
    expect([...table.lines, table.total, table.discrepancy].every((n) => !Object.is(n, -0))).toBe(true);
  });

  it("rejects bad input", () => {
    expectDomainError(() => roundForPresentation([cents(1), 1.5 as Cents], { unit: "euro" }), "invalid_amount");
    expectDomainError(() => roundForPresentation("12" as unknown as Cents[], { unit: "euro" }), "invalid_amount");
    expectDomainError(() => roundForPresentation([cents(1)], { unit: "billion" as PresentationUnit }), "invalid_option");
    expectDomainError(() => roundForPresentation([cents(1)], { unit: "euro", method: "nearest" } as unknown as PresentationOptions), "invalid_option");
    expectDomainError(() => roundForPresentation([cents(1)], { unit: "euro", rounding: "bankers" } as unknown as PresentationOptions), "invalid_rounding_mode");
    // the total of the lines is beyond the safe range: the rounded total would be a float, not exact
    expectDomainError(() => roundForPresentation([cents(MAX), cents(MAX)], { unit: "million" }), "amount_out_of_range");
  });

  it("does not mutate its input", () => {
    const amounts = deepFreeze([cents(140000), cents(160000)]);
    roundForPresentation(amounts, { unit: "thousand" });
    roundForPresentation(amounts, { unit: "thousand", method: "independent" });
    expect(amounts).toEqual([140000, 160000]);
  });

  test.prop([lines, unitCase, mode])("largestRemainder: lines add up to the rounded total; each line is the floor or the ceiling of its exact value", (amounts, [unit, size], rounding) => {
    const table = roundForPresentation(amounts, { unit, rounding });
    const exactTotal = amounts.reduce((a, b) => a + BigInt(b), 0n);
    expect(table.total).toBe(Number(roundRef(exactTotal, size, rounding)));
    expect(table.lines.reduce((a, b) => a + b, 0)).toBe(table.total);
    expect(table.discrepancy).toBe(0);
    table.lines.forEach((line, i) => {
      const exact = BigInt(amounts[i] as number);
      const floor = floorDiv(exact, size);
      expect([floor, exact % size === 0n ? floor : floor + 1n]).toContain(BigInt(line));
      expect(table.lineDifferences[i]).toBe(Number(BigInt(line) * size - exact));
    });
  });

  test.prop([lines, unitCase, mode])("independent: each line is rounded on its own, and discrepancy = sum(lines) − total", (amounts, [unit, size], rounding) => {
    const table = roundForPresentation(amounts, { unit, method: "independent", rounding });
    const exactTotal = amounts.reduce((a, b) => a + BigInt(b), 0n);
    expect(table.total).toBe(Number(roundRef(exactTotal, size, rounding)));
    expect(table.lines).toEqual(amounts.map((amount) => Number(roundRef(BigInt(amount), size, rounding))));
    expect(table.discrepancy).toBe(table.lines.reduce((a, b) => a + b, 0) - table.total);
    expect(table.lineDifferences).toEqual(table.lines.map((line, i) => line * Number(size) - (amounts[i] as number) || 0));
  });

  test.prop([lines, unitCase])("largestRemainder gives the units to the largest remainders (ties: the earliest line)", (amounts, [unit, size]) => {
    const table = roundForPresentation(amounts, { unit });
    const remainders = amounts.map((amount) => BigInt(amount) - floorDiv(BigInt(amount), size) * size);
    const raised = table.lines.map((line, i) => BigInt(line) !== floorDiv(BigInt(amounts[i] as number), size));
    // every raised line has a remainder at least as large as every line that was not raised (and beats it on ties by position)
    raised.forEach((up, i) => {
      if (!up) return;
      remainders.forEach((other, j) => {
        if (raised[j] || other === 0n) return;
        const mine = remainders[i] as bigint;
        expect(mine > other || (mine === other && i < j)).toBe(true);
      });
    });
  });
});
