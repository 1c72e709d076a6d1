/**
 * Write a non-negative whole number with Dutch thousands dots ("1.234.567").
 *
 * Grouped by hand, not with `Intl.NumberFormat("nl-NL")`: the text is the same, but a runtime without Dutch
 * locale data (a small-ICU build) would silently format "1,234,567", which Dutch readers and parseAmount read
 * as a decimal. test/money/groupThousands.test.ts checks the result against Node's full-ICU formatter.
 */
export function groupThousands(value: bigint): string {
  return value.toString().replace(/\B(?=(?:\d{3})+$)/g, ".");
}
