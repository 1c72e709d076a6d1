import type { LocalizedText } from "../../status/index.js";
import type { OverviewPart, OverviewSubtotalPart } from "../types.js";

/** The non-programme parts of the saldo van baten en lasten, in the order of the overzicht. */
export const GENERAL_PARTS: readonly Exclude<OverviewSubtotalPart, "programmes">[] = ["generalCover", "overhead", "vpb", "onvoorzien"];

/** The published name of each part's subtotal. */
export const SUBTOTAL_LABELS: Readonly<Record<OverviewSubtotalPart, LocalizedText>> = {
  programmes: { nl: "Totaal programma's", en: "Total of the programmes" },
  generalCover: { nl: "Algemene dekkingsmiddelen", en: "General cover" },
  overhead: { nl: "Overhead", en: "Overhead" },
  vpb: { nl: "Vennootschapsbelasting (Vpb)", en: "Corporate income tax" },
  onvoorzien: { nl: "Onvoorzien", en: "Contingencies" },
};

/** Whether a part of a non-programme line of the overzicht is one of the parts of the saldo van baten en lasten. */
export const isGeneralPart = (part: OverviewPart | undefined): part is Exclude<OverviewSubtotalPart, "programmes"> =>
  (GENERAL_PARTS as readonly (string | undefined)[]).includes(part);
