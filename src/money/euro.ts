import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { parseDecimal } from "./_internal/rational.js";
import { toSafeCents } from "./_internal/toSafeCents.js";
import type { Cents } from "./types.js";

/** From 2^46 on, consecutive doubles are more than one cent apart. */
const CENT_PRECISION_LIMIT = 2 ** 46;

/**
 * Make an amount from euros, given as a number or as a decimal string with a
 * dot (`"1234.56"`, `"-0.5"`). For Dutch text such as `"1.234,56"` use
 * {@link parseAmount}.
 *
 * A number is read by its shortest decimal form (the digits `String(x)`
 * prints), so `euro(12.34)` is exactly 1234 cents, while the floating-point
 * result `0.1 + 0.2` (0.30000000000000004) is rejected rather than rounded.
 * A number of 2^46 euros (about € 70 trillion) or more must be whole: there
 * doubles are more than a cent apart, so write such an amount as a string.
 *
 * @param value - Euros: a finite number or a decimal string, at most two decimals.
 * @returns The amount in cents.
 * @throws {@link DomainError} `fraction_of_cent` – when the value has more than two decimals (other than trailing zeros).
 * @throws {@link DomainError} `invalid_amount` – when the value is NaN, Infinity or not a decimal number, or a number of 2^46 euros or more with a fraction.
 * @throws {@link DomainError} `amount_out_of_range` – when the amount is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 *
 * euro(46634000); //=> 4663400000
 * euro("1234.56"); //=> 123456
 * euro(0.1 + 0.2); //=> throws fraction_of_cent
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function euro(value: number | string): Cents {
  if (typeof value === "number" && !Number.isFinite(value)) {
    return fail("invalid_amount", `The amount in euros must be a finite number, but it is ${describe(value)}.`, { value });
  }
  if (typeof value === "number" && !Number.isInteger(value) && Math.abs(value) >= CENT_PRECISION_LIMIT) {
    // Above 2^46 euros two doubles are more than a cent apart, so the cents written in the source may already be lost.
    return fail("invalid_amount", `The amount in euros ${describe(value)} is too large to carry cents exactly as a JavaScript number; pass it as a string such as "90071992547409.91".`, { value });
  }
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
  const parsed = text === undefined ? undefined : parseDecimal(text);
  if (parsed === undefined) {
    return fail("invalid_amount", `The amount in euros ${describe(value)} is not a decimal number such as 1234.56 (for Dutch text like "1.234,56" use parseAmount).`, { value });
  }
  const scaled = parsed.n * 100n;
  if (scaled % parsed.d !== 0n) {
    return fail("fraction_of_cent", `The amount ${describe(value)} euros has a fraction of a cent; round it explicitly first.`, { value });
  }
  return toSafeCents(scaled / parsed.d, `euro(${describe(value)})`);
}
