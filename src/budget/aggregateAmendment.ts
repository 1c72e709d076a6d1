import { assertDocument, assertObject, assertObjects } from "./_internal/assertInput.js";
import { subtract, type Cents } from "../money/index.js";
import type { Amendment, BudgetDocument, BudgetLine, Dimension, Mutation, Nature, RollupKey } from "./types.js";
import { amendedPhaseIds } from "./amendedPhaseIds.js";
import { rollup } from "./rollup.js";

/**
 * What identifies the aggregate amendment: everything of an
 * {@link Amendment} except its mutations, which are computed.
 *
 * @example
 * ```ts
 * import type { AggregateAmendmentInfo } from "opkoers/budget";
 *
 * const info: AggregateAmendmentInfo = { id: "bw-totaal", number: 99, date: "2024-12-31", decision: "jaarrekening 2024" };
 * info.number; //=> 99
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export type AggregateAmendmentInfo = Omit<Amendment, "mutations">;

const KEY: readonly Dimension[] = ["programme", "taakveld", "categorie", "costCentre", "year", "nature", "reserve"];
const SEP = "\u001f";

function mutationFromKey(key: RollupKey, expenses: Cents, revenue: Cents): Mutation {
  return {
    programme: key.programme as string,
    taakveld: key.taakveld as string,
    ...(key.categorie == null ? {} : { categorie: key.categorie }),
    ...(key.costCentre == null ? {} : { costCentre: key.costCentre }),
    year: key.year as number,
    expenses,
    revenue,
    nature: key.nature as Nature,
    ...(key.reserve == null ? {} : { reserve: key.reserve }),
  };
}

/**
 * Build the one amendment that takes a document's current amended budget to
 * given amended totals — for sources that publish only the begroting na
 * wijziging (as jaarrekeningen and Iv3 do). Its mutations are the
 * differences per programme, taakveld, categorie, cost centre, year, nature
 * and reserve, so after {@link applyAmendment} the rule "amended = original +
 * amendments" still holds and the amended rollup equals the given totals.
 * Only the years that occur in `amended` are compared: a jaarrekening that
 * gives the amended figures of 2024 leaves the meerjarenraming years alone.
 *
 * @param doc - The document (with its original phase and any amendments so far).
 * @param amended - The published amended amounts, as lines (their phase is ignored) or mutations.
 * @param info - Id, number, date and decision of the aggregate amendment.
 * @returns The amendment (not yet applied); lines whose amounts already agree give no mutation.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { aggregateAmendment, applyAmendment, amendedPhaseIds, rollup, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [{ code: "zorg", name: "Zorg" }], taakvelden: ["6.1"],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: [{ programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: euro(900), revenue: euro(100), nature: "structureel" }],
 *   amendments: [],
 * };
 * const published = [{ programme: "zorg", taakveld: "6.1", year: 2024, expenses: euro(950), revenue: euro(100), nature: "structureel" as const }];
 * const bw = aggregateAmendment(doc, published, { id: "na-wijziging", number: 1, date: "2024-12-31", decision: "jaarrekening 2024" });
 * bw.mutations; //=> [{ programme: "zorg", taakveld: "6.1", year: 2024, expenses: 5000, revenue: 0, nature: "structureel" }]
 * const after = applyAmendment(doc, bw).document;
 * rollup(after, { by: [], phases: amendedPhaseIds(after) }).total.expenses; //=> 95000
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export function aggregateAmendment(doc: BudgetDocument, amended: readonly (BudgetLine | Mutation)[], info: AggregateAmendmentInfo): Amendment {
  assertDocument(doc);
  assertObjects(amended, "The amended lines");
  assertObject(info, "The amendment info");
  const years = [...new Set(amended.map((line) => line.year))];
  const current = rollup(doc, { by: KEY, phases: amendedPhaseIds(doc), years }).rows;
  const target = rollup(
    amended.map((line) => ({ ...line, phase: "" })),
    { by: KEY },
  ).rows;
  const keyText = (key: RollupKey): string => KEY.map((dim) => String(key[dim] ?? "")).join(SEP);
  const now = new Map(current.map((row) => [keyText(row.key), row]));
  const mutations: Mutation[] = [];
  const seen = new Set<string>();
  for (const row of target) {
    const k = keyText(row.key);
    seen.add(k);
    const before = now.get(k);
    const expenses = subtract(row.expenses, before?.expenses ?? (0 as Cents));
    const revenue = subtract(row.revenue, before?.revenue ?? (0 as Cents));
    if (expenses !== 0 || revenue !== 0) mutations.push(mutationFromKey(row.key, expenses, revenue));
  }
  for (const row of current) {
    if (seen.has(keyText(row.key))) continue;
    if (row.expenses !== 0 || row.revenue !== 0) mutations.push(mutationFromKey(row.key, subtract(0 as Cents, row.expenses), subtract(0 as Cents, row.revenue)));
  }
  return { ...info, mutations };
}
