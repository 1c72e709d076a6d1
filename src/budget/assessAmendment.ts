import { assertDocument, assertObject, assertObjects } from "./_internal/assertInput.js";
import { add, formatAmount, type Cents } from "../money/index.js";
import type { Assessment } from "../status/index.js";
import type { Amendment, BudgetDocument, Mutation } from "./types.js";
import { GENERAL_TAAKVELDEN } from "./generalTaakvelden.js";

/**
 * The statuses {@link assessAmendment} can return:
 *
 * | rule | status | meaning |
 * | --- | --- | --- |
 * | `budget.amendment.knownCodes` | `ok` | every mutation names declared codes |
 * |  | `unknownProgramme`, `unknownTaakveld`, `unknownReserve` | one mutation names an undeclared code (or a taakveld the validator rejects) |
 * | `budget.amendment.neutral` | `neutral` | the resultaat of the year does not change and nothing needed covering |
 * |  | `covered` | a change in the programmes is covered by a reserve, the algemene reserve or onvoorzien; the resultaat does not change |
 * |  | `deficit` | the resultaat gets worse (nadeel) |
 * |  | `surplus` | the resultaat gets better (voordeel) |
 * | `budget.amendment.structural` | `structuralDeficit`, `structurallyNeutral`, `structuralSurplus` | the sign of the structural effect on the saldo of the year |
 *
 * @example
 * ```ts
 * import type { AmendmentCheckStatus } from "opkoers/budget";
 *
 * const status: AmendmentCheckStatus = "covered";
 * status; //=> "covered"
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export type AmendmentCheckStatus =
  | "ok"
  | "unknownProgramme"
  | "unknownTaakveld"
  | "unknownReserve"
  | "neutral"
  | "covered"
  | "deficit"
  | "surplus"
  | "structuralDeficit"
  | "structurallyNeutral"
  | "structuralSurplus";

/**
 * Options for {@link assessAmendment}.
 *
 * @example
 * ```ts
 * import type { AssessAmendmentOptions } from "opkoers/budget";
 *
 * const options: AssessAmendmentOptions = { isValidTaakveld: (code) => code !== "6.71" };
 * options.isValidTaakveld?.("6.71", 2024); //=> false
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export interface AssessAmendmentOptions {
  /** Also check each mutation's taakveld against an external code list (e.g. CBS, by year). */
  readonly isValidTaakveld?: (code: string, boekjaar: number) => boolean;
}

const euro = (amount: number): string => formatAmount(amount as Cents, { symbol: true });
const effect = (m: Mutation): number => (m.revenue as number) - (m.expenses as number);

/**
 * Check a begrotingswijziging before (or after) applying it, and explain the
 * outcome as {@link Assessment}s (rules in {@link BUDGET_RULES}):
 *
 * - `budget.amendment.knownCodes`: one assessment per mutation that names a
 *   programme, taakveld or reserve the document does not declare (or that the
 *   optional validator rejects), or one `ok`;
 * - `budget.amendment.neutral`, per year: whether the resultaat stays the
 *   same (budget-neutral), and if a change in the programmes is covered, by
 *   what — a bestemmingsreserve, the algemene reserve (reserve mutations on
 *   0.10) or onvoorzien (lower lasten where the document budgets
 *   onvoorzien); otherwise a deficit (nadeel) or surplus (voordeel);
 * - `budget.amendment.structural`, per year: the structural and the
 *   incidental effect on the saldo.
 *
 * Effects are baten − lasten of the mutations, so a negative effect is a
 * nadeel; mutations on 0.11 (the resultaat itself) are left out, as in the
 * overzicht van baten en lasten. Amounts in the inputs are cents.
 *
 * @param doc - The budget document the amendment is meant for.
 * @param amendment - The amendment.
 * @param options - An optional taakveld validator.
 * @returns The assessments: codes first, then per year (ascending) neutrality and structural effect.
 * @throws {@link DomainError} `amount_out_of_range` – when a sum leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { assessAmendment, type BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024, programmes: [{ code: "zorg", name: "Zorg" }], taakvelden: ["6.1", "0.10"],
 *   reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
 *   phases: [{ id: "primitief", kind: "original" }], lines: [], amendments: [],
 * };
 * const checks = assessAmendment(doc, {
 *   id: "bw-2", number: 2, date: "2024-07-04", decision: "RB-88",
 *   mutations: [
 *     { programme: "zorg", taakveld: "6.1", year: 2024, expenses: euro(250000), revenue: euro(0), nature: "incidenteel" },
 *     { programme: "zorg", taakveld: "0.10", year: 2024, expenses: euro(0), revenue: euro(250000), nature: "incidenteel", reserve: "AR" },
 *   ],
 * });
 * checks.map((a) => a.status); //=> ["ok", "covered", "structurallyNeutral"]
 * checks[1]?.message.nl; //=> "2024: budgetneutraal; nadeel in de programma's van € -250.000,00 gedekt uit de algemene reserve Algemene reserve (€ 250.000,00)."
 * ```
 *
 * @category Amendments
 * @since 0.1.0
 */
