import type { Cents, RoundingMode } from "../money/index.js";
import type { Assessment, LocalizedText } from "../status/index.js";
import { assertCents, assertDecimals, assertObject, assertOneOf, assertRounding } from "./_internal/assert.js";
import { toCents } from "./_internal/lines.js";
import { rateQuotient } from "./_internal/rate.js";
import { KENGETAL_SCALES, type KengetalId } from "./kengetalScales.js";
import type { Rating } from "./rateRatio.js";
import type { ExactValue, RatingScale } from "./types.js";

/**
 * Balance-sheet inputs of the kengetallen (balans of the jaarrekening, or
 * the geraamde balans of the begroting), in cents, with the BBV articles the
 * regeling refers to.
 *
 * @example
 * ```ts
 * import type { KengetalBalance } from "opkoers/finance";
 *
 * type Field = keyof KengetalBalance;
 * const field: Field = "longTermDebt";
 * field; //=> "longTermDebt"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface KengetalBalance {
  /** A — vaste schulden (BBV art. 46). */
  readonly longTermDebt: Cents;
  /** B — netto vlottende schulden (art. 48). */
  readonly netFloatingDebt: Cents;
  /** C — overlopende passiva (art. 49). */
  readonly accruedLiabilities: Cents;
  /** D (part) — financiële vaste activa art. 36 d, e en f: uitzettingen in 's Rijks schatkist, in Nederlands schuldpapier en overige uitzettingen, rentetypische looptijd ≥ 1 jaar. */
  readonly longTermInvestments: Cents;
  /**
   * D (part) — bijdragen aan activa in eigendom van derden (BBV art. 36 g in
   * the text of 2015; since BBV 2017 an immaterieel vast actief, CBS balance
   * code A113). The consolidated Regeling kengetallen (text of 5 November
   * 2015, BWBR0036853) counts them in D of both netto schuldquotes; 0 when
   * there are none.
   *
   * @since 0.2.0
   */
  readonly contributionsToThirdPartyAssets: Cents;
  /** Financiële vaste activa art. 36 b en c: leningen (aan openbare lichamen, woningbouwcorporaties, deelnemingen, verbonden partijen; overige langlopende leningen) — added to D for the gecorrigeerde schuldquote. */
  readonly longTermLoansGiven: Cents;
  /** E — uitzettingen met een rentetypische looptijd korter dan 1 jaar (art. 39). */
  readonly shortTermInvestments: Cents;
  /** F — liquide middelen (art. 40). */
  readonly cash: Cents;
  /** G — overlopende activa (art. 40a). */
  readonly accruedAssets: Cents;
  /** Eigen vermogen (art. 42 lid 1). */
  readonly equity: Cents;
  /** Totaal passiva (balanstotaal). */
  readonly totalLiabilities: Cents;
  /** Niet in exploitatie genomen bouwgronden (art. 38 a onder 1). */
  readonly landNotInDevelopment: Cents;
  /** Bouwgronden in exploitatie (art. 38 b). */
  readonly landInDevelopment: Cents;
}

/**
 * Inputs from the overzicht van baten en lasten, in cents.
 *
 * @example
 * ```ts
 * import type { KengetalOperations } from "opkoers/finance";
 *
 * type Field = keyof KengetalOperations;
 * const field: Field = "totalRevenue";
 * field; //=> "totalRevenue"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface KengetalOperations {
  /** Totale baten exclusief mutaties reserves (BBV art. 17 c / 27 c): H of the schuldquote, C of grondexploitatie, E of the exploitatieruimte. */
  readonly totalRevenue: Cents;
  /** Totale lasten exclusief mutaties reserves. */
  readonly totalExpenses: Cents;
  /** Incidentele baten (art. 19 c / 28 c). */
  readonly incidentalRevenue: Cents;
  /** Incidentele lasten. */
  readonly incidentalExpenses: Cents;
  /** Structurele toevoegingen aan reserves (art. 19 d). */
  readonly structuralAdditions: Cents;
  /** Structurele onttrekkingen aan reserves. */
  readonly structuralWithdrawals: Cents;
}

/**
 * Inputs of the belastingcapaciteit: woonlasten of a household (gezin) at
 * the average WOZ value, in cents.
 *
 * @example
 * ```ts
 * import type { KengetalHousingCosts } from "opkoers/finance";
 *
 * type Field = keyof KengetalHousingCosts;
 * const field: Field = "nationalAverage";
 * field; //=> "nationalAverage"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface KengetalHousingCosts {
  /** A — OZB-lasten. */
  readonly ozb: Cents;
  /** B — rioolheffing. */
  readonly sewerage: Cents;
  /** C — afvalstoffenheffing. */
  readonly waste: Cents;
  /** D — heffingskorting (0 when none). */
  readonly discount: Cents;
  /** F — landelijk gemiddelde woonlasten van een gezin in het voorafgaande begrotingsjaar. */
  readonly nationalAverage: Cents;
}

