import type { Rule } from "../status/index.js";

/**
 * The CBS checks that {@link checkCbsLines} and {@link checkCbsDelivery}
 * apply, as data with ids and sources. The Dutch description is CBS's own
 * (fouten.json); the English one is opkoers's translation.
 *
 * | id | checks |
 * | --- | --- |
 * | `cbs.DF001` | the taakveld is in the CBS list of the boekjaar and accepts amounts |
 * | `cbs.DF002` | the categorie is in the CBS list, and the taakveld × categorie is not a grijze cel |
 * | `cbs.DF005` | the kengetal code is in the CBS list |
 * | `cbs.DF006` | the beleidsindicator code is in the CBS list |
 * | `cbs.PF006` | totaal lasten taakvelden = totaal baten taakvelden (tolerance: an option) |
 *
 * @example
 * ```ts
 * import { CBS_RULES } from "opkoers/io";
 *
 * CBS_RULES.map((rule) => rule.id); //=> ["cbs.DF001", "cbs.DF002", "cbs.DF005", "cbs.DF006", "cbs.PF006"]
 * CBS_RULES[4]?.description.nl; //=> "6. Totaal lasten taakvelden = totaal baten taakvelden"
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export const CBS_RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  {
    id: "cbs.DF001",
    severity: "error",
    description: { nl: "onjuiste taakveld-code gebruikt", en: "A taakveld code is not allowed: not in the CBS list of the boekjaar, or no amounts accepted on it." },
    source: "CBS Iv3 fouten.json DF001; codelijst taakveld and grijze_cellen of iv3_definities_Gemeente_<boekjaar>.json (statistiekcbs/iv3_definities)",
  },
  {
    id: "cbs.DF002",
    severity: "error",
    description: { nl: "onjuiste categorie-code gebruikt", en: "A categorie code is not allowed: not in the CBS list of lasten or baten, or a forbidden combination with its taakveld (grijze cel)." },
    source: "CBS Iv3 fouten.json DF002; codelijsten categorie_lasten/categorie_baten and grijze_cellen of iv3_definities_Gemeente_<boekjaar>.json",
  },
  {
    id: "cbs.DF005",
    severity: "error",
    description: { nl: "onjuiste kengetal-code gebruikt", en: "A kengetal code is not in the CBS list of the boekjaar." },
    source: "CBS Iv3 fouten.json DF005; codelijst kengetallen of iv3_definities_Gemeente_<boekjaar>.json",
  },
  {
    id: "cbs.DF006",
    severity: "error",
    description: { nl: "onjuiste beleidsindicator-code gebruikt", en: "A beleidsindicator code is not in the CBS list of the boekjaar." },
    source: "CBS Iv3 fouten.json DF006; codelijst beleidsindicatoren of iv3_definities_Gemeente_<boekjaar>.json",
  },
  {
    id: "cbs.PF006",
    severity: "error",
    description: { nl: "6. Totaal lasten taakvelden = totaal baten taakvelden", en: "6. Total expenses over all taakvelden equal total revenue over all taakvelden." },
    source: "CBS Iv3 fouten.json PF006; controles of iv3_definities_Gemeente_<boekjaar>.json (periods 0 and 5, from 2020); the tolerance is not published by CBS",
  },
] as const satisfies readonly Rule[]);