export function assessAmendment(doc: BudgetDocument, amendment: Amendment, options: AssessAmendmentOptions = {}): readonly Assessment<AmendmentCheckStatus>[] {
  assertDocument(doc);
  assertObject(amendment, "The amendment");
  assertObjects(amendment.mutations, "The amendment's mutations");
  assertObject(options, "The options");
  const out: Assessment<AmendmentCheckStatus>[] = [];
  const programmes = new Set(doc.programmes.map((p) => p.code));
  const taakvelden = new Set(doc.taakvelden);
  const reserves = new Map((doc.reserves ?? []).map((r) => [r.code, r]));
  const subject = (i: number): string => `amendments.${amendment.id}.mutations.${i}`;
  amendment.mutations.forEach((m, i) => {
    const unknown = (status: AmendmentCheckStatus, what: string, code: string, nl: string, en: string): void => {
      out.push({
        status,
        ruleId: "budget.amendment.knownCodes",
        subject: subject(i),
        inputs: { [what]: code, index: i },
        thresholds: {},
        severity: "error",
        message: { nl: `Mutatie ${i} van wijziging ${amendment.number}: ${nl} ${JSON.stringify(code)} is onbekend.`, en: `Mutation ${i} of amendment ${amendment.number}: ${en} ${JSON.stringify(code)} is unknown.` },
      });
    };
    if (!programmes.has(m.programme)) unknown("unknownProgramme", "programme", m.programme, "programma", "programme");
    const validTaakveld = taakvelden.has(m.taakveld) && (options.isValidTaakveld?.(m.taakveld, m.year) ?? true);
    if (!validTaakveld) unknown("unknownTaakveld", "taakveld", m.taakveld, "taakveld", "taakveld");
    if (m.reserve !== undefined && !reserves.has(m.reserve)) unknown("unknownReserve", "reserve", m.reserve, "reserve", "reserve");
  });
  if (out.length === 0) {
    out.push({
      status: "ok",
      ruleId: "budget.amendment.knownCodes",
      subject: `amendments.${amendment.id}`,
      inputs: { mutations: amendment.mutations.length },
      thresholds: {},
      message: { nl: `Alle ${amendment.mutations.length} mutaties noemen bekende programma's, taakvelden en reserves.`, en: `All ${amendment.mutations.length} mutations name known programmes, taakvelden and reserves.` },
    });
  }

  interface YearSums {
    programmes: Cents;
    general: Cents;
    onvoorzien: Cents;
    structural: Cents;
    incidental: Cents;
    reserves: Map<string, Cents>;
  }
  const years = new Map<number, YearSums>();
  const on = doc.onvoorzien;
  const resultTaakvelden = new Set(GENERAL_TAAKVELDEN.filter((entry) => entry.part === "result").map((entry) => entry.taakveld));
  for (const m of amendment.mutations) {
    // A mutation on 0.11 changes the booked resultaat itself, not the saldo or the reserves.
    if (resultTaakvelden.has(m.taakveld)) continue;
    let sums = years.get(m.year);
    if (sums === undefined) {
      sums = { programmes: 0 as Cents, general: 0 as Cents, onvoorzien: 0 as Cents, structural: 0 as Cents, incidental: 0 as Cents, reserves: new Map() };
      years.set(m.year, sums);
    }
    const e = effect(m) as Cents;
    if (m.nature === "structureel") sums.structural = add(sums.structural, e);
    else sums.incidental = add(sums.incidental, e);
    if (m.reserve !== undefined) {
      sums.reserves.set(m.reserve, add(sums.reserves.get(m.reserve) ?? (0 as Cents), e));
    } else if (on !== undefined && m.taakveld === on.taakveld && (on.programme === undefined || on.programme === m.programme) && (on.costCentre === undefined || on.costCentre === m.costCentre)) {
      sums.onvoorzien = add(sums.onvoorzien, e);
    } else {
      sums.programmes = add(sums.programmes, e);
    }
  }
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const s = years.get(year) as YearSums;
    let total = add(s.programmes, s.onvoorzien);
    const covers: { kind: "general" | "earmarked" | "onvoorzien"; code: string; name: string; amount: Cents }[] = [];
    for (const [code, amount] of s.reserves) {
      total = add(total, amount);
      const reserve = reserves.get(code);
      if (amount !== 0) covers.push({ kind: reserve?.kind ?? "earmarked", code, name: reserve?.name ?? code, amount });
    }
    if (s.onvoorzien !== 0) covers.push({ kind: "onvoorzien", code: "onvoorzien", name: "onvoorzien", amount: s.onvoorzien });
    const status: AmendmentCheckStatus = total < 0 ? "deficit" : total > 0 ? "surplus" : s.programmes === 0 ? "neutral" : "covered";
    const coverNl = covers
      .map((c) => (c.kind === "onvoorzien" ? `onvoorzien (${euro(c.amount)})` : `${c.kind === "general" ? "de algemene reserve" : "de bestemmingsreserve"} ${c.name} (${euro(c.amount)})`))
      .join(", ");
    const coverEn = covers
      .map((c) => (c.kind === "onvoorzien" ? `onvoorzien (${euro(c.amount)})` : `${c.kind === "general" ? "the general reserve" : "the earmarked reserve"} ${c.name} (${euro(c.amount)})`))
      .join(", ");
    const side = s.programmes < 0 ? { nl: "nadeel", en: "deficit" } : { nl: "voordeel", en: "surplus" };
    const message =
      status === "neutral"
        ? { nl: `${year}: budgetneutraal; het resultaat verandert niet.`, en: `${year}: budget-neutral; the result does not change.` }
        : status === "covered"
          ? {
              nl: `${year}: budgetneutraal; ${side.nl} in de programma's van ${euro(s.programmes)} gedekt uit ${coverNl}.`,
              en: `${year}: budget-neutral; ${side.en} in the programmes of ${euro(s.programmes)} covered by ${coverEn}.`,
            }
          : {
              nl: `${year}: niet budgetneutraal; het resultaat verandert met ${euro(total)} (${status === "deficit" ? "nadeel" : "voordeel"})${covers.length > 0 ? `, na dekking uit ${coverNl}` : ""}.`,
              en: `${year}: not budget-neutral; the result changes by ${euro(total)} (${status})${covers.length > 0 ? `, after cover by ${coverEn}` : ""}.`,
            };
    out.push({
      status,
      ruleId: "budget.amendment.neutral",
      subject: `amendments.${amendment.id}.${year}`,
      inputs: { year, effectOnResult: total, programmes: s.programmes, covers: covers.map((c) => ({ kind: c.kind, code: c.code, amount: c.amount })) },
      thresholds: { neutralAt: 0 },
      ...(status === "deficit" ? { severity: "warning" as const } : { severity: "info" as const }),
      message,
    });
    const structuralStatus: AmendmentCheckStatus = s.structural < 0 ? "structuralDeficit" : s.structural > 0 ? "structuralSurplus" : "structurallyNeutral";
    out.push({
      status: structuralStatus,
      ruleId: "budget.amendment.structural",
      subject: `amendments.${amendment.id}.${year}`,
      inputs: { year, structural: s.structural, incidental: s.incidental },
      thresholds: {},
      severity: structuralStatus === "structuralDeficit" ? "warning" : "info",
      message: {
        nl: `${year}: structureel effect ${euro(s.structural)}, incidenteel effect ${euro(s.incidental)} op het saldo.`,
        en: `${year}: structural effect ${euro(s.structural)}, incidental effect ${euro(s.incidental)} on the balance.`,
      },
    });
  }
  return out;
}