/**
 * The inputs of {@link kengetallen}; each kengetal is computed when its
 * groups are given (schuldquotes and grondexploitatie: balance +
 * operations; solvabiliteit: balance; exploitatieruimte: operations;
 * belastingcapaciteit: housingCosts).
 *
 * @example
 * ```ts
 * import type { KengetallenInput } from "opkoers/finance";
 *
 * const input: KengetallenInput = {};
 * Object.keys(input).length; //=> 0
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface KengetallenInput {
  /** Balance-sheet figures. */
  readonly balance?: KengetalBalance;
  /** Figures of the overzicht van baten en lasten. */
  readonly operations?: KengetalOperations;
  /** Woonlasten for the belastingcapaciteit. */
  readonly housingCosts?: KengetalHousingCosts;
}

/**
 * Options for {@link kengetallen}.
 *
 * @example
 * ```ts
 * import type { KengetallenOptions } from "opkoers/finance";
 *
 * const options: KengetallenOptions = { decimals: 0, boundaries: "better", structureleExploitatieruimte: "supersededJuly2015" };
 * options.decimals; //=> 0
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface KengetallenOptions {
  /** Decimals of the presented percentages; default 1. */
  readonly decimals?: number;
  /** Rounding of the presented percentages; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
  /** Where a value exactly on a boundary goes (see {@link rateRatio} and {@link BoundaryPlacement}); default `"asScale"`: the presets' one policy, the table read literally (90 % and 130 % are B). */
  readonly boundaries?: "asScale" | "better" | "worse";
  /** Rate the exact value (default) or the presented (rounded) one, as some municipalities do. */
  readonly rateOn?: "exact" | "presented";
  /** Replace the signalling scale of a kengetal. */
  readonly scales?: Partial<Readonly<Record<KengetalId, RatingScale>>>;
  /**
   * The structurele exploitatieruimte: `"practice"` (default) takes
   * structurele lasten = lasten − incidentele lasten and structurele baten =
   * baten − incidentele baten — the consolidated Regeling kengetallen (text
   * of 5 November 2015, in force from begroting 2016) and municipal
   * practice; `"supersededJuly2015"` reproduces the first text of the
   * regeling (17 July 2015), superseded since, where the two incidental terms
   * are swapped (bbv-domain §5.1, §13) — only to recompute a figure
   * published with it. `"regeling2015"` is the deprecated name of
   * `"supersededJuly2015"` (accepted until 1.0; the result names the new
   * value).
   */
  readonly structureleExploitatieruimte?: "practice" | "supersededJuly2015" | "regeling2015";
}

/**
 * One kengetal; see {@link kengetallen}.
 *
 * @example
 * ```ts
 * import type { Kengetal } from "opkoers/finance";
 *
 * type Code = Kengetal["code"];
 * const code: Code = "fk.3";
 * code; //=> "fk.3"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface Kengetal {
  /** The kengetal. */
  readonly id: KengetalId;
  /** The CBS Iv3 code, `"fk.1"` … `"fk.6"`. */
  readonly code: string;
  /** Its name. */
  readonly name: LocalizedText;
  /** The numerator of the formula (before × 100 %). */
  readonly numerator: Cents;
  /** The denominator of the formula. */
  readonly denominator: Cents;
  /** The exact percentage and its presentation (undefined when the denominator is zero). */
  readonly value: ExactValue;
  /** The signalling category, or `null` for 0/0. */
  readonly rating: Rating | null;
  /** The assessment (rule `bbv.kengetal.signal`): `"A"`, `"B"`, `"C"` or `"undetermined"`. */
  readonly assessment: Assessment<string>;
}

const CODE: Readonly<Record<KengetalId, string>> = {
  nettoSchuldquote: "fk.1",
  nettoSchuldquoteGecorrigeerd: "fk.2",
  solvabiliteitsratio: "fk.3",
  structureleExploitatieruimte: "fk.4",
  grondexploitatie: "fk.5",
  belastingcapaciteit: "fk.6",
};

const REGELING_TEXT = "Regeling kengetallen (BWBR0036853), consolidation of 5 November 2015";

