import { lineClassifier, type BudgetDocument, type BudgetLine, type LinePart, type TaakveldClassification } from "../budget/index.js";
import type { Cents, ExactNumber } from "../money/index.js";
import type { Assessment } from "../status/index.js";
import { assertBoolean, assertCents, assertObject, assertOneOf } from "./_internal/assert.js";
import { compareGroups } from "./_internal/compare.js";
import { describe, fail } from "./_internal/fail.js";
import { isDocument, toCents } from "./_internal/lines.js";
import { divideRounded, exact, percentText } from "./_internal/rational.js";
import { enAmount, nlAmount } from "./_internal/text.js";
import { OVERRUN_CATEGORIES, type OverrunCategory } from "./overrunCategories.js";

/**
 * Options for {@link budgetLegality}.
 *
 * @example
 * ```ts
 * import type { LegalityOptions } from "opkoers/finance";
 *
 * const options: LegalityOptions = { classifications: { zorg: "D" }, threshold: { percentage: "3" } };
 * options.classifications?.["zorg"]; //=> "D"
 * ```
 *
 * @category Legality
 * @since 0.1.0
 */
export interface LegalityOptions {
  /** The year; default the document's begrotingsjaar (required for plain lines). */
  readonly year?: number;
  /** Phases of the amended budget; default for a document original + adopted amendments (required for plain lines). */
  readonly amendedPhases?: readonly string[];
  /** Phases of the actual figures; default for a document its whole-year actual phases (required for plain lines). */
  readonly actualPhases?: readonly string[];
  /** Per unit of authorisation (a programme code, or `"generalCover"`, `"overhead"`, `"vpb"`, `"onvoorzien"`, `"reserves/<programme>"`): the extra revenue that is directly related to its overrun (subsidies, cost-covering turnover), in cents. */
  readonly relatedRevenue?: Readonly<Record<string, Cents>>;
  /** Treat a unit's own extra baten (actual − amended, when positive) as directly related revenue; default `false` (a judgement the data alone does not make). */
  readonly programmeRevenueIsRelated?: boolean;
  /** Per unit of authorisation (as for `relatedRevenue`): the category of the part of the overrun not compensated by related revenue. */
  readonly classifications?: Readonly<Record<string, OverrunCategory>>;
  /** Override whether a category counts (see {@link OVERRUN_CATEGORIES}). */
  readonly counts?: Partial<Readonly<Record<OverrunCategory, boolean>>>;
  /** The verantwoordingsgrens. */
  readonly threshold?: {
    /** Percentage of the base, an exact decimal string; default `"1"` (Breda 2024; Aa en Hunze uses 3 %). */
    readonly percentage?: ExactNumber;
    /** The base: the actual lasten including toevoegingen aan reserves (default, as Breda 2024) or excluding them. */
    readonly base?: "expensesIncludingReserves" | "expensesExcludingReserves";
    /** Whether a total exactly at the grens exceeds it; default `false` (only above it). */
    readonly inclusive?: boolean;
  };
  /** The taakveld of reserve mutations; default `"0.10"`. */
  readonly reserveTaakveld?: string;
  /** The classification of the non-programme taakvelden; default `GENERAL_TAAKVELDEN` of opkoers/budget. */
  readonly classification?: readonly TaakveldClassification[];
}

/**
 * One unit of authorisation (a programme, or a non-programme part of the
 * overzicht van baten en lasten) whose lasten exceed the amended budget; see
 * {@link budgetLegality}.
 *
 * @example
 * ```ts
 * import type { Overrun } from "opkoers/finance";
 *
 * type Status = Overrun["assessment"]["status"];
 * const status: Status = "needsClassification";
 * status; //=> "needsClassification"
 * ```
 *
 * @category Legality
 * @since 0.1.0
 */
