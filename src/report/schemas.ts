import { z } from "zod";
import { BudgetDocumentSchema } from "../budget/index.js";
import { IsoDateSchema } from "../calendar/index.js";
import { DomainError } from "../errors/DomainError.js";
import { planningDocumentJsonSchema } from "../policy/index.js";

const contactRaw = /* @__PURE__ */ z.strictObject({
  naam: z.string().min(1).describe("Name of the contact person."),
  email: z.string().min(3).describe("E-mail address (CBS checks its pattern)."),
  telefoon: z.string().min(1).describe("Telephone number."),
});

const iv3Raw = /* @__PURE__ */ z.strictObject({
  overheidsnummer: z
    .string()
    .regex(/^\d{4}$/, "The overheidsnummer is the four-digit CBS number, e.g. \"0034\".")
    .optional()
    .describe("The CBS number; default: the digits of the municipality code GM0034."),
  contact: contactRaw.optional().describe("The contact person of the Iv3 delivery."),
  financieelPakket: z.string().min(1).optional().describe("The financial package the figures come from."),
});

/**
 * The settings of a report envelope (everything but `planning` and `budget`,
 * which are read by `parsePlanningDocument` and `parseBudget`). Unknown keys
 * are rejected, so a misspelt setting is reported instead of ignored.
 *
 * @example
 * ```ts
 * import { ReportSettingsSchema } from "opkoers/report";
 *
 * ReportSettingsSchema.safeParse({ planning: {}, asOf: "2024-10-20", scale: "fourColour" }).success; //=> true
 * ReportSettingsSchema.safeParse({ planning: {}, asof: "2024-10-20" }).success; //=> false
 * ```
 *
 * @category Report input
 * @since 0.1.0
 * @internal Plumbing of {@link parseReportInput}; the public contract is its JSON Schema, {@link reportInputJsonSchema}.
 */
export const ReportSettingsSchema = /* @__PURE__ */ z.strictObject({
  planning: z.unknown().describe("The planning document."),
  budget: z.unknown().optional().describe("The budget document."),
  asOf: IsoDateSchema.optional().describe("The report date YYYY-MM-DD; --as-of overrides it."),
  scale: z.string().min(1).optional().describe("The status scale id (threeColour, fourColour, jaarverslag, almereKpi, or one of the document's statusScales)."),
  deviationPolicy: z.string().min(1).optional().describe("The deviation policy id (nieuwkoop2017, nuenen2019, lingewaard2018, aalsmeer2017, deFryskeMarren2022)."),
  windowDays: z.int().min(0).max(366).optional().describe("Deadlines due within this many days of the report date are listed; default 30."),
  submissions: z.record(z.string().min(1), IsoDateSchema).optional().describe("Deadline id → the date it was delivered."),
  iv3: iv3Raw.optional().describe("What an Iv3 export needs beyond the figures."),
});

/**
 * The JSON Schema (draft 2020-12) of a budget document (see `BudgetDocument`
 * in opkoers/budget), generated from its zod schema. The rules across fields
 * (lines name declared programmes, taakvelden and phases) are checked by
 * `parseBudget`, not by the schema.
 *
 * @returns A JSON-serialisable JSON Schema object.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { budgetDocumentJsonSchema } from "opkoers/report";
 *
 * const schema = budgetDocumentJsonSchema();
 * schema["title"]; //=> "opkoers budget document"
 * (schema["required"] as string[]).includes("lines"); //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export function budgetDocumentJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(BudgetDocumentSchema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...json, title: "opkoers budget document" };
}

function hoist(schema: Record<string, unknown>, defs: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $defs, ...rest } = schema as { $schema?: unknown; $defs?: Record<string, unknown> };
  for (const [name, def] of Object.entries($defs ?? {})) {
    /* c8 ignore next */
    if (name in defs) throw new DomainError("invalid_option", `Two schemas define $defs/${name}.`);
    defs[name] = def;
  }
  return rest;
}

/**
 * The JSON Schema (draft 2020-12) of a report input file: a report envelope
 * `{ "planning": …, "budget": …, "asOf": …, … }` (see {@link ReportInput}), an
 * array of envelopes, or a bare planning document. The planning and budget
 * documents are embedded from their own schemas, so editors can complete and
 * check the whole file. The cross-field rules (ids that link, phases that
 * exist) are not expressible in JSON Schema: `opkoers validate` checks those.
 *
 * @returns A JSON-serialisable JSON Schema object.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { reportInputJsonSchema } from "opkoers/report";
 *
 * const schema = reportInputJsonSchema();
 * schema["$schema"]; //=> "https://json-schema.org/draft/2020-12/schema"
 * Object.keys(schema["$defs"] as object).includes("ReportEnvelope"); //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export function reportInputJsonSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  const planning = hoist(planningDocumentJsonSchema(), defs);
  const budget = hoist(budgetDocumentJsonSchema(), defs);
  const settings = hoist(z.toJSONSchema(ReportSettingsSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>, defs);
  const properties = { ...(settings["properties"] as Record<string, unknown>) };
  properties["planning"] = { $ref: "#/$defs/PlanningDocument", description: "The planning document (begroting, bestuursrapportage or jaarverslag)." };
  properties["budget"] = { $ref: "#/$defs/BudgetDocument", description: "The budget document: programmes, taakvelden, phases, lines and amendments." };
  defs["PlanningDocument"] = planning;
  defs["BudgetDocument"] = budget;
  defs["ReportEnvelope"] = { ...settings, properties, required: ["planning"] };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "opkoers report input",
    description: "A report envelope { planning, budget?, asOf?, scale?, deviationPolicy?, windowDays?, submissions?, iv3? }, an array of them, or a bare planning document.",
    anyOf: [{ $ref: "#/$defs/ReportEnvelope" }, { type: "array", minItems: 1, items: { $ref: "#/$defs/ReportEnvelope" } }, { $ref: "#/$defs/PlanningDocument" }],
    $defs: defs,
  };
}
