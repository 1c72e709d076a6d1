import type { PresentationUnit } from "../types.js";
import { describe } from "./describe.js";
import { fail } from "./fail.js";

/** How many cents one presentation unit holds. */
export function unitCents(unit: PresentationUnit): bigint {
  switch (unit) {
    case "euro":
      return 100n;
    case "thousand":
      return 100_000n;
    case "million":
      return 100_000_000n;
    default:
      return fail("invalid_option", `unit is ${describe(unit)}; use "euro", "thousand" or "million".`, { option: "unit", value: unit });
  }
}
