// Budget layer benchmarks: rollups of a million lines, and applying amendments with immer.
// Data: the real CBS Iv3 jaarrekening 2023 (../shared/data), replicated over years to reach a million lines;
// without ../shared, deterministic synthetic lines of the same shape.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { applyAmendment, BudgetLinesSchema, rollup, validateBudgetLines, type Amendment, type BudgetDocument, type BudgetLine, type Mutation } from "../src/budget/index.js";
import { euro, multiply, type Cents } from "../src/money/index.js";
import type { Growth, Scenario } from "./harness.js";

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

/** The lines as `JSON.parse` gives them (plain objects of unknown type), read in chunks to keep the text small. */
function asJson(data: readonly BudgetLine[]): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < data.length; i += 50_000) for (const line of JSON.parse(JSON.stringify(data.slice(i, i + 50_000))) as unknown[]) out.push(line);
  return out;
}

/**
 * The type guard one writes by hand: typeof per field, no ranges, no empty-string or optional-key checks, no
 * messages. It accepts every line the schema accepts (and some it rejects).
 */
function handCheck(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as Record<string, unknown> | null;
    if (
      typeof v !== "object" ||
      v === null ||
      typeof v["programme"] !== "string" ||
      typeof v["taakveld"] !== "string" ||
      typeof v["phase"] !== "string" ||
      !Number.isInteger(v["year"]) ||
      !Number.isSafeInteger(v["expenses"]) ||
      !Number.isSafeInteger(v["revenue"]) ||
      (v["nature"] !== "structureel" && v["nature"] !== "incidenteel")
    ) {
      return false;
    }
  }
  return true;
}

const hoofdtaakveldProgramme = (seed: Seed): string => `ht-${seed.taakveld.split(".")[0] as string}`;

let cache: { readonly base: Seed[]; readonly byHoofdtaakveld: BudgetLine[]; readonly json: unknown[] } | undefined;
/** The data shared by the scenarios and the growth series, made once. */
function data(): NonNullable<typeof cache> {
  if (cache === undefined) {
    const base = seeds();
    const byHoofdtaakveld = lines(base, 1_000_000, hoofdtaakveldProgramme);
    cache = { base, byHoofdtaakveld, json: asJson(byHoofdtaakveld) };
  }
  return cache;
}

export function growth(): Growth[] {
  const { byHoofdtaakveld, json } = data();
  const sizes = [10_000, 100_000, 1_000_000];
  const slices = sizes.map((n) => ({ n, lines: byHoofdtaakveld.slice(0, n), json: json.slice(0, n) }));
  cache = undefined; // growth runs after the scenarios: from here on only the closures below hold the data
  return [
    { name: "rollup by programme × taakveld × year (12 programmes)", sizes: slices.map(({ n, lines }) => ({ lines: n, run: () => rollup(lines, { by: ["programme", "taakveld", "year"] }) })) },
    { name: "validateBudgetLines", sizes: slices.map(({ n, json }) => ({ lines: n, run: () => validateBudgetLines(json) })) },
    { name: "validateBudgetLines, copy: true", sizes: slices.map(({ n, json }) => ({ lines: n, run: () => validateBudgetLines(json, { copy: true }) })) },
  ];
}

export function scenarios(): Scenario[] {
  const { base, byHoofdtaakveld, json } = data();
  const byGemeente = lines(base, 1_000_000, (seed) => seed.gemeente);
  // One line in a thousand broken (amounts in euros with a decimal comma, as a careless export gives them).
  const withErrors = json.map((line, i) => (i % 1000 === 999 ? { ...(line as object), expenses: "1.234,56" } : line));
  const zodParse = (values: unknown): boolean => BudgetLinesSchema.safeParse(values).success;

  // A 100,000-line budget with 12 programmes, and 1,000 amendments of 10 mutations each.
  const budgetLines = lines(base, 100_000, hoofdtaakveldProgramme).map((line) => ({ ...line, phase: "primitief" }));
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
      name: "validate 1,000,000 budget lines read from JSON (validateBudgetLines)",
      baselineName: "hand-written type check (typeof per field, no ranges, no messages)",
      baseline: () => handCheck(json),
      candidate: () => validateBudgetLines(json),
      target: { atMost: 5 },
      check: () => {
        const result = validateBudgetLines(json);
        if (!handCheck(json) || !result.ok || result.value !== json) throw new Error("validateBudgetLines or the hand check rejects the lines");
        if (handCheck(withErrors) || validateBudgetLines(withErrors).ok) throw new Error("a broken line was accepted");
      },
      note:
        "validateBudgetLines checks all that BudgetLineSchema checks (non-empty codes, the year's range, optional keys with `in`), which the hand-written guard skips; " +
        "on valid lines it copies nothing and calls zod for nothing, so it stays close to the guard. Its acceptance equals the schema's (fast-check properties in test/budget/validateBudgetLines.test.ts).",
    },
    {
      name: "validate 1,000,000 budget lines read from JSON (validateBudgetLines)",
      baselineName: "plain zod array parse (BudgetLinesSchema.safeParse)",
      rounds: 3, // zod takes seconds per parse; the ratio is far from any target
      baseline: () => zodParse(json),
      candidate: () => validateBudgetLines(json),
      check: () => {
        if (!zodParse(json)) throw new Error("zod rejects the lines");
      },
    },
    {
      name: "validate and copy 1,000,000 lines, the schema's output (validateBudgetLines, copy: true; as parseBudget reads lines)",
      baselineName: "plain zod array parse (BudgetLinesSchema.safeParse)",
      rounds: 3, // zod takes seconds per parse; the ratio is far from any target
      baseline: () => zodParse(json),
      candidate: () => validateBudgetLines(json, { copy: true }),
      check: () => {
        const ours = validateBudgetLines(json, { copy: true });
        const theirs = BudgetLinesSchema.safeParse(json);
        if (!ours.ok || !theirs.success || ours.value.length !== theirs.data.length) throw new Error("copy disagrees with zod");
        for (let i = 0; i < json.length; i += 997) if (JSON.stringify(ours.value[i]) !== JSON.stringify(theirs.data[i])) throw new Error(`copy disagrees with zod at ${i}`);
      },
      note:
        "Copying costs far more than checking: a million new objects that stay alive, so the garbage collector promotes and scans them (compare this row's opkoers time with the hand-written check in the first validation row). " +
        "That is why validateBudgetLines does not copy by default.",
    },
    {
      name: "validate 1,000,000 lines of which 1,000 are broken (issues with paths)",
      baselineName: "plain zod array parse (BudgetLinesSchema.safeParse)",
      rounds: 3, // zod takes seconds per parse; the ratio is far from any target
      baseline: () => zodParse(withErrors),
      candidate: () => validateBudgetLines(withErrors),
      check: () => {
        const ours = validateBudgetLines(withErrors);
        const theirs = BudgetLinesSchema.safeParse(withErrors);
        if (ours.ok || theirs.success || ours.issues.length !== 1000 || JSON.stringify(ours.issues) !== JSON.stringify(theirs.error.issues.map(({ path, code, message }) => ({ path, code, message })))) {
          throw new Error("the issues differ from zod's");
        }
      },
      note: "The fast test finds the 1,000 broken lines; only those go to the zod schema, whose issues (code, message, path) are returned unchanged.",
    },
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
      note:
        "No target (the issue sets none): applyAmendment reads each amendment with AmendmentSchema (zod), checks it against the document as parseBudget does, stores a frozen copy and records the patches for the audit trail and undo; " +
        "the baseline only appends the amendment. Both leave the 100,000 lines shared, not copied.",
    },
  ];
}
