import type { ExactNumber, RoundingMode } from "../../money/index.js";
import { describe, fail } from "./fail.js";

/** An exact rational number n/d with d > 0 and gcd(n, d) = 1. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Make a normalised rational; `d` must not be zero. */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) return fail("division_by_zero", "A ratio's denominator is zero.");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/;

/** Read an exact number (safe integer, bigint or decimal string), or throw `invalid_factor` naming `name`. */
export function exact(value: ExactNumber, name: string): Rational {
  if (typeof value === "bigint") return rational(value);
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return rational(BigInt(value));
    return fail("invalid_factor", `${name} is the number ${describe(value)}; write a fraction as a decimal string such as "2.5" (a fractional JavaScript number may already be rounded).`, { argument: name, value });
  }
  if (typeof value === "string") {
    const match = DECIMAL.exec(value.trim());
    if (match !== null) {
      const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
      const exponent = Number(exponentText) - fraction.length;
      let n = BigInt(whole + fraction);
      let d = 1n;
      if (exponent >= 0) n *= 10n ** BigInt(exponent);
      else d = 10n ** BigInt(-exponent);
      return rational(sign === "-" ? -n : n, d);
    }
    return fail("invalid_factor", `${name} is ${describe(value)}, which is not a decimal number such as "2.5" or "-0.6".`, { argument: name, value });
  }
  return fail("invalid_factor", `${name} must be a safe integer, a bigint or a decimal string, but it is ${describe(value)}.`, { argument: name, value });
}

/** a + b. */
export function plus(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** a − b. */
export function minus(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d - b.n * a.d, a.d * b.d);
}

/** a × b. */
export function times(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

/** a / b; b must not be zero. */
export function over(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d, a.d * b.n);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Divide two bigints (d > 0) and round with a named mode (the same table as opkoers/money). */
export function divideRounded(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const sign = n < 0n ? -1n : 1n;
  const away = q + sign;
  switch (mode) {
    case "towardZero":
      return q;
    case "awayFromZero":
      return away;
    case "up":
      return sign > 0n ? away : q;
    case "down":
      return sign < 0n ? away : q;
    default: {
      const twice = 2n * (r < 0n ? -r : r);
      if (twice < d) return q;
      if (twice > d) return away;
      if (mode === "halfUp") return away;
      if (mode === "halfDown") return q;
      return q % 2n === 0n ? q : away;
    }
  }
}

/** Round `r` to `decimals` decimals: the result is the integer r × 10^decimals, rounded. */
export function roundScaled(r: Rational, decimals: number, mode: RoundingMode): bigint {
  return divideRounded(r.n * 10n ** BigInt(decimals), r.d, mode);
}

/** Write a scaled integer (value × 10^decimals) as a decimal: `"12.5"` (en) or `"12,5"` (nl). */
export function formatScaled(scaled: bigint, decimals: number, lang: "nl" | "en" | "plain"): string {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const scale = 10n ** BigInt(decimals);
  let whole = (magnitude / scale).toString();
  if (lang !== "plain") whole = whole.replace(/\B(?=(?:\d{3})+$)/g, lang === "nl" ? "." : ",");
  const point = lang === "nl" ? "," : ".";
  const text = decimals > 0 ? `${whole}${point}${(magnitude % scale).toString().padStart(decimals, "0")}` : whole;
  return negative && magnitude !== 0n ? `-${text}` : text;
}

/** The exact decimal of `r` when it terminates within 30 digits after the point, else `undefined`. */
export function toDecimalString(r: Rational): string | undefined {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return undefined;
  const digits = Math.max(twos, fives);
  if (digits > 30) return undefined;
  const scaled = (r.n * 10n ** BigInt(digits)) / r.d;
  return trimZeros(formatScaled(scaled, digits, "plain"));
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** Express an exact number in percent in a sentence, e.g. `"5 %"` / `"2,5 %"`, without rounding. */
export function percentText(r: Rational, lang: "nl" | "en"): string {
  const text = toDecimalString(r) ?? `${r.n}/${r.d}`;
  return `${lang === "nl" ? text.replace(".", ",") : text} %`;
}
