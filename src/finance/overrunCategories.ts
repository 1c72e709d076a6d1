import type { LocalizedText } from "../status/index.js";

/**
 * A category of begrotingsoverschrijding (Kadernota Rechtmatigheid,
 * Commissie BBV). The letters are opkoers's own; the sources number the
 * rows differently (bbv-domain §8.1). `Fa`/`Fb`: activities later found
 * onrechtmatig, during / after the year; `Ga`/`Gb`: investments, in the
 * investment year / via higher capital charges later.
 *
 * @example
 * ```ts
 * import type { OverrunCategory } from "opkoers/finance";
 *
 * const c: OverrunCategory = "D"; // open-einde regeling
 * c; //=> "D"
 * ```
 *
 * @category Legality
 * @since 0.1.0
 */
export type OverrunCategory = "A" | "B" | "C" | "D" | "E" | "Fa" | "Fb" | "Ga" | "Gb";

/**
 * One row of {@link OVERRUN_CATEGORIES}.
 *
 * @example
 * ```ts
 * import { OVERRUN_CATEGORIES, type OverrunCategoryInfo } from "opkoers/finance";
 *
 * const c: OverrunCategoryInfo | undefined = OVERRUN_CATEGORIES.find((x) => x.code === "C");
 * c?.countsByDefault; //=> false
 * ```
 *
 * @category Legality
 * @since 0.1.0
 */
export interface OverrunCategoryInfo {
  /** The category. */
  readonly code: OverrunCategory;
  /** What kind of overschrijding it is. */
  readonly description: LocalizedText;
  /** Whether it counts towards the oordeel / the verantwoordingsgrens by default. */
  readonly countsByDefault: boolean;
  /** Whether a source confirms `countsByDefault` (false = UNCONFIRMED; opkoers then counts it, to be prudent, except where noted). */
  readonly confirmed: boolean;
  /** Where it comes from. */
  readonly source: string;
}

const TIEL = "https://tiel.jaarverslag-2017.nl/p10028/begrotingsrechtmatigheid";
const SCHAGEN = "https://schagen.jaarverslag-2017.nl/p875/begrotingsrechtmatigheid";
const ALPHEN = "https://alphen-chaam.jaarverslag-2016.nl/p4523/rechtmatigheid";
const EDE = "https://ede.jaarverslag-2017.nl/p2815/begrotingsrechtmatigheid";

/**
 * The categories of begrotingsoverschrijdingen of the Kadernota
 * Rechtmatigheid (Commissie BBV), and whether each counts in the
 * accountant's oordeel — the default of {@link budgetLegality}, overridable
 * with its `counts` option. Where no source states it (B, E, Fa, Ga, Gb) the
 * default is to count, which errs on the side of reporting; the current
 * (2024) version of the table is UNCONFIRMED.
 *
 * | code | overschrijding | counts |
 * | --- | --- | --- |
 * | A | on activities not within existing beleid | yes |
 * | B | within beleid, wrongly not signalled in time | yes (unconfirmed) |
 * | C | (largely) compensated by directly related revenue | no |
 * | D | within beleid, not signallable earlier (open-einde regelingen) | no |
 * | E | compensated by not directly related extra revenue | yes (unconfirmed) |
 * | Fa | activities later found onrechtmatig, found during the year | yes (unconfirmed) |
 * | Fb | the same, found after the year | no |
 * | Ga | investment, in the investment year | yes (unconfirmed) |
 * | Gb | investment, via higher capital charges in later years | yes (unconfirmed) |
 *
 * @example
 * ```ts
 * import { OVERRUN_CATEGORIES } from "opkoers/finance";
 *
 * OVERRUN_CATEGORIES.filter((c) => !c.countsByDefault).map((c) => c.code); //=> ["C", "D", "Fb"]
 * ```
 *
 * @category Legality
 * @since 0.1.0
 */
export const OVERRUN_CATEGORIES: readonly OverrunCategoryInfo[] = Object.freeze([
  {
    code: "A",
    description: { nl: "Kostenoverschrijding op activiteiten die niet passen binnen het bestaande beleid", en: "Cost overrun on activities outside existing policy" },
    countsByDefault: true,
    confirmed: true,
    source: `${TIEL} ; https://geldrop-mierlo.jaarverslag-2017.nl/p5675/begrotingsrechtmatigheid`,
  },
  {
    code: "B",
    description: { nl: "Kostenoverschrijding binnen het beleid, die ten onrechte niet tijdig is gesignaleerd", en: "Cost overrun within policy that was wrongly not signalled in time" },
    countsByDefault: true,
    confirmed: false,
    source: `${SCHAGEN} (placement in the table UNCONFIRMED)`,
  },
  {
    code: "C",
    description: { nl: "Kostenoverschrijding die (grotendeels) wordt gecompenseerd door direct gerelateerde opbrengsten", en: "Cost overrun (largely) compensated by directly related revenue" },
    countsByDefault: false,
    confirmed: true,
    source: `${ALPHEN} ; ${EDE}`,
  },
  {
    code: "D",
    description: { nl: "Kostenoverschrijding binnen het beleid die niet eerder kon worden gesignaleerd (open-einde regelingen)", en: "Cost overrun within policy that could not be signalled earlier (open-ended schemes)" },
    countsByDefault: false,
    confirmed: true,
    source: `${ALPHEN} ; ${EDE}`,
  },
  {
    code: "E",
    description: { nl: "Kostenoverschrijding gecompenseerd door niet direct gerelateerde extra inkomsten waarover de raad nog niet heeft besloten", en: "Cost overrun compensated by extra revenue not directly related, on which the council has not yet decided" },
    countsByDefault: true,
    confirmed: false,
    source: `${TIEL} (UNCONFIRMED)`,
  },
  {
    code: "Fa",
    description: { nl: "Kostenoverschrijding op activiteiten die later onrechtmatig blijken, vastgesteld in het jaar zelf", en: "Cost overrun on activities later found illegal, established during the year" },
    countsByDefault: true,
    confirmed: false,
    source: `${SCHAGEN} (UNCONFIRMED)`,
  },
  {
    code: "Fb",
    description: { nl: "Kostenoverschrijding op activiteiten die later onrechtmatig blijken, vastgesteld na het jaar", en: "Cost overrun on activities later found illegal, established after the year" },
    countsByDefault: false,
    confirmed: true,
    source: SCHAGEN,
  },
  {
    code: "Ga",
    description: { nl: "Kostenoverschrijding op investeringen, in het jaar van de investering", en: "Cost overrun on investments, in the investment year" },
    countsByDefault: true,
    confirmed: false,
    source: `${TIEL} (UNCONFIRMED)`,
  },
  {
    code: "Gb",
    description: { nl: "Kostenoverschrijding op investeringen via hogere afschrijvings- en financieringslasten in latere jaren", en: "Cost overrun on investments via higher depreciation and financing charges in later years" },
    countsByDefault: true,
    confirmed: false,
    source: `${TIEL} (UNCONFIRMED)`,
  },
] as const satisfies readonly OverrunCategoryInfo[]);
