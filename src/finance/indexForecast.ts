import type { Cents, ExactNumber, RoundingMode } from "../money/index.js";
import { assertCents, assertObject, assertOneOf, assertRounding, assertYear } from "./_internal/assert.js";
import { describe, fail } from "./_internal/fail.js";
import { toCents } from "./_internal/lines.js";
import { compare, divideRounded, exact, plus, rational, times, toDecimalString, type Rational } from "./_internal/rational.js";

/**
 * The base of an indexation: the amounts of one year, split into the part
 * that follows wages (loonkosten) and the part that follows prices.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { IndexBase } from "opkoers/finance";
 *
 * const base: IndexBase = { year: 2025, wages: euro(1000000), prices: euro(250000) };
 * base.year; //=> 2025
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface IndexBase {
  /** The base year (usually the begrotingsjaar t). */
  readonly year: number;
  /** The amount that is indexed with the wage percentage. */
  readonly wages: Cents;
  /** The amount that is indexed with the price percentage. */
  readonly prices: Cents;
}

/**
 * The index percentages of one year, as exact decimal strings in percent
 * (`"2.5"` is 2,5 %), e.g. from the CEP/MEV of the CPB or the municipality's
 * own kaderbrief.
 *
 * @example
 * ```ts
 * import type { IndexRate } from "opkoers/finance";
 *
 * const rate: IndexRate = { year: 2026, wages: "3.1", prices: "2.2" };
 * rate.wages; //=> "3.1"
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface IndexRate {
  /** The year the percentages apply to (the change from the year before). */
  readonly year: number;
  /** Wage index in percent, above −100. */
  readonly wages: ExactNumber;
  /** Price index in percent, above −100. */
  readonly prices: ExactNumber;
}

/**
 * Options for {@link indexForecast}.
 *
 * @example
 * ```ts
 * import type { IndexOptions } from "opkoers/finance";
 *
 * const options: IndexOptions = { rounding: "halfEven", roundingStep: "perYear" };
 * options.roundingStep; //=> "perYear"
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface IndexOptions {
  /** How amounts are rounded to whole cents; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
  /**
   * `"once"` (default): each year is the base × the exact compounded factor,
   * rounded once — no rounding drift. `"perYear"`: each year is the previous
   * year's rounded amount × (1 + its percentage), rounded — for a
   * municipality that indexes the previous published jaarschijf.
   */
  readonly roundingStep?: "once" | "perYear";
}

/**
 * One indexed year; see {@link indexForecast}.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { indexForecast, type IndexedYear } from "opkoers/finance";
 *
 * const year: IndexedYear | undefined = indexForecast({ year: 2025, wages: euro(100), prices: euro(0) }, [{ year: 2026, wages: "2", prices: "0" }]).years[0];
 * year?.wageFactor; //=> "1.02"
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface IndexedYear {
  /** The year. */
  readonly year: number;
  /** The indexed wage part. */
  readonly wages: Cents;
  /** The indexed price part. */
  readonly prices: Cents;
  /** wages + prices. */
  readonly total: Cents;
  /** The exact compounded wage factor from the base year, as a decimal string (e.g. `"1.050625"`). */
  readonly wageFactor: string;
  /** The exact compounded price factor from the base year. */
  readonly priceFactor: string;
}

/**
 * The result of {@link indexForecast}.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { indexForecast, type IndexedForecast } from "opkoers/finance";
 *
 * const result: IndexedForecast = indexForecast({ year: 2025, wages: euro(1), prices: euro(1) }, []);
 * result.years; //=> []
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface IndexedForecast {
  /** The base. */
  readonly base: IndexBase;
  /** The indexed years, ascending. */
  readonly years: readonly IndexedYear[];
  /** The rounding mode used. */
  readonly rounding: RoundingMode;
  /** Where rounding happened. */
  readonly roundingStep: "once" | "perYear";
}

const MINUS_HUNDRED = rational(-100n);

