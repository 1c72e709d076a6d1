import type { RatingBoundary, RatingScale } from "../types.js";
import { describe, fail } from "./fail.js";
import { compare, exact, type Rational } from "./rational.js";

/** A checked scale: boundaries read exactly and placed as asked. */
export interface CheckedScale {
  readonly scale: RatingScale;
  readonly boundaries: readonly (RatingBoundary & { readonly exact: Rational })[];
}

/** Validate a rating scale and apply a placement override. */
export function checkScale(scale: RatingScale, placement: "asScale" | "better" | "worse"): CheckedScale {
  if (typeof scale !== "object" || scale === null) fail("invalid_option", `The rating scale must be an object, but it is ${describe(scale)}.`, { value: scale });
  const id = typeof scale.id === "string" ? scale.id : "(no id)";
  if (scale.direction !== "higherIsBetter" && scale.direction !== "lowerIsBetter") {
    fail("invalid_option", `Scale ${id}: direction is ${describe(scale.direction)}; use "higherIsBetter" or "lowerIsBetter".`, { scale: id, option: "direction" });
  }
  if (scale.unit !== "percent" && scale.unit !== "ratio") fail("invalid_option", `Scale ${id}: unit is ${describe(scale.unit)}; use "percent" or "ratio".`, { scale: id, option: "unit" });
  if (!Array.isArray(scale.classes) || scale.classes.length < 1) fail("invalid_option", `Scale ${id} needs at least one class.`, { scale: id, option: "classes" });
  scale.classes.forEach((c: unknown, i) => {
    const cls = c as { code?: unknown; label?: { nl?: unknown; en?: unknown } } | null;
    if (typeof cls !== "object" || cls === null || typeof cls.code !== "string" || typeof cls.label !== "object" || cls.label === null || typeof cls.label.nl !== "string" || typeof cls.label.en !== "string") {
      fail("invalid_option", `Scale ${id}, class ${i + 1} must be { code, label: { nl, en } } with strings, but it is ${describe(c)}.`, { scale: id, option: "classes", index: i });
    }
  });
  if (!Array.isArray(scale.boundaries) || scale.boundaries.length !== scale.classes.length - 1) {
    fail("invalid_option", `Scale ${id} has ${scale.classes.length} classes, so it needs ${scale.classes.length - 1} boundaries, but it has ${Array.isArray(scale.boundaries) ? scale.boundaries.length : describe(scale.boundaries)}.`, { scale: id, option: "boundaries" });
  }
  const boundaries = scale.boundaries.map((b, i) => {
    if (typeof b?.value !== "string") fail("invalid_option", `Scale ${id}, boundary ${i + 1}: the value must be a decimal string such as "90", but it is ${describe(b?.value)}.`, { scale: id, boundary: i });
    const belongsTo = placement === "asScale" ? b.belongsTo : placement;
    if (belongsTo !== "better" && belongsTo !== "worse") fail("invalid_option", `Scale ${id}, boundary ${i + 1}: belongsTo is ${describe(belongsTo)}; use "better" or "worse".`, { scale: id, boundary: i });
    return { value: b.value, belongsTo, exact: exact(b.value, `Scale ${id}, boundary ${i + 1}`) };
  });
  for (let i = 1; i < boundaries.length; i++) {
    const order = compare((boundaries[i - 1] as { exact: Rational }).exact, (boundaries[i] as { exact: Rational }).exact);
    if (scale.direction === "higherIsBetter" ? order < 0 : order > 0) {
      fail("invalid_option", `Scale ${id}: the boundaries must run from the best class to the worst (${scale.direction === "higherIsBetter" ? "descending" : "ascending"}), but ${boundaries[i - 1]?.value} is followed by ${boundaries[i]?.value}.`, { scale: id, option: "boundaries" });
    }
  }
  return { scale, boundaries };
}

/**
 * The class index (0 = best) of a value: the number of boundaries the value
 * is on the worse side of. A value exactly on a boundary is on its better
 * side when the boundary belongs to the better class. This count is monotone
 * in the value for any boundaries and placements.
 * `value` is a rational, or +∞ / −∞ (`"+"` / `"-"`).
 */
export function classIndex(checked: CheckedScale, value: Rational | "+" | "-"): { index: number; onBoundary: RatingBoundary | null } {
  const higher = checked.scale.direction === "higherIsBetter";
  let index = 0;
  let onBoundary: RatingBoundary | null = null;
  for (const b of checked.boundaries) {
    const c = value === "+" ? 1 : value === "-" ? -1 : compare(value, b.exact);
    if (c === 0) {
      onBoundary ??= { value: b.value, belongsTo: b.belongsTo };
      if (b.belongsTo === "worse") index++;
    } else if (higher ? c < 0 : c > 0) {
      index++;
    }
  }
  return { index, onBoundary };
}
