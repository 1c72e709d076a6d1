import type { Cents, ExactNumber } from "../money/index.js";
import type { LocalizedText } from "../status/index.js";

/**
 * A municipality's threshold for explaining budget deviations (financiële
 * verordening, Gemeentewet art. 212): an amount, a percentage of the amended
 * budget, or both, combined with "and" (`"both"`) or "or" (`"either"`).
 * Each criterion says whether a deviation exactly at the threshold needs an
 * explanation (`inclusive`).
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { DeviationPolicy } from "opkoers/finance";
 *
 * // "afwijkingen > 5 % worden toegelicht, tenzij < € 15.000"
 * const policy: DeviationPolicy = {
 *   id: "eigen", name: { nl: "Eigen drempel", en: "Own threshold" }, source: "Financiële verordening art. 4",
 *   percentage: { value: "5", inclusive: false }, amount: { value: euro(15000), inclusive: true }, combine: "both",
 * };
 * policy.combine; //=> "both"
 * ```
 *
 * @category Deviations
 * @since 0.1.0
 */
export interface DeviationPolicy {
  /** Stable id, e.g. `"nieuwkoop2017"`. */
  readonly id: string;
  /** The policy's name. */
  readonly name: LocalizedText;
  /** Where it comes from. */
  readonly source: string;
  /** The level the policy is meant for (informational): `"programme"`, `"taakveld"`, `"productgroep"`. */
  readonly level?: string;
  /** Amount criterion: |deviation| above `value` (at or above when `inclusive`). */
  readonly amount?: {
    /** The amount in cents. */
    readonly value: Cents;
    /** Whether a deviation exactly equal to the amount needs an explanation ("≥" rather than "meer dan"). */
    readonly inclusive: boolean;
  };
  /** Percentage criterion: |deviation| / |amended| × 100 above `value` % (at or above when `inclusive`); `value` is an exact decimal string. */
  readonly percentage?: {
    /** The percentage as an exact decimal string, e.g. `"5"`. */
    readonly value: ExactNumber;
    /** Whether a deviation exactly at the percentage needs an explanation. */
    readonly inclusive: boolean;
  };
  /** With two criteria: `"both"` must hold, or `"either"` suffices. */
  readonly combine: "both" | "either";
  /** When the amended amount is zero and the deviation is not: `"exceeds"` (default — any amount is an infinite percentage) or `"withinThreshold"`. */
  readonly zeroAmended?: "exceeds" | "withinThreshold";
}

const E = (euros: number): Cents => (euros * 100) as Cents;

/**
 * Deviation policies from real financial regulations and P&C documents
 * (bbv-domain §8.2). There is no national threshold; BBV art. 28 a only asks
 * for an analysis of the deviations.
 *
 * | id | rule | source |
 * | --- | --- | --- |
 * | `nieuwkoop2017` | > 5 %, unless < € 15.000 | Nieuwkoop jaarrekening 2017 |
 * | `nuenen2019` | > € 25.000 | Nuenen jaarstukken 2019 |
 * | `lingewaard2018` | ≥ € 25.000 | Lingewaard bestuursrapportage 2017/2018 |
 * | `aalsmeer2017` | > € 40.000 per taakveld | Aalsmeer jaarverslag 2017 |
 * | `deFryskeMarren2022` | > € 100.000 per productgroep | De Fryske Marren najaarsnota 2022 |
 *
 * @example
 * ```ts
 * import { DEVIATION_POLICIES } from "opkoers/finance";
 *
 * Object.keys(DEVIATION_POLICIES); //=> ["nieuwkoop2017", "nuenen2019", "lingewaard2018", "aalsmeer2017", "deFryskeMarren2022"]
 * DEVIATION_POLICIES.nieuwkoop2017.amount; //=> { value: 1500000, inclusive: true }
 * ```
 *
 * @category Deviations
 * @since 0.1.0
 */
export const DEVIATION_POLICIES: Readonly<Record<"nieuwkoop2017" | "nuenen2019" | "lingewaard2018" | "aalsmeer2017" | "deFryskeMarren2022", DeviationPolicy>> = Object.freeze({
  nieuwkoop2017: {
    id: "nieuwkoop2017",
    name: { nl: "Afwijkingen > 5 % worden toegelicht, tenzij < € 15.000", en: "Deviations above 5 % are explained, unless below € 15,000" },
    source: "https://nieuwkoop.jaarverslag-2017.nl/p1661/inleiding",
    percentage: { value: "5", inclusive: false },
    amount: { value: E(15000), inclusive: true },
    combine: "both",
  },
  nuenen2019: {
    id: "nuenen2019",
    name: { nl: "Afwijkingen > € 25.000 worden toegelicht", en: "Deviations above € 25,000 are explained" },
    source: "https://nuenen.begrotingsapp.nl/jaarstukken-2019/programma/algemene-toelichting-en-inleiding-bij-programmas",
    amount: { value: E(25000), inclusive: false },
    combine: "either",
  },
  lingewaard2018: {
    id: "lingewaard2018",
    name: { nl: "Financiële afwijkingen ≥ € 25.000 worden gerapporteerd", en: "Financial deviations of € 25,000 or more are reported" },
    source: "https://lingewaard2018.1ebestuursrapportage.nl/p7980/inleiding",
    amount: { value: E(25000), inclusive: true },
    combine: "either",
  },
  aalsmeer2017: {
    id: "aalsmeer2017",
    name: { nl: "Per taakveld worden alle afwijkingen > € 40.000 toegelicht", en: "Per taakveld, every deviation above € 40,000 is explained" },
    source: "https://aalsmeer.jaarverslag-2017.nl/p21256/leeswijzer",
    level: "taakveld",
    amount: { value: E(40000), inclusive: false },
    combine: "either",
  },
  deFryskeMarren2022: {
    id: "deFryskeMarren2022",
    name: { nl: "Afwijkingen > € 100.000 per productgroep worden toegelicht", en: "Deviations above € 100,000 per product group are explained" },
    source: "https://defryskemarren2022.najaarsnota.nl/p2992/leeswijzer",
    level: "productgroep",
    amount: { value: E(100000), inclusive: false },
    combine: "either",
  },
} satisfies Readonly<Record<string, DeviationPolicy>>);
