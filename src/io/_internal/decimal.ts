import type { Cents } from "../../money/index.js";

/** Why a decimal could not be turned into cents. */
export type DecimalFailure = "not_a_number" | "fraction_of_cent" | "amount_out_of_range";

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const DECIMAL_WITH_EXPONENT = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);
// Fast path: at most 9 whole digits and 2 decimals stay exact as doubles for every unit up to millions.
const SMALL = /^(-?)(\d{1,9})(?:\.(\d{1,2}))?$/;

/**
 * A decimal text with a dot (`"10127.0"`, `"-3.5"`; with `exponent`, also
 * `"1e+21"` as `String(number)` writes it) in units of `unit` cents, as exact
 * cents — or why not. Never rounds.
 */
export function decimalToCents(text: string, unit: bigint, exponent = false): Cents | DecimalFailure {
  const small = SMALL.exec(text);
  if (small !== null) {
    const [, sign, whole = "", fraction = ""] = small;
    const u = Number(unit);
    const scale = fraction.length === 0 ? 1 : fraction.length === 1 ? 10 : 100;
    const whole_ = Number(whole) * u;
    const part = fraction === "" ? 0 : Number(fraction) * u;
    if (part % scale === 0) {
      const cents = whole_ + part / scale;
      if (Number.isSafeInteger(cents)) return (cents === 0 ? 0 : sign === "-" ? -cents : cents) as Cents;
    }
  }
  const match = (exponent ? DECIMAL_WITH_EXPONENT : DECIMAL).exec(text);
  if (match === null) return "not_a_number";
  const [, sign, whole = "", fraction = "", exp = "0"] = match;
  const digits = BigInt(whole + fraction);
  if (digits === 0n) return 0 as Cents;
  const power = Number(exp) - fraction.length;
  if (power > 400) return "amount_out_of_range";
  if (power < -400) return "fraction_of_cent";
  let scaled = digits * unit;
  if (power >= 0) scaled *= 10n ** BigInt(power);
  else {
    const divisor = 10n ** BigInt(-power);
    if (scaled % divisor !== 0n) return "fraction_of_cent";
    scaled /= divisor;
  }
  if (scaled > MAX) return "amount_out_of_range";
  return Number(sign === "-" ? -scaled : scaled) as Cents;
}

/** A JSON number in units of `unit` cents, as exact cents (read by its shortest decimal form) — or why not. */
export function numberToCents(value: number, unit: bigint): Cents | DecimalFailure {
  if (typeof value !== "number" || !Number.isFinite(value)) return "not_a_number";
  return decimalToCents(String(value), unit, true);
}

/** Exact cents as a Dutch decimal in units of `unit` cents: 1234500 in thousands → "12,345". */
export function centsToUnits(cents: bigint, unit: bigint): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const whole = magnitude / unit;
  let fraction = (magnitude % unit).toString().padStart(unit.toString().length - 1, "0").replace(/0+$/, "");
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  if (fraction !== "") fraction = `,${fraction}`;
  return `${negative ? "-" : ""}${grouped}${fraction}`;
}
