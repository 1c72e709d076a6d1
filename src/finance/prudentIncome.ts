import type { Cents, ExactNumber, Factor, RoundingMode } from "../money/index.js";
import { assertCents, assertObject, assertRounding, assertYear } from "./_internal/assert.js";
import { describe, fail } from "./_internal/fail.js";
import { toRational } from "./_internal/factor.js";
import { toCents } from "./_internal/lines.js";
import { compare, divideRounded, exact, rational, times, toDecimalString, type Rational } from "./_internal/rational.js";
import type { YearAmount } from "./types.js";

/**
 * What {@link prudentIncome} computes from.
 *
 * @example
 * ```ts
 * import { parseAmount } from "opkoers/money";
 * import type { PrudentIncomeInput } from "opkoers/finance";
 *
 * const input: PrudentIncomeInput = {
 *   national: [{ year: 2022, amount: parseAmount("1.614", { unit: "million" }) }],
 *   laterYearsPercentage: "75",
 *   share: "0.00597",
 * };
 * input.laterYearsPercentage; //=> "75"
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface PrudentIncomeInput {
  /** The uncertain income per year (e.g. the national amounts of the Commissie van Wijzen); the earliest year is the first year. */
  readonly national: readonly YearAmount[];
  /** Percentage of the first year that may be included; default `"100"`. */
  readonly firstYearPercentage?: ExactNumber;
  /** Percentage of every later year that may be included, e.g. `"75"` (as the toezichthouders agreed for 2023–2025). */
  readonly laterYearsPercentage: ExactNumber;
  /** The municipality's share of the amounts, as a fraction: a decimal string (`"0.00597"` for 0,597 %) or `{ numerator, denominator }` (e.g. its uitkering over the national total). Use `"1"` when the amounts are already the municipality's own. */
  readonly share: Factor;
  /** What the begroting already includes: one amount for every year, or per year (absent years: 0). Default 0. */
  readonly alreadyIncluded?: Cents | readonly YearAmount[];
  /** How the computed amounts are rounded to whole cents; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
}

/**
 * One year of {@link prudentIncome}.
 *
 * @example
 * ```ts
 * import type { PrudentIncomeYear } from "opkoers/finance";
 *
 * type Net = PrudentIncomeYear["net"];
 * const net = 384000000 as Net;
 * net; //=> 384000000
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface PrudentIncomeYear {
  /** The year. */
  readonly year: number;
  /** The input amount (e.g. national). */
  readonly amount: Cents;
  /** The percentage applied, as a decimal string (`"100"`, `"75"`). */
  readonly percentage: string;
  /** amount × percentage, rounded to whole cents (the "75 % van bovenstaand bedrag" row). */
  readonly includable: Cents;
  /** amount × percentage × share, computed exactly and rounded once to whole cents (the municipality's maximum). */
  readonly municipalMaximum: Cents;
  /** What the begroting already includes. */
  readonly alreadyIncluded: Cents;
  /** municipalMaximum − alreadyIncluded: what may still be added. */
  readonly net: Cents;
}

