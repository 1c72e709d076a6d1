import { DomainError } from "../../errors/DomainError.js";
import type { StatusScale } from "../types.js";

const show = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : typeof value === "string" ? JSON.stringify(value) : String(value));

/** True when `value` has the shape the scale functions read: an object with an array of level objects that each have a statuses array. */
function isScaleShaped(value: unknown): value is StatusScale {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const levels = (value as { readonly levels?: unknown }).levels;
  return Array.isArray(levels) && levels.every((level: unknown) => typeof level === "object" && level !== null && Array.isArray((level as { readonly statuses?: unknown }).statuses));
}

/**
 * Check that `scales` are status scales as far as the scale functions read them, so that a wrong argument is an
 * `invalid_option` DomainError instead of a TypeError; `name` says which argument it was.
 */
export function assertScales(scales: readonly unknown[], name: string): asserts scales is readonly StatusScale[] {
  const index = scales.findIndex((scale) => !isScaleShaped(scale));
  if (index !== -1) {
    const bad = scales[index];
    throw new DomainError("invalid_option", `${name} must be a status scale (an object with levels, each with statuses), but it is ${show(bad)}.`, { argument: name, value: bad });
  }
}
