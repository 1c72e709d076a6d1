import { assertObject } from "./_internal/assertInput.js";
import { DomainError } from "../errors/DomainError.js";
import type { IndicatorUnit, MeasurementValue } from "./types.js";

/**
 * Combine the values of parts (e.g. the stadsdelen of Almere) into the value
 * of the whole, the way the unit allows:
 *
 * - `count` and `money`: the sum (money stays whole cents).
 * - `percentage` and `rate`: recomputed from the summed numerators and
 *   denominators — never an average of percentages. Every part must carry
 *   numerator and denominator.
 * - `ordinal`, `boolean`, `quantity`: not combinable.
 *
 * When a part is not available (n.n.b.), or the unit or a missing
 * numerator/denominator does not allow combining, the result is
 * `{ state: "notAvailable", reason }`, never a made-up number.
 *
 * @param parts - The values of the parts (at least one).
 * @param unit - The indicator's unit.
 * @returns The value of the whole.
 * @throws {@link DomainError} `invalid_option` – when `parts` is empty or not an array of values, or `unit` is not an object.
 *
 * @example
 * ```ts
 * import { aggregateMeasurements } from "opkoers/policy";
 *
 * const percentage = { kind: "percentage" } as const;
 * // 50 % of 10 and 10 % of 90: together 14 of 100 = 14 %, not the average 30 %
 * const haven = { state: "available", value: 50, numerator: 5, denominator: 10 } as const;
 * const poort = { state: "available", value: 10, numerator: 9, denominator: 90 } as const;
 * aggregateMeasurements([haven, poort], percentage); //=> { state: "available", value: 14, numerator: 14, denominator: 100 }
 * aggregateMeasurements([{ state: "available", value: 3 }, { state: "available", value: 4 }], { kind: "count" }); //=> { state: "available", value: 7 }
 * aggregateMeasurements([{ state: "available", value: 3 }, { state: "notAvailable", reason: "n.n.b." }], { kind: "count" }).state; //=> "notAvailable"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function aggregateMeasurements(parts: readonly MeasurementValue[], unit: IndicatorUnit): MeasurementValue {
  if (!Array.isArray(parts) || parts.length === 0) throw new DomainError("invalid_option", "aggregateMeasurements needs a non-empty array of part values.", { value: parts });
  parts.forEach((part, i) => assertObject(part, `Part ${i + 1}`));
  assertObject(unit, "The unit");
  const missing = parts.findIndex((part) => part.state !== "available");
  if (missing >= 0) {
    const part = parts[missing];
    const reason = part?.state === "notAvailable" ? part.reason : undefined;
    return { state: "notAvailable", reason: `part ${missing + 1} is not available${reason === undefined ? "" : ` (${reason})`}` };
  }
  const available = parts as readonly Extract<MeasurementValue, { state: "available" }>[];
  switch (unit.kind) {
    case "count":
    case "money": {
      let total = 0;
      for (const part of available) total += part.value;
      return { state: "available", value: total };
    }
    case "percentage":
    case "rate": {
      let numerator = 0;
      let denominator = 0;
      for (const part of available) {
        if (part.numerator === undefined || part.denominator === undefined) {
          return { state: "notAvailable", reason: "a part has no numerator and denominator, and percentages cannot be averaged" };
        }
        numerator += part.numerator;
        denominator += part.denominator;
      }
      if (!(denominator > 0)) return { state: "notAvailable", reason: "the summed denominator is not positive" };
      const scale = unit.kind === "percentage" ? 100 : unit.per;
      return { state: "available", value: (numerator * scale) / denominator, numerator, denominator };
    }
    default:
      return { state: "notAvailable", reason: `values of a ${unit.kind} indicator cannot be combined over parts` };
  }
}