export interface Overrun {
  /** The unit of authorisation: the programme code, or `"generalCover"`, `"overhead"`, `"vpb"`, `"onvoorzien"` or `"reserves/<programme>"` (the name is kept from 0.1). */
  readonly programme: string;
  /** The part of the overzicht the unit is (`"programme"` for a programme's own lasten). */
  readonly part: LinePart;
  /** Amended lasten. */
  readonly amended: Cents;
  /** Actual lasten. */
  readonly actual: Cents;
  /** actual − amended (> 0). */
  readonly overrun: Cents;
  /** The part compensated by directly related revenue (category C), at most the overrun. */
  readonly compensated: Cents;
  /** overrun − compensated. */
  readonly uncompensated: Cents;
  /** The category of the uncompensated part (`"C"` when fully compensated), or `null` when it still needs one. */
  readonly category: OverrunCategory | null;
  /** The amount that counts towards the verantwoordingsgrens (0 when fully compensated or in a category that does not count; 0 while unclassified). */
  readonly counting: Cents;
  /** The assessment (rule `bbv.legality.overrun`). */
  readonly assessment: Assessment<"compensated" | "classified" | "needsClassification">;
}

/**
 * The result of {@link budgetLegality}.
 *
 * @example
 * ```ts
 * import type { BudgetLegality } from "opkoers/finance";
 *
 * type Status = BudgetLegality["assessment"]["status"];
 * const status: Status = "withinThreshold";
 * status; //=> "withinThreshold"
 * ```
 *
 * @category Legality
 * @since 0.1.0
 */
export interface BudgetLegality {
  /** The year. */
  readonly year: number;
  /** The units of authorisation with an overrun, sorted by their code. */
  readonly overruns: readonly Overrun[];
  /** The total that counts. */
  readonly counting: Cents;
  /** The total that does not count (compensated or in a non-counting category). */
  readonly notCounting: Cents;
  /** The total still to be classified. */
  readonly unclassified: Cents;
  /** The base of the verantwoordingsgrens (actual lasten, with or without reserve additions). */
  readonly base: Cents;
  /** The verantwoordingsgrens in cents, rounded down (for display; the comparison is exact). */
  readonly threshold: Cents;
  /** The assessment of the total against the grens (rule `bbv.legality.threshold`): `"undetermined"` when the unclassified part could tip it over. */
  readonly assessment: Assessment<"withinThreshold" | "exceedsThreshold" | "undetermined">;
}

const CODES = OVERRUN_CATEGORIES.map((c) => c.code);
const NON_PROGRAMME_UNITS: readonly string[] = ["generalCover", "overhead", "vpb", "onvoorzien", "result"];

function unitLabel(code: string, part: LinePart): { nl: string; en: string } {
  switch (part) {
    case "programme":
      return { nl: `Programma ${code}`, en: `Programme ${code}` };
    case "reserves":
      return { nl: `Reservemutaties programma ${code.slice("reserves/".length)}`, en: `Reserve mutations of programme ${code.slice("reserves/".length)}` };
    case "generalCover":
      return { nl: "Algemene dekkingsmiddelen", en: "General cover" };
    case "overhead":
      return { nl: "Overhead", en: "Overhead" };
    case "vpb":
      return { nl: "Vennootschapsbelasting", en: "Corporate income tax" };
    default:
      return { nl: "Onvoorzien", en: "Unforeseen" };
  }
}

