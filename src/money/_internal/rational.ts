import type { ExactNumber, Factor } from "../types.js";
import { describe } from "./describe.js";
import { fail } from "./fail.js";

/** An exact rational number; `d` is always positive. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,4}))?$/;

/**
 * Read a decimal string exactly. Returns undefined when the text is not a
 * plain decimal (digits, one optional dot, an optional exponent).
 */
export function parseDecimal(text: string): Rational | undefined {
  const match = DECIMAL.exec(text);
  if (match === null) return undefined;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - fraction.length;
  let n = BigInt(whole + fraction);
  let d = 1n;
  if (exponent >= 0) n *= 10n ** BigInt(exponent);
  else d = 10n ** BigInt(-exponent);
  if (sign === "-") n = -n;
  return { n, d };
}

/** Convert an ExactNumber into a Rational, or throw `code` naming `name`. */
export function exactToRational(value: ExactNumber, name: string, code: "invalid_factor" | "invalid_weight"): Rational {
  if (typeof value === "bigint") return { n: value, d: 1n };
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { n: BigInt(value), d: 1n };
    return fail(code, `${name} is the number ${describe(value)}; pass a safe integer, a bigint or a decimal string such as "0.75" (a fractional JavaScript number may already be rounded).`, { argument: name, value });
  }
  if (typeof value === "string") {
    const parsed = parseDecimal(value.trim());
    if (parsed !== undefined) return parsed;
    return fail(code, `${name} is ${describe(value)}, which is not a decimal number such as "0.75" or "-12.5".`, { argument: name, value });
  }
  return fail(code, `${name} must be a number, bigint or decimal string, but it is ${describe(value)}.`, { argument: name, value });
}

/** Convert a Factor (an ExactNumber or a Ratio) into a Rational with a positive denominator. */
export function factorToRational(factor: Factor, name: string): Rational {
  if (typeof factor === "object" && factor !== null) {
    const { numerator, denominator } = factor;
    const top = exactToRational(numerator, `${name}.numerator`, "invalid_factor");
    const bottom = exactToRational(denominator, `${name}.denominator`, "invalid_factor");
    if (bottom.n === 0n) fail("division_by_zero", `${name}.denominator is zero.`, { argument: name, value: factor });
    const n = top.n * bottom.d;
    const d = top.d * bottom.n;
    return d < 0n ? { n: -n, d: -d } : { n, d };
  }
  return exactToRational(factor, name, "invalid_factor");
}
