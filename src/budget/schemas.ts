import { z } from "zod";
import { saying } from "../errors/_internal/schemas.js";
import { IsoDateSchema } from "../calendar/index.js";
import { CentsSchema } from "../money/index.js";
import type { Amendment, BudgetDocument, BudgetLine, Mutation, Nature, Phase, PhaseKind, BudgetProgramme, Reserve } from "./types.js";

// A date: the pattern (which also goes into the JSON Schema) and then the calendar's real-day check; the pattern
// check aborts, so a malformed date is one issue at its path, never two.
const isoDate = () =>
  z
    .string({ error: /* @__PURE__ */ saying("A date must be a string YYYY-MM-DD.", "Een datum moet een tekst JJJJ-MM-DD zijn.") })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: /* @__PURE__ */ saying("A date must be written YYYY-MM-DD.", "Een datum moet geschreven zijn als JJJJ-MM-DD."), abort: true })
    .pipe(IsoDateSchema);
// The Dutch names of the codes, for the messages of a parse in Dutch.
const DUTCH: Readonly<Record<string, string>> = {
  "A phase id": "Een fase-id",
  "The programme": "Het programma",
  "The taakveld": "Het taakveld",
  "The categorie": "De categorie",
  "The cost centre": "De kostenplaats",
  "The reserve": "De reserve",
  "The phase": "De fase",
  "An amendment id": "Een wijzigings-id",
  "A programme code": "Een programmacode",
  "A reserve code": "Een reservecode",
  "A taakveld": "Een taakveld",
};
const code = (what: string) =>
  z
    .string({ error: /* @__PURE__ */ saying(`${what} must be a text code.`, `${DUTCH[what] ?? what} moet een tekstcode zijn.`) })
    .min(1, { error: /* @__PURE__ */ saying(`${what} must not be empty.`, `${DUTCH[what] ?? what} mag niet leeg zijn.`) });

/**
 * zod schema of {@link Nature}.
 *
 * @example
 * ```ts
 * import { NatureSchema } from "opkoers/budget";
 *
 * NatureSchema.safeParse("structural").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const NatureSchema: z.ZodType<Nature, Nature> = /* @__PURE__ */ (() =>
  z.enum(["structureel", "incidenteel"], {
  error: /* @__PURE__ */ saying('The nature must be "structureel" or "incidenteel".', 'De aard moet "structureel" of "incidenteel" zijn.'),
}))();

/**
 * zod schema of {@link PhaseKind}.
 *
 * @example
 * ```ts
 * import { PhaseKindSchema } from "opkoers/budget";
 *
 * PhaseKindSchema.parse("actual"); //=> "actual"
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const PhaseKindSchema: z.ZodType<PhaseKind, PhaseKind> = /* @__PURE__ */ (() =>
  z.enum(["original", "amendment", "actual", "forecast", "other"], {
  error: /* @__PURE__ */ saying('The phase kind must be "original", "amendment", "actual", "forecast" or "other".', 'Het soort fase moet "original", "amendment", "actual", "forecast" of "other" zijn.'),
}))();

/**
 * zod schema of a {@link Phase} declaration.
 *
 * @example
 * ```ts
 * import { PhaseSchema } from "opkoers/budget";
 *
 * PhaseSchema.safeParse({ id: "realisatie-q5", kind: "actual", quarter: 5 }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const PhaseSchema: z.ZodType<Phase, unknown> = /* @__PURE__ */ (() =>
  z.strictObject({
  id: code("A phase id"),
  kind: PhaseKindSchema,
  label: z.string().exactOptional(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: /* @__PURE__ */ saying("A quarter must be 1, 2, 3 or 4.", "Een kwartaal moet 1, 2, 3 of 4 zijn.") }).exactOptional(),
}))();

// A function, so that each use is a call a bundler can drop (with /* @__PURE__ */) when the schema is unused.
const mutationShape = () => ({
  programme: code("The programme"),
  taakveld: code("The taakveld"),
  categorie: code("The categorie").exactOptional(),
  costCentre: code("The cost centre").exactOptional(),
  year: z.int({ error: /* @__PURE__ */ saying("The year must be a whole number.", "Het jaar moet een geheel getal zijn.") }).min(1900, { error: /* @__PURE__ */ saying("The year must be 1900 or later.", "Het jaar moet 1900 of later zijn.") }).max(2999, { error: /* @__PURE__ */ saying("The year must be 2999 or earlier.", "Het jaar moet 2999 of eerder zijn.") }),
  expenses: CentsSchema,
  revenue: CentsSchema,
  nature: NatureSchema,
  reserve: code("The reserve").exactOptional(),
  description: z.string().exactOptional(),
});

