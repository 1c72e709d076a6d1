import { lineClassifier, type BudgetDocument, type BudgetLine, type LinePart, type TaakveldClassification } from "../budget/index.js";
import { percentageOf, subtract, type Cents, type Percentage } from "../money/index.js";
import type { Assessment, LocalizedText } from "../status/index.js";
import { assertBoolean, assertCents, assertObject, assertOneOf } from "./_internal/assert.js";
import { compareGroups, type GroupDimension } from "./_internal/compare.js";
import { describe, fail } from "./_internal/fail.js";
import { toCents } from "./_internal/lines.js";
import { exact, percentText, type Rational } from "./_internal/rational.js";
import { enAmount, nlAmount } from "./_internal/text.js";
import type { DeviationPolicy } from "./deviationPolicies.js";

/**
 * Options for {@link budgetDeviations}.
 *
 * @example
 * ```ts
 * import { DEVIATION_POLICIES, type DeviationOptions } from "opkoers/finance";
 *
 * const options: DeviationOptions = { policy: DEVIATION_POLICIES.nuenen2019, by: ["programme", "taakveld"] };
 * options.by; //=> ["programme", "taakveld"]
 * ```
 *
 * @category Deviations
 * @since 0.1.0
 */
export interface DeviationOptions {
  /** The threshold policy (see {@link DEVIATION_POLICIES}). */
  readonly policy: DeviationPolicy;
  /** Group by these dimensions, in order; default `["programme"]`. Per line: `["programme", "taakveld", "categorie", "costCentre"]`. */
  readonly by?: readonly ("programme" | "taakveld" | "categorie" | "costCentre")[];
  /** The year; default the document's begrotingsjaar (required for plain lines). */
  readonly year?: number;
  /** Phases of the amended budget; default for a document original + adopted amendments (required for plain lines). */
  readonly amendedPhases?: readonly string[];
  /** Phases of the actual figures; default for a document its whole-year actual phases (else its quarterly ones; required for plain lines). */
  readonly actualPhases?: readonly string[];
  /** Explanations by subject (`"zorg"`, or `"zorg/7.1"` when grouped by two dimensions); `"<subject>#expenses"` / `"<subject>#revenue"` for one side only. */
  readonly explanations?: Readonly<Record<string, string | LocalizedText>>;
  /** The classification of the non-programme taakvelden; default `GENERAL_TAAKVELDEN` of opkoers/budget. Lines of the part `"result"` (the resultaat on taakveld 0.11) are left out. */
  readonly classification?: readonly TaakveldClassification[];
  /**
   * Count only the lines of these parts of the overzicht van baten en lasten (`lineClassifier` of
   * opkoers/budget, with the document's `onvoorzien`); default every part but `"result"`. `["programme"]`
   * gives the programmes' own lasten and baten, the figures of the overzicht's programme rows (without the
   * reserve mutations, overhead, algemene dekkingsmiddelen and onvoorzien booked under a programme code).
   * @since 0.2.0
   */
  readonly parts?: readonly LinePart[];
}

/**
 * The deviation of lasten or baten of one group; see {@link budgetDeviations}.
 *
 * @example
 * ```ts
 * import type { Deviation } from "opkoers/finance";
 *
 * type Effect = Deviation["effect"];
 * const effect: Effect = "nadeel";
 * effect; //=> "nadeel"
 * ```
 *
 * @category Deviations
 * @since 0.1.0
 */
export interface Deviation {
  /** `"expenses"` (lasten) or `"revenue"` (baten). */
  readonly side: "expenses" | "revenue";
  /** Begroting na wijziging. */
  readonly amended: Cents;
  /** Realisatie (the prognose when the compared phases of a document are forecasts; the message then says "prognose"). */
  readonly actual: Cents;
  /** actual − amended. */
  readonly deviation: Cents;
  /** deviation / |amended| in percent (1 decimal, halfUp), or undefined when amended is zero. */
  readonly percentage: Percentage;
  /** For the saldo: more lasten or fewer baten is a nadeel, fewer lasten or more baten a voordeel. */
  readonly effect: "voordeel" | "nadeel" | "neutraal";
  /** Whether the policy asks for an explanation. */
  readonly needsExplanation: boolean;
  /** The attached explanation, if any. */
  readonly explanation: LocalizedText | null;
  /** The assessment (rule `fv.deviation.explanation`). */
  readonly assessment: Assessment<"withinThreshold" | "explained" | "needsExplanation">;
}

/**
 * The deviations of one group (a programme, or a finer line); see
 * {@link budgetDeviations}.
 *
 * @example
 * ```ts
 * import type { DeviationRow } from "opkoers/finance";
 *
 * type Subject = DeviationRow["subject"];
 * const subject: Subject = "zorg/7.1";
 * subject; //=> "zorg/7.1"
 * ```
 *
 * @category Deviations
 * @since 0.1.0
 */
