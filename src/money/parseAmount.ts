import { assertOptions } from "./_internal/assertOptions.js";
import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { groupThousands } from "./_internal/groupThousands.js";
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
  /**
   * When parentheses around the number make it negative (issue 18; before, any number in parentheses was):
   * - `"amountLike"` (default): when the number inside is written as an
   *   amount — grouped in thousands (`"(1.234)"`, `"(1 234)"`), with at most
   *   three whole digits (`"(500)"`), with a decimal comma or `",-"`
   *   (`"(2023,00)"`) or with a euro sign (`"(€ 2023)"`). An ungrouped whole
   *   number of four or more digits, such as `"(2023)"`, reads as a year or a
   *   note rather than as − € 2.023, and is an error;
   * - `"always"`: any number in parentheses is negative (an accounting export
   *   that writes `"(2023)"` for − 2.023);
   * - `"never"`: parentheses are an error.
   */
  readonly parentheses?: "amountLike" | "always" | "never";
}

// Whole part: plain digits, or Dutch groups of three separated by dots (the first group not starting
// with 0). Then an optional decimal comma with digits, or ",-" / ",--" (also with − or –) for whole euros.
const DUTCH_NUMBER = /^([1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,(\d+|[-\u2212\u2013]{1,2}))?$/;
// The only spaces read as spaces: space, no-break space (U+00A0) and narrow no-break space (U+202F).
const SPACES = /[ \u00a0\u202f]+/g;
// Any other whitespace or invisible character (tab, line break, U+2009, U+3000, U+2028, U+FEFF, a bidi mark...).
const OTHER_SPACE = /[^ \u00a0\u202f\P{White_Space}]|[\p{Cc}\p{Cf}]/u;
const SPACE_NAMES: Readonly<Record<string, string>> = {
  "\t": "a tab",
  "\n": "a line feed",
  "\r": "a carriage return",
  "\u2009": "a thin space",
  "\u3000": "an ideographic space",
  "\u2028": "a line separator",
  "\u2029": "a paragraph separator",
  "\ufeff": "a byte order mark",
  "\u200b": "a zero-width space",
};
// Everything an amount may hold once the sign, the euro sign and the parentheses are read.
const NOT_NUMBER_TEXT = /[^\d.,\-\u2212\u2013 ]/;
// A number whose whole part is grouped with spaces instead of dots: "1 234 567,89".
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+(?:,[^ ]*)?$/;
const PARENTHESES = ["amountLike", "always", "never"] as const;

/**
 * Read an amount written the Dutch way, as in begrotingen and jaarstukken.
 *
 * The rules, so that no text is read two ways:
 * - a dot separates thousands and must be followed by exactly three digits
 *   (`"46.634"` is forty-six thousand six hundred and thirty-four; `"1.5"`
 *   is an error, not one and a half);
 * - a comma is the decimal separator (`"9,64"`); `",-"` means whole euros
 *   (`"€ 9.600,-"`);
 * - a grouped number does not start with `0` (`"0.123"` is an error);
 * - a leading `-`, `−` (U+2212) or `–` (U+2013) makes the amount negative;
 *   `+` is allowed; only one sign (`"(-5)"` is an error); `",–"` also means
 *   whole euros;
 * - parentheses (`"(1.234)"`) make the amount negative when the number inside
 *   is written as an amount (grouped, at most three whole digits, a decimal
 *   comma or a euro sign); `"(2023)"` is an error unless the option
 *   `parentheses` is `"always"` (see {@link ParseAmountOptions});
 * - `€` and spaces around the number and its sign are ignored; inside the
 *   number a space may only separate groups of three digits, as a dot does
 *   (`"1 234 567"`; `"12 34"` is an error). A space is a space, a no-break
 *   space (U+00A0) or a narrow no-break space (U+202F); any other whitespace
 *   or invisible character (a tab, a line break, U+2009, U+3000, U+2028,
 *   U+FEFF) is an error, also around the number;
 * - any other text (`"8,4 (2023)"`, `"12 mln"`) is an error that names it;
 * - the unit option scales the number: `"46.634"` in `"thousand"` is € 46.634.000.
 *
 * @param text - The text of one amount.
 * @param options - The unit the text is written in (default: euros) and when parentheses make it negative.
 * @returns The amount in cents.
 * @throws {@link DomainError} `invalid_amount_text` – when the text is not a Dutch number, with the reason in the message (English) and in `details` (`reason`, and `why`: a key such as `"unexpected_text"` with what the message quotes, so that a caller can say it in another language).
 * @throws {@link DomainError} `fraction_of_cent` – when the amount, in euros, has a fraction of a cent (`details`: `text`, `unit`, and `whole` and `fraction` when three decimals may have been meant as thousands).
 * @throws {@link DomainError} `amount_out_of_range` – when the amount is beyond ±(2^53 − 1) cents.
 * @throws {@link DomainError} `invalid_option` – when `options` is not an object, or the unit or `parentheses` is unknown.
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
 * parseAmount("(2023)"); //=> throws invalid_amount_text
 * parseAmount("(2023)", { parentheses: "always" }); //=> -202300
 * parseAmount("€ 1 234 567,–"); //=> 123456700
 * parseAmount("1.234,56"); //=> 123456
 * parseAmount("1.5"); //=> throws invalid_amount_text
 * parseAmount("1\n234"); //=> throws invalid_amount_text
 * parseAmount("8,4 (2023)"); //=> throws invalid_amount_text
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): Cents {
  assertOptions(options, "parseAmount");
  const size = unitCents(options.unit ?? "euro");
  const parentheses = options.parentheses ?? "amountLike";
  if (!PARENTHESES.includes(parentheses)) {
    return fail("invalid_option", `parentheses is ${describe(parentheses)}; use "amountLike", "always" or "never".`, { option: "parentheses", value: parentheses });
  }
  if (typeof text !== "string") {
    return fail("invalid_amount_text", `The amount must be text, but it is ${describe(text)}.`, { text });
  }
  // `why` names the reason for a program (e.g. a caller that writes the message in another language), with what it quotes.
  const reject = (reason: string, why: string, extra: Readonly<Record<string, unknown>> = {}): never => fail("invalid_amount_text", `${describe(text)} is not an amount: ${reason}.`, { text, reason, why, ...extra });
  const odd = OTHER_SPACE.exec(text);
  if (odd !== null) {
    const char = odd[0];
    const name = SPACE_NAMES[char] ?? "an invisible or control character";
    reject(`it contains ${name} (U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}); only a space, a no-break space (U+00A0) or a narrow no-break space (U+202F) may separate groups of digits`, "odd_space", { char });
  }
  let rest = text.replace(SPACES, " ").trim();
  if (rest === "") reject("it is empty", "empty");
  let negative = false;
  let signed = false; // parentheses or a sign were read: a second one is an error ("(-5)", "-€+5")
  let inParentheses = false;
  let euroSign = false;
  if (rest.startsWith("(") && rest.endsWith(")")) {
    if (parentheses === "never") reject('parentheses are not read as a minus here (the option parentheses is "never")', "parentheses_never");
    negative = signed = inParentheses = true;
    rest = rest.slice(1, -1).trim();
  }
  // A sign may stand before or after the euro sign: "-€5", "€-5", "€ −5".
  const readSign = (): void => {
    const first = rest.charAt(0);
    if (first === "-" || first === "\u2212" || first === "\u2013" || first === "+") {
      if (signed) reject("it has two signs (a minus, a plus or parentheses)", "two_signs");
      signed = true;
      negative = first !== "+";
      rest = rest.slice(1).trimStart();
    }
  };
  readSign();
  if (rest.startsWith("€")) {
    euroSign = true;
    rest = rest.slice(1).trimStart();
    readSign();
  }
  const stray = NOT_NUMBER_TEXT.exec(rest);
  if (stray !== null) {
    const before = rest.slice(0, stray.index).trim();
    reject(`it has unexpected text ${describe(rest.slice(stray.index))}${before === "" ? "" : ` after ${describe(before)}`}; an amount holds only digits, thousands dots, a decimal comma, a sign and €`, "unexpected_text", { unexpected: rest.slice(stray.index), after: before });
  }
  if (rest.includes(" ")) {
    if (!SPACE_GROUPED.test(rest)) reject("a space inside a number may only separate groups of three digits, as in 1 234 567", "space_grouping");
    rest = rest.replace(/ /g, ".");
  }
  const match = DUTCH_NUMBER.exec(rest);
  if (match === null) {
    if (/^\d+\.\d{1,2}$/.test(rest) || /^\d+\.\d{4,}$/.test(rest)) {
      reject("a dot is the Dutch thousands separator and must be followed by three digits; write a decimal comma (1,5)", "dot_not_thousands");
    }
    if (/^0\d*\.\d{3}/.test(rest)) {
      reject("a number with a thousands dot cannot start with 0; for a fraction write a decimal comma (0,123)", "leading_zero");
    }
    if (/^[\d.]*\d,\d{3}\.\d+$/.test(rest) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(rest)) {
      reject("this looks like English notation; Dutch amounts use a dot for thousands and a comma for decimals (1.234,56)", "english_notation");
    }
    reject("expected digits with a dot between groups of three and an optional decimal comma, like 1.234,56", "not_a_number");
  }
  const [, whole = "", fractionText = ""] = match as RegExpExecArray;
  if (inParentheses && parentheses === "amountLike" && !euroSign && fractionText === "" && whole.length > 3 && !whole.includes(".")) {
    reject(
      `${describe(`(${whole})`)} reads as a year or a note, not as a negative amount; write a negative amount in parentheses with its thousands grouped (${describe(`(${groupThousands(BigInt(whole))})`)}), or pass { parentheses: "always" } to read every number in parentheses as negative`,
      "parentheses_year",
      { whole, grouped: groupThousands(BigInt(whole)) },
    );
  }
  const fraction = /^\d/.test(fractionText) ? fractionText : ""; // ",-" means whole euros
  const digits = BigInt(whole.replace(/\./g, "") + fraction);
  const scaleDown = 10n ** BigInt(fraction.length);
  const exactCents = digits * size;
  if (exactCents % scaleDown !== 0n) {
    const hint = fraction.length === 3 ? ` (the comma is the decimal separator; write ${whole}.${fraction} for a number with thousands)` : "";
    return fail("fraction_of_cent", `${describe(text)} has a fraction of a cent${options.unit && options.unit !== "euro" ? ` in ${options.unit}s of euros` : ""}${hint}.`, { text, unit: options.unit ?? "euro", ...(hint === "" ? {} : { whole, fraction }) });
  }
  const value = exactCents / scaleDown;
  return toSafeCents(negative ? -value : value, `parseAmount(${describe(text)})`);
}
