// Real data: the CBS Iv3 jaarrekening 2023 of all 342 gemeenten per taakveld (../shared/data, see its
// README). Skipped, with the reason, when the ../shared folder is not next to the repository.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BudgetLine } from "opkoers/budget";
import type { Cents } from "opkoers/money";
import { isForbiddenCombination, isValidTaakveld, taakveldenOf } from "opkoers/reference";
import { checkCbsDelivery, checkCbsLines, parseBudgetCsv, parseIv3Delivery, toIv3Delivery, type CbsOffence, type CsvBudget, type CsvImportOptions, type Iv3Delivery } from "opkoers/io";
import { allowedCategorie, CBS_CSV, cbsValidatorWithErrors, csvSkipReason, deliveryOptions } from "./_support.js";

// PF006 holds for every gemeente in this file within 49 (× € 1.000), as ../shared/data/README.md states.
const TOLERANCE = (49 * 100_000) as Cents;
const CBS_FORMAT: CsvImportOptions = {
  columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten", group: "Gemeenten" },
  delimiter: ";",
  numberFormat: "dot",
  unit: "thousand",
  taakveldFormat: "codeAndName",
  year: 2023,
  phase: "realisatie",
};

function readCsv(options: CsvImportOptions = CBS_FORMAT): CsvBudget {
  const result = parseBudgetCsv(readFileSync(CBS_CSV, "utf8"), options);
  if (!result.ok) throw new Error(`The CBS file did not read: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.value;
}

function byGemeente(csv: CsvBudget): Map<string, BudgetLine[]> {
  const out = new Map<string, BudgetLine[]>();
  csv.lines.forEach((line, i) => {
    const gemeente = csv.groups?.[i] as string;
    if (gemeente === "Nederland") return; // computed by the source repository, not published by CBS
    let lines = out.get(gemeente);
    if (lines === undefined) out.set(gemeente, (lines = []));
    lines.push(line);
  });
  return out;
}

/**
 * The Iv3 cells of one gemeente. The file has, per taakveld, lasten, baten and the salaries (categorie 1.1)
 * only; the rest of the lasten and all baten are put on a categorie CBS allows on that taakveld (3.8 where
 * allowed, else the first allowed one, e.g. 7.1 on 0.10). The categorie split is therefore made up; the
 * amounts per taakveld and side are CBS's.
 */
function withCategorieen(lines: readonly BudgetLine[], salaries: readonly BudgetLine[]): BudgetLine[] {
  const out: BudgetLine[] = [];
  lines.forEach((line, i) => {
    const salary = (salaries[i] as BudgetLine).expenses;
    const salaryAllowed = salary !== 0 && !isForbiddenCombination({ side: "lasten", taakveld: line.taakveld, categorie: "1.1" }, 2023);
    const rest = (salaryAllowed ? line.expenses - salary : line.expenses) as Cents;
    if (salaryAllowed) out.push({ ...line, categorie: "1.1", expenses: salary, revenue: 0 as Cents });
    const lasten = allowedCategorie("lasten", line.taakveld, 2023, ["3.8", "7.1", "2.1"]);
    const baten = allowedCategorie("baten", line.taakveld, 2023, ["3.8", "7.1", "4.3.1"]);
    if (rest !== 0) out.push({ ...line, categorie: lasten ?? "3.8", expenses: rest, revenue: 0 as Cents });
    if (line.revenue !== 0) out.push({ ...line, categorie: baten ?? "3.8", expenses: 0 as Cents, revenue: line.revenue });
  });
  return out;
}

describe.skipIf(csvSkipReason !== undefined)("real data: CBS Iv3 jaarrekening 2023 of 342 gemeenten", () => {
  // Read lazily: a skipped suite is still collected.
  let cache: { csv: CsvBudget; gemeenten: Map<string, BudgetLine[]> } | undefined;
  const data = (): { csv: CsvBudget; gemeenten: Map<string, BudgetLine[]> } => {
    if (cache === undefined) {
      const csv = readCsv();
      cache = { csv, gemeenten: byGemeente(csv) };
    }
    return cache;
  };

  it("reads every row of the file, and every taakveld code in it is in the CBS list of 2023", () => {
    const { csv, gemeenten } = data();
    expect(csv.lines).toHaveLength(24_353);
    expect(gemeenten.size).toBe(342);
    const codes = new Set(csv.lines.map((l) => l.taakveld));
    expect(codes.size).toBe(taakveldenOf(2023).length);
    expect([...codes].filter((code) => !isValidTaakveld(code, 2023))).toEqual([]);
  });

  it("per gemeente: no unknown taakveld (DF001) and total lasten = total baten within 49 thousand (PF006)", () => {
    const { gemeenten } = data();
    const notBookable = new Set(taakveldenOf(2023).filter((t) => !t.bookable).map((t) => t.code));
    const failures: string[] = [];
    const flagged = new Set<string>();
    for (const [gemeente, lines] of gemeenten) {
      const [df001, , pf006] = checkCbsLines(lines, { period: 5, pf006Tolerance: TOLERANCE });
      const offences = (df001?.inputs["offending"] ?? []) as readonly CbsOffence[];
      if (offences.some((o) => o.reason !== "notBookable")) failures.push(`${gemeente}: ${df001?.message.en ?? ""}`);
      if (offences.length > 0) flagged.add(gemeente);
      if (pf006?.status !== "pass") failures.push(`${gemeente}: ${pf006?.message.en ?? ""}`);
    }
    expect(failures).toEqual([]);
    // A real finding: some gemeenten still booked amounts on 6.71, 6.72, 6.81 or 6.82, which the 2023
    // definition file no longer accepts amounts on. DF001 flags exactly those gemeenten.
    const expected = new Set([...gemeenten].filter(([, lines]) => lines.some((l) => notBookable.has(l.taakveld) && (l.expenses !== 0 || l.revenue !== 0))).map(([g]) => g));
    expect(flagged).toEqual(expected);
    expect(flagged.size).toBeGreaterThan(0);
  });

  it("an Iv3 delivery from the real figures of Almelo validates against CBS's schema (ajv) and passes DF001, DF002 and PF006", () => {
    const { csv } = data();
    const validate = cbsValidatorWithErrors();
    const salariesCsv = readCsv({ ...CBS_FORMAT, columns: { taakveld: "Taakveld", expenses: "L1.1 Salarissen en sociale lasten", group: "Gemeenten" } });
    const almelo = csv.lines.filter((_, i) => csv.groups?.[i] === "Almelo");
    const salaries = salariesCsv.lines.filter((_, i) => salariesCsv.groups?.[i] === "Almelo");
    expect(almelo).toHaveLength(71);
    const lines = withCategorieen(almelo, salaries);
    const result = toIv3Delivery(lines, deliveryOptions(2023, 5));
    const file = JSON.parse(JSON.stringify(result.delivery)) as Iv3Delivery;
    expect(validate(file)).toEqual({ valid: true, errors: null });
    // The file is in whole thousands already: rounding changes nothing.
    expect(result.rounding.lasten.largestCellDifference).toBe(0);
    expect(result.rounding.lasten.roundedTotal * 100_000).toBe(almelo.reduce((sum, l) => sum + l.expenses, 0));
    expect(checkCbsDelivery(file).map((c) => [c.ruleId, c.status])).toEqual([
      ["cbs.DF001", "pass"],
      ["cbs.DF002", "pass"],
      ["cbs.DF005", "notApplicable"],
      ["cbs.DF006", "notApplicable"],
      ["cbs.PF006", "pass"],
    ]);
    // Read back: the same figures per taakveld.
    const back = parseIv3Delivery(file);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const perTaakveld = (ls: readonly BudgetLine[]): Record<string, [number, number]> => {
      const out: Record<string, [number, number]> = {};
      for (const l of ls) {
        const cell = (out[l.taakveld] ??= [0, 0]);
        cell[0] += l.expenses;
        cell[1] += l.revenue;
      }
      for (const [k, [e, r]] of Object.entries(out)) if (e === 0 && r === 0) delete out[k];
      return out;
    };
    expect(perTaakveld(back.value.lines)).toEqual(perTaakveld(almelo));

    // A delivery with an unknown taakveld, a forbidden combination, or lasten ≠ baten gets DF001, DF002 or PF006.
    const edit = (data: Partial<Iv3Delivery["data"]>): Iv3Delivery => ({ ...file, data: { ...file.data, ...data } });
    const [first, ...others] = file.data.lasten;
    const unknown = checkCbsDelivery(edit({ lasten: [{ ...first!, taakveld: "6.2x" }, ...others] }));
    expect(unknown.map((c) => c.status)).toEqual(["fail", "pass", "notApplicable", "notApplicable", "pass"]);
    expect(unknown[0]?.message.nl).toMatch(/^Binnen het onderdeel lasten is de code 6\.2x niet toegestaan als taakveld\./);
    // Move the baten of one taakveld to categorie 7.1 (Mutatie reserves), a grijze cel outside 0.10 and 0.11.
    const at = file.data.baten.findIndex((cell) => cell.taakveld !== "0.10" && cell.taakveld !== "0.11");
    const moved = file.data.baten.map((cell, i) => (i === at ? { ...cell, categorie: "7.1" } : cell));
    const grey = checkCbsDelivery(edit({ baten: moved }));
    expect(grey.map((c) => c.status)).toEqual(["pass", "fail", "notApplicable", "notApplicable", "pass"]);
    expect(grey[1]?.message.nl).toBe(`Binnen het onderdeel baten is de code 7.1 niet toegestaan als categorie. De combinatie met taakveld ${file.data.baten[at]?.taakveld ?? ""} is een grijze cel in 2023. 1 van de ${grey[1]?.inputs["checked"] as number} categorieën is niet toegestaan volgens de CBS-lijsten van 2023: baten[${at}]: categorie 7.1 op taakveld ${file.data.baten[at]?.taakveld ?? ""} is een verboden combinatie (grijze cel) in 2023.`);
    expect((grey[1]?.inputs["offending"] as readonly CbsOffence[]).map((o) => o.path)).toEqual([["data", "baten", at]]);
    const unbalanced = checkCbsDelivery(edit({ lasten: [{ ...first!, bedrag: first!.bedrag + 1 }, ...others] }));
    expect(unbalanced.map((c) => c.status)).toEqual(["pass", "pass", "notApplicable", "notApplicable", "fail"]);
    expect(unbalanced[4]?.message.nl).toBe("Controle: Totaal lasten taakvelden is niet gelijk aan totaal baten taakvelden. Het gevonden verschil is 1, terwijl 0 maximaal is toegestaan. Totaal lasten taakvelden: 395.454 duizend; totaal baten taakvelden: 395.453 duizend.");
    expect(validate(edit({ lasten: [{ ...first!, taakveld: "6.2x" }, ...others] })).valid).toBe(true); // the schema does not know the code lists: that is what DF001 is for
  });
});

// Registered only when the data is missing, so that a run with ../shared reports no skipped test (npm test lists them).
if (csvSkipReason !== undefined) {
  describe("real data", () => {
    it.skip(`skipped: ${csvSkipReason}`, () => {});
  });
}