export interface DeviationRow {
  /** The group's id: the dimension values joined by `/` (`-` for a missing categorie or cost centre). */
  readonly subject: string;
  /** The dimension values. */
  readonly key: Readonly<Record<string, string | null>>;
  /** The lasten deviation. */
  readonly expenses: Deviation;
  /** The baten deviation. */
  readonly revenue: Deviation;
  /** Deviation of the saldo (baten − lasten): positive is a voordeel. */
  readonly balance: Cents;
}

const LINE_PARTS: readonly LinePart[] = ["programme", "generalCover", "overhead", "vpb", "onvoorzien", "reserves", "result"];

function checkParts(parts: unknown): readonly LinePart[] | null {
  if (parts === undefined) return null;
  if (!Array.isArray(parts) || parts.length === 0 || parts.some((p) => !LINE_PARTS.includes(p as LinePart))) {
    fail("invalid_option", `parts must be a non-empty array of ${LINE_PARTS.join(", ")}, but it is ${describe(parts)}.`, { option: "parts", value: parts });
  }
  return parts as readonly LinePart[];
}

function toText(value: string | LocalizedText | undefined): LocalizedText | null {
  if (value === undefined) return null;
  if (typeof value === "string") return { nl: value, en: value };
  if (typeof value === "object" && value !== null && typeof value.nl === "string" && typeof value.en === "string") return value;
  return fail("invalid_option", `An explanation must be a string or { nl, en }, but it is ${describe(value)}.`, { option: "explanations" });
}

interface Checked {
  readonly amount: { readonly value: Cents; readonly inclusive: boolean } | null;
  readonly percentage: { readonly value: Rational; readonly text: string; readonly inclusive: boolean } | null;
  readonly combine: "both" | "either";
  readonly zeroAmended: "exceeds" | "withinThreshold";
}

function checkPolicy(policy: DeviationPolicy): Checked {
  assertObject(policy, "policy");
  assertOneOf(policy.combine, ["both", "either"], "policy.combine");
  const zeroAmended = policy.zeroAmended ?? "exceeds";
  assertOneOf(zeroAmended, ["exceeds", "withinThreshold"], "policy.zeroAmended");
  let amount: Checked["amount"] = null;
  let percentage: Checked["percentage"] = null;
  if (policy.amount !== undefined) {
    assertObject(policy.amount, "policy.amount");
    assertCents(policy.amount.value, "policy.amount.value");
    assertBoolean(policy.amount.inclusive, "policy.amount.inclusive");
    if (policy.amount.value < 0) fail("invalid_option", "policy.amount.value cannot be negative.", { option: "policy.amount.value" });
    amount = policy.amount;
  }
  if (policy.percentage !== undefined) {
    assertObject(policy.percentage, "policy.percentage");
    assertBoolean(policy.percentage.inclusive, "policy.percentage.inclusive");
    const value = exact(policy.percentage.value, "policy.percentage.value");
    if (value.n < 0n) fail("invalid_option", "policy.percentage.value cannot be negative.", { option: "policy.percentage.value" });
    percentage = { value, text: String(policy.percentage.value), inclusive: policy.percentage.inclusive };
  }
  if (amount === null && percentage === null) fail("invalid_option", `The policy ${describe(policy.id)} has neither an amount nor a percentage criterion.`, { option: "policy" });
  return { amount, percentage, combine: policy.combine, zeroAmended };
}

function exceeds(deviation: Cents, amended: Cents, p: Checked): { amount: boolean | null; percentage: boolean | null; needs: boolean } {
  const size = BigInt(Math.abs(deviation));
  const amountHit = p.amount === null ? null : p.amount.inclusive ? size >= BigInt(p.amount.value) : size > BigInt(p.amount.value);
  let percentageHit: boolean | null = null;
  if (p.percentage !== null) {
    if (amended === 0) {
      percentageHit = deviation !== 0 && p.zeroAmended === "exceeds";
    } else {
      // |deviation| × 100 / |amended| vs p/q  ⇔  |deviation| × 100 × q vs p × |amended|
      const left = size * 100n * p.percentage.value.d;
      const right = p.percentage.value.n * BigInt(Math.abs(amended));
      percentageHit = p.percentage.inclusive ? left >= right : left > right;
    }
  }
  const hits = [amountHit, percentageHit].filter((h): h is boolean => h !== null);
  const needs = deviation !== 0 && (p.combine === "both" ? hits.every(Boolean) : hits.some(Boolean));
  return { amount: amountHit, percentage: percentageHit, needs };
}

