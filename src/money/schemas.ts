import { z } from "zod";
import { saying } from "../errors/_internal/schemas.js";
import { ROUNDING_MODES } from "./roundingModes.js";
import type { Cents, RoundingMode } from "./types.js";

/**
 * zod schema of an amount in the JSON wire format: an integer number of euro
 * cents within ±(2^53 − 1). Fractions, NaN, Infinity, strings and unsafe
 * integers are rejected with an issue at the amount's path.
 *
 * @example
 * ```ts
 * import { CentsSchema } from "opkoers/money";
 *
 * CentsSchema.parse(4663400000); //=> 4663400000
 * CentsSchema.safeParse(12.5).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const CentsSchema: z.ZodType<Cents, number> = /* @__PURE__ */ z
  .int({ error: /* @__PURE__ */ saying("An amount must be a whole number of euro cents within ±9007199254740991.", "Een bedrag moet een geheel aantal eurocenten zijn binnen ±9007199254740991.") })
  .transform((value) => (value || 0) as Cents);

/**
 * zod schema of a rounding mode name.
 *
 * @example
 * ```ts
 * import { RoundingModeSchema } from "opkoers/money";
 *
 * RoundingModeSchema.parse("halfEven"); //=> "halfEven"
 * RoundingModeSchema.safeParse("bankers").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const RoundingModeSchema: z.ZodType<RoundingMode, RoundingMode> = /* @__PURE__ */ z.enum(
  ROUNDING_MODES as [RoundingMode, ...RoundingMode[]],
);
