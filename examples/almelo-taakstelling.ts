// Almelo, programmabegroting 2022, programma Zorg (seed 002): "Om beter uit te komen met de Rijksmiddelen is
// voor Wmo en Jeugd een taakstelling opgenomen van in totaal 7,52 miljoen euro structureel. Na besluitvorming
// in de perspectiefnota 2020 resteert daarvan ongeveer 4,8 miljoen euro structureel. Om deze taakstellingen te
// realiseren hebben wij drie maatregelenplannen opgesteld."
//
// Inputs: the target, 7,52 mln structural (seed). The seed does not give the yield of the perspectiefnota 2020
// decisions nor of the three maatregelenplannen. The decided yield used here, 2,72 mln, is INFERRED: it is
// 7,52 − 4,8, so the example shows how the remaining amount follows from the target and the decided measures,
// and that it is "ongeveer 4,8 miljoen" (rounded to one decimal of a million); it does not prove 2,72.
// The maatregelenplannen are listed as planned measures without an amount (none is published).
import { pathToFileURL } from "node:url";
import { formatAmount, parseAmount, type Cents } from "../src/money/index.js";
import { savingsTarget, type SavingsTargetYear } from "../src/finance/index.js";

const mln = (text: string): Cents => parseAmount(text, { unit: "million" });
const years = [2022, 2023, 2024, 2025];
const STATUS_NL = { filled: "ingevuld", partlyFilled: "deels", open: "open" } as const;

/** The taakstelling per year, computed. */
export function almeloTaakstelling(): readonly SavingsTargetYear[] {
  return savingsTarget({
    id: "wmo-jeugd",
    description: "Taakstelling Wmo en Jeugd",
    target: mln("7,52"),
    years,
    measures: [
      { id: "perspectiefnota-2020", description: "Besluitvorming perspectiefnota 2020 (afgeleid: 7,52 − 4,8)", state: "decided", amounts: years.map((year) => ({ year, amount: mln("2,72") })) },
      { id: "maatregelenplannen", description: "Drie maatregelenplannen (opbrengst niet gepubliceerd)", state: "planned", amounts: [] },
    ],
  });
}

/** The table as printed lines (× € 1 mln). */
export function almeloTaakstellingTable(rows: readonly SavingsTargetYear[] = almeloTaakstelling()): string[] {
  const two = (a: Cents): string => formatAmount(a, { unit: "million", decimals: 2 }).padStart(8);
  const label = (text: string): string => text.padEnd(34);
  return [
    `${label("Taakstelling Wmo en Jeugd")}${rows.map((r) => String(r.year).padStart(8)).join("")}`,
    `${label("  Taakstelling (structureel)")}${rows.map((r) => two(r.target)).join("")}`,
    `${label("  Besloten (perspectiefnota 2020)")}${rows.map((r) => two(r.decided)).join("")}`,
    `${label("  Resteert")}${rows.map((r) => two(r.remaining)).join("")}`,
    `${label("  Resteert, afgerond")}${rows.map((r) => `${formatAmount(r.remaining, { unit: "million", decimals: 1 })} mln`.padStart(8)).join("")}`,
    `${label("  Status")}${rows.map((r) => STATUS_NL[r.status].padStart(8)).join("")}`,
    "Bedragen x 1 miljoen euro",
    ...rows.slice(0, 1).map((r) => r.assessment.message.nl),
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${almeloTaakstellingTable().join("\n")}\n`);
}
