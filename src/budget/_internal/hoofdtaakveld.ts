/** The hoofdtaakveld of a taakveld code: the part before the first dot ("0.10" → "0", "6.71a" → "6"); a code without a dot is its own hoofdtaakveld. */
export function hoofdtaakveld(code: string): string {
  const dot = code.indexOf(".");
  return dot === -1 ? code : code.slice(0, dot);
}
