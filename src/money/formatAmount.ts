import { assertCents } from "./_internal/assertCents.js";
import { assertOptions } from "./_internal/assertOptions.js";
import { assertRoundingMode } from "./_internal/assertRoundingMode.js";
import { describe } from "./_internal/describe.js";
import { divideRounded } from "./_internal/divideRounded.js";
import { fail } from "./_internal/fail.js";
import { groupThousands } from "./_internal/groupThousands.js";
import { unitCents } from "./_internal/unitCents.js";
import type { Cents, PresentationUnit, RoundingMode } from "./types.js";

/**
 * Options for {@link formatAmount}.
 *
 * @example
 * ```ts
 * import type { FormatAmountOptions } from "opkoers/money";
 *
 * const table: FormatAmountOptions = { unit: "thousand", sign: "parentheses" };
 * table.sign; //=> "parentheses"
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export interface FormatAmountOptions {
  /** The unit to show the amount in; default `"euro"`. */
  readonly unit?: PresentationUnit;
  /** Decimals to show, 0–8; default 2 for euros and millions, 0 for thousands. */
  readonly decimals?: number;
  /** How a negative amount is shown: `"minus"` (default, `-1.234`), `"parentheses"` (`(1.234)`), or `"always"` (`+1.234` / `-1.234`). */
  readonly sign?: "minus" | "parentheses" | "always";
  /** Put `€ ` before the number; default `false`. */
  readonly symbol?: boolean;
  /** How to round to the shown decimals; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
}

/**
 * Write an amount the Dutch way: a dot between groups of three digits and a
 * decimal comma, grouped by `Intl.NumberFormat("nl-NL")`. A runtime without
 * Dutch locale data (a small-ICU build) would make Intl fall back to English
 * `1,234`; opkoers detects that and groups by hand instead, so the text is the
 * same in every runtime. {@link parseAmount} reads the
 * text back: with enough decimals for the unit (2 for euros, 5 for
 * thousands, 8 for millions) `parseAmount(formatAmount(x, o), o)` is `x`.
 *
 * @param amount - The amount in cents.
 * @param options - Unit, decimals, sign style, euro sign and rounding.
 * @returns The text, e.g. `"46.634"` or `"€ -1.234,56"`.
 * @throws {@link DomainError} `invalid_amount` – when `amount` is not a whole number of cents.
 * @throws {@link DomainError} `invalid_option` – when `options` is not an object or an option has an unknown value.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 *
 * @example
 * ```ts
 * import { formatAmount, euro } from "opkoers/money";
 *
 * formatAmount(euro("1234.56")); //=> "1.234,56"
 * formatAmount(euro(46634000), { unit: "thousand" }); //=> "46.634"
 * formatAmount(euro(-7840000), { unit: "million" }); //=> "-7,84"
 * formatAmount(euro(-1234), { unit: "euro", decimals: 0, sign: "parentheses" }); //=> "(1.234)"
 * formatAmount(euro(9600), { symbol: true }); //=> "€ 9.600,00"
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export function formatAmount(amount: Cents, options: FormatAmountOptions = {}): string {
  assertCents(amount, "The amount");
  assertOptions(options, "formatAmount");
  const { unit = "euro", sign = "minus", symbol = false, rounding = "halfUp" } = options;
  const size = unitCents(unit);
  const decimals = options.decimals ?? (unit === "thousand" ? 0 : 2);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 8) {
    return fail("invalid_option", `decimals must be an integer from 0 to 8, but it is ${describe(decimals)}.`, { option: "decimals", value: decimals });
  }
  if (sign !== "minus" && sign !== "parentheses" && sign !== "always") {
    return fail("invalid_option", `sign is ${describe(sign)}; use "minus", "parentheses" or "always".`, { option: "sign", value: sign });
  }
  assertRoundingMode(rounding);
  const scale = 10n ** BigInt(decimals);
  const scaled = divideRounded(BigInt(amount) * scale, size, rounding);
  const magnitude = scaled < 0n ? -scaled : scaled;
  let digits = groupThousands(magnitude / scale);
  if (decimals > 0) digits += `,${(magnitude % scale).toString().padStart(decimals, "0")}`;
  const prefix = symbol ? "€ " : "";
  if (scaled < 0n) return sign === "parentheses" ? `(${prefix}${digits})` : `${prefix}-${digits}`;
  if (scaled > 0n && sign === "always") return `${prefix}+${digits}`;
  return `${prefix}${digits}`;
}
