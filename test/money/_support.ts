// Shared arbitraries, oracles and assertions for the money tests (not a test file itself).
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { DomainError, type Cents, type DomainErrorCode, type Factor, type RoundingMode } from "opkoers/money";

export const MAX = Number.MAX_SAFE_INTEGER;
export const BIG_MAX = BigInt(MAX);

/** Any safe amount: the full range, everyday amounts, and the edges. */
export const anyCents: fc.Arbitrary<Cents> = fc
  .oneof(
    fc.maxSafeInteger(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.constantFrom(0, 1, -1, 99, -99, 100, -100, MAX, -MAX, MAX - 1, -MAX + 1),
  )
  .map((n) => n as Cents);

/** Amounts within ±bound (default 2^50), so that a few of them can be added without overflow. */
export const boundedCents = (bound = 2 ** 50): fc.Arbitrary<Cents> => fc.integer({ min: -bound, max: bound }).map((n) => n as Cents);

/** Values that are not a whole number of cents (and not an integer at all). */
export const notCents: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, 0.5, -1.5, 1e-7, 0.1 + 0.2, "12", "", "0", null, undefined, true, false, 12n, {}, [], [1], Symbol("cents"), () => 1),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
  fc.string(),
);

/** Integers beyond the safe range: these are rejected as `amount_out_of_range`. */
export const unsafeIntegers: readonly number[] = [2 ** 53, -(2 ** 53), 2 ** 60, -(2 ** 64), 1e300, -1e300, Number.MAX_VALUE];

/** Floor division for bigints (BigInt division truncates). */
export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return (n % d !== 0n && (n < 0n) !== (d < 0n)) ? q - 1n : q;
}

/**
 * Independent oracle for rounding n/d (d ≠ 0) with a mode, derived from the floor and the
 * distance to it (the library works from the truncated quotient instead).
 */
export function roundRef(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d < 0n) [n, d] = [-n, -d];
  const floor = floorDiv(n, d);
  const frac = n - floor * d; // 0 ≤ frac < d
  if (frac === 0n) return floor;
  const ceil = floor + 1n;
  const negative = n < 0n;
  switch (mode) {
    case "down":
      return floor;
    case "up":
      return ceil;
    case "towardZero":
      return negative ? ceil : floor;
    case "awayFromZero":
      return negative ? floor : ceil;
    default: {
      const side = 2n * frac - d; // < 0: nearer the floor, > 0: nearer the ceiling, 0: a tie
      if (side < 0n) return floor;
      if (side > 0n) return ceil;
      if (mode === "halfEven") return floor % 2n === 0n ? floor : ceil;
      if (mode === "halfUp") return negative ? floor : ceil;
      return negative ? ceil : floor; // halfDown
    }
  }
}

/** An exact factor in one of its accepted spellings, with its value n/d (d > 0). */
export interface ExactCase {
  readonly factor: Factor;
  readonly n: bigint;
  readonly d: bigint;
  readonly label: string;
}

/** Write mantissa × 10^-scale as decimal text, in one of several accepted forms. */
export function decimalText(mantissa: bigint, scale: number, form: "dot" | "exponent" | "upperExponent" | "plus"): string {
  if (form === "exponent") return `${mantissa}e-${scale}`;
  if (form === "upperExponent") return `${mantissa}E-${scale}`;
  const digits = (mantissa < 0n ? -mantissa : mantissa).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  const sign = mantissa < 0n ? "-" : form === "plus" ? "+" : "";
  return sign + body;
}

function factorCases(integerBound: number, bigintBound: bigint, mantissaBound: bigint, maxScale: number): fc.Arbitrary<ExactCase> {
  const integerCase: fc.Arbitrary<ExactCase> = fc
    .oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -integerBound, max: integerBound }))
    .map((k) => ({ factor: k, n: BigInt(k), d: 1n, label: "number" }));
  const bigintCase: fc.Arbitrary<ExactCase> = fc
    .bigInt({ min: -bigintBound, max: bigintBound })
    .map((b) => ({ factor: b, n: b, d: 1n, label: "bigint" }));
  const decimalCase: fc.Arbitrary<ExactCase> = fc
    .record({
      mantissa: fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -mantissaBound, max: mantissaBound })),
      scale: fc.integer({ min: 0, max: maxScale }),
      form: fc.constantFrom("dot" as const, "exponent" as const, "upperExponent" as const, "plus" as const),
    })
    .map(({ mantissa, scale, form }) => ({ factor: decimalText(mantissa, scale, form), n: mantissa, d: 10n ** BigInt(scale), label: "decimal" }));
  const simpleCase = fc.oneof(integerCase, bigintCase, decimalCase);
  const ratioCase: fc.Arbitrary<ExactCase> = fc
    .tuple(simpleCase, simpleCase.filter((c) => c.n !== 0n))
    .map(([top, bottom]) => {
      let n = top.n * bottom.d;
      let d = top.d * bottom.n;
      if (d < 0n) [n, d] = [-n, -d];
      return { factor: { numerator: top.factor as bigint | number | string, denominator: bottom.factor as bigint | number | string }, n, d, label: "ratio" };
    });
  return fc.oneof(integerCase, bigintCase, decimalCase, ratioCase);
}

/** Any exact factor: a safe integer, a bigint, a decimal string or a ratio of those; many products overflow. */
export const exactFactor: fc.Arbitrary<ExactCase> = factorCases(MAX, 10n ** 20n, 10n ** 18n, 12);

/** A factor of at most 10^6 in size (an amount within ±2^30 times such a factor stays in range). */
export const modestFactor: fc.Arbitrary<ExactCase> = factorCases(1_000_000, 1_000_000n, 1_000_000n, 6).filter(
  ({ n, d }) => (n < 0n ? -n : n) <= 1_000_000n * d,
);

/** The value of a rounding, or undefined when the library says it is out of range. */
export function unlessOutOfRange(run: () => number): number | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && error.code === "amount_out_of_range") return undefined;
    throw error;
  }
}

/** Run `run` and expect a DomainError with `code`; returns the error for further checks. */
export function expectDomainError(run: () => unknown, code: DomainErrorCode): DomainError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a DomainError with code ${code}`).toBeInstanceOf(DomainError);
  expect((caught as DomainError).code).toBe(code);
  return caught as DomainError;
}

/** Freeze an array and every object in it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A bigint as the number of cents it is, asserting it is safe. */
export function toNumber(value: bigint): number {
  expect(value <= BIG_MAX && value >= -BIG_MAX).toBe(true);
  return Number(value);
}
