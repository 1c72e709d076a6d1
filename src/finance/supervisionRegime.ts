import { dateLabel, isLate, pcDeadlines, type IsoDate } from "../calendar/index.js";
import type { Assessment } from "../status/index.js";
import { assertBoolean, assertObject, assertOneOf, assertYear } from "./_internal/assert.js";
import { describe, fail } from "./_internal/fail.js";
import { enAmount, nlAmount } from "./_internal/text.js";
import type { BalanceYear, StructuralBalance } from "./structuralBalance.js";

/**
 * The facts {@link supervisionRegime} judges.
 *
 * @example
 * ```ts
 * import { structuralBalance, type SupervisionInput } from "opkoers/finance";
 *
 * const input: SupervisionInput = {
 *   budgetYear: 2025,
 *   balance: structuralBalance([], { years: [2025, 2026, 2027, 2028] }),
 *   begrotingSubmittedOn: "2024-11-08",
 *   jaarstukkenSubmittedOn: "2024-07-04",
 * };
 * input.budgetYear; //=> 2025
 * ```
 *
 * @category Supervision
 * @since 0.1.0
 */
export interface SupervisionInput {
  /** The begrotingsjaar t. */
  readonly budgetYear: number;
  /** The structural balance from {@link structuralBalance}; it must contain t and the last jaarschijf (an undetermined year never counts as balanced). */
  readonly balance: StructuralBalance;
  /** The last jaarschijf of the meerjarenraming; default t + 3 (Gemeentewet art. 190 lid 1: at least three years after t). */
  readonly lastForecastYear?: number;
  /**
   * Whether the ramingen are reëel (volledig, realistisch en haalbaar — e.g.
   * taakstellingen concreet ingevuld; see {@link savingsTarget}). This is a
   * judgement opkoers cannot make from the figures; default `true`, and the
   * reason then says that it was assumed.
   */
  readonly realistic?: boolean;
  /** The day the begroting t was sent to gedeputeerde staten; absent = not known (the outcome is then provisional). */
  readonly begrotingSubmittedOn?: IsoDate;
  /** The day the jaarstukken of {@link SupervisionInput.jaarstukkenYear} were sent; absent = not known. */
  readonly jaarstukkenSubmittedOn?: IsoDate;
  /** The year of the jaarstukken that count: default t − 2 (the last ones due before the begroting t is judged). */
  readonly jaarstukkenYear?: number;
  /** How "vóór 15 november / 15 juli" is read (see `pcDeadlines` in opkoers/calendar); default `"strictlyBefore"`. */
  readonly beforeMeans?: "strictlyBefore" | "onOrBefore";
  /** The day the raad adopted the begroting (the two-weeks term then applies). */
  readonly begrotingAdoptedOn?: IsoDate;
  /** The day the raad adopted the jaarstukken (the two-weeks term then applies). */
  readonly jaarstukkenAdoptedOn?: IsoDate;
}

/**
 * The outcome of {@link supervisionRegime}.
 *
 * @example
 * ```ts
 * import type { SupervisionRegime } from "opkoers/finance";
 *
 * type Regime = SupervisionRegime["regime"];
 * const regime: Regime = "repressive";
 * regime; //=> "repressive"
 * ```
 *
 * @category Supervision
 * @since 0.1.0
 */
export interface SupervisionRegime {
  /** `"repressive"` (repressief toezicht, the rule) or `"preventive"` (preventief toezicht: begroting and wijzigingen need approval by gedeputeerde staten). */
  readonly regime: "repressive" | "preventive";
  /** True when a condition could not be checked (a submission date is missing): the regime holds only if it is met. */
  readonly provisional: boolean;
  /** The year in which the evenwicht was found (t or the last jaarschijf), or `null`. */
  readonly balancedIn: number | null;
  /** The overall assessment (rule `gtk2020.regime`). */
  readonly assessment: Assessment<"repressive" | "preventive">;
  /** One assessment per condition, each citing its own rule. */
  readonly reasons: readonly Assessment<"met" | "notMet" | "unknown">[];
}

