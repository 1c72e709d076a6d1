import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { allocate, cents, type Cents, type ExactNumber } from "opkoers/money";
import { anyCents, decimalText, deepFreeze, expectDomainError, floorDiv, MAX } from "./_support.js";

/** Integer weights, with zeros and ties likely. */
const weights = fc.array(fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeInteger().map(Math.abs)), {
  minLength: 1,
  maxLength: 12,
});

/** The shares the documented rule gives, computed from scratch: floors, then one cent each to the shares with a fraction, in (weight desc, index asc) order. */
function expectedShares(total: number, ws: readonly bigint[]): number[] {
  const weightSum = ws.reduce((a, b) => a + b, 0n);
  const magnitude = BigInt(Math.abs(total));
  const floors = ws.map((w) => floorDiv(magnitude * w, weightSum));
  let remainder = magnitude - floors.reduce((a, b) => a + b, 0n);
  const order = ws
    .map((w, i) => [w, i] as const)
    .filter(([w]) => (magnitude * w) % weightSum !== 0n) // a share that is exactly whole keeps its value
    .sort(([wa, ia], [wb, ib]) => (wa !== wb ? (wa > wb ? -1 : 1) : ia - ib));
  for (const [, i] of order) {
    if (remainder === 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    remainder--;
  }
  return floors.map((share) => (total < 0 ? -Number(share) : Number(share)) || 0);
}

describe("allocate", () => {
  it("splits into shares that add up, extra cents to the largest weights first, ties to the earliest", () => {
    expect(allocate(cents(10000), [1, 1, 1])).toEqual([3334, 3333, 3333]);
    expect(allocate(cents(5), [1, 3, 0])).toEqual([1, 4, 0]);
    expect(allocate(cents(2), [1, 2, 2])).toEqual([0, 1, 1]);
    // 1/3, 1, 2/3: the exactly whole share keeps its value even though its weight is the largest
    expect(allocate(cents(2), [1, 3, 2])).toEqual([0, 1, 1]);
    // 0,6 / 1,2 / 1,2: the cent goes to the largest weight (the earliest of the two), not to the largest remainder
    expect(allocate(cents(3), [1, 2, 2])).toEqual([0, 2, 1]);
    expect(allocate(cents(-10000), [1, 1, 1])).toEqual([-3334, -3333, -3333]);
    expect(allocate(cents(960000), ["0.5", "0.25", "0.25"])).toEqual([480000, 240000, 240000]);
    expect(allocate(cents(100), [1n, "1", 1])).toEqual([34, 33, 33]);
    expect(allocate(cents(7), [5])).toEqual([7]);
  });

  it("gives zero (not -0) to zero weights, and zeros when total and all weights are zero", () => {
    const shares = allocate(cents(-1), [0, 1, 0]);
    expect(shares).toEqual([0, -1, 0]);
    expect(Object.is(shares[0], 0)).toBe(true);
    expect(allocate(cents(0), [0, 0])).toEqual([0, 0]);
    expect(allocate(-0 as Cents, [0, "0.0"]).every((share) => Object.is(share, 0))).toBe(true);
    expect(allocate(cents(-2), [1, 1, 1]).map((share) => Object.is(share, -0))).toEqual([false, false, false]);
  });

  it("handles the largest totals and huge or tiny weights exactly", () => {
    expect(allocate(cents(MAX), [1, 1])).toEqual([4503599627370496, 4503599627370495]);
    expect(allocate(cents(-MAX), [10n ** 30n, 1n])).toEqual([-MAX, 0]);
    expect(allocate(cents(MAX), ["1e-9999", "1e-9999", "2e-9999"])).toEqual([2251799813685248, 2251799813685247, 4503599627370496]);
    expect(allocate(cents(100), ["1e3", "1E+3", 1000n])).toEqual([34, 33, 33]);
  });

  it("rejects bad weights and totals", () => {
    expectDomainError(() => allocate(cents(100), []), "invalid_weight");
    expectDomainError(() => allocate(cents(100), "1,1" as unknown as ExactNumber[]), "invalid_weight");
    expectDomainError(() => allocate(cents(100), [0, 0]), "invalid_weight");
    expect(expectDomainError(() => allocate(cents(100), [1, -1]), "invalid_weight").details).toEqual({ index: 1, value: -1 });
    expectDomainError(() => allocate(cents(100), [1, "-0.5"]), "invalid_weight");
    expectDomainError(() => allocate(cents(100), [1, 0.5]), "invalid_weight");
    expectDomainError(() => allocate(cents(100), [1, Number.NaN]), "invalid_weight");
    expectDomainError(() => allocate(cents(100), [1, "½"]), "invalid_weight");
    expectDomainError(() => allocate(cents(100), [1, null as unknown as ExactNumber]), "invalid_weight");
    expectDomainError(() => allocate(cents(100), [1, 2 ** 53]), "invalid_weight");
    expectDomainError(() => allocate(12.5 as Cents, [1]), "invalid_amount");
    expectDomainError(() => allocate(2 ** 53 as Cents, [1]), "amount_out_of_range");
  });

  it("does not mutate its input", () => {
    const ws = deepFreeze([3, "1.5", 2n, 0] as ExactNumber[]);
    expect(allocate(cents(1000), ws)).toEqual([462, 230, 308, 0]);
    expect(ws).toEqual([3, "1.5", 2n, 0]);
  });

  test.prop([anyCents, weights])("adds up exactly; each share is the floor or ceiling of its exact share; zero weights get zero", (total, ws) => {
    fc.pre(ws.some((w) => w > 0));
    const shares = allocate(total, ws);
    expect(shares).toHaveLength(ws.length);
    const big = shares.map(BigInt);
    expect(big.reduce((a, b) => a + b, 0n)).toBe(BigInt(total));
    const weightSum = ws.reduce((a, b) => a + BigInt(b), 0n);
    shares.forEach((share, i) => {
      expect(Number.isSafeInteger(share)).toBe(true);
      expect(Object.is(share, -0)).toBe(false);
      // |share − total·w/W| < 1  ⇔  |share·W − total·w| < W
      const exact = BigInt(total) * BigInt(ws[i] as number); // the exact share is exact / weightSum
      const distance = BigInt(share) * weightSum - exact;
      expect(distance < weightSum && distance > -weightSum).toBe(true);
      // the floor or the ceiling of the exact share, and the exact share itself when it is whole
      expect([floorDiv(exact, weightSum), -floorDiv(-exact, weightSum)]).toContain(BigInt(share));
      if (ws[i] === 0) expect(share).toBe(0);
    });
  });

  test.prop([anyCents, weights])("gives the remaining cents to the largest weights first, ties to the earliest", (total, ws) => {
    fc.pre(ws.some((w) => w > 0));
    expect(allocate(total, ws)).toEqual(expectedShares(total, ws.map(BigInt)));
  });

  test.prop([anyCents, weights, fc.bigInt({ min: 1n, max: 10n ** 25n })])("does not change when every weight is scaled by the same k", (total, ws, k) => {
    fc.pre(ws.some((w) => w > 0));
    expect(allocate(total, ws.map((w) => BigInt(w) * k))).toEqual(allocate(total, ws));
  });

  test.prop([anyCents, weights, fc.integer({ min: 0, max: 12 }), fc.constantFrom("dot" as const, "exponent" as const)])(
    "gives the same shares for weights written as decimal strings (w / 10^j)",
    (total, ws, j, form) => {
      fc.pre(ws.some((w) => w > 0));
      expect(allocate(total, ws.map((w) => decimalText(BigInt(w), j, form)))).toEqual(allocate(total, ws));
    },
  );

  test.prop([anyCents, weights])("splits a negative total as the negation of the positive split", (total, ws) => {
    fc.pre(ws.some((w) => w > 0));
    expect(allocate(-total as Cents, ws)).toEqual(allocate(total, ws).map((share) => -share || 0));
  });
});