/**
 * Prudent inclusion of uncertain income in the begroting and
 * meerjarenraming: 100 % (configurable) of the first year, a percentage of
 * every later year, times the municipality's share, minus what the begroting
 * already includes — the rule the joint provincial supervisors set for the
 * "aanvullende middelen gemeentefonds" in the begroting 2022 (Almelo,
 * programmabegroting 2022, programma Zorg; GTK 2020 §7.7 raming algemene
 * uitkering).
 *
 * Rounding: the municipality's maximum is computed exactly from the
 * unrounded amounts (amount × percentage × share) and rounded once to
 * cents. This is what reproduces Almelo's table: 75 % of 1.258 million is
 * 943,5 million (published rounded as 944), and Almelo's 5,63 million
 * follows from 943,5, not from the rounded 944 (which would give 5,64 with
 * any share that also gives the other years). Round for presentation only
 * at the end (e.g. `formatAmount(x, { unit: "million", decimals: 2 })`).
 *
 * @param input - The amounts per year, the percentages, the share, what is already included and the rounding.
 * @returns One row per year, ascending.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_factor` – when a percentage or the share is not exact.
 * @throws {@link DomainError} `invalid_period` – when a year is not a whole year or occurs twice.
 * @throws {@link DomainError} `invalid_option` – when a percentage is negative or the share is negative or has a zero denominator.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `amount_out_of_range` – when an amount leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { formatAmount, parseAmount } from "opkoers/money";
 * import { prudentIncome } from "opkoers/finance";
 *
 * const mln = (text: string) => parseAmount(text, { unit: "million" });
 * const rows = prudentIncome({
 *   national: [2022, 2023, 2024, 2025].map((year, i) => ({ year, amount: mln(["1.614", "1.454", "1.365", "1.258"][i]!) })),
 *   laterYearsPercentage: "75",
 *   share: "0.00597",
 *   alreadyIncluded: mln("1,80"),
 * });
 * rows.map((r) => formatAmount(r.includable, { unit: "million", decimals: 0 })); //=> ["1.614", "1.091", "1.024", "944"]
 * rows.map((r) => formatAmount(r.municipalMaximum, { unit: "million" })); //=> ["9,64", "6,51", "6,11", "5,63"]
 * rows.map((r) => formatAmount(r.net, { unit: "million" })); //=> ["7,84", "4,71", "4,31", "3,83"]
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export function prudentIncome(input: PrudentIncomeInput): readonly PrudentIncomeYear[] {
  assertObject(input, "The input");
  const rounding = input.rounding ?? "halfUp";
  assertRounding(rounding, "rounding");
  if (!Array.isArray(input.national)) fail("invalid_option", `national must be an array of { year, amount }, but it is ${describe(input.national)}.`, { option: "national" });
  const percentage = (value: ExactNumber, name: string): Rational => {
    const r = exact(value, name);
    if (r.n < 0n) fail("invalid_option", `${name} is ${String(value)} %, but it cannot be negative.`, { option: name });
    return r;
  };
  const first = percentage(input.firstYearPercentage ?? "100", "firstYearPercentage");
  const later = percentage(input.laterYearsPercentage, "laterYearsPercentage");
  const read = toRational(input.share, "share");
  if (read === null || read.kind !== "value") return fail("invalid_option", "share has a zero denominator.", { option: "share" });
  const share = read.value;
  if (compare(share, rational(0n)) < 0) fail("invalid_option", "share cannot be negative.", { option: "share" });

  const included = new Map<number, bigint>();
  let includedAll = 0n;
  if (Array.isArray(input.alreadyIncluded)) {
    input.alreadyIncluded.forEach((item: YearAmount, i: number) => {
      assertYear(item?.year, `alreadyIncluded[${i}].year`);
      assertCents(item.amount, `alreadyIncluded[${i}].amount`);
      included.set(item.year, (included.get(item.year) ?? 0n) + BigInt(item.amount));
    });
  } else if (input.alreadyIncluded !== undefined) {
    assertCents(input.alreadyIncluded, "alreadyIncluded");
    includedAll = BigInt(input.alreadyIncluded);
  }

  const seen = new Set<number>();
  const rows = input.national.map((item, i) => {
    assertYear(item?.year, `national[${i}].year`);
    assertCents(item.amount, `national[${i}].amount`);
    if (seen.has(item.year)) fail("invalid_period", `national lists the year ${item.year} twice.`, { year: item.year });
    seen.add(item.year);
    return item;
  });
  rows.sort((a, b) => a.year - b.year);
  const firstYear = rows[0]?.year;
  return rows.map((item): PrudentIncomeYear => {
    const pct = item.year === firstYear ? first : later;
    const fraction = rational(pct.n, pct.d * 100n);
    const includable = times(rational(BigInt(item.amount)), fraction);
    const municipal = times(includable, share);
    const at = `the prudent inclusion of ${item.year}`;
    const maximum = divideRounded(municipal.n, municipal.d, rounding);
    const already = included.get(item.year) ?? includedAll;
    return {
      year: item.year,
      amount: item.amount,
      percentage: toDecimalString(pct) ?? `${pct.n}/${pct.d}`,
      includable: toCents(divideRounded(includable.n, includable.d, rounding), at),
      municipalMaximum: toCents(maximum, at),
      alreadyIncluded: toCents(already, at),
      net: toCents(maximum - already, at),
    };
  });
}