const BALANCE_FIELDS = ["longTermDebt", "netFloatingDebt", "accruedLiabilities", "longTermInvestments", "contributionsToThirdPartyAssets", "longTermLoansGiven", "shortTermInvestments", "cash", "accruedAssets", "equity", "totalLiabilities", "landNotInDevelopment", "landInDevelopment"] as const;
const OPERATION_FIELDS = ["totalRevenue", "totalExpenses", "incidentalRevenue", "incidentalExpenses", "structuralAdditions", "structuralWithdrawals"] as const;
const HOUSING_FIELDS = ["ozb", "sewerage", "waste", "discount", "nationalAverage"] as const;

function big<T extends string>(group: unknown, fields: readonly T[], name: string): Record<T, bigint> | null {
  if (group === undefined) return null;
  assertObject(group, name);
  const out = {} as Record<T, bigint>;
  for (const f of fields) {
    const v = (group as Record<string, unknown>)[f];
    assertCents(v, `${name}.${f}`);
    out[f] = BigInt(v);
  }
  return out;
}

/**
 * Compute the financial kengetallen of the paragraaf weerstandsvermogen en
 * risicobeheersing with the formulas of the Regeling kengetallen
 * (BWBR0036853, bijlage 1, as consolidated on 5 November 2015) and place each in a signalling category A/B/C of the provincial
 * supervisors:
 *
 * | kengetal | formula | text followed |
 * | --- | --- | --- |
 * | netto schuldquote | (A + B + C − D − E − F − G) / H × 100 %, D = art. 36 d, e, f and g | consolidation of 5 November 2015 |
 * | … gecorrigeerd voor alle verstrekte leningen | the same, with D = art. 36 b, c, d, e, f and g | consolidation of 5 November 2015 |
 * | solvabiliteitsratio | eigen vermogen / balanstotaal × 100 % | 17 July 2015 = 5 November 2015 |
 * | structurele exploitatieruimte | ((structurele baten − structurele lasten) + (structurele onttrekkingen − structurele toevoegingen)) / totale baten × 100 % | consolidation of 5 November 2015 (option: the superseded 17 July 2015 text) |
 * | grondexploitatie | (niet in exploitatie genomen + in exploitatie genomen bouwgronden) / totale baten × 100 % | 17 July 2015 = 5 November 2015 |
 * | belastingcapaciteit | (OZB + rioolheffing + afvalstoffenheffing − heffingskorting) / landelijk gemiddelde vorig jaar × 100 % | 17 July 2015 = 5 November 2015 |
 *
 * Values are exact rationals (`bigint`), presented rounded with the stated
 * decimals and mode; a zero denominator is `{ defined: false }` (never NaN)
 * and is rated as ±∞ (or not at all for 0/0). Only the kengetallen whose
 * inputs are given are returned, in CBS order.
 *
 * @param input - Balance sheet, operations and housing-cost figures (any of them).
 * @param options - Presentation, boundary placement, scales, and the exploitatieruimte reading.
 * @returns The computed kengetallen, in CBS order (fk.1 … fk.6).
 * @throws {@link DomainError} `invalid_amount` – when an input is missing or not a whole number of cents.
 * @throws {@link DomainError} `invalid_option` – when an option or a replacement scale is malformed.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `amount_out_of_range` – when a numerator or denominator leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { kengetallen } from "opkoers/finance";
 *
 * const m = (millions: number) => euro(millions * 1000000);
 * const result = kengetallen({
 *   balance: {
 *     longTermDebt: m(200), netFloatingDebt: m(20), accruedLiabilities: m(15), longTermInvestments: m(5), contributionsToThirdPartyAssets: m(0), longTermLoansGiven: m(30),
 *     shortTermInvestments: m(10), cash: m(1), accruedAssets: m(9), equity: m(90), totalLiabilities: m(360), landNotInDevelopment: m(3), landInDevelopment: m(27),
 *   },
 *   operations: { totalRevenue: m(250), totalExpenses: m(248), incidentalRevenue: m(4), incidentalExpenses: m(6), structuralAdditions: m(1), structuralWithdrawals: m(2) },
 *   housingCosts: { ozb: euro(420), sewerage: euro(210), waste: euro(300), discount: euro(0), nationalAverage: euro(900) },
 * });
 * result.map((k) => [k.code, k.value.defined ? k.value.value : null, k.rating?.code]); //=> [["fk.1", 84, "A"], ["fk.2", 72, "A"], ["fk.3", 25, "B"], ["fk.4", 2, "A"], ["fk.5", 12, "A"], ["fk.6", 103.3, "B"]]
 * result[0]?.assessment.message.nl; //=> "Netto schuldquote: 84,0 % — A (minst risicovol) (grenzen: 90 % hoort bij B; 130 % hoort bij B)."
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export function kengetallen(input: KengetallenInput, options: KengetallenOptions = {}): readonly Kengetal[] {
  assertObject(input, "The input");
  assertObject(options, "The options");
  const decimals = options.decimals ?? 1;
  assertDecimals(decimals, "decimals");
  const rounding = options.rounding ?? "halfUp";
  assertRounding(rounding, "rounding");
  const boundaries = options.boundaries ?? "asScale";
  assertOneOf(boundaries, ["asScale", "better", "worse"], "boundaries");
  const rateOn = options.rateOn ?? "exact";
  assertOneOf(rateOn, ["exact", "presented"], "rateOn");
  const asked = options.structureleExploitatieruimte ?? "practice";
  assertOneOf(asked, ["practice", "supersededJuly2015", "regeling2015"], "structureleExploitatieruimte");
  const reading = asked === "regeling2015" ? "supersededJuly2015" : asked;
  const scales = options.scales ?? {};
  assertObject(scales, "scales");

  const b = big(input.balance, BALANCE_FIELDS, "balance");
  const o = big(input.operations, OPERATION_FIELDS, "operations");
  const h = big(input.housingCosts, HOUSING_FIELDS, "housingCosts");
  const out: Kengetal[] = [];
  const push = (id: KengetalId, numerator: bigint, denominator: bigint, inputs: Readonly<Record<string, unknown>>): void => {
    const scale = scales[id] ?? KENGETAL_SCALES[id];
    const rated = rateQuotient<string>({ numerator, denominator, scale, decimals, rounding, boundaries, rateOn, ruleId: "bbv.kengetal.signal", subject: CODE[id], name: scale.name, inputs });
    out.push({ id, code: CODE[id], name: KENGETAL_SCALES[id].name, numerator: toCents(numerator, `the numerator of ${id}`), denominator: toCents(denominator, `the denominator of ${id}`), ...rated });
  };
  const ins = (group: Record<string, bigint>, fields: readonly string[]): Record<string, number> => Object.fromEntries(fields.map((f) => [f, Number(group[f])]));
  if (b !== null && o !== null) {
    const debt = b.longTermDebt + b.netFloatingDebt + b.accruedLiabilities - b.shortTermInvestments - b.cash - b.accruedAssets;
    const fields = ["longTermDebt", "netFloatingDebt", "accruedLiabilities", "longTermInvestments", "contributionsToThirdPartyAssets", "shortTermInvestments", "cash", "accruedAssets"];
    const d = b.longTermInvestments + b.contributionsToThirdPartyAssets;
    push("nettoSchuldquote", debt - d, o.totalRevenue, { ...ins(b, fields), totalRevenue: Number(o.totalRevenue), text: REGELING_TEXT });
    push("nettoSchuldquoteGecorrigeerd", debt - d - b.longTermLoansGiven, o.totalRevenue, { ...ins(b, [...fields, "longTermLoansGiven"]), totalRevenue: Number(o.totalRevenue), text: REGELING_TEXT });
  }
  if (b !== null) push("solvabiliteitsratio", b.equity, b.totalLiabilities, ins(b, ["equity", "totalLiabilities"]));
  if (o !== null) {
    const [structuralExpenses, structuralRevenue] =
      reading === "practice" ? [o.totalExpenses - o.incidentalExpenses, o.totalRevenue - o.incidentalRevenue] : [o.totalExpenses - o.incidentalRevenue, o.totalRevenue - o.incidentalExpenses];
    push("structureleExploitatieruimte", structuralRevenue - structuralExpenses + (o.structuralWithdrawals - o.structuralAdditions), o.totalRevenue, {
      ...ins(o, [...OPERATION_FIELDS]),
      reading,
      text: reading === "practice" ? REGELING_TEXT : "Regeling kengetallen (BWBR0036853), text of 17 July 2015 (superseded)",
    });
  }
  if (b !== null && o !== null) push("grondexploitatie", b.landNotInDevelopment + b.landInDevelopment, o.totalRevenue, { ...ins(b, ["landNotInDevelopment", "landInDevelopment"]), totalRevenue: Number(o.totalRevenue) });
  if (h !== null) push("belastingcapaciteit", h.ozb + h.sewerage + h.waste - h.discount, h.nationalAverage, ins(h, [...HOUSING_FIELDS]));
  return out;
}
