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
  // sum's checks, one element at a time (sum itself takes four a step; see the scenario that uses this).
  const inlineChecks = (values: readonly unknown[]): number => {
    let total = 0;
    let i = 0;
    for (; i < values.length; i++) {
      const amount = values[i];
      if (typeof amount !== "number" || Math.floor(amount) !== amount) break;
      total += amount;
      if (Math.abs(total) > Number.MAX_SAFE_INTEGER) break;
    }
    return i < values.length ? Number.NaN : total;
  };
  const dineroSum = (): Dinero<number, "EUR"> => {
    let total = dinero({ amount: 0, currency: EUR });
    for (const d of dineros) total = dineroAdd(total, d);
    return total;
  };
  const weights = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 1000);
  const total = 123_456_789_01 as Cents;
  // The same rule as allocate (largest-remainder: floor every exact share, then one cent each to the shares
  // with a fraction, largest weight first, ties by position), hand-written in plain numbers. It is exact only
  // because total × weight stays below 2^53 here (1.2·10^13); it checks nothing. allocate does the same in
  // BigInt, exact for every total and every weight (decimals and fractions too), and validates its input.
  const handAllocate = (): number[] => {
    let weightSum = 0;
    for (const w of weights) weightSum += w;
    const shares = new Array<number>(weights.length);
    const withFraction: number[] = [];
    let rest = total as number;
    for (let i = 0; i < weights.length; i++) {
      const product = total * (weights[i] as number);
      const remainder = product % weightSum;
      const share = (product - remainder) / weightSum;
      shares[i] = share;
      rest -= share;
      if (remainder !== 0) withFraction.push(i);
    }
    withFraction.sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
    for (let k = 0; k < rest; k++) (shares[withFraction[k] as number] as number) += 1;
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
      note:
        "sum checks every element (a whole number) and every partial sum (within ±(2^53 − 1)); the next row, the same checks written inline one element at a time, shows what those checks cost in the same run. " +
        "Earlier runs made for issue 8 measured 5.83× (missed). Measured cause (Node 20.20, `node --trace-opt --trace-deopt`, sum timed 300 times on this array in a fresh process): V8 compiled sum on-stack (OSR) during its first long call, before the code after the loop had run; " +
        "that code then deopted at the loop's exit (\"Insufficient type feedback for compare operation\") on every call, 300 deopts in 300 calls. " +
        "Fixed in src/money/sum.ts: the loop is a function of its own (sumBlocks) that returns NaN on failure and does nothing after the loop, four elements a step; the same script now shows 0 deopts. " +
        "bench/run.ts also runs each bench file in a process of its own, so sum no longer sees arrays of other element kinds from other files' scenarios first (12.6× in the same experiment after such calls).",
    },
    {
      name: "sum's checks written inline in this file (typeof, Math.floor, running-total range) — to locate sum's cost",
      baselineName: "hand-written for loop over a number[]",
      baseline: handLoop,
      candidate: () => inlineChecks(plain),
      check: () => {
        if (inlineChecks(plain) !== handLoop()) throw new Error("the inline checks disagree with the loop");
      },
      note:
        "Not a library function: sum's checks (typeof, Math.floor, the running total's range) written inline one element at a time, as sum's tail loop does, with no function call and no error path. It shows what the checks themselves cost in the same run; sum's own ratio (four elements a step in a function of its own) should stay close to it.",
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
      baselineName: "the same largest-remainder rule hand-written in numbers (exact only while total × weight < 2^53, no checks)",
      baseline: handAllocate,
      candidate: () => allocate(total, weights),
      target: { atMost: 3 },
      check: () => {
        const ours = allocate(total, weights);
        const hand = handAllocate();
        if (sum(ours) !== total || ours.some((share, i) => share !== hand[i])) throw new Error("allocate disagrees with the hand-written largest-remainder loop");
      },
      note:
        "allocate computes in BigInt so that every total and every weight (decimal strings, fractions) gives exact shares; the baseline is exact only because these totals × weights stay below 2^53. " +
        "Both floor every share and sort the shares with a fraction; allocate's BigInt multiplication, division and sort comparisons cost more than the baseline's number arithmetic (about 2× overall when the target was set). " +
        "The target (≤ 3×) is a guard against regressions. " +
        "In absolute terms 10,000 weights take a few milliseconds, and an allocation is done once per split, not per line.",
    },
  ];
}
