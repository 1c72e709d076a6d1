import type { StatusColour, StatusScale } from "./types.js";

const GREEN: StatusColour = { name: { nl: "groen", en: "green" }, hex: "#2e7d32" };
const ORANGE: StatusColour = { name: { nl: "oranje", en: "orange" }, hex: "#ef6c00" };
const YELLOW: StatusColour = { name: { nl: "geel", en: "yellow" }, hex: "#f9a825" };
const RED: StatusColour = { name: { nl: "rood", en: "red" }, hex: "#c62828" };
const BLUE: StatusColour = { name: { nl: "blauw", en: "blue" }, hex: "#1565c0" };
const GREY: StatusColour = { name: { nl: "grijs", en: "grey" }, hex: "#757575" };

/**
 * The three-colour traffic light used in bestuursrapportages: **groen** op
 * schema, **oranje** aandacht (knelpunten, maar haalbaar), **rood** niet
 * haalbaar. Source: Leidschendam-Voorburg, bestuursrapportage 2022.
 *
 * | level | statuses |
 * | --- | --- |
 * | `groen` | achieved, onTrack, notStarted, inProgress, completed |
 * | `oranje` | atRisk, delayed |
 * | `rood` | offTrack, notAchieved, stopped, cancelled |
 *
 * `noData` and `noTarget` have no colour.
 *
 * @example
 * ```ts
 * import { THREE_COLOUR_SCALE, levelForStatus } from "opkoers/status";
 *
 * levelForStatus(THREE_COLOUR_SCALE, "atRisk")?.label; //=> { nl: "aandacht", en: "needs attention" }
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export const THREE_COLOUR_SCALE: StatusScale = {
  id: "threeColour",
  name: { nl: "Stoplicht (drie kleuren)", en: "Traffic light (three colours)" },
  source: "Leidschendam-Voorburg, bestuursrapportage 2022 (https://leidschendam-voorburg202202.bestuursrapportage.nl/p16522/overzicht-speerpunten)",
  levels: [
    {
      code: "groen",
      label: { nl: "op schema", en: "on track" },
      description: { nl: "De prestatie ligt op schema.", en: "The result is on schedule." },
      colour: GREEN,
      statuses: ["achieved", "onTrack", "notStarted", "inProgress", "completed"],
    },
    {
      code: "oranje",
      label: { nl: "aandacht", en: "needs attention" },
      description: { nl: "Er zijn knelpunten, maar de prestatie is haalbaar.", en: "There are problems, but the result is still feasible." },
      colour: ORANGE,
      statuses: ["atRisk", "delayed"],
    },
    {
      code: "rood",
      label: { nl: "niet haalbaar", en: "not feasible" },
      description: { nl: "De prestatie wordt niet gehaald.", en: "The result will not be achieved." },
      colour: RED,
      statuses: ["offTrack", "notAchieved", "stopped", "cancelled"],
    },
  ],
};

/**
 * A four-colour scale with **blauw** for "doelstelling gewijzigd" (the goal
 * was changed, so it is not judged against the original plan): **groen**
 * gerealiseerd of op schema, **geel** vertraagd (niet in het jaar, wel begin
 * volgend jaar), **rood** niet gerealiseerd, **blauw** doelstelling gewijzigd.
 * Source: Wetterskip Fryslân, jaarverslag 2018. Blauw stands for no computed
 * status: it can only be reported, and is never compared with a computed status.
 *
 * @example
 * ```ts
 * import { FOUR_COLOUR_SCALE, levelForStatus } from "opkoers/status";
 *
 * levelForStatus(FOUR_COLOUR_SCALE, "delayed")?.code; //=> "geel"
 * FOUR_COLOUR_SCALE.levels[3]?.statuses; //=> []
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export const FOUR_COLOUR_SCALE: StatusScale = {
  id: "fourColour",
  name: { nl: "Vier kleuren met doelstelling gewijzigd", en: "Four colours with goal changed" },
  source: "Wetterskip Fryslân, jaarverslag 2018 (https://wetterskip.jaarverslag-2018.nl/p124/programma-overzicht)",
  levels: [
    {
      code: "groen",
      label: { nl: "gerealiseerd / op schema", en: "realised / on track" },
      description: { nl: "Gerealiseerd, of op schema om te realiseren.", en: "Realised, or on schedule to be realised." },
      colour: GREEN,
      statuses: ["achieved", "onTrack", "notStarted", "inProgress", "completed"],
    },
    {
      code: "geel",
      label: { nl: "vertraagd", en: "delayed" },
      description: { nl: "Niet in het jaar gerealiseerd, wel begin volgend jaar.", en: "Not realised within the year, but early next year." },
      colour: YELLOW,
      statuses: ["atRisk", "delayed"],
    },
    {
      code: "rood",
      label: { nl: "niet gerealiseerd", en: "not realised" },
      description: { nl: "Niet gerealiseerd.", en: "Not realised." },
      colour: RED,
      statuses: ["offTrack", "notAchieved", "stopped", "cancelled"],
    },
    {
      code: "blauw",
      label: { nl: "doelstelling gewijzigd", en: "goal changed" },
      description: { nl: "De doelstelling is gewijzigd.", en: "The goal has been changed." },
      colour: BLUE,
      statuses: [],
    },
  ],
};

/**
 * The jaarverslag scale for "Wat hebben we bereikt?": **gerealiseerd**,
 * **deels gerealiseerd**, **niet gerealiseerd**, **uitgesteld**. Sources:
 * Dordrecht jaarverslag 2018, Oude IJsselstreek jaarstukken 2019.
 *
 * | level | statuses |
 * | --- | --- |
 * | `gerealiseerd` | achieved, completed |
 * | `deelsGerealiseerd` | onTrack, atRisk, inProgress, stopped |
 * | `nietGerealiseerd` | offTrack, notAchieved, cancelled |
 * | `uitgesteld` | delayed, notStarted |
 *
 * @example
 * ```ts
 * import { JAARVERSLAG_SCALE, levelForStatus } from "opkoers/status";
 *
 * levelForStatus(JAARVERSLAG_SCALE, "delayed")?.label.nl; //=> "uitgesteld"
 * levelForStatus(JAARVERSLAG_SCALE, "stopped")?.label.en; //=> "partly realised"
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export const JAARVERSLAG_SCALE: StatusScale = {
  id: "jaarverslag",
  name: { nl: "Jaarverslag: mate van realisatie", en: "Annual report: degree of realisation" },
  source:
    "Dordrecht jaarverslag 2018 (https://dordrecht.jaarverslag-2018.nl/p8261/leeswijzer-programmas); Oude IJsselstreek jaarstukken 2019 (https://oude-ijsselstreek.begrotingonline.nl/jaarstukken-2019/programma/programmaverantwoording)",
  levels: [
    {
      code: "gerealiseerd",
      label: { nl: "gerealiseerd", en: "realised" },
      description: { nl: "Gerealiseerd of behaald.", en: "Realised or achieved." },
      colour: GREEN,
      statuses: ["achieved", "completed"],
    },
    {
      code: "deelsGerealiseerd",
      label: { nl: "deels gerealiseerd", en: "partly realised" },
      description: { nl: "Deels gerealiseerd of behaald.", en: "Partly realised or achieved." },
      colour: ORANGE,
      statuses: ["onTrack", "atRisk", "inProgress", "stopped"],
    },
    {
      code: "nietGerealiseerd",
      label: { nl: "niet gerealiseerd", en: "not realised" },
      description: { nl: "Niet gerealiseerd of behaald.", en: "Not realised or achieved." },
      colour: RED,
      statuses: ["offTrack", "notAchieved", "cancelled"],
    },
    {
      code: "uitgesteld",
      label: { nl: "uitgesteld", en: "postponed" },
      description: { nl: "Uitgesteld; realisatie volgt later.", en: "Postponed; realisation follows later." },
      colour: GREY,
      statuses: ["delayed", "notStarted"],
    },
  ],
};

/**
 * Almere's scale for KPI's in the bestuursrapportage: **conform
 * verwachting**, **licht afwijkend** (extra aandacht), **afwijkend**
 * (maatregelen gewenst); a KPI without a target gets no colour. Source:
 * Almere, 2e bestuursrapportage 2019.
 *
 * @example
 * ```ts
 * import { ALMERE_KPI_SCALE, levelForStatus } from "opkoers/status";
 *
 * levelForStatus(ALMERE_KPI_SCALE, "offTrack")?.code; //=> "afwijkend"
 * levelForStatus(ALMERE_KPI_SCALE, "noTarget"); //=> undefined
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export const ALMERE_KPI_SCALE: StatusScale = {
  id: "almereKpi",
  name: { nl: "Almere KPI-voortgang", en: "Almere KPI progress" },
  source: "Almere, 2e bestuursrapportage 2019 (https://almere201902.bestuursrapportage.nl/p10898/voortgang-op-de-vier-clusters)",
  levels: [
    {
      code: "conformVerwachting",
      label: { nl: "conform verwachting", en: "as expected" },
      description: { nl: "De KPI ontwikkelt zich conform verwachting.", en: "The KPI develops as expected." },
      colour: GREEN,
      statuses: ["achieved", "onTrack"],
    },
    {
      code: "lichtAfwijkend",
      label: { nl: "licht afwijkend", en: "slightly off" },
      description: { nl: "Licht afwijkend: extra aandacht.", en: "Slightly off: extra attention." },
      colour: ORANGE,
      statuses: ["atRisk"],
    },
    {
      code: "afwijkend",
      label: { nl: "afwijkend", en: "off" },
      description: { nl: "Afwijkend: maatregelen gewenst.", en: "Off: measures needed." },
      colour: RED,
      statuses: ["offTrack", "notAchieved"],
    },
  ],
};

/**
 * The built-in scales, by id: `threeColour`, `fourColour`, `jaarverslag`,
 * `almereKpi`. A planning document may add its own scales.
 *
 * @example
 * ```ts
 * import { STATUS_SCALE_PRESETS } from "opkoers/status";
 *
 * STATUS_SCALE_PRESETS.map((scale) => scale.id); //=> ["threeColour", "fourColour", "jaarverslag", "almereKpi"]
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export const STATUS_SCALE_PRESETS: readonly StatusScale[] = [THREE_COLOUR_SCALE, FOUR_COLOUR_SCALE, JAARVERSLAG_SCALE, ALMERE_KPI_SCALE];
