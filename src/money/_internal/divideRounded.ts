import type { RoundingMode } from "../types.js";

/**
 * Divide two bigints and round the quotient with a named mode. `d` must be
 * positive and `mode` already checked (every public caller asserts it first,
 * so the switch is exhaustive over {@link RoundingMode}). This is the one
 * place where opkoers rounds.
 */
export function divideRounded(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const sign = n < 0n ? -1n : 1n;
  const away = q + sign;
  switch (mode) {
    case "towardZero":
      return q;
    case "awayFromZero":
      return away;
    case "up":
      return sign > 0n ? away : q;
    case "down":
      return sign < 0n ? away : q;
    case "halfUp":
    case "halfDown":
    case "halfEven": {
      const twice = 2n * (r < 0n ? -r : r);
      if (twice < d) return q;
      if (twice > d) return away;
      if (mode === "halfUp") return away;
      if (mode === "halfDown") return q;
      return q % 2n === 0n ? q : away;
    }
  }
}