/**
 * Test the begrotingscriterium: per unit of authorisation, whether the
 * actual lasten exceed the begroting na wijziging (Gemeentewet art. 189 lid
 * 3; baten are not tested), classify each overrun — automatically as
 * category C when directly related extra revenue compensates it fully, else
 * with the category you give, else marked as needing a classification
 * (Kadernota Rechtmatigheid) — and compare the total that counts with the
 * verantwoordingsgrens, a percentage of the total lasten set by the raad.
 *
 * The units of authorisation are the parts of the overzicht van baten en
 * lasten the raad authorises (BBV art. 17; `lineClassifier` of
 * opkoers/budget): each programme's own lasten; the algemene
 * dekkingsmiddelen (`"generalCover"`), overhead (`"overhead"`), Vpb
 * (`"vpb"`) and onvoorzien (`"onvoorzien"`, where the document says it is
 * budgeted) each as one unit, whatever programme code their lines carry; and
 * the reserve mutations of each programme (`"reserves/<programme>"`). So an
 * overhead overrun cannot hide behind a programme's underspend. The
 * resultaat booked on taakveld 0.11 is no last (bbv-domain §13): it is left
 * out of the units and of the base.
 *
 * A fully compensated overrun never counts, whatever classification is
 * given for it. Of a partly compensated one, only the uncompensated part is
 * classified. Directly related revenue is an input: the figures alone do
 * not show that revenue belongs to an overrun, unless you say that a
 * unit's own extra baten do (`programmeRevenueIsRelated`).
 *
 * @param source - A budget document or budget lines.
 * @param options - Year and phases, related revenue, classifications, counting overrides and the verantwoordingsgrens.
 * @returns The overruns, the totals and the assessment against the grens.
 * @throws {@link DomainError} `invalid_option` – when an option is malformed, a category is unknown, plain lines are given without phases, a document has two whole-year actual phases with lines in the year and no `actualPhases` says which to compare, or a programme code is also the code of a non-programme unit.
 * @throws {@link DomainError} `unknown_phase` – when a phase is not in the document.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_factor` – when the percentage is not an exact decimal.
 * @throws {@link DomainError} `invalid_period` – when the year is not a whole year.
 * @throws {@link DomainError} `amount_out_of_range` – when a total leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { budgetLegality } from "opkoers/finance";
 *
 * const line = (phase: string, programme: string, expenses: number, revenue = 0) => ({ programme, taakveld: "6.1", year: 2024, phase, expenses: euro(expenses), revenue: euro(revenue), nature: "structureel" as const });
 * const lines = [
 *   line("nw", "zorg", 5000000), line("real", "zorg", 5400000),      // overrun 400.000, open-einde regeling
 *   line("nw", "sport", 1000000), line("real", "sport", 1100000),    // overrun 100.000, covered by a subsidy
 *   line("nw", "wonen", 3000000), line("real", "wonen", 3100000),    // overrun 100.000, not yet classified
 * ];
 * const result = budgetLegality(lines, {
 *   year: 2024, amendedPhases: ["nw"], actualPhases: ["real"],
 *   relatedRevenue: { sport: euro(100000) },
 *   classifications: { zorg: "D" },
 *   threshold: { percentage: "1" },
 * });
 * result.overruns.map((o) => [o.programme, o.category, o.counting]); //=> [["sport", "C", 0], ["wonen", null, 0], ["zorg", "D", 0]]
 * result.unclassified; //=> 10000000
 * result.threshold; //=> 9600000
 * result.assessment.status; //=> "undetermined"
 * ```
 *
 * @category Legality
 * @since 0.1.0
 */