function thresholdText(p: Checked, lang: "nl" | "en"): string {
  const parts: string[] = [];
  if (p.percentage !== null) parts.push(`${p.percentage.inclusive ? "≥" : ">"} ${percentText(p.percentage.value, lang)}`);
  if (p.amount !== null) parts.push(`${p.amount.inclusive ? "≥" : ">"} ${lang === "nl" ? nlAmount(p.amount.value) : enAmount(p.amount.value)}`);
  return parts.join(p.combine === "both" ? (lang === "nl" ? " en " : " and ") : lang === "nl" ? " of " : " or ");
}

/**
 * Compare the realisatie with the begroting na wijziging per programme (or
 * per line) and tell, for lasten and baten separately, which deviations need
 * an explanation under the municipality's threshold policy (financiële
 * verordening, Gemeentewet art. 212; BBV art. 28 a), with the explanation
 * attached where one is given.
 *
 * The resultaat booked on taakveld 0.11 (Iv3 categorie 7.1) is left out: it
 * is the balancing line, not a last or baat, and a jaarrekening that
 * underspent would otherwise show its surplus as an overrun (CBS Iv3
 * definitions; bbv-domain §13; the classification of `lineClassifier` in
 * opkoers/budget). By default every other line counts for its programme,
 * reserve mutations (0.10) and overhead (0.4) booked under a programme code
 * included; with `parts: ["programme"]` only the programme's own lasten and
 * baten count, the figures of the overzicht's programme row (as `buildReport`
 * of opkoers/report shows them).
 *
 * The comparison with the thresholds is exact: the percentage criterion
 * compares |deviation| × 100 with the percentage × |amended| in integers,
 * not a rounded percentage. When the amended amount is zero the percentage
 * is undefined (never NaN) and the policy's `zeroAmended` decides.
 *
 * @param source - A budget document or budget lines.
 * @param options - The policy, the grouping, the year and phases, the explanations.
 * @returns One row per group (sorted by subject) with the lasten and baten deviation, each with an assessment.
 * @throws {@link DomainError} `invalid_option` – when the policy or an option is malformed (`parts` empty or naming no part of the overzicht), plain lines are given without phases, or a document has two whole-year actual phases with lines in the year and no `actualPhases` says which to compare (versions of the realisatie are never added up).
 * @throws {@link DomainError} `unknown_phase` – when a phase is not in the document.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_factor` – when the policy's percentage is not an exact decimal.
 * @throws {@link DomainError} `invalid_period` – when the year is not a whole year.
 * @throws {@link DomainError} `amount_out_of_range` – when a total leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { budgetDeviations, DEVIATION_POLICIES } from "opkoers/finance";
 *
 * const line = (phase: string, programme: string, expenses: number) => ({ programme, taakveld: "6.1", year: 2024, phase, expenses: euro(expenses), revenue: euro(0), nature: "structureel" as const });
 * const lines = [line("nw", "zorg", 1000000), line("real", "zorg", 1060000), line("nw", "wonen", 200000), line("real", "wonen", 212000)];
 * const rows = budgetDeviations(lines, {
 *   policy: DEVIATION_POLICIES.nieuwkoop2017, year: 2024, amendedPhases: ["nw"], actualPhases: ["real"],
 *   explanations: { zorg: "Meer aanvragen Wmo-voorzieningen." },
 * });
 * rows.map((r) => [r.subject, r.expenses.deviation, r.expenses.percentage.defined ? r.expenses.percentage.value : null]); //=> [["wonen", 1200000, 6], ["zorg", 6000000, 6]]
 * rows.map((r) => r.expenses.assessment.status); //=> ["withinThreshold", "explained"]
 * rows[0]?.expenses.assessment.message.en; //=> "wonen, expenses: actual € 212,000.00 against amended € 200,000.00, deviation € 12,000.00 (6.0 %, a deficit) — within the threshold (> 5 % and ≥ € 15,000.00)."
 *
 * // A withdrawal from a reserve (0.10) under the programme's code: counted by default, not with parts ["programme"].
 * const withReserve = [...lines, { ...line("nw", "zorg", 0), taakveld: "0.10", revenue: euro(50000) }, { ...line("real", "zorg", 0), taakveld: "0.10", revenue: euro(80000) }];
 * const selection = { policy: DEVIATION_POLICIES.nieuwkoop2017, year: 2024, amendedPhases: ["nw"], actualPhases: ["real"] };
 * budgetDeviations(withReserve, selection).find((r) => r.subject === "zorg")?.revenue.deviation; //=> 3000000
 * budgetDeviations(withReserve, { ...selection, parts: ["programme"] }).find((r) => r.subject === "zorg")?.revenue.deviation; //=> 0
 * budgetDeviations(withReserve, { ...selection, parts: [] }); //=> throws invalid_option
 * ```
 *
 * @category Deviations
 * @since 0.1.0
 */