function yearOf(balance: StructuralBalance, year: number, what: string): BalanceYear {
  balance.years.forEach((y: unknown, i) => {
    const entry = y as Partial<BalanceYear> | null;
    if (typeof entry !== "object" || entry === null || typeof entry.year !== "number" || typeof entry.balanced !== "boolean" || typeof entry.determined !== "boolean" || !Number.isSafeInteger(entry.judgedBalance)) {
      fail("invalid_option", `balance.years[${i}] must be a year of structuralBalance, but it is ${describe(y)}.`, { option: "balance", index: i });
    }
  });
  const found = balance.years.find((y) => y.year === year);
  if (found === undefined) {
    fail("invalid_option", `The structural balance has no year ${year} (${what}); it covers ${balance.years.map((y) => y.year).join(", ") || "no years"}.`, { year });
  }
  return found;
}

function onTime(
  ruleId: string,
  kind: "begroting" | "jaarstukken",
  year: number,
  submittedOn: IsoDate | undefined,
  options: { beforeMeans: "strictlyBefore" | "onOrBefore"; adoptedOn: IsoDate | undefined },
): Assessment<"met" | "notMet" | "unknown"> {
  const deadline = pcDeadlines(year, { iv3: false, beforeMeans: options.beforeMeans, ...(kind === "begroting" ? (options.adoptedOn ? { begrotingAdoptedOn: options.adoptedOn } : {}) : options.adoptedOn ? { jaarstukkenAdoptedOn: options.adoptedOn } : {}) }).find((d) => d.kind === kind);
  /* c8 ignore next */
  if (deadline === undefined) return fail("invalid_option", `No ${kind} deadline for ${year}.`);
  // "De jaarstukken" is plural: "De jaarstukken 2023 zijn …", "De begroting 2025 is …".
  const nlName = kind === "begroting" ? `De begroting ${year}` : `De jaarstukken ${year}`;
  const nlIs = kind === "begroting" ? "is" : "zijn";
  const dueNl = dateLabel(deadline.due, "nl");
  const dueEn = dateLabel(deadline.due, "en");
  const enName = kind === "begroting" ? `The budget ${year}` : `The annual accounts ${year}`;
  const thresholds = { due: deadline.due, beforeMeans: options.beforeMeans, source: deadline.source };
  if (submittedOn === undefined) {
    return {
      status: "unknown",
      ruleId,
      subject: `${kind}.${year}`,
      inputs: { submittedOn: null },
      thresholds,
      message: { nl: `${nlName}: datum van inzending onbekend (uiterlijk ${dueNl}).`, en: `${enName}: date sent unknown (due ${dueEn} at the latest).` },
      severity: "warning",
    };
  }
  const late = isLate(deadline, submittedOn);
  return {
    status: late ? "notMet" : "met",
    ruleId,
    subject: `${kind}.${year}`,
    inputs: { submittedOn },
    thresholds,
    message: late
      ? { nl: `${nlName} ${nlIs} op ${dateLabel(submittedOn, "nl")} ingezonden, na de termijn (uiterlijk ${dueNl}).`, en: `${enName} ${kind === "begroting" ? "was" : "were"} sent on ${dateLabel(submittedOn, "en")}, after the term (due ${dueEn}).` }
      : { nl: `${nlName} ${nlIs} op ${dateLabel(submittedOn, "nl")} tijdig ingezonden (uiterlijk ${dueNl}).`, en: `${enName} ${kind === "begroting" ? "was" : "were"} sent on time on ${dateLabel(submittedOn, "en")} (due ${dueEn}).` },
    severity: late ? "error" : "info",
  };
}

