import type { Rule } from "../status/index.js";

/**
 * The rules that {@link assessAmendment} applies, as data with ids and sources.
 *
 * | id | checks |
 * | --- | --- |
 * | `budget.amendment.knownCodes` | every mutation names a programme, taakveld and reserve the document declares |
 * | `budget.amendment.neutral` | per year, whether the amendment leaves the resultaat unchanged, and what covers it |
 * | `budget.amendment.structural` | per year, the structural and incidental effect on the saldo |
 *
 * @example
 * ```ts
 * import { BUDGET_RULES } from "opkoers/budget";
 *
 * BUDGET_RULES.map((rule) => rule.id); //=> ["budget.amendment.knownCodes", "budget.amendment.neutral", "budget.amendment.structural"]
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export const BUDGET_RULES: readonly Rule[] = Object.freeze([
  {
    id: "budget.amendment.knownCodes",
    severity: "error",
    description: {
      nl: "Elke mutatie noemt een programma, taakveld en reserve die de begroting kent.",
      en: "Every mutation names a programme, taakveld and reserve that the budget declares.",
    },
    source: "BBV art. 18 (per programma de mutatie en de nieuwe raming); CBS Iv3 taakvelden",
  },
  {
    id: "budget.amendment.neutral",
    severity: "warning",
    description: {
      nl: "Een begrotingswijziging is budgetneutraal als het resultaat per jaar gelijk blijft; anders wordt gemeld wat het verschil dekt (reserve, algemene reserve, onvoorzien).",
      en: "An amendment is budget-neutral when the result of each year stays the same; otherwise what covers the change is reported (a reserve, the general reserve, onvoorzien).",
    },
    source: "Gemeentewet art. 189 lid 2 (evenwicht); BBV art. 17 en 18",
  },
  {
    id: "budget.amendment.structural",
    severity: "warning",
    description: {
      nl: "Het structurele en het incidentele effect van een begrotingswijziging op het saldo, per jaar.",
      en: "The structural and incidental effect of an amendment on the balance, per year.",
    },
    source: "Gemeentewet art. 189 lid 2 (structureel en reëel evenwicht); BBV art. 19 (incidentele baten en lasten)",
  },
] as const satisfies readonly Rule[]);
