import type { RatingClass, RatingScale } from "./types.js";

/**
 * The six financial kengetallen of the paragraaf weerstandsvermogen en
 * risicobeheersing (BBV art. 11 lid 2 onderdeel d; Regeling van 9 juli 2015,
 * nr. 2015-0000387198, BWBR0036853), with their CBS Iv3 codes `fk.1`–`fk.6`.
 *
 * @example
 * ```ts
 * import { KENGETAL_IDS, type KengetalId } from "opkoers/finance";
 *
 * const id: KengetalId = "solvabiliteitsratio";
 * KENGETAL_IDS.includes(id); //=> true
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export type KengetalId =
  | "nettoSchuldquote"
  | "nettoSchuldquoteGecorrigeerd"
  | "solvabiliteitsratio"
  | "structureleExploitatieruimte"
  | "grondexploitatie"
  | "belastingcapaciteit";

/**
 * The kengetal ids in the order of the CBS list (`fk.1` … `fk.6`).
 *
 * @example
 * ```ts
 * import { KENGETAL_IDS } from "opkoers/finance";
 *
 * KENGETAL_IDS[3]; //=> "structureleExploitatieruimte"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export const KENGETAL_IDS: readonly KengetalId[] = Object.freeze([
  "nettoSchuldquote",
  "nettoSchuldquoteGecorrigeerd",
  "solvabiliteitsratio",
  "structureleExploitatieruimte",
  "grondexploitatie",
  "belastingcapaciteit",
] as const);

const ABC: readonly RatingClass[] = [
  { code: "A", label: { nl: "minst risicovol", en: "least risky" } },
  { code: "B", label: { nl: "neutraal", en: "neutral" } },
  { code: "C", label: { nl: "meest risicovol", en: "most risky" } },
];

const SOURCE =
  "Signaleringswaarden provinciaal toezicht (geen wettelijke norm): http://etten-leur.begroting-2017.nl/p21502/kengetallen-en-de-signaleringswaarde ; https://penc-rotterdam.prd.riviumba.com/apps/eersteherziening2020/paragrafen/financiele-kengetallen. Inclusiviteit van de grenzen niet bevestigd: hier zoals de tabel letterlijk leest (de grens hoort bij B).";

function scale(id: string, nl: string, en: string, direction: RatingScale["direction"], low: string, high: string): RatingScale {
  // "A < 90 %, B 90–130 %, C > 130 %": read literally, both boundaries belong to B.
  return {
    id: `kengetal.${id}`,
    name: { nl, en },
    direction,
    unit: "percent",
    classes: ABC,
    boundaries: [
      { value: low, belongsTo: "worse" },
      { value: high, belongsTo: "better" },
    ],
    source: SOURCE,
  };
}

/**
 * The signalling scales (signaleringswaarden) of the provincial
 * supervisors for the six kengetallen, category A least risky to C most
 * risky (bbv-domain §5.3):
 *
 * | kengetal | A | B | C |
 * | --- | --- | --- | --- |
 * | netto schuldquote (also gecorrigeerd) | < 90 % | 90–130 % | > 130 % |
 * | solvabiliteitsratio | > 50 % | 20–50 % | < 20 % |
 * | grondexploitatie | < 20 % | 20–35 % | > 35 % |
 * | structurele exploitatieruimte | > 0 % | 0 % | < 0 % |
 * | belastingcapaciteit | < 95 % | 95–105 % | > 105 % |
 *
 * Boundary policy (the same for every preset of opkoers/finance, see
 * {@link BoundaryPlacement}): a value exactly on a boundary belongs to the
 * class whose range in the published table includes it, and where the table
 * leaves it open, to the better class. The sources do not say more
 * (bbv-domain §5.3: UNCONFIRMED); the table writes A and C with strict
 * inequalities ("< 90 %", "> 130 %"), so every boundary belongs to B (90 %
 * and 130 % are B; for the structurele exploitatieruimte exactly 0 % is B).
 * Override with the `boundaries` option of {@link rateRatio} /
 * {@link kengetallen}, or pass your own scale (e.g. the "> 0,6 % voldoende"
 * variant).
 *
 * @example
 * ```ts
 * import { KENGETAL_SCALES } from "opkoers/finance";
 *
 * KENGETAL_SCALES.solvabiliteitsratio.boundaries; //=> [{ value: "50", belongsTo: "worse" }, { value: "20", belongsTo: "better" }]
 * KENGETAL_SCALES.belastingcapaciteit.direction; //=> "lowerIsBetter"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export const KENGETAL_SCALES: Readonly<Record<KengetalId, RatingScale>> = Object.freeze({
  nettoSchuldquote: scale("nettoSchuldquote", "Netto schuldquote", "Net debt ratio", "lowerIsBetter", "90", "130"),
  nettoSchuldquoteGecorrigeerd: scale("nettoSchuldquoteGecorrigeerd", "Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "Net debt ratio corrected for all loans given", "lowerIsBetter", "90", "130"),
  solvabiliteitsratio: scale("solvabiliteitsratio", "Solvabiliteitsratio", "Solvency ratio", "higherIsBetter", "50", "20"),
  structureleExploitatieruimte: scale("structureleExploitatieruimte", "Structurele exploitatieruimte", "Structural operating room", "higherIsBetter", "0", "0"),
  grondexploitatie: scale("grondexploitatie", "Grondexploitatie", "Land development", "lowerIsBetter", "20", "35"),
  belastingcapaciteit: scale("belastingcapaciteit", "Belastingcapaciteit", "Tax capacity", "lowerIsBetter", "95", "105"),
});
