/**
 * Write a non-negative whole number with a separator before every group of three digits from the right:
 * Dutch dots by default ("1.234.567"), or e.g. "," for English ("1,234,567").
 *
 * Grouped by hand, not with `Intl.NumberFormat("nl-NL")`: the text is the same, but a runtime without Dutch
 * locale data (a small-ICU build) would silently format "1,234,567", which Dutch readers and parseAmount read
 * as a decimal. test/money/groupThousands.test.ts checks the result against Node's full-ICU formatter.
 * A `number` must be a safe integer ≥ 0 (its `toString` then has no exponent).
 */
export function groupThousands(value: bigint | number, separator = "."): string {
  const digits = value.toString();
  return digits.length <= 3 ? digits : digits.replace(/\B(?=(?:\d{3})+$)/g, separator);
}
