import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatAmount, multiply, parseAmount } from "opkoers/money";
import { prudentIncome } from "opkoers/finance";
import { almeloAanvullendeMiddelen, almeloAanvullendeMiddelenTable } from "../../examples/almelo-aanvullende-middelen.js";
import { almeloTaakstelling, almeloTaakstellingTable } from "../../examples/almelo-taakstelling.js";

const root = join(import.meta.dirname, "..", "..");
const run = (file: string): string => execFileSync(process.execPath, ["--import", "tsx", join(root, "examples", file)], { cwd: root, encoding: "utf8" });
const mln = (text: string) => parseAmount(text, { unit: "million" });
const shown = (amounts: readonly number[], decimals: number): string[] => amounts.map((a) => formatAmount(a as never, { unit: "million", decimals }));

describe("examples/almelo-aanvullende-middelen.ts (seed 002, Almelo begroting 2022)", () => {
  const rows = almeloAanvullendeMiddelen();
  it("reproduces every published figure of the table, computed from the inputs", () => {
    expect(rows.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(shown(rows.map((r) => r.amount), 0)).toEqual(["1.614", "1.454", "1.365", "1.258"]); // input
    expect(shown(rows.slice(1).map((r) => r.includable), 0)).toEqual(["1.091", "1.024", "944"]); // 75 %, computed
    expect(shown(rows.map((r) => r.includable), 0)).toEqual(["1.614", "1.091", "1.024", "944"]); // maximaal op te nemen
    expect(shown(rows.map((r) => r.municipalMaximum), 2)).toEqual(["9,64", "6,51", "6,11", "5,63"]);
    expect(shown(rows.map((r) => r.net), 2)).toEqual(["7,84", "4,71", "4,31", "3,83"]);
    // "teruglopen van 7,84 miljoen euro in 2022 naar 3,83 miljoen euro in 2025"
    expect(shown([rows[0]!.net, rows[3]!.net], 2)).toEqual(["7,84", "3,83"]);
  });
  it("keeps the exact amounts behind the rounded ones (75 % of 1.258 mln is 943,5 mln)", () => {
    expect(rows[3]!.includable).toBe(mln("943,5"));
    expect(rows[3]!.municipalMaximum).toBe(mln("5,632695"));
  });
  it("shows why the Almelo row is computed from the unrounded 75 % amounts", () => {
    // From the published (rounded) 944 the same share gives 5,64, not the published 5,63.
    expect(formatAmount(multiply(mln("944"), "0.00597", "halfUp"), { unit: "million" })).toBe("5,64");
    // The share implied by 2022 alone (9,64 / 1.614) also misses 2025: the share is an input, not derivable from one year.
    const naive = prudentIncome({ national: [{ year: 2022, amount: mln("1.614") }, { year: 2025, amount: mln("1.258") }], laterYearsPercentage: "75", share: { numerator: "9.64", denominator: "1614" } });
    expect(shown(naive.map((r) => r.municipalMaximum), 2)).toEqual(["9,64", "5,64"]);
    // Both ends of the range of shares that reproduce the four figures do so.
    for (const share of ["0.0059697", "0.0059724"]) {
      const r = prudentIncome({ national: almeloAanvullendeMiddelen().map(({ year, amount }) => ({ year, amount })), laterYearsPercentage: "75", share });
      expect(shown(r.map((x) => x.municipalMaximum), 2)).toEqual(["9,64", "6,51", "6,11", "5,63"]);
    }
  });
  it("prints the table when run", () => {
    const output = run("almelo-aanvullende-middelen.ts");
    expect(output).toBe(`${almeloAanvullendeMiddelenTable().join("\n")}\n`);
    expect(output).toMatch(/Oordeel Commissie van Wijzen +1\.614 +1\.454 +1\.365 +1\.258/);
    expect(output).toMatch(/75% van bovenstaand bedrag +1\.091 +1\.024 +944/);
    expect(output).toMatch(/Maximaal op te nemen bedrag Almelo +9,64 +6,51 +6,11 +5,63/);
    expect(output).toMatch(/Reeds opgenomen in begroting +-1,80 +-1,80 +-1,80 +-1,80/);
    expect(output).toMatch(/Nog op te nemen \(netto\) +7,84 +4,71 +4,31 +3,83/);
  });
});

describe("examples/almelo-taakstelling.ts (seed 002)", () => {
  const rows = almeloTaakstelling();
  it("follows the taakstelling of 7,52 million with about 4,8 million remaining", () => {
    for (const row of rows) {
      expect(row.target).toBe(mln("7,52"));
      expect(row.remaining).toBe(row.target - row.decided);
      expect(formatAmount(row.remaining, { unit: "million", decimals: 1 })).toBe("4,8");
      expect(row.status).toBe("partlyFilled");
      expect(row.assessment.ruleId).toBe("gtk2020.savingsTarget");
    }
  });
  it("prints the table when run", () => {
    const output = run("almelo-taakstelling.ts");
    expect(output).toBe(`${almeloTaakstellingTable().join("\n")}\n`);
    expect(output).toMatch(/Taakstelling \(structureel\) +7,52 +7,52 +7,52 +7,52/);
    expect(output).toMatch(/Resteert, afgerond +4,8 mln/);
  });
});
