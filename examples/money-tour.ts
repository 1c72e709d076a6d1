// The main job of the README for now: real figures from the seeds, computed with opkoers/money.
// Almere, programme Gezondheid 2024 (seed 000): lasten 46.634 and baten 4.742 (× € 1.000).
// Almelo, begroting 2022 (seed 003): aanvullende middelen gemeentefonds in millions, and a 75 % prudent inclusion.
import { allocate, euro, formatAmount, multiply, parseAmount, roundForPresentation, subtract, sum } from "../src/money/index.js";

const lasten = parseAmount("46.634", { unit: "thousand" });
const baten = parseAmount("4.742", { unit: "thousand" });
const saldo = subtract(baten, lasten);

const lines: string[] = [];
lines.push("Almere — programma Gezondheid, begroting 2024 (× € 1.000)");
lines.push(`  lasten  ${formatAmount(lasten, { unit: "thousand" }).padStart(8)}`);
lines.push(`  baten   ${formatAmount(baten, { unit: "thousand" }).padStart(8)}`);
lines.push(`  saldo   ${formatAmount(saldo, { unit: "thousand", sign: "parentheses" }).padStart(8)}  (nadeel, in euros: ${formatAmount(saldo, { symbol: true })})`);

// Almelo: the national extra gemeentefonds money for 2022–2025, and 75 % of the later years counted prudently.
const national = ["1.614", "1.454", "1.365", "1.258"].map((text) => parseAmount(text, { unit: "million" }));
const prudent = national.map((amount, i) => (i === 0 ? amount : multiply(amount, "0.75", "halfUp")));
lines.push("");
lines.push("Almelo — aanvullende middelen gemeentefonds, landelijk (× € 1 mln), 2022 t/m 2025");
lines.push(`  landelijk         ${national.map((a) => formatAmount(a, { unit: "million", decimals: 0 }).padStart(7)).join("")}`);
lines.push(`  75 % vanaf 2023   ${prudent.map((a) => formatAmount(a, { unit: "million", decimals: 0 }).padStart(7)).join("")}   (seed: 1.614  1.091  1.024  944)`);

// The VNG ondersteuningsbudget of € 9.600 split over three stadsdelen by inhabitants, to the cent.
const shares = allocate(euro(9600), [104_000, 87_500, 33_250]);
lines.push("");
lines.push(`€ 9.600 verdeeld over drie stadsdelen (voorbeeldgewichten 104.000 : 87.500 : 33.250): ${shares.map((s) => formatAmount(s, { symbol: true })).join(" + ")} = ${formatAmount(sum(shares), { symbol: true })}`);

// A table in thousands whose rounded lines still add up to the rounded total.
const table = roundForPresentation([euro(1400), euro(1400), euro(1400)], { unit: "thousand" });
lines.push(`1,4 + 1,4 + 1,4 (× € 1.000) gepresenteerd als ${table.lines.join(" + ")} = ${table.total}`);

process.stdout.write(`${lines.join("\n")}\n`);
