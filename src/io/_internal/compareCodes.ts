/**
 * Order of CBS codes: part by part, numbers as numbers and a letter suffix
 * after them, so "0.9" < "0.10" and "6.71" < "6.71a" < "6.72". Anything that
 * is not such a code sorts after the codes, as plain text.
 */
export function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.split(".");
  const pb = b.split(".");
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = PART.exec(pa[i] as string);
    const y = PART.exec(pb[i] as string);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return a < b ? -1 : 1;
    }
    const dx = Number(x[1]);
    const dy = Number(y[1]);
    if (dx !== dy) return dx - dy;
    const sx = x[2] as string;
    const sy = y[2] as string;
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : 1;
}

const PART = /^(\d+)([a-z]*)$/;
