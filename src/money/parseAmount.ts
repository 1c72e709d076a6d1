import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { toSafeCents } from "./_internal/toSafeCents.js";
import { unitCents } from "./_internal/unitCents.js";
import type { Cents, PresentationUnit } from "./types.js";

/**
 * Options for {@link parseAmount}.
 *
 * @example
 * ```ts
 * import type { ParseAmountOptions } from "opkoers/money";
 *
 * const inMillions: ParseAmountOptions = { unit: "million" };
 * inMillions.unit; //=> "million"
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export interface ParseAmountOptions {
  /** The unit the text is written in: `"euro"` (default), `"thousand"` (× € 1.000) or `"million"` (× € 1 mln). */
  readonly unit?: PresentationUnit;
}

// Whole part: plain digits, or Dutch groups of three separated by dots. Then an optional
// decimal comma with digits, or ",-" / ",--" for whole euros.
const DUTCH_NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+|-{1,2}))?$/;

/**
 * Read an amount written the Dutch way, as in begrotingen and jaarstukken.
 *
 * The rules, so that no text is read two ways:
 * - a dot separates thousands and must be followed by exactly three digits
 *   (`"46.634"` is forty-six thousand six hundred and thirty-four; `"1.5"`
 *   is an error, not one and a half);
 * - a comma is the decimal separator (`"9,64"`); `",-"` means whole euros
 *   (`"€ 9.600,-"`);
 * - a leading `-` or `−`, or parentheses (`"(1.234)"`), make the amount negative;
 * - `€`, spaces and non-breaking spaces around the number are ignored;
 * - the unit option scales the number: `"46.634"` in `"thousand"` is € 46.634.000.
 *
 * @param text - The text of one amount.
 * @param options - The unit the text is written in (default: euros).
 * @returns The amount in cents.
 * @throws {@link DomainError} `invalid_amount_text` – when the text is not a Dutch number, with the reason in the message.
 * @throws {@link DomainError} `fraction_of_cent` – when the amount, in euros, has a fraction of a cent.
 * @throws {@link DomainError} `amount_out_of_range` – when the amount is beyond ±(2^53 − 1) cents.
 * @throws {@link DomainError} `invalid_option` – when the unit is unknown.
 *
 * @example
 * ```ts
 * import { parseAmount } from "opkoers/money";
 *
 * parseAmount("46.634", { unit: "thousand" }); //=> 4663400000
 * parseAmount("9,64", { unit: "million" }); //=> 964000000
 * parseAmount("-1,80", { unit: "million" }); //=> -180000000
 * parseAmount("€ 9.600,-"); //=> 960000
 * parseAmount("(1.234)"); //=> -123400
 * parseAmount("1.234,56"); //=> 123456
 * parseAmount("1.5"); //=> throws invalid_amount_text
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): Cents {
  const size = unitCents(options.unit ?? "euro");
  if (typeof text !== "string") {
    return fail("invalid_amount_text", `The amount must be text, but it is ${describe(text)}.`, { text });
  }
  const reject = (reason: string): never => fail("invalid_amount_text", `${describe(text)} is not an amount: ${reason}.`, { text, reason });
  let rest = text.replace(/[\s\u00a0\u202f\u2009]+/g, "");
  if (rest === "") reject("it is empty");
  let negative = false;
  if (rest.startsWith("(") && rest.endsWith(")")) {
    negative = true;
    rest = rest.slice(1, -1);
  }
  // A sign may stand before or after the euro sign: "-€5", "€-5".
  const readSign = (): void => {
    if (rest.startsWith("-") || rest.startsWith("\u2212")) {
      if (negative) reject("it has two minus signs");
      negative = true;
      rest = rest.slice(1);
    } else if (rest.startsWith("+")) {
      rest = rest.slice(1);
    }
  };
  readSign();
  if (rest.startsWith("€")) {
    rest = rest.slice(1);
    readSign();
  }
  const match = DUTCH_NUMBER.exec(rest);
  if (match === null) {
    if (/^\d+\.\d{1,2}$/.test(rest) || /^\d+\.\d{4,}$/.test(rest)) {
      reject("a dot is the Dutch thousands separator and must be followed by three digits; write a decimal comma (1,5)");
    }
    if (/^[\d.]*\d,\d{3}\.\d+$/.test(rest) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(rest)) {
      reject("this looks like English notation; Dutch amounts use a dot for thousands and a comma for decimals (1.234,56)");
    }
    reject("expected digits with a dot between groups of three and an optional decimal comma, like 1.234,56");
  }
  const [, whole = "", fractionText = ""] = match as RegExpExecArray;
  const fraction = fractionText.startsWith("-") ? "" : fractionText;
  const digits = BigInt(whole.replace(/\./g, "") + fraction);
  const scaleDown = 10n ** BigInt(fraction.length);
  const exactCents = digits * size;
  if (exactCents % scaleDown !== 0n) {
    return fail("fraction_of_cent", `${describe(text)} has a fraction of a cent${options.unit && options.unit !== "euro" ? ` in ${options.unit}s of euros` : ""}.`, { text });
  }
  const value = exactCents / scaleDown;
  return toSafeCents(negative ? -value : value, `parseAmount(${describe(text)})`);
}