/**
 * Determine the supervision regime for begroting t under the GTK 2020:
 * **repressive** when the begroting is structureel en reëel in evenwicht in
 * year t, or at the latest in the last jaarschijf of the meerjarenraming, and
 * both the begroting t (before 15 November t−1) and the jaarstukken (t−2,
 * before 15 July t−1) were sent on time; **preventive** otherwise
 * (Gemeentewet art. 203; GTK 2020 §6.2–6.4). Late submission leads "in
 * beginsel" to preventive supervision; opkoers applies that principle.
 *
 * The reasons list one assessment per condition, each with its own rule
 * (`gtk2020.regime.balance`, `gtk2020.regime.begrotingOnTime`,
 * `gtk2020.regime.jaarstukkenOnTime`). A missing submission date makes the
 * outcome provisional rather than preventive. A year the structural balance
 * could not determine (no lines: `determined: false`) never counts as
 * balanced: without figures for t the balance condition is not met, whatever
 * the last jaarschijf shows (the begroting is not volledig), and the reason
 * names the undetermined years. What the GTK 2020 §7.10 says
 * about an evenwicht that keeps shifting to later years (opschuivend
 * perspectief) is not confirmed and not applied.
 *
 * @param input - The structural balance, submission dates and the reëel judgement.
 * @returns The regime, whether it is provisional, the year of evenwicht, the overall assessment and the reasons.
 * @throws {@link DomainError} `invalid_period` – when a year is not a whole year.
 * @throws {@link DomainError} `invalid_option` – when the balance lacks year t or the last jaarschijf, or an option is not allowed.
 * @throws {@link DomainError} `invalid_date` – when a date is not an ISO date.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { structuralBalance, supervisionRegime } from "opkoers/finance";
 *
 * const line = (year: number, expenses: number) => ({ programme: "p", taakveld: "6.1", year, phase: "p", expenses: euro(expenses), revenue: euro(1000), nature: "structureel" as const });
 * const balance = structuralBalance([line(2025, 1100), line(2026, 1050), line(2027, 1000), line(2028, 990)]);
 * const outcome = supervisionRegime({ budgetYear: 2025, balance, begrotingSubmittedOn: "2024-11-10", jaarstukkenSubmittedOn: "2024-07-10" });
 * outcome.regime; //=> "repressive"
 * outcome.balancedIn; //=> 2028
 * outcome.reasons.map((r) => r.status); //=> ["met", "met", "met"]
 * supervisionRegime({ budgetYear: 2025, balance, begrotingSubmittedOn: "2024-11-15", jaarstukkenSubmittedOn: "2024-07-10" }).regime; //=> "preventive"
 * ```
 *
 * @category Supervision
 * @since 0.1.0
 */
