import type { Cents } from "../types.js";
import { assertCents } from "./assertCents.js";

/** Return the amount for which `better(candidate, best)` wins, checking every argument. */
export function pickExtreme(first: Cents, rest: readonly Cents[], better: (candidate: number, best: number) => boolean): Cents {
  assertCents(first, "The first amount");
  let result = first;
  for (let i = 0; i < rest.length; i++) {
    const amount = rest[i];
    assertCents(amount, `The amount at position ${i + 2}`);
    if (better(amount, result)) result = amount;
  }
  return (result || 0) as Cents; // never -0
}
