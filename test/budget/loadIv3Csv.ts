// Reads the CBS Iv3 jaarrekening 2023 per taakveld (../shared/data, see its README) into budget documents:
// one document per gemeente, one programme per hoofdtaakveld, phase "realisatie" (actual), year 2023.
// Shared by test/budget/iv3-2023.test.ts and bench/budget.bench.ts.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { euro, multiply, type Cents } from "opkoers/money";
import type { BudgetDocument, BudgetLine } from "opkoers/budget";

export const IV3_CSV = join(import.meta.dirname, "..", "..", "..", "shared", "data", "cbs-iv3-2023-jaarrekening-gemeenten-per-taakveld.csv");

export const hasIv3Csv = (): boolean => existsSync(IV3_CSV);

/** Thousands of euros with a dot decimal ("10127.0", "-3.5") → cents, exactly. */
export function thousandsToCents(text: string): Cents {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`Not an amount in thousands: ${JSON.stringify(text)}`);
  return multiply(euro(text), 1000, "halfUp");
}

interface Row {
  readonly Gemeenten: string;
  readonly Taakveld: string;
  readonly Baten: string;
  readonly Lasten: string;
}

/** Every row as a budget line (programme = its hoofdtaakveld), with its gemeente; "Nederland" is left out (computed by the source repository, not published by CBS). */
export function loadIv3Lines(): { readonly gemeente: string; readonly line: BudgetLine }[] {
  const rows = parse(readFileSync(IV3_CSV, "utf8"), { columns: true, delimiter: ";", skip_empty_lines: true, bom: true }) as Row[];
  return rows
    .filter((row) => row.Gemeenten !== "Nederland")
    .map((row) => {
      const taakveld = row.Taakveld.split(" ")[0] as string;
      const line: BudgetLine = {
        programme: `hoofdtaakveld-${taakveld.split(".")[0] as string}`,
        taakveld,
        year: 2023,
        phase: "realisatie",
        expenses: thousandsToCents(row.Lasten),
        revenue: thousandsToCents(row.Baten),
        nature: "structureel",
        description: row.Taakveld,
      };
      return { gemeente: row.Gemeenten, line };
    });
}

/** One budget document per gemeente. */
export function loadIv3Documents(): Map<string, BudgetDocument> {
  const byGemeente = new Map<string, BudgetLine[]>();
  for (const { gemeente, line } of loadIv3Lines()) {
    let lines = byGemeente.get(gemeente);
    if (lines === undefined) byGemeente.set(gemeente, (lines = []));
    lines.push(line);
  }
  const docs = new Map<string, BudgetDocument>();
  for (const [gemeente, lines] of byGemeente) {
    const taakvelden = [...new Set(lines.map((l) => l.taakveld))];
    const programmes = [...new Set(lines.map((l) => l.programme))].map((code) => ({ code, name: `Hoofdtaakveld ${code.slice("hoofdtaakveld-".length)}` }));
    docs.set(gemeente, { municipality: gemeente, budgetYear: 2023, programmes, taakvelden, phases: [{ id: "realisatie", kind: "actual" }], lines, amendments: [] });
  }
  return docs;
}