/**
 * zod schema of a {@link Mutation} (a line of a begrotingswijziging).
 *
 * @example
 * ```ts
 * import { MutationSchema } from "opkoers/budget";
 *
 * MutationSchema.safeParse({ programme: "p", taakveld: "7.1", year: 2024, expenses: 100, revenue: 0, nature: "incidenteel" }).success; //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const MutationSchema: z.ZodType<Mutation, unknown> = /* @__PURE__ */ (() =>
  z.strictObject(/* @__PURE__ */ mutationShape()))();

/**
 * zod schema of a {@link BudgetLine}. Amounts must be whole cents; the
 * programme, taakveld and phase must be present (whether they are declared
 * by the document is checked by {@link parseBudget}).
 *
 * @example
 * ```ts
 * import { BudgetLineSchema } from "opkoers/budget";
 *
 * const result = BudgetLineSchema.safeParse({ taakveld: "7.1", year: 2024, phase: "primitief", expenses: 12.5, revenue: 0, nature: "structureel" });
 * result.success; //=> false
 * result.error?.issues.map((issue) => issue.path.join(".")); //=> ["programme", "expenses"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BudgetLineSchema: z.ZodType<BudgetLine, unknown> = /* @__PURE__ */ (() =>
  z.strictObject({ ...(/* @__PURE__ */ mutationShape()), phase: /* @__PURE__ */ code("The phase") }))();

/**
 * zod schema of a list of {@link BudgetLine}s: `z.array(BudgetLineSchema)`.
 * {@link validateBudgetLines} gives exactly the same answer (the same value,
 * the same issues) many times faster; use this schema to compose it into
 * your own schemas.
 *
 * @example
 * ```ts
 * import { BudgetLinesSchema } from "opkoers/budget";
 *
 * const result = BudgetLinesSchema.safeParse([{ programme: "p", taakveld: "7.1", year: 2024, phase: "primitief", expenses: 100, revenue: 0, nature: "incidenteel" }, {}]);
 * result.error?.issues[0]?.path; //=> [1, "programme"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BudgetLinesSchema: z.ZodType<BudgetLine[], unknown> = /* @__PURE__ */ (() =>
  z.array(BudgetLineSchema))();

/**
 * zod schema of an {@link Amendment}. Strict, like every budget schema: a
 * key it does not know (a misspelt `"Status"`) is an `unrecognized_keys`
 * issue at the object's path, never silently dropped; the date must be a
 * real calendar day (`IsoDateSchema` of `opkoers/calendar`).
 *
 * @example
 * ```ts
 * import { AmendmentSchema } from "opkoers/budget";
 *
 * AmendmentSchema.safeParse({ id: "bw-1", number: 1, date: "2024-13-01", decision: "RB-1", mutations: [] }).success; //=> false
 * AmendmentSchema.safeParse({ id: "bw-1", number: 1, date: "2023-02-29", decision: "RB-1", mutations: [] }).error?.issues.length; //=> 1
 * AmendmentSchema.safeParse({ id: "bw-1", number: 1, date: "2024-02-29", decision: "RB-1", Status: "rejected", mutations: [] }).error?.issues[0]?.code; //=> "unrecognized_keys"
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const AmendmentSchema: z.ZodType<Amendment, unknown> = /* @__PURE__ */ (() =>
  z.strictObject({
  id: code("An amendment id"),
  number: z.int({ error: /* @__PURE__ */ saying("The amendment number must be a whole number.", "Het wijzigingsnummer moet een geheel getal zijn.") }),
  date: /* @__PURE__ */ isoDate(),
  decision: z.string(),
  status: z.enum(["proposed", "adopted", "rejected"], { error: /* @__PURE__ */ saying('The status must be "proposed", "adopted" or "rejected".', 'De status moet "proposed", "adopted" of "rejected" zijn.') }).exactOptional(),
  description: z.string().exactOptional(),
  mutations: z.array(MutationSchema),
}))();

