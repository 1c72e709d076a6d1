import { z } from "zod";
import { say, saying } from "../errors/_internal/schemas.js";
import { ACTIVITY_STATUSES, GOAL_STATUSES, INDICATOR_STATUSES, MILESTONE_STATUSES } from "./statuses.js";
import type { AnyStatus, LocalizedText, ScaleLevel, StatusColour, StatusScale } from "./types.js";

const ANY_STATUSES = [...new Set<AnyStatus>([...INDICATOR_STATUSES, ...GOAL_STATUSES, ...ACTIVITY_STATUSES, ...MILESTONE_STATUSES])];

const localizedTextRaw = /* @__PURE__ */ z.strictObject({ nl: z.string(), en: z.string() }).readonly();

/**
 * zod schema of a {@link LocalizedText} `{ nl, en }`; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from "opkoers/status";
 *
 * LocalizedTextSchema.parse({ nl: "op schema", en: "on track" }); //=> { nl: "op schema", en: "on track" }
 * LocalizedTextSchema.safeParse({ nl: "op schema" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const LocalizedTextSchema: z.ZodType<LocalizedText, unknown> = localizedTextRaw;

const anyStatusRaw = /* @__PURE__ */ z.enum(ANY_STATUSES as [AnyStatus, ...AnyStatus[]]);

/**
 * zod schema of any computed status ({@link AnyStatus}).
 *
 * @example
 * ```ts
 * import { AnyStatusSchema } from "opkoers/status";
 *
 * AnyStatusSchema.parse("delayed"); //=> "delayed"
 * AnyStatusSchema.safeParse("groen").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const AnyStatusSchema: z.ZodType<AnyStatus, unknown> = anyStatusRaw;

const statusColourRaw = /* @__PURE__ */ z
  .strictObject({ name: localizedTextRaw, hex: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: /* @__PURE__ */ saying("A colour must be written #rrggbb.", "Een kleur schrijf je als #rrggbb.") }) })
  .readonly();

/**
 * zod schema of a {@link StatusColour}; `hex` must be `#rrggbb`.
 *
 * @example
 * ```ts
 * import { StatusColourSchema } from "opkoers/status";
 *
 * StatusColourSchema.safeParse({ name: { nl: "groen", en: "green" }, hex: "#2e7d32" }).success; //=> true
 * StatusColourSchema.safeParse({ name: { nl: "groen", en: "green" }, hex: "green" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const StatusColourSchema: z.ZodType<StatusColour, unknown> = statusColourRaw;

const scaleLevelRaw = /* @__PURE__ */ z
  .strictObject({
    code: z.string().min(1),
    label: localizedTextRaw,
    description: localizedTextRaw,
    colour: statusColourRaw.exactOptional(),
    statuses: z.array(anyStatusRaw).readonly(),
  })
  .readonly();

/**
 * zod schema of a {@link ScaleLevel}.
 *
 * @example
 * ```ts
 * import { ScaleLevelSchema, THREE_COLOUR_SCALE } from "opkoers/status";
 *
 * ScaleLevelSchema.safeParse(THREE_COLOUR_SCALE.levels[0]).success; //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const ScaleLevelSchema: z.ZodType<ScaleLevel, unknown> = scaleLevelRaw;

const statusScaleRaw = /* @__PURE__ */ z
  .strictObject({
    id: z.string().min(1),
    name: localizedTextRaw,
    source: z.string(),
    levels: z.array(scaleLevelRaw).min(1, { error: /* @__PURE__ */ saying("A scale needs at least one level.", "Een schaal heeft minstens één niveau nodig.") }).readonly(),
  })
  .readonly()
  .superRefine((scale, ctx) => {
    const codes = new Set<string>();
    const owner = new Map<string, string>();
    scale.levels.forEach((level, i) => {
      if (codes.has(level.code)) ctx.addIssue({ code: "custom", path: ["levels", i, "code"], message: say(`The level code "${level.code}" occurs twice in scale "${scale.id}".`, `De niveaucode "${level.code}" komt twee keer voor in schaal "${scale.id}".`) });
      codes.add(level.code);
      level.statuses.forEach((status, j) => {
        const first = owner.get(status);
        if (first !== undefined) {
          ctx.addIssue({ code: "custom", path: ["levels", i, "statuses", j], message: say(`The status "${status}" already belongs to level "${first}"; a status belongs to at most one level.`, `De status "${status}" hoort al bij niveau "${first}"; een status hoort bij hoogstens één niveau.`) });
        } else owner.set(status, level.code);
      });
    });
  });

/**
 * zod schema of a {@link StatusScale}: level codes must be unique, and a
 * computed status may belong to at most one level (issues at the offending
 * level's path).
 *
 * @example
 * ```ts
 * import { StatusScaleSchema, JAARVERSLAG_SCALE } from "opkoers/status";
 *
 * StatusScaleSchema.safeParse(JAARVERSLAG_SCALE).success; //=> true
 * StatusScaleSchema.safeParse({ ...JAARVERSLAG_SCALE, levels: [] }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const StatusScaleSchema: z.ZodType<StatusScale, unknown> = statusScaleRaw;

/**
 * The schemas as inferred by zod, before the public `z.ZodType<T, unknown>` annotation: the type tests pin
 * their output to the hand-written types (test/<layer>/schemas.test-d.ts). Not exported from the layer's index;
 * the exported schemas are these same objects.
 *
 * @example
 * ```ts
 * import { StatusScaleSchema } from "opkoers/status";
 *
 * StatusScaleSchema.safeParse({}).success; //=> false
 * ```
 *
 * @internal
 */
export const rawSchemas = {
  LocalizedText: localizedTextRaw,
  AnyStatus: anyStatusRaw,
  StatusColour: statusColourRaw,
  ScaleLevel: scaleLevelRaw,
  StatusScale: statusScaleRaw,
} as const;
