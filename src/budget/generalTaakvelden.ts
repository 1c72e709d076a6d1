import type { TaakveldClassification } from "./types.js";

/**
 * The non-programme taakvelden of the overzicht van baten en lasten and the
 * part each belongs to, as data (pass your own list to
 * {@link overviewOfBatenLasten}, {@link lineClassifier} or the rules of
 * opkoers/finance to change it). Since begroting 2017 overhead
 * is booked centrally on 0.4 and not allocated to programmes; reserve
 * mutations are booked on 0.10 only; 0.11 holds the resultaat — the
 * balancing line (Iv3 categorie 7.1), never a last or baat of a rule.
 *
 * Sources: BBV art. 8 lid 5 (algemene dekkingsmiddelen, old text) and
 * art. 17; VNG, "Programmaplan" (https://vng.nl/artikelen/programmaplan);
 * taakveld names from the CBS Iv3 definition file 2023
 * (`statistiekcbs/iv3_definities`, Bron: CBS).
 *
 * @example
 * ```ts
 * import { GENERAL_TAAKVELDEN } from "opkoers/budget";
 *
 * GENERAL_TAAKVELDEN.filter((entry) => entry.part === "generalCover").map((entry) => entry.taakveld); //=> ["0.5", "0.61", "0.62", "0.63", "0.64", "0.7", "0.8"]
 * GENERAL_TAAKVELDEN.find((entry) => entry.taakveld === "0.10")?.part; //=> "reserves"
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export const GENERAL_TAAKVELDEN: readonly TaakveldClassification[] = Object.freeze([
  { taakveld: "0.4", part: "overhead", label: { nl: "Overhead", en: "Overhead" } },
  { taakveld: "0.5", part: "generalCover", label: { nl: "Treasury", en: "Treasury" } },
  { taakveld: "0.61", part: "generalCover", label: { nl: "OZB woningen", en: "Property tax on dwellings" } },
  { taakveld: "0.62", part: "generalCover", label: { nl: "OZB niet-woningen", en: "Property tax on non-dwellings" } },
  { taakveld: "0.63", part: "generalCover", label: { nl: "Parkeerbelasting", en: "Parking tax" } },
  { taakveld: "0.64", part: "generalCover", label: { nl: "Belastingen overig", en: "Other taxes" } },
  { taakveld: "0.7", part: "generalCover", label: { nl: "Algemene uitkering en overige uitkeringen gemeentefonds", en: "General grant from the municipal fund" } },
  { taakveld: "0.8", part: "generalCover", label: { nl: "Overige baten en lasten", en: "Other revenue and expenses" } },
  { taakveld: "0.9", part: "vpb", label: { nl: "Vennootschapsbelasting (Vpb)", en: "Corporate income tax" } },
  { taakveld: "0.10", part: "reserves", label: { nl: "Mutaties reserves", en: "Reserve mutations" } },
  { taakveld: "0.11", part: "result", label: { nl: "Resultaat van de rekening van baten en lasten", en: "Result" } },
] as const satisfies readonly TaakveldClassification[]);