/**
 * zod schema of a {@link BudgetProgramme}.
 *
 * @example
 * ```ts
 * import { BudgetProgrammeSchema } from "opkoers/budget";
 *
 * BudgetProgrammeSchema.parse({ code: "gezondheid", name: "Gezondheid" }).code; //=> "gezondheid"
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BudgetProgrammeSchema: z.ZodType<BudgetProgramme, unknown> = /* @__PURE__ */ (() =>
  z.strictObject({ code: code("A programme code"), name: z.string() }))();

/**
 * zod schema of a {@link Reserve}.
 *
 * @example
 * ```ts
 * import { ReserveSchema } from "opkoers/budget";
 *
 * ReserveSchema.safeParse({ code: "AR", name: "Algemene reserve", kind: "algemeen" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const ReserveSchema: z.ZodType<Reserve, unknown> = /* @__PURE__ */ (() =>
  z.strictObject({
  code: code("A reserve code"),
  name: z.string(),
  kind: z.enum(["general", "earmarked"], { error: /* @__PURE__ */ saying('A reserve kind must be "general" or "earmarked".', 'Het soort reserve moet "general" of "earmarked" zijn.') }),
  coversCapitalCharges: z.boolean({ error: /* @__PURE__ */ saying("coversCapitalCharges must be true or false.", "coversCapitalCharges moet true of false zijn.") }).exactOptional(),
}))();

// A function, so that each call below is a pure expression a bundler can drop when the schema is unused.
const documentShape = () => ({
  municipality: z.string().exactOptional(),
  budgetYear: z.int({ error: /* @__PURE__ */ saying("The budget year must be a whole number.", "Het begrotingsjaar moet een geheel getal zijn.") }).min(1900, { error: /* @__PURE__ */ saying("The budget year must be 1900 or later.", "Het begrotingsjaar moet 1900 of later zijn.") }).max(2999, { error: /* @__PURE__ */ saying("The budget year must be 2999 or earlier.", "Het begrotingsjaar moet 2999 of eerder zijn.") }),
  programmes: z.array(BudgetProgrammeSchema),
  taakvelden: z.array(code("A taakveld")),
  reserves: z.array(ReserveSchema).exactOptional(),
  onvoorzien: z
    .strictObject({ programme: code("The programme").exactOptional(), taakveld: code("The taakveld"), costCentre: code("The cost centre").exactOptional() })
    .exactOptional(),
  phases: z.array(PhaseSchema),
  lines: z.array(BudgetLineSchema),
  amendments: z.array(AmendmentSchema),
});

/**
 * zod schema of the structure of a {@link BudgetDocument}. It checks shapes
 * and amounts only; read documents with {@link parseBudget}, which also
 * checks that lines refer to declared phases, programmes, taakvelden and
 * reserves. Every object in it is strict: a key the schema does not know is
 * an `unrecognized_keys` issue at the path of the object that has it.
 *
 * @example
 * ```ts
 * import { BudgetDocumentSchema } from "opkoers/budget";
 *
 * BudgetDocumentSchema.safeParse({ budgetYear: 2024, programmes: [], taakvelden: [], phases: [], lines: [], amendments: [] }).success; //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BudgetDocumentSchema: z.ZodType<BudgetDocument, unknown> = /* @__PURE__ */ (() =>
  z.strictObject(/* @__PURE__ */ documentShape()))();

/**
 * The {@link BudgetDocumentSchema} with `lines` accepted as anything: what
 * `parseBudget` checks with zod before it reads the lines with
 * `validateBudgetLines`. Not exported by the budget index, so the example
 * shows it through `parseBudget`.
 *
 * @example
 * ```ts
 * import { parseBudget } from "opkoers/budget";
 *
 * const result = parseBudget({ budgetYear: 2024, programmes: [], taakvelden: [], phases: [], amendments: [] });
 * !result.ok && result.issues.map((issue) => [issue.path.join("."), issue.code]); //=> [["lines", "invalid_type"]]
 * ```
 *
 * @internal
 */
export const BudgetDocumentShellSchema: z.ZodType<Omit<BudgetDocument, "lines"> & { readonly lines: unknown }, unknown> = /* @__PURE__ */ (() =>
  z.strictObject({
  ...(/* @__PURE__ */ documentShape()),
  lines: z.unknown(),
}))();

