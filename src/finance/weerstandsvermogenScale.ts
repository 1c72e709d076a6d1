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
 * | B | 1,4 < x < 2,0 | ruim voldoende |
 * | C | 1,0 < x < 1,4 | voldoende |
 * | D | 0,8 < x < 1,0 | matig |
 * | E | 0,6 < x < 0,8 | onvoldoende |
 * | F | < 0,6 | ruim onvoldoende |
 *
 * Boundary policy (the same for every preset of opkoers/finance, see
 * {@link BoundaryPlacement}): a value exactly on a boundary belongs to the
 * class whose range in the published table includes it, and where the table
 * leaves it open, to the better class. The sources write "A: > 2,0" and
 * "F: < 0,6", so exactly 2,0 is B and exactly 0,6 is E; they leave 1,4, 1,0
 * and 0,8 open ("1,4 < x < 2,0", "1,0 < x < 1,4", bbv-domain §6:
 * UNCONFIRMED), so those go to the better class (exactly 1,0 is C
 * "voldoende", as Buren writes "≥ 1,0"). Override with the `boundaries`
 * option (`"better"` / `"worse"` for every boundary), or pass a scale of
 * your own (raden set their own minimum, e.g. 1,1).
 *
 * @example
 * ```ts
 * import { WEERSTANDSVERMOGEN_SCALE } from "opkoers/finance";
 *
 * WEERSTANDSVERMOGEN_SCALE.classes.map((c) => c.label.nl); //=> ["uitstekend", "ruim voldoende", "voldoende", "matig", "onvoldoende", "ruim onvoldoende"]
 * WEERSTANDSVERMOGEN_SCALE.boundaries.map((b) => b.belongsTo); //=> ["worse", "better", "better", "better", "better"]
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
    // "A: > 2,0": exactly 2,0 is not A (since 0.2.0; before, it was A).
    { value: "2", belongsTo: "worse" },
    { value: "1.4", belongsTo: "better" },
    { value: "1", belongsTo: "better" },
    { value: "0.8", belongsTo: "better" },
    { value: "0.6", belongsTo: "better" },
  ],
  source:
    "NAR / Universiteit Twente waarderingstabel: https://weert.jaarverslag-2018.nl/p16639/confrontatie-risicos-met-beschikbaar-weerstandsvermogen ; http://someren.begroting-2018.nl/p5406/weerstandsvermogen ; boundary ≥ 1,0 = C: https://buren.begroting-2025.nl/p18194/weerstandsratio. Boundaries read literally (A > 2,0 and F < 0,6 exclude 2,0 and 0,6); where the table leaves a boundary open (1,4; 1,0; 0,8) it belongs to the better class. Inclusivity otherwise UNCONFIRMED.",
} satisfies RatingScale);
