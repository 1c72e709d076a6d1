// Importing and validating the real CBS Iv3 jaarrekening 2023 (342 gemeenten, 24,353 rows, ../shared/data)
// against reading and splitting the same file with no validation, measured in the same run.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { BudgetLine } from "../src/budget/index.js";
import { checkCbsLines, parseBudgetCsv, type CsvImportOptions } from "../src/io/index.js";
import type { Cents } from "../src/money/index.js";
import type { Scenario } from "./harness.js";

const CSV = join(import.meta.dirname, "..", "..", "shared", "data", "cbs-iv3-2023-jaarrekening-gemeenten-per-taakveld.csv");

const OPTIONS: CsvImportOptions = {
  columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten", group: "Gemeenten" },
  delimiter: ";",
  numberFormat: "dot",
  unit: "thousand",
  taakveldFormat: "codeAndName",
  year: 2023,
  phase: "realisatie",
};
const TOLERANCE = (49 * 100_000) as Cents; // PF006 within 49 thousand, as ../shared/data/README.md states

export function scenarios(): Scenario[] {
  if (!existsSync(CSV)) {
    process.stderr.write(`bench/io.bench.ts: skipped, ${CSV} is not there (the ../shared folder is absent)\n`);
    return [];
  }
  const text = readFileSync(CSV, "utf8");

  const split = (): string[][] => text.split("\n").map((line) => line.split(";"));

  const importAndCheck = (): number => {
    const result = parseBudgetCsv(text, OPTIONS);
    if (!result.ok) throw new Error("the CBS file did not read");
    const { lines, groups = [] } = result.value;
    const byGemeente = new Map<string, BudgetLine[]>();
    lines.forEach((line, i) => {
      const gemeente = groups[i] as string;
      let group = byGemeente.get(gemeente);
      if (group === undefined) byGemeente.set(gemeente, (group = []));
      group.push(line);
    });
    let failures = 0;
    for (const group of byGemeente.values()) {
      for (const check of checkCbsLines(group, { period: 5, pf006Tolerance: TOLERANCE })) if (check.status === "fail") failures++;
    }
    return failures;
  };

  const importOnly = (): number => {
    const result = parseBudgetCsv(text, OPTIONS);
    if (!result.ok) throw new Error("the CBS file did not read");
    return result.value.lines.length;
  };

  const csvParseOnly = (): number => (parse(text, { delimiter: ";", bom: true, relax_column_count: true }) as string[][]).length;

  return [
    {
      name: "import + CBS checks (DF001, DF002, PF006 per gemeente) of the CBS 2023 CSV, 24,353 rows",
      baselineName: "text.split into lines and cells, no validation",
      baseline: split,
      candidate: importAndCheck,
      // csv-parse alone costs 3.5–7× the split on this file (RFC 4180 quoting, BOM, per-character state);
      // reading the amounts exactly adds about a quarter, the checks of 342 gemeenten a few per cent.
      // Measured 6.9× and 8.8× in two runs (Node 20, 2 × AMD EPYC, shared machine).
      target: { atMost: 12 },
      check: () => {
        const rows = split().filter((cells) => cells.length > 1).length - 1;
        const result = parseBudgetCsv(text, OPTIONS);
        if (!result.ok || result.value.lines.length !== rows) throw new Error(`the import read ${result.ok ? result.value.lines.length : "no"} lines, the split ${rows}`);
        importAndCheck();
      },
      note:
        "Under Node the import uses csv-parse's own build (package.json \"imports\": `#csv-parse-sync`), as the baselines do; browsers get its browser build. " +
        "Before that change the import used the browser build under Node too, whose JavaScript Buffer polyfill took about 45 % of the import's time (`node --cpu-prof`, 30 imports: utf8ToBytes 31 %, fromArrayBuffer 5 %, utf8Slice 3 %): 15.8× here and 3.2× in the next row, both targets missed.",
    },
    {
      name: "import only (parseBudgetCsv) of the CBS 2023 CSV",
      baselineName: "csv-parse alone, the same file, no amounts read",
      baseline: csvParseOnly,
      candidate: importOnly,
      // Measured 1.2–1.6×: taakveld codes, exact decimal amounts, groups and issues on top of the CSV parser.
      target: { atMost: 2.5 },
      check: () => {
        if (importOnly() !== csvParseOnly() - 1) throw new Error("the import and csv-parse disagree on the number of rows");
      },
    },
  ];
}
