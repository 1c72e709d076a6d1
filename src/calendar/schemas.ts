import { z } from "zod";
import { say, saying } from "../errors/_internal/schemas.js";
import { isoDateParts } from "./_internal/isoDateParts.js";
import { PERIOD_KINDS } from "./periodKinds.js";
import type { Deadline, DeadlineKind, IsoDate, Period, PeriodCode, PeriodKind } from "./types.js";

const PERIOD_CODE = /^(\d{4})(?:-(?:H[12]|T[123]|Q[1-4]|0[1-9]|1[0-2]))?$/;
const COUNT: Readonly<Record<PeriodKind, number>> = { year: 1, half: 2, tertial: 3, quarter: 4, month: 12 };

/**
 * zod schema of an {@link IsoDate}: a string `YYYY-MM-DD` naming a real
 * day, years 0001–9999. `"2023-02-29"`, date-times and `Date` objects are
 * rejected with an issue at the date's path.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "opkoers/calendar";
 *
 * IsoDateSchema.parse("2024-02-29"); //=> "2024-02-29"
 * IsoDateSchema.safeParse("2023-02-29").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const IsoDateSchema: z.ZodType<IsoDate, IsoDate> = /* @__PURE__ */ z
  .string({ error: /* @__PURE__ */ saying("A date must be a string YYYY-MM-DD.", "Een datum moet een tekst JJJJ-MM-DD zijn.") })
  .refine((value) => isoDateParts(value) !== undefined, { error: /* @__PURE__ */ saying("A date must be a real calendar date written YYYY-MM-DD, years 0001–9999.", "Een datum moet een echte kalenderdag zijn, geschreven als JJJJ-MM-DD, jaren 0001–9999.") });

/**
 * zod schema of a {@link PeriodKind}.
 *
 * @example
 * ```ts
 * import { PeriodKindSchema } from "opkoers/calendar";
 *
 * PeriodKindSchema.parse("quarter"); //=> "quarter"
 * PeriodKindSchema.safeParse("week").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const PeriodKindSchema: z.ZodType<PeriodKind, PeriodKind> = /* @__PURE__ */ z.enum(PERIOD_KINDS as [PeriodKind, ...PeriodKind[]]);

/**
 * zod schema of a {@link PeriodCode} in the wire format: `"2024"`,
 * `"2024-H1"`, `"2024-T2"`, `"2024-Q3"` or `"2024-03"`. The output is the
 * code itself; read it into a {@link Period} with {@link parsePeriod}.
 *
 * @example
 * ```ts
 * import { PeriodCodeSchema } from "opkoers/calendar";
 *
 * PeriodCodeSchema.parse("2024-T2"); //=> "2024-T2"
 * PeriodCodeSchema.safeParse("2024-T4").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const PeriodCodeSchema: z.ZodType<PeriodCode, PeriodCode> = /* @__PURE__ */ z
  .string({ error: /* @__PURE__ */ saying("A period code must be a string.", "Een periodecode moet een tekst zijn.") })
  .refine((value) => PERIOD_CODE.test(value) && !value.startsWith("0000"), {
    error: /* @__PURE__ */ saying('A period code must be "2024" (year), "2024-H1" (half), "2024-T2" (tertial), "2024-Q3" (quarter) or "2024-03" (month).', 'Een periodecode moet "2024" (jaar), "2024-H1" (halfjaar), "2024-T2" (tertaal), "2024-Q3" (kwartaal) of "2024-03" (maand) zijn.'),
  });

/**
 * zod schema of a {@link Period} object `{ kind, year, index }`, with the
 * index checked against the kind (an issue at `index` when it is out of
 * range).
 *
 * @example
 * ```ts
 * import { PeriodSchema } from "opkoers/calendar";
 *
 * PeriodSchema.parse({ kind: "tertial", year: 2024, index: 3 }); //=> { kind: "tertial", year: 2024, index: 3 }
 * PeriodSchema.safeParse({ kind: "tertial", year: 2024, index: 4 }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const PeriodSchema: z.ZodType<Period, Period> = /* @__PURE__ */ z
  .object({
    kind: PeriodKindSchema,
    year: z.int().min(1).max(9999),
    index: z.int().min(1),
  })
  .readonly()
  .check((ctx) => {
    const count = COUNT[ctx.value.kind];
    if (ctx.value.index > count) {
      ctx.issues.push({ code: "custom", input: ctx.value.index, path: ["index"], message: say(`A ${ctx.value.kind} index runs from 1 to ${count}.`, `Een index van soort ${ctx.value.kind} loopt van 1 tot en met ${count}.`) });
    }
  });

/**
 * zod schema of a {@link DeadlineKind}.
 *
 * @example
 * ```ts
 * import { DeadlineKindSchema } from "opkoers/calendar";
 *
 * DeadlineKindSchema.parse("iv3"); //=> "iv3"
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const DeadlineKindSchema: z.ZodType<DeadlineKind, DeadlineKind> = /* @__PURE__ */ z.enum(["begroting", "jaarstukken", "iv3", "custom"]);

/**
 * zod schema of a {@link Deadline} in JSON, for calendars stored or
 * exchanged as data.
 *
 * @example
 * ```ts
 * import { DeadlineSchema, pcDeadlines } from "opkoers/calendar";
 *
 * const [first] = pcDeadlines(2025);
 * DeadlineSchema.parse(JSON.parse(JSON.stringify(first))); //=> first
 * DeadlineSchema.safeParse({ ...first, due: "2024-11-31" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const DeadlineSchema: z.ZodType<Deadline, Deadline> = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    kind: DeadlineKindSchema,
    year: z.int().min(1).max(9999),
    label: z.object({ nl: z.string(), en: z.string() }).readonly(),
    due: IsoDateSchema,
    source: z.string(),
  })
  .readonly();
