// Orderings used to sort rows. Codes are strings and are never compared as numbers: "0.10" is not "0.1".

/**
 * A string that sorts (by plain `<`) in natural order: every run of digits is prefixed by its
 * length, so "2" < "10". Used to sort many rows without comparing with regular expressions each time.
 */
export function naturalSortKey(text: string): string {
  // The text itself breaks ties ("007" vs "7"), so the order never depends on the input order.
  return `${naturalDigits(text)}\u0000${text}`;
}

function naturalDigits(text: string): string {
  return text.replace(/\d+/g, (digits) => {
    const trimmed = digits.replace(/^0+(?=\d)/, "");
    return `${String.fromCharCode(0x30 + Math.min(trimmed.length, 0xffcf))}${trimmed}`;
  });
}

export function taakveldKey(code: string): string {
  const dot = code.indexOf(".");
  if (dot === -1) return code;
  const head = code.slice(0, dot);
  const rest = code.slice(dot + 1);
  // CBS order within a hoofdtaakveld is digit by digit ("0.5" < "0.61" < "0.7", "6.6" < "6.71" < "6.81"),
  // except that 0.10 and 0.11 follow 0.9.
  const tail = head === "0" && /^1[01]$/.test(rest) ? `9\uffff${rest}` : rest;
  return `${head.padStart(4, "0")}.${tail}`;
}

/** CBS order of taakveld codes, as in the Iv3 definition files: 0.1 … 0.5, 0.61 … 0.64, 0.7, 0.8, 0.9, 0.10, 0.11, 1.1, …, 6.6, 6.71, 6.71a, …, 8.3. */
export function compareTaakvelden(a: string, b: string): number {
  if (a === b) return 0;
  const ka = taakveldKey(a);
  const kb = taakveldKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
