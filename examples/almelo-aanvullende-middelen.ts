// Almelo, programmabegroting 2022, programma Zorg (seed 002): "Aanvullende middelen gemeentefonds".
// The joint provincial supervisors let gemeenten include the extra gemeentefonds money prudently:
// 100 % of 2022 and 75 % of 2023–2025, Almelo's share of it, minus what the begroting already held.
//
// Inputs (as published in the seed, × € 1 mln):
//   - national amounts, "Oordeel Commissie van Wijzen": 1.614 / 1.454 / 1.365 / 1.258
//   - the percentages: 100 % of the first year, 75 % of the later years
//   - already included in the begroting: 1,80 in every year
//   - Almelo's share: NOT in the seed. 0,597 % reproduces all four published Almelo figures (any share from
//     about 0,59696 % to 0,59724 % does); 9,64 / 1.614 (0,59727 %) does not: it gives 5,64 for 2025.
// Computed: the "75 %" row, the "maximaal op te nemen" rows, Almelo's maximum and the net amounts.
// Rounding: exact cents throughout (75 % of 1.258 mln is 943,5 mln exactly), and only the printed table is
// rounded (halfUp): 943,5 is shown as 944, but Almelo's 5,63 is computed from 943,5.
import { pathToFileURL } from "node:url";
import { formatAmount, parseAmount, type Cents } from "../src/money/index.js";
import { prudentIncome, type PrudentIncomeYear } from "../src/finance/index.js";

const mln = (text: string): Cents => parseAmount(text, { unit: "million" });

/** The Almelo table, computed. */
export function almeloAanvullendeMiddelen(): readonly PrudentIncomeYear[] {
  return prudentIncome({
    national: [
      { year: 2022, amount: mln("1.614") },
      { year: 2023, amount: mln("1.454") },
      { year: 2024, amount: mln("1.365") },
      { year: 2025, amount: mln("1.258") },
    ],
    firstYearPercentage: "100",
    laterYearsPercentage: "75",
    share: "0.00597",
    alreadyIncluded: mln("1,80"),
    rounding: "halfUp",
  });
}

/** The table as printed lines (× € 1 mln). */
export function almeloAanvullendeMiddelenTable(rows: readonly PrudentIncomeYear[] = almeloAanvullendeMiddelen()): string[] {
  const whole = (a: Cents): string => formatAmount(a, { unit: "million", decimals: 0 }).padStart(8);
  const two = (a: Cents): string => formatAmount(a, { unit: "million", decimals: 2 }).padStart(8);
  const label = (text: string): string => text.padEnd(38);
  return [
    `${label("Aanvullende middelen gemeentefonds")}${rows.map((r) => String(r.year).padStart(8)).join("")}`,
    "Landelijk",
    `${label("  Oordeel Commissie van Wijzen")}${rows.map((r) => whole(r.amount)).join("")}`,
    `${label("  75% van bovenstaand bedrag")}${rows.map((r, i) => (i === 0 ? "".padStart(8) : whole(r.includable))).join("")}`,
    `${label("  Maximaal op te nemen bedrag")}${rows.map((r) => whole(r.includable)).join("")}`,
    "Almelo",
    `${label("  Maximaal op te nemen bedrag Almelo")}${rows.map((r) => two(r.municipalMaximum)).join("")}`,
    `${label("  Reeds opgenomen in begroting")}${rows.map((r) => two((-r.alreadyIncluded || 0) as Cents)).join("")}`,
    `${label("  Nog op te nemen (netto)")}${rows.map((r) => two(r.net)).join("")}`,
    "Bedragen x 1 miljoen euro",
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${almeloAanvullendeMiddelenTable().join("\n")}\n`);
}
