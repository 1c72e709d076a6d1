let dutch: Intl.NumberFormat | null | undefined;

/**
 * Write a non-negative whole number with Dutch thousands dots ("1.234.567").
 * Uses `Intl.NumberFormat("nl-NL")` when the runtime has Dutch locale data;
 * a runtime without it (a small-ICU build) would silently format "1,234,567",
 * which Dutch readers and parseAmount read as a decimal, so then the same
 * grouping is done by hand.
 */
export function groupThousands(value: bigint): string {
  if (dutch === undefined) {
    const candidate = new Intl.NumberFormat("nl-NL", { useGrouping: true, maximumFractionDigits: 0 });
    dutch = candidate.format(1234567n) === "1.234.567" && candidate.format(1234n) === "1.234" ? candidate : null;
  }
  return dutch === null ? value.toString().replace(/\B(?=(?:\d{3})+$)/g, ".") : dutch.format(value);
}
