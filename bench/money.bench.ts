import { add as dineroAdd, dinero, toSnapshot, type Dinero } from "dinero.js";
import { EUR } from "dinero.js/currencies";
import { allocate, type Cents, sum } from "../src/money/index.js";
import type { Scenario } from "./harness.js";

/** Deterministic pseudo-random amounts (a linear congruential generator), so every run measures the same data. */
function amounts(count: number, seed = 42): Cents[] {
  const out: Cents[] = []; // push, not new Array(n): a packed array, as real data would be
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(((state % 2_000_000_00) - 1_000_000_00) as Cents); // −€1 mln … +€1 mln
  }
  return out;
}

export function scenarios(): Scenario[] {
  const million = amounts(1_000_000);
  const plain: readonly number[] = million; // the same array, so both loops read identical memory
  const dineros: Dinero<number, "EUR">[] = million.map((amount) => dinero({ amount, currency: EUR }));
  const handLoop = (): number => {
    let total = 0;
    for (let i = 0; i < plain.length; i++) total += plain[i] as number;
    return total;
  };
  const dineroSum = (): Dinero<number, "EUR"> => {
    let total = dinero({ amount: 0, currency: EUR });
    for (const d of dineros) total = dineroAdd(total, d);
    return total;
  };
  const weights = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 1000);
  const total = 123_456_789_01 as Cents;
  const handAllocate = (): number[] => {
    // The textbook loop: floor shares, then hand out the remainder one cent at a time.
    let weightSum = 0;
    for (const w of weights) weightSum += w;
    const shares = weights.map((w) => Math.floor((total * w) / weightSum));
    let rest = total - shares.reduce((a, b) => a + b, 0);
    for (let i = 0; rest > 0; i = (i + 1) % shares.length) if ((weights[i] as number) > 0) ((shares[i] as number) += 1), rest--;
    return shares;
  };
  return [
    {
      name: "sum of 1,000,000 amounts",
      baselineName: "hand-written for loop over a number[]",
      baseline: handLoop,
      candidate: () => sum(million),
      target: { atMost: 1.5 },
      check: () => {
        if (sum(million) !== handLoop()) throw new Error("sum disagrees with the loop");
      },
    },
    {
      name: "sum of 1,000,000 amounts",
      baselineName: "dinero.js 2 add() in a loop (slower is better for opkoers)",
      baseline: dineroSum,
      candidate: () => sum(million),
      target: { atLeastFaster: 100 },
      check: () => {
        if (toSnapshot(dineroSum()).amount !== sum(million)) throw new Error("dinero.js disagrees with sum");
      },
    },
    {
      name: "allocate a total over 10,000 weights",
      baselineName: "hand-written float floor-and-remainder loop (not exact beyond 2^53 intermediates)",
      baseline: handAllocate,
      candidate: () => allocate(total, weights),
      check: () => {
        if (sum(allocate(total, weights)) !== total) throw new Error("allocate does not add up");
      },
    },
  ];
}