export function budgetDeviations(source: BudgetDocument | readonly BudgetLine[], options: DeviationOptions): readonly DeviationRow[] {
  assertObject(options, "The options");
  const policy = checkPolicy(options.policy);
  const by = (options.by ?? ["programme"]) as readonly GroupDimension[];
  const explanations = options.explanations ?? {};
  assertObject(explanations, "explanations");
  const parts = checkParts(options.parts);
  const onvoorzien = parts === null || Array.isArray(source) ? undefined : (source as BudgetDocument).onvoorzien;
  const partOf = lineClassifier({ ...(options.classification === undefined ? {} : { classification: options.classification }), ...(onvoorzien === undefined ? {} : { onvoorzien }) });
  const { groups, actualPhases } = compareGroups(source, options, by, (line) => {
    const part = partOf(line);
    return parts === null ? part === "result" : !parts.includes(part);
  });
  // What the compared figures are called: a prognose when every compared phase of a document is a forecast, else
  // the realisatie (plain lines carry no phase kinds).
  const phases = Array.isArray(source) ? [] : (source as BudgetDocument).phases;
  const forecast = actualPhases.length > 0 && actualPhases.every((id) => phases.find((p) => p.id === id)?.kind === "forecast");
  const actualNl = forecast ? "prognose" : "realisatie";
  const actualEn = forecast ? "forecast" : "actual";
  const item = (subject: string, side: "expenses" | "revenue", amended: Cents, actual: Cents): Deviation => {
    const deviation = subtract(actual, amended);
    const percentage = percentageOf(deviation, Math.abs(amended) as Cents);
    const hit = exceeds(deviation, amended, policy);
    const explanation = toText(explanations[`${subject}#${side}`] ?? explanations[subject]);
    const effect = deviation === 0 ? "neutraal" : (side === "expenses") === deviation > 0 ? "nadeel" : "voordeel";
    const status = !hit.needs ? "withinThreshold" : explanation !== null ? "explained" : "needsExplanation";
    const pctNl = percentage.defined ? `${String(percentage.value.toFixed(1)).replace(".", ",")} %` : "percentage niet gedefinieerd";
    const pctEn = percentage.defined ? `${percentage.value.toFixed(1)} %` : "percentage undefined";
    const sideNl = side === "expenses" ? "lasten" : "baten";
    const effectEn = effect === "nadeel" ? "a deficit" : effect === "voordeel" ? "a surplus" : "no effect";
    const outcomeNl = status === "withinThreshold" ? "binnen de drempel" : status === "explained" ? `toegelicht: ${explanation?.nl}` : "toelichting nodig";
    const outcomeEn = status === "withinThreshold" ? "within the threshold" : status === "explained" ? `explained: ${explanation?.en}` : "needs an explanation";
    return {
      side,
      amended,
      actual,
      deviation,
      percentage,
      effect,
      needsExplanation: hit.needs,
      explanation,
      assessment: {
        status,
        ruleId: "fv.deviation.explanation",
        subject: `${subject}#${side}`,
        inputs: { amended, actual, deviation, percentage: percentage.defined ? percentage.value : null, amountCriterionMet: hit.amount, percentageCriterionMet: hit.percentage },
        thresholds: {
          policy: options.policy.id,
          source: options.policy.source,
          amount: policy.amount,
          percentage: policy.percentage === null ? null : { value: policy.percentage.text, inclusive: policy.percentage.inclusive },
          combine: policy.combine,
          zeroAmended: policy.zeroAmended,
        },
        message: {
          nl: `${subject}, ${sideNl}: ${actualNl} ${nlAmount(actual)} tegenover begroot na wijziging ${nlAmount(amended)}, afwijking ${nlAmount(deviation)} (${pctNl}, ${effect}) — ${outcomeNl} (${thresholdText(policy, "nl")}).`,
          en: `${subject}, ${side}: ${actualEn} ${enAmount(actual)} against amended ${enAmount(amended)}, deviation ${enAmount(deviation)} (${pctEn}, ${effectEn}) — ${outcomeEn} (${thresholdText(policy, "en")}).`,
        },
        severity: status === "needsExplanation" ? "warning" : "info",
      },
    };
  };
  return groups.map((g) => ({
    subject: g.subject,
    key: g.key,
    expenses: item(g.subject, "expenses", g.amendedExpenses, g.actualExpenses),
    revenue: item(g.subject, "revenue", g.amendedRevenue, g.actualRevenue),
    balance: toCents(BigInt(g.actualRevenue) - BigInt(g.actualExpenses) - (BigInt(g.amendedRevenue) - BigInt(g.amendedExpenses)), `the saldo deviation of ${g.subject}`),
  }));
}
