// Budget layer benchmarks: rollups of a million lines, and applying amendments with immer.
// Data: the real CBS Iv3 jaarrekening 2023 (../shared/data), replicated over years to reach a million lines;
// without ../shared, deterministic synthetic lines of the same shape.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { applyAmendment, rollup, type Amendment, type BudgetDocument, type BudgetLine, type Mutation } from "../src/budget/index.js";
import { euro, multiply, type Cents } from "../src/money/index.js";
import type { Scenario } from "./harness.js";

const CSV = join(import.meta.dirname, "..", "..", "shared", "data", "cbs-iv3-2023-jaarrekening-gemeenten-per-taakveld.csv");

interface Seed {
  readonly gemeente: string;
  readonly taakveld: string;
  readonly expenses: Cents;
  readonly revenue: Cents;
}

function seeds(): Seed[] {
  if (existsSync(CSV)) {
    const rows = parse(readFileSync(CSV, "utf8"), { columns: true, delimiter: ";", bom: true }) as Record<string, string>[];
    return rows
      .filter((row) => row["Gemeenten"] !== "Nederland")
      .map((row) => ({
        gemeente: row["Gemeenten"] as string,
        taakveld: (row["Taakveld"] as string).split(" ")[0] as string,
        expenses: multiply(euro(row["Lasten"] as string), 1000, "halfUp"),
        revenue: multiply(euro(row["Baten"] as string), 1000, "halfUp"),
      }));
  }
  const taakvelden = ["0.1", "0.2", "0.4", "0.5", "0.61", "0.7", "0.8", "0.10", "0.11", "1.1", "2.1", "3.1", "4.2", "5.2", "6.1", "6.71a", "7.1", "8.3"];
  const out: Seed[] = [];
  let state = 42;
  for (let g = 0; g < 342; g++) {
    for (const taakveld of taakvelden) {
      state = (state * 1103515245 + 12345) % 2147483648;
      out.push({ gemeente: `gemeente-${g}`, taakveld, expenses: (state % 5_000_000_00) as Cents, revenue: ((state >> 3) % 5_000_000_00) as Cents });
    }
  }
  return out;
}

/** `count` lines: the seeds again and again, each pass in another year, with the programme a hoofdtaakveld (or the gemeente). */
function lines(base: readonly Seed[], count: number, programme: (seed: Seed) => string): BudgetLine[] {
  const out: BudgetLine[] = [];
  for (let i = 0; i < count; i++) {
    const seed = base[i % base.length] as Seed;
    const pass = Math.floor(i / base.length);
    out.push({ programme: programme(seed), taakveld: seed.taakveld, year: 2023 + (pass % 4), phase: "realisatie", expenses: seed.expenses, revenue: seed.revenue, nature: "structureel" });
  }
  return out;
}

/** The simplest correct code for the same rollup: a Map keyed by a composite string. */
function handRollup(data: readonly BudgetLine[]): Map<string, { expenses: number; revenue: number }> {
  const groups = new Map<string, { expenses: number; revenue: number }>();
  for (let i = 0; i < data.length; i++) {
    const line = data[i] as BudgetLine;
    const key = `${line.programme}\u001f${line.taakveld}\u001f${line.year}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { expenses: 0, revenue: 0 }));
    group.expenses += line.expenses;
    group.revenue += line.revenue;
  }
  return groups;
}

function sameTotals(data: readonly BudgetLine[]): void {
  const hand = handRollup(data);
  const ours = rollup(data, { by: ["programme", "taakveld", "year"] });
  if (ours.rows.length !== hand.size) throw new Error(`rollup: ${ours.rows.length} groups, hand-written: ${hand.size}`);
  for (const row of ours.rows) {
    const h = hand.get(`${row.key.programme}\u001f${row.key.taakveld}\u001f${row.key.year}`);
    if (h === undefined || h.expenses !== row.expenses || h.revenue !== row.revenue) throw new Error(`rollup disagrees for ${JSON.stringify(row.key)}`);
  }
}

export function scenarios(): Scenario[] {
  const base = seeds();
  const byHoofdtaakveld = lines(base, 1_000_000, (seed) => `ht-${seed.taakveld.split(".")[0] as string}`);
  const byGemeente = lines(base, 1_000_000, (seed) => seed.gemeente);

  // A 100,000-line budget with 12 programmes, and 1,000 amendments of 10 mutations each.
  const budgetLines = lines(base, 100_000, (seed) => `ht-${seed.taakveld.split(".")[0] as string}`).map((line) => ({ ...line, phase: "primitief" }));
  const doc: BudgetDocument = {
    budgetYear: 2024,
    programmes: [...new Set(budgetLines.map((l) => l.programme))].map((code) => ({ code, name: code })),
    taakvelden: [...new Set(budgetLines.map((l) => l.taakveld))],
    phases: [{ id: "primitief", kind: "original" }],
    lines: budgetLines,
    amendments: [],
  };
  const amendments: Amendment[] = Array.from({ length: 1000 }, (_, k) => ({
    id: `bw-${k + 1}`,
    number: k + 1,
    date: "2024-06-27",
    decision: `RB-2024-${k + 1}`,
    mutations: Array.from({ length: 10 }, (_, j): Mutation => {
      const line = budgetLines[(k * 10 + j) * 7 % budgetLines.length] as BudgetLine;
      return { programme: line.programme, taakveld: line.taakveld, year: 2024, expenses: ((k + j) * 100) as Cents, revenue: 0 as Cents, nature: "incidenteel" };
    }),
  }));
  const withImmer = (): BudgetDocument => amendments.reduce((d, a) => applyAmendment(d, a).document, doc);
  const byHand = (): BudgetDocument => amendments.reduce((d, a) => ({ ...d, amendments: [...d.amendments, a] }), doc);

  return [
    {
      name: "rollup of 1,000,000 lines by programme × taakveld × year (12 programmes)",
      baselineName: "hand-written Map loop, composite string key",
      baseline: () => handRollup(byHoofdtaakveld),
      candidate: () => rollup(byHoofdtaakveld, { by: ["programme", "taakveld", "year"] }),
      target: { atMost: 1.5 },
      check: () => sameTotals(byHoofdtaakveld),
    },
    {
      name: "rollup of 1,000,000 lines by programme × taakveld × year (342 programmes, ~97k groups)",
      baselineName: "hand-written Map loop, composite string key",
      baseline: () => handRollup(byGemeente),
      candidate: () => rollup(byGemeente, { by: ["programme", "taakveld", "year"] }),
      target: { atMost: 1.5 },
      check: () => sameTotals(byGemeente),
    },
    {
      name: "apply 1,000 amendments × 10 mutations to a 100,000-line budget (checked, with patches)",
      baselineName: "hand-written immutable update (spread, no checks, no patches)",
      baseline: byHand,
      candidate: withImmer,
      check: () => {
        const a = withImmer();
        const b = byHand();
        if (a.amendments.length !== 1000 || JSON.stringify(a.amendments) !== JSON.stringify(b.amendments) || a.lines !== doc.lines) throw new Error("amendment results differ");
      },
    },
  ];
}
