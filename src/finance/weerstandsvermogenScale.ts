import type { RatingScale } from "./types.js";

/**
 * The waarderingstabel for the ratio weerstandsvermogen (beschikbare /
 * benodigde weerstandscapaciteit), developed by NAR (Nederlands
 * Adviesbureau voor Risicomanagement) with the Universiteit Twente; widely
 * used, not statutory (bbv-domain §6):
 *
 * | waardering | ratio | betekenis |
 * | --- | --- | --- |
 * | A | > 2,0 | uitstekend |
 * | B | 1,4 – 2,0 | ruim voldoende |
 * | C | 1,0 – 1,4 | voldoende |
 * | D | 0,8 – 1,0 | matig |
 * | E | 0,6 – 0,8 | onvoldoende |
 * | F | < 0,6 | ruim onvoldoende |
 *
 * The table leaves the boundaries themselves open (UNCONFIRMED); this preset
 * puts each boundary in the better class (exactly 1,0 is C "voldoende", as
 * Buren writes "≥ 1,0"). Override with the `boundaries` option, or pass a
 * scale of your own (raden set their own minimum, e.g. 1,1).
 *
 * @example
 * ```ts
 * import { WEERSTANDSVERMOGEN_SCALE } from "opkoers/finance";
 *
 * WEERSTANDSVERMOGEN_SCALE.classes.map((c) => c.label.nl); //=> ["uitstekend", "ruim voldoende", "voldoende", "matig", "onvoldoende", "ruim onvoldoende"]
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export const WEERSTANDSVERMOGEN_SCALE: RatingScale = Object.freeze({
  id: "weerstandsvermogen.nar",
  name: { nl: "Waarderingstabel ratio weerstandsvermogen (NAR)", en: "Rating table of the resilience ratio (NAR)" },
  direction: "higherIsBetter",
  unit: "ratio",
  classes: [
    { code: "A", label: { nl: "uitstekend", en: "excellent" } },
    { code: "B", label: { nl: "ruim voldoende", en: "more than sufficient" } },
    { code: "C", label: { nl: "voldoende", en: "sufficient" } },
    { code: "D", label: { nl: "matig", en: "moderate" } },
    { code: "E", label: { nl: "onvoldoende", en: "insufficient" } },
    { code: "F", label: { nl: "ruim onvoldoende", en: "clearly insufficient" } },
  ],
  boundaries: [
    { value: "2", belongsTo: "better" },
    { value: "1.4", belongsTo: "better" },
    { value: "1", belongsTo: "better" },
    { value: "0.8", belongsTo: "better" },
    { value: "0.6", belongsTo: "better" },
  ],
  source:
    "NAR / Universiteit Twente waarderingstabel: https://weert.jaarverslag-2018.nl/p16639/confrontatie-risicos-met-beschikbaar-weerstandsvermogen ; http://someren.begroting-2018.nl/p5406/weerstandsvermogen ; boundary ≥ 1,0 = C: https://buren.begroting-2025.nl/p18194/weerstandsratio. Inclusivity otherwise UNCONFIRMED.",
} satisfies RatingScale);