export function supervisionRegime(input: SupervisionInput): SupervisionRegime {
  assertObject(input, "The input");
  const t = input.budgetYear;
  assertYear(t, "budgetYear");
  const last = input.lastForecastYear ?? t + 3;
  assertYear(last, "lastForecastYear");
  if (last < t) fail("invalid_option", `lastForecastYear (${last}) is before the begrotingsjaar (${t}).`, { option: "lastForecastYear", value: last });
  const jaarstukkenYear = input.jaarstukkenYear ?? t - 2;
  assertYear(jaarstukkenYear, "jaarstukkenYear");
  const realistic = input.realistic ?? true;
  assertBoolean(realistic, "realistic");
  const beforeMeans = input.beforeMeans ?? "strictlyBefore";
  assertOneOf(beforeMeans, ["strictlyBefore", "onOrBefore"], "beforeMeans");
  if (typeof input.balance !== "object" || input.balance === null || !Array.isArray(input.balance.years)) {
    fail("invalid_option", `balance must be the result of structuralBalance, but it is ${describe(input.balance)}.`, { option: "balance" });
  }
  const first = yearOf(input.balance, t, "the begrotingsjaar");
  const final = yearOf(input.balance, last, "the last jaarschijf");

  // A year that could not be determined (no lines) is never balanced, and a begrotingsjaar without figures is not
  // "volledig": then no later year can make the balance condition met either.
  const balancedIn = !realistic || !first.determined ? null : first.balanced ? t : final.balanced ? last : null;
  const undetermined = [first, ...(final.year === first.year ? [] : [final])].filter((y) => !y.determined).map((y) => y.year);
  const notDetermined = balancedIn === null && realistic && undetermined.length > 0;
  const assumed = input.realistic === undefined;
  const reelNl = assumed ? " Reëel evenwicht is aangenomen (niet beoordeeld)." : realistic ? " De ramingen zijn als reëel beoordeeld." : " De ramingen zijn niet als reëel beoordeeld.";
  const reelEn = assumed ? " A realistic balance was assumed (not judged)." : realistic ? " The estimates were judged realistic." : " The estimates were judged not realistic.";
  const balanceReason: Assessment<"met" | "notMet" | "unknown"> = {
    status: balancedIn === null ? "notMet" : "met",
    ruleId: "gtk2020.regime.balance",
    subject: `begroting.${t}`,
    inputs: { budgetYear: t, judgedBalanceT: first.judgedBalance, judgedBalanceLast: final.judgedBalance, realistic, realisticAssumed: assumed, undeterminedYears: undetermined },
    thresholds: { lastForecastYear: last, minimumStructuralBalance: 0 },
    message:
      balancedIn === t
        ? { nl: `Structureel in evenwicht in ${t} (saldo ${nlAmount(first.judgedBalance)}).${reelNl}`, en: `Structurally balanced in ${t} (balance ${enAmount(first.judgedBalance)}).${reelEn}` }
        : balancedIn === last
          ? {
              nl: `Niet in evenwicht in ${t} (saldo ${nlAmount(first.judgedBalance)}), wel uiterlijk in de laatste jaarschijf ${last} (saldo ${nlAmount(final.judgedBalance)}).${reelNl}`,
              en: `Not balanced in ${t} (balance ${enAmount(first.judgedBalance)}), but at the latest in the last year ${last} (balance ${enAmount(final.judgedBalance)}).${reelEn}`,
            }
          : notDetermined
            ? {
                nl: `Structureel evenwicht niet bepaald: de begroting heeft geen regels voor ${undetermined.join(" en ")}${!first.determined ? `; zonder cijfers voor het begrotingsjaar ${t} is niet aangetoond dat de begroting in ${t} of uiterlijk in ${last} in evenwicht is` : ` en is in ${t} niet in evenwicht (saldo ${nlAmount(first.judgedBalance)})`}. Aan de voorwaarde is daarom niet voldaan.`,
                en: `Structural balance not determined: the budget has no lines for ${undetermined.join(" and ")}${!first.determined ? `; without figures for the budget year ${t} it is not shown that the budget is balanced in ${t} or at the latest in ${last}` : ` and is not balanced in ${t} (balance ${enAmount(first.judgedBalance)})`}. The condition is therefore not met.`,
              }
              : !realistic
              ? { nl: `Niet reëel in evenwicht: de ramingen zijn niet volledig, realistisch en haalbaar beoordeeld.`, en: `Not realistically balanced: the estimates were not judged complete, realistic and feasible.` }
              : {
                  nl: `Niet structureel in evenwicht in ${t} (saldo ${nlAmount(first.judgedBalance)}) en ook niet in de laatste jaarschijf ${last} (saldo ${nlAmount(final.judgedBalance)}).`,
                  en: `Not structurally balanced in ${t} (balance ${enAmount(first.judgedBalance)}) nor in the last year ${last} (balance ${enAmount(final.judgedBalance)}).`,
                },
    severity: balancedIn === null ? "error" : "info",
  };
  const reasons = [
    balanceReason,
    onTime("gtk2020.regime.begrotingOnTime", "begroting", t, input.begrotingSubmittedOn, { beforeMeans, adoptedOn: input.begrotingAdoptedOn }),
    onTime("gtk2020.regime.jaarstukkenOnTime", "jaarstukken", jaarstukkenYear, input.jaarstukkenSubmittedOn, { beforeMeans, adoptedOn: input.jaarstukkenAdoptedOn }),
  ];
  const failed = reasons.filter((r) => r.status === "notMet");
  const provisional = failed.length === 0 && reasons.some((r) => r.status === "unknown");
  const regime = failed.length === 0 ? "repressive" : "preventive";
  const because = (lang: "nl" | "en"): string => (failed.length === 0 ? "" : ` ${lang === "nl" ? "Reden" : "Reason"}: ${failed.map((r) => r.message[lang]).join(" ")}`);
  return {
    regime,
    provisional,
    balancedIn,
    assessment: {
      status: regime,
      ruleId: "gtk2020.regime",
      subject: `begroting.${t}`,
      inputs: { budgetYear: t, conditions: Object.fromEntries(reasons.map((r) => [r.ruleId, r.status])) },
      thresholds: { lastForecastYear: last, jaarstukkenYear, beforeMeans },
      message:
        regime === "repressive"
          ? {
              nl: `Toezichtregime begroting ${t}: repressief${provisional ? " (voorlopig: niet alle inzenddata zijn bekend)" : ""}.`,
              en: `Supervision regime for the budget ${t}: repressive${provisional ? " (provisional: not every submission date is known)" : ""}.`,
            }
          : { nl: `Toezichtregime begroting ${t}: preventief.${because("nl")}`, en: `Supervision regime for the budget ${t}: preventive.${because("en")}` },
      severity: regime === "repressive" ? (provisional ? "warning" : "info") : "error",
    },
    reasons,
  };
}