/**
 * Index the meerjarenraming: wages and prices of a base year carried forward
 * with a wage and a price percentage per year, compounded exactly
 * (`bigint` rationals) and rounded to whole cents with a named mode.
 *
 * By default (`roundingStep: "once"`) every year is rounded once from the
 * exact compounded factor: year k = round(base × Π (1 + p_i / 100)). With
 * `"perYear"` every year builds on the previous rounded year: year k =
 * round(year k−1 × (1 + p_k / 100)). The two differ by at most a few cents
 * after a few years; which one a municipality uses is its choice, so it is an
 * option and the result says which was used.
 *
 * @param base - The base year's wage and price amounts.
 * @param rates - The percentages per year: consecutive years starting at base year + 1.
 * @param options - Rounding mode and rounding step.
 * @returns Per year the indexed wage and price parts, their total and the exact factors.
 * @throws {@link DomainError} `invalid_amount` – when a base amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_factor` – when a percentage is not an exact decimal (write `"2.5"`, not `2.5`).
 * @throws {@link DomainError} `invalid_period` – when a year is not a whole year, or the rates are not consecutive years after the base year.
 * @throws {@link DomainError} `invalid_option` – when a percentage is −100 or less, or an option is not allowed.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `amount_out_of_range` – when an amount leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { indexForecast } from "opkoers/finance";
 *
 * const base = { year: 2025, wages: euro("1000000.00"), prices: euro("1000000.13") };
 * const rates = [
 *   { year: 2026, wages: "2.5", prices: "1.9" },
 *   { year: 2027, wages: "2.5", prices: "2.1" },
 * ];
 * const once = indexForecast(base, rates);
 * once.years.map((y) => y.wages); //=> [102500000, 105062500]
 * once.years.map((y) => y.priceFactor); //=> ["1.019", "1.040399"]
 * once.years.map((y) => y.prices); //=> [101900013, 104039914]
 * // rounded per year, 2027 builds on the rounded 2026 amount and ends one cent lower
 * indexForecast(base, rates, { roundingStep: "perYear" }).years.map((y) => y.prices); //=> [101900013, 104039913]
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export function indexForecast(base: IndexBase, rates: readonly IndexRate[], options: IndexOptions = {}): IndexedForecast {
  assertObject(options, "The options");
  const rounding = options.rounding ?? "halfUp";
  assertRounding(rounding, "rounding");
  const roundingStep = options.roundingStep ?? "once";
  assertOneOf(roundingStep, ["once", "perYear"], "roundingStep");
  assertObject(base, "The base");
  assertYear(base.year, "base.year");
  assertCents(base.wages, "base.wages");
  assertCents(base.prices, "base.prices");
  if (!Array.isArray(rates)) fail("invalid_option", `rates must be an array, but it is ${describe(rates)}.`, { option: "rates" });

  let wageFactor: Rational = rational(1n);
  let priceFactor: Rational = rational(1n);
  let wages = BigInt(base.wages);
  let prices = BigInt(base.prices);
  const years = rates.map((rate, i): IndexedYear => {
    assertObject(rate, `rates[${i}]`);
    assertYear(rate.year, `rates[${i}].year`);
    if (rate.year !== base.year + i + 1) {
      fail("invalid_period", `rates[${i}] is for ${rate.year}, but the rates must be consecutive years from ${base.year + 1}: expected ${base.year + i + 1}.`, { index: i, year: rate.year });
    }
    const factor = (value: ExactNumber, name: string): Rational => {
      const pct = exact(value, name);
      if (compare(pct, MINUS_HUNDRED) <= 0) fail("invalid_option", `${name} is ${String(value)} %, but an index percentage must be above −100.`, { option: name, value: String(value) });
      return plus(rational(1n), rational(pct.n, pct.d * 100n));
    };
    const w = factor(rate.wages, `rates[${i}].wages`);
    const p = factor(rate.prices, `rates[${i}].prices`);
    wageFactor = times(wageFactor, w);
    priceFactor = times(priceFactor, p);
    if (roundingStep === "once") {
      wages = divideRounded(BigInt(base.wages) * wageFactor.n, wageFactor.d, rounding);
      prices = divideRounded(BigInt(base.prices) * priceFactor.n, priceFactor.d, rounding);
    } else {
      wages = divideRounded(wages * w.n, w.d, rounding);
      prices = divideRounded(prices * p.n, p.d, rounding);
    }
    const at = `the indexation of ${rate.year}`;
    return {
      year: rate.year,
      wages: toCents(wages, at),
      prices: toCents(prices, at),
      total: toCents(wages + prices, at),
      wageFactor: toDecimalString(wageFactor) ?? `${wageFactor.n}/${wageFactor.d}`,
      priceFactor: toDecimalString(priceFactor) ?? `${priceFactor.n}/${priceFactor.d}`,
    };
  });
  return { base, years, rounding, roundingStep };
}