export function budgetLegality(source: BudgetDocument | readonly BudgetLine[], options: LegalityOptions = {}): BudgetLegality {
  assertObject(options, "The options");
  const related = options.relatedRevenue ?? {};
  assertObject(related, "relatedRevenue");
  for (const [programme, amount] of Object.entries(related)) assertCents(amount, `relatedRevenue[${JSON.stringify(programme)}]`);
  const programmeRevenueIsRelated = options.programmeRevenueIsRelated ?? false;
  assertBoolean(programmeRevenueIsRelated, "programmeRevenueIsRelated");
  const classifications = options.classifications ?? {};
  assertObject(classifications, "classifications");
  for (const [programme, code] of Object.entries(classifications)) assertOneOf(code, CODES, `classifications[${JSON.stringify(programme)}]`);
  const counts = new Map<OverrunCategory, boolean>(OVERRUN_CATEGORIES.map((c) => [c.code, c.countsByDefault]));
  const overrides = options.counts ?? {};
  assertObject(overrides, "counts");
  for (const [code, value] of Object.entries(overrides)) {
    assertOneOf(code, CODES, "counts (key)");
    assertBoolean(value, `counts.${code}`);
    counts.set(code, value);
  }
  const threshold = options.threshold ?? {};
  assertObject(threshold, "threshold");
  const percentage = exact(threshold.percentage ?? "1", "threshold.percentage");
  if (percentage.n < 0n) fail("invalid_option", "threshold.percentage cannot be negative.", { option: "threshold.percentage" });
  const baseKind = threshold.base ?? "expensesIncludingReserves";
  assertOneOf(baseKind, ["expensesIncludingReserves", "expensesExcludingReserves"], "threshold.base");
  const inclusive = threshold.inclusive ?? false;
  assertBoolean(inclusive, "threshold.inclusive");
  const reserveTaakveld = options.reserveTaakveld ?? "0.10";
  if (typeof reserveTaakveld !== "string") fail("invalid_option", `reserveTaakveld must be a string, but it is ${describe(reserveTaakveld)}.`, { option: "reserveTaakveld" });

  const partOf = lineClassifier({
    ...(options.classification === undefined ? {} : { classification: options.classification }),
    ...(isDocument(source) && source.onvoorzien !== undefined ? { onvoorzien: source.onvoorzien } : {}),
  });
  const unitOf = (line: { programme: string; taakveld: string; costCentre?: string | null }): { code: string; part: LinePart } => {
    const part = line.taakveld === reserveTaakveld ? "reserves" : partOf(line);
    if (part === "programme") {
      if (NON_PROGRAMME_UNITS.includes(line.programme) || line.programme.startsWith("reserves/")) {
        fail("invalid_option", `The programme code ${JSON.stringify(line.programme)} is also the code of a non-programme unit of authorisation; rename the programme.`, { value: line.programme });
      }
      return { code: line.programme, part };
    }
    return { code: part === "reserves" ? `reserves/${line.programme}` : part, part };
  };
  const { year, groups, actualLines } = compareGroups(source, options, ["programme", "taakveld", "costCentre"], (line) => line.taakveld !== reserveTaakveld && partOf(line) === "result");
  let base = 0n;
  for (const line of actualLines) if (baseKind === "expensesIncludingReserves" || line.taakveld !== reserveTaakveld) base += BigInt(line.expenses);
  const units = new Map<string, { part: LinePart; ae: bigint; ar: bigint; xe: bigint; xr: bigint }>();
  for (const g of groups) {
    const unit = unitOf({ programme: g.key["programme"] as string, taakveld: g.key["taakveld"] as string, costCentre: g.key["costCentre"] ?? null });
    const u = units.get(unit.code) ?? { part: unit.part, ae: 0n, ar: 0n, xe: 0n, xr: 0n };
    u.ae += BigInt(g.amendedExpenses);
    u.ar += BigInt(g.amendedRevenue);
    u.xe += BigInt(g.actualExpenses);
    u.xr += BigInt(g.actualRevenue);
    units.set(unit.code, u);
  }

  let counting = 0n;
  let notCounting = 0n;
  let unclassified = 0n;
  const overruns: Overrun[] = [];
  for (const [programme, u] of [...units.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (u.xe <= u.ae) continue;
    const at0 = `the lasten of ${programme}`;
    const g = { amendedExpenses: toCents(u.ae, at0), actualExpenses: toCents(u.xe, at0), amendedRevenue: toCents(u.ar, at0), actualRevenue: toCents(u.xr, at0) };
    const label = unitLabel(programme, u.part);
    const over = u.xe - u.ae;
    let relatedRevenue = BigInt(related[programme] ?? 0);
    if (programmeRevenueIsRelated) {
      const extra = BigInt(g.actualRevenue) - BigInt(g.amendedRevenue);
      if (extra > 0n) relatedRevenue += extra;
    }
    const compensated = relatedRevenue <= 0n ? 0n : relatedRevenue >= over ? over : relatedRevenue;
    const rest = over - compensated;
    const given = classifications[programme];
    const category: OverrunCategory | null = rest === 0n ? "C" : given ?? null;
    const countsHere = rest > 0n && category !== null && counts.get(category) === true;
    const countingHere = countsHere ? rest : 0n;
    counting += countingHere;
    if (category === null) unclassified += rest;
    else notCounting += over - countingHere;
    if (category === null) notCounting += compensated;
    const at = `the overrun of ${programme}`;
    const c = (v: bigint): Cents => toCents(v, at);
    const status = rest === 0n ? "compensated" : category !== null ? "classified" : "needsClassification";
    const info = OVERRUN_CATEGORIES.find((x) => x.code === category);
    const compNl = compensated > 0n ? `, waarvan ${nlAmount(c(compensated))} gecompenseerd door direct gerelateerde opbrengsten` : "";
    const compEn = compensated > 0n ? `, of which ${enAmount(c(compensated))} compensated by directly related revenue` : "";
    overruns.push({
      programme,
      part: u.part,
      amended: g.amendedExpenses,
      actual: g.actualExpenses,
      overrun: c(over),
      compensated: c(compensated),
      uncompensated: c(rest),
      category,
      counting: c(countingHere),
      assessment: {
        status,
        ruleId: "bbv.legality.overrun",
        subject: programme,
        inputs: { amended: g.amendedExpenses, actual: g.actualExpenses, relatedRevenue: c(relatedRevenue), classification: given ?? null },
        thresholds: { category, counts: category === null ? null : counts.get(category) ?? null, programmeRevenueIsRelated },
        message:
          status === "compensated"
            ? {
                nl: `${label.nl}: lasten ${nlAmount(g.actualExpenses)} boven de begroting na wijziging ${nlAmount(g.amendedExpenses)} (overschrijding ${nlAmount(c(over))}), volledig gecompenseerd door direct gerelateerde opbrengsten (categorie C) — telt niet mee.`,
                en: `${label.en}: expenses ${enAmount(g.actualExpenses)} above the amended budget ${enAmount(g.amendedExpenses)} (overrun ${enAmount(c(over))}), fully compensated by directly related revenue (category C) — does not count.`,
              }
            : status === "classified"
              ? {
                  nl: `${label.nl}: overschrijding ${nlAmount(c(over))}${compNl}; rest ${nlAmount(c(rest))} in categorie ${category} (${info?.description.nl.toLowerCase()}) — ${countsHere ? "telt mee" : "telt niet mee"}.`,
                  en: `${label.en}: overrun ${enAmount(c(over))}${compEn}; remaining ${enAmount(c(rest))} in category ${category} (${info?.description.en.toLowerCase()}) — ${countsHere ? "counts" : "does not count"}.`,
                }
              : {
                  nl: `${label.nl}: overschrijding ${nlAmount(c(over))}${compNl}; rest ${nlAmount(c(rest))} moet nog worden ingedeeld in een categorie van de Kadernota Rechtmatigheid.`,
                  en: `${label.en}: overrun ${enAmount(c(over))}${compEn}; remaining ${enAmount(c(rest))} still needs a category of the Kadernota Rechtmatigheid.`,
                },
        severity: status === "needsClassification" || countsHere ? "warning" : "info",
      },
    });
  }
  // total > base × p/q / 100  ⇔  total × 100 × q > p × base
  const above = (total: bigint): boolean => {
    const left = total * 100n * percentage.d;
    const right = percentage.n * base;
    return inclusive ? left >= right : left > right;
  };
  const status = above(counting) ? "exceedsThreshold" : above(counting + unclassified) ? "undetermined" : "withinThreshold";
  const grens = toCents(divideRounded(percentage.n * base, 100n * percentage.d, "down"), "the verantwoordingsgrens");
  const cC = toCents(counting, "the counting total");
  const uC = toCents(unclassified, "the unclassified total");
  const pNl = percentText(percentage, "nl");
  const pEn = percentText(percentage, "en");
  return {
    year,
    overruns,
    counting: cC,
    notCounting: toCents(notCounting, "the non-counting total"),
    unclassified: uC,
    base: toCents(base, "the base of the verantwoordingsgrens"),
    threshold: grens,
    assessment: {
      status,
      ruleId: "bbv.legality.threshold",
      subject: String(year),
      inputs: { counting: cC, unclassified: uC, base: toCents(base, "the base") },
      thresholds: { percentage: pEn.replace(" %", ""), base: baseKind, inclusive, threshold: grens },
      message: {
        nl: `Begrotingsonrechtmatigheid ${year}: meetellend ${nlAmount(cC)}, nog in te delen ${nlAmount(uC)}; verantwoordingsgrens ${pNl} van ${nlAmount(toCents(base, "the base"))} = ${nlAmount(grens)} — ${status === "exceedsThreshold" ? "boven de grens" : status === "undetermined" ? "hangt af van de indeling" : "binnen de grens"}.`,
        en: `Budget illegality ${year}: counting ${enAmount(cC)}, still to classify ${enAmount(uC)}; reporting threshold ${pEn} of ${enAmount(toCents(base, "the base"))} = ${enAmount(grens)} — ${status === "exceedsThreshold" ? "above the threshold" : status === "undetermined" ? "depends on the classification" : "within the threshold"}.`,
      },
      severity: status === "withinThreshold" ? "info" : status === "undetermined" ? "warning" : "error",
    },
  };
}
