import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { add, cents, sum, type Cents } from "opkoers/money";
import { anyCents, BIG_MAX, boundedCents, deepFreeze, expectDomainError, MAX, notCents } from "./_support.js";

describe("sum", () => {
  it("adds a list, and an empty list is 0", () => {
    expect(sum([cents(4663400000), cents(474200000), cents(-1)])).toBe(5137599999);
    expect(sum([])).toBe(0);
    expect(Object.is(sum([-0 as Cents]), 0)).toBe(true);
  });

  it("rejects a partial sum that overflows even when a later amount brings it back", () => {
    const error = expectDomainError(() => sum([cents(MAX), cents(1), cents(-1)]), "amount_out_of_range");
    expect(error.details).toEqual({ index: 1 });
    expectDomainError(() => sum([cents(-MAX), cents(-MAX), cents(MAX), cents(MAX)]), "amount_out_of_range");
    expect(sum([cents(MAX), cents(-1), cents(1)])).toBe(MAX);
  });

  it("checks every partial sum at the range's edge, at each of the four places in a block and in the tail", () => {
    // sum adds four elements a step and then a tail of up to three; each of the five partial sums has its own
    // check. For every length 2–9 and every position p ≥ 1, the partial sum at p alone reaches exactly ±MAX
    // (allowed) or ±(MAX + 1) (rejected, at index p); the next element brings it back.
    for (let length = 2; length <= 9; length++) {
      for (let p = 1; p < length; p++) {
        for (const sign of [1, -1]) {
          const list = (start: number): Cents[] => {
            const out = new Array<number>(length).fill(0);
            out[0] = sign * start;
            out[p] = sign;
            if (p + 1 < length) out[p + 1] = -sign;
            return out as Cents[];
          };
          const back = p + 1 < length ? 1 : 0;
          expect(sum(list(MAX - 1)), `length ${length}, edge at ${p}, sign ${sign}`).toBe(sign * (MAX - back));
          const error = expectDomainError(() => sum(list(MAX)), "amount_out_of_range");
          expect(error.details, `length ${length}, beyond at ${p}, sign ${sign}`).toEqual({ index: p });
        }
      }
    }
  });

  it("rejects an element that is not a whole number of cents, even when the total would be whole", () => {
    // 0.5 + 0.5 = 1 and null adds as 0: a check of the total alone would let these through.
    expect(expectDomainError(() => sum([0.5, 0.5] as Cents[]), "invalid_amount").details).toEqual({ index: 0, value: 0.5 });
    expectDomainError(() => sum([cents(1), null] as unknown as Cents[]), "invalid_amount");
    expectDomainError(() => sum([true] as unknown as Cents[]), "invalid_amount");
    expectDomainError(() => sum([Infinity, -Infinity] as Cents[]), "invalid_amount");
    expectDomainError(() => sum([cents(1), "99999999999999999"] as unknown as Cents[]), "invalid_amount");
    expectDomainError(() => sum(new Array(3) as Cents[]), "invalid_amount"); // holes
    expectDomainError(() => sum([2 ** 53, -(2 ** 53)] as Cents[]), "amount_out_of_range");
    expectDomainError(() => sum([cents(-1), 2 ** 60] as Cents[]), "amount_out_of_range");
    expectDomainError(() => sum([cents(1), -(2 ** 53) - 2] as Cents[]), "amount_out_of_range");
    expectDomainError(() => sum("12" as unknown as Cents[]), "invalid_amount");
    expectDomainError(() => sum(undefined as unknown as Cents[]), "invalid_amount");
  });

  it("returns the exact total when an unsafe element is cancelled by an earlier partial sum (a documented gap)", () => {
    // The hot loop checks each element for being a whole number, and the running total for its range;
    // -(2^53) after +1 keeps the total in range, and the result is still the exact sum.
    expect(sum([cents(1), -(2 ** 53)] as Cents[])).toBe(-MAX);
  });

  it("does not mutate its input", () => {
    const amounts = deepFreeze([cents(1), cents(2), cents(3)]);
    expect(sum(amounts)).toBe(6);
    expect(amounts).toEqual([1, 2, 3]);
  });

  test.prop([fc.array(anyCents, { maxLength: 20 })])("is the exact total, or throws when some partial sum is unsafe", (amounts) => {
    let exact = 0n;
    let overflows = false;
    for (const amount of amounts) {
      exact += BigInt(amount);
      if (exact > BIG_MAX || exact < -BIG_MAX) overflows = true;
    }
    if (overflows) expectDomainError(() => sum(amounts), "amount_out_of_range");
    else expect(sum(amounts)).toBe(Number(exact));
  });

  test.prop([fc.array(boundedCents(2 ** 45), { maxLength: 40 }), fc.nat(), notCents])(
    "names the index of the first element that is not whole cents, wherever it stands (in a block of four or the tail)",
    (amounts, at, bad) => {
      const index = amounts.length === 0 ? 0 : at % (amounts.length + 1);
      const list = [...amounts.slice(0, index), bad, ...amounts.slice(index)] as Cents[];
      const error = expectDomainError(() => sum(list), "invalid_amount");
      expect((error.details as { index: number }).index).toBe(index);
    },
  );

  test.prop([fc.array(boundedCents(2 ** 40), { maxLength: 40 }), fc.nat()])(
    "names the index at which the running total first leaves the safe range, wherever it stands",
    (amounts, at) => {
      const index = at % (amounts.length + 1);
      // MAX and then MAX again: the partial sum is out of range at the second one, whatever came before.
      const list = [...amounts.slice(0, index), MAX, MAX, ...amounts.slice(index)] as Cents[];
      let running = 0n;
      let first = -1;
      for (let i = 0; i < list.length && first === -1; i++) {
        running += BigInt(list[i] as number);
        if (running > BIG_MAX || running < -BIG_MAX) first = i;
      }
      const error = expectDomainError(() => sum(list), "amount_out_of_range");
      expect(error.details).toEqual({ index: first });
    },
  );

  test.prop([fc.array(boundedCents(2 ** 45), { maxLength: 50 })])("is invariant under reordering (commutative)", (amounts) => {
    const reversed = [...amounts].reverse();
    const sorted = [...amounts].sort((a, b) => a - b);
    expect(sum(reversed)).toBe(sum(amounts));
    expect(sum(sorted)).toBe(sum(amounts));
  });

  test.prop([fc.array(boundedCents(2 ** 45), { maxLength: 30 }), fc.array(boundedCents(2 ** 45), { maxLength: 30 })])(
    "is associative: the sum of two parts is the sum of the whole",
    (left, right) => {
      expect(add(sum(left), sum(right))).toBe(sum([...left, ...right]));
    },
  );
});
