// One cross-cutting fuzz suite over every public entry point that reads outside data (issue 8, "Robustness").
// The layer suites fuzz each reader on its own terms (test/policy/parse.test.ts, test/budget/parseBudget.test.ts,
// test/io/csv.test.ts, test/io/iv3.test.ts, test/cli/cli.test.ts); this one holds all six to the same four
// promises, with the same hostile inputs (./arbitraries.ts):
//
// 1. it never throws anything but the documented error — the data never makes a reader throw; only options that
//    are documented to throw (`invalid_option`) may, and then only as a DomainError with that code; a result is
//    `{ ok, value }` or `{ ok: false, issues }` with issues that have a path, a documented code and a message;
// 2. it never hangs: every call is timed with performance.now() and must finish within BOUND_REFERENCES times a
//    reference workload measured in the same process (see there), not within a fixed number of milliseconds;
// 3. it never pollutes a prototype: Object, Array, Function, String and Number prototypes are compared
//    property by property before and after every call;
// 4. it never returns a wrong amount: every number it returns is finite, every amount is a safe integer, and
//    equals an independent reading of the input (the JSON number itself; for Iv3 and CSV text, BigInt arithmetic
//    on the digits, see readThousands / readDutch / readDot).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseBudget } from "opkoers/budget";
import { bundledExample, runCli } from "opkoers/cli";
import { isDomainError, parseBudgetCsv, parseIv3Delivery, type CsvImportOptions } from "opkoers/io";
import { parsePlanningDocument } from "opkoers/policy";
import { parseReportInput } from "opkoers/report";
import { memoryIo } from "../cli/_io.js";
import {
  AMOUNT_KEYS,
  amountRow,
  applyEdits,
  at,
  cloneJson,
  csvCell,
  csvRow,
  deepValue,
  dutchNumber,
  edits,
  hostileJsonValue,
  hostileKey,
  hostileValue,
  hugeNumber,
  longString,
  nested,
  numbersIn,
  oddUnicode,
  pollutionBetween,
  prototypeSnapshot,
  quoteCell,
  readDot,
  readDutch,
  readThousands,
  type Unit,
} from "./arbitraries.js";

/**
 * The time one call may take, as a multiple of a reference workload measured in this process, not a fixed
 * number of milliseconds (the machines are shared and noisy: a loaded machine slows the reference alike). The
 * reference is JSON.parse(JSON.stringify(…)) of 10,000 budget-line-like objects (about 1.5 MB of JSON), no
 * opkoers code; a median of 20 ms on this two-core machine when quiet (load 0.1; five runs of 13–31 ms, the
 * same loop as referenceMs in a bare `node` script). The largest generated input (a 20,000-character string,
 * 3,000 levels of nesting, a 100,000-level JSON text for the CLI) is read in well under 0.5 s there (csv-parse
 * needs ~2.5 µs per character of one long field), typical inputs in under 5 ms: under 25 and 0.25 references.
 * BOUND_REFERENCES = 150 (about 3 s on that machine) is far below what accidental quadratic work on
 * a 20,000-character input (4 · 10⁸ steps) or a regular expression that backtracks exponentially would take.
 * When a call exceeds the bound, the reference is measured again at once and the larger of the two counts, so a
 * burst of load from a neighbour is not taken for a hang. A real endless loop does not return to be measured:
 * vitest's testTimeout ends that run, which fails it just as well.
 */
const BOUND_REFERENCES = 150;
const REFERENCE_DATA = Array.from({ length: 10_000 }, (_, i) => ({ programme: `p${i % 12}`, taakveld: `${i % 9}.${i % 7}`, year: 2024, phase: "primitief", expenses: i * 1009, revenue: i * 17, nature: i % 2 === 0 ? "structureel" : "incidenteel", description: `regel ${i}` }));

/** The median time of the reference workload, in milliseconds, over `runs` runs. */
function referenceMs(runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    if ((JSON.parse(JSON.stringify(REFERENCE_DATA)) as unknown[]).length !== REFERENCE_DATA.length) throw new Error("reference workload");
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[Math.floor(runs / 2)] as number;
}
const REFERENCE_MS = referenceMs();

/** Guard 2: the call took at most BOUND_REFERENCES references (measured again before it counts as too slow). */
function expectWithinBound(ms: number): void {
  if (ms <= BOUND_REFERENCES * REFERENCE_MS) return;
  const reference = Math.max(REFERENCE_MS, referenceMs());
  expect(ms / reference, `${ms.toFixed(0)} ms for one input, ${(ms / reference).toFixed(0)} references of ${reference.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND_REFERENCES);
}

// zod's issue codes, which every JSON reader passes on for structure problems.
const ZOD_CODES = ["invalid_type", "too_big", "too_small", "invalid_format", "not_multiple_of", "unrecognized_keys", "invalid_union", "invalid_key", "invalid_element", "invalid_value", "custom"];
// The codes each reader documents beyond zod's (its TSDoc).
const BUDGET_CODES = [...ZOD_CODES, "duplicate", "amendment_phase", "quarter_not_actual", "invalid_taakveld", "unknown_programme", "unknown_taakveld", "unknown_reserve", "reserve_outside_0_10", "unknown_phase"];
const DOCUMENTED = {
  planning: [...ZOD_CODES, "parse_failed"],
  budget: BUDGET_CODES,
  report: [...BUDGET_CODES, "parse_failed", "empty", "unknown_scale", "unknown_policy", "year_mismatch"],
  iv3: [...ZOD_CODES, "fraction_of_cent", "amount_out_of_range", "invalid_boekjaar", "empty_code"],
  csv: ["csv_syntax", "column_count", "invalid_encoding", "missing_column", "ambiguous_column", "missing_value", "invalid_amount_text", "fraction_of_cent", "amount_out_of_range", "invalid_taakveld", "invalid_categorie", "invalid_side", "invalid_year"],
} as const;

interface Outcome<T> {
  readonly value?: T;
  readonly thrown?: unknown;
}

/** Run one call under the guards 1–3: time bound, no pollution, nothing thrown but a DomainError with an allowed code. */
function guarded<T>(run: () => T, allowedThrows: readonly string[] = []): Outcome<T> {
  const before = prototypeSnapshot();
  const start = performance.now();
  let outcome: Outcome<T>;
  try {
    outcome = { value: run() };
  } catch (error) {
    outcome = { thrown: error };
  }
  const ms = performance.now() - start;
  expect(pollutionBetween(before, prototypeSnapshot()), "prototype pollution").toEqual([]);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expectWithinBound(ms);
  if ("thrown" in outcome) {
    const error = outcome.thrown;
    expect(isDomainError(error) && allowedThrows.includes(error.code), `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`).toBe(true);
  }
  return outcome;
}

/** The same for a promise (runCli). */
async function guardedAsync<T>(run: () => Promise<T>): Promise<T> {
  const before = prototypeSnapshot();
  const start = performance.now();
  const value = await run(); // a rejection fails the test: runCli documents that it never throws
  const ms = performance.now() - start;
  expect(pollutionBetween(before, prototypeSnapshot()), "prototype pollution").toEqual([]);
  expectWithinBound(ms);
  return value;
}

type Result = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly { readonly path: readonly unknown[]; readonly code: string; readonly message: string }[] };

/** The shape of a ParseResult, the documented issue codes, and no NaN or infinity anywhere in a value. */
function expectResult(result: Result | undefined, codes: readonly string[]): void {
  expect(result).toBeDefined();
  const r = result as Result;
  expect(typeof r.ok).toBe("boolean");
  if (!r.ok) {
    expect(r.issues.length).toBeGreaterThan(0);
    for (const issue of r.issues) {
      expect(Array.isArray(issue.path) && issue.path.every((p) => typeof p === "string" || typeof p === "number"), JSON.stringify(issue.path)).toBe(true);
      expect(codes, issue.message).toContain(issue.code);
      expect(typeof issue.message === "string" && issue.message.length > 0).toBe(true);
    }
    return;
  }
  for (const [path, n] of numbersIn(r.value)) expect(Number.isFinite(n), path.join(".")).toBe(true);
}

/** Guard 4 for JSON documents: every amount returned is a safe integer and the very number at the same place in the input. */
function expectAmountsFromInput(value: unknown, source: unknown): number {
  let count = 0;
  for (const [path, n] of numbersIn(value)) {
    if (!AMOUNT_KEYS.has(String(path[path.length - 1]))) continue;
    count++;
    expect(Number.isSafeInteger(n), `${path.join(".")} = ${n}`).toBe(true);
    expect(at(source, path) === n, `${path.join(".")}: ${n} returned for ${String(at(source, path))}`).toBe(true); // === : a -0 may come back as 0
  }
  return count;
}

// Valid seeds: the bundled example (two report envelopes, one with a budget), an Iv3 delivery.
const ENVELOPES = cloneJson(bundledExample()) as unknown as readonly Record<string, unknown>[];
const WITH_BUDGET = ENVELOPES.find((e) => e["budget"] !== undefined) as Record<string, unknown>;
const PLANNING = WITH_BUDGET["planning"];
const BUDGET = WITH_BUDGET["budget"];
const IV3 = {
  metadata: { overheidslaag: "Gemeente", overheidsnummer: "0034", overheidsnaam: "Almere", boekjaar: 2023, periode: 5, status: "Realisatie", datum: "2024-07-10T09:00:00Z", details_openbaar: false, financieel_pakket: "onbekend", export_software: "opkoers" },
  contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" },
  data: {
    lasten: [
      { taakveld: "0.1", categorie: "1.1", bedrag: 12.5 },
      { taakveld: "6.71a", categorie: "4.3.1", bedrag: -3 },
    ],
    baten: [{ taakveld: "0.10", categorie: "7.4", bedrag: 1_000_000 }],
    balans_lasten: [],
    balans_baten: [],
    balans_standen: [],
  },
};

it("the seeds are valid, so that edits of them reach past the first check", () => {
  for (const [name, result] of [
    ["planning", parsePlanningDocument(PLANNING)],
    ["budget", parseBudget(BUDGET)],
    ["report", parseReportInput(ENVELOPES)],
    ["iv3", parseIv3Delivery(IV3)],
  ] as const) {
    expect([name, result.ok ? [] : result.issues]).toEqual([name, []]);
  }
  expect(expectAmountsFromInput((parseBudget(BUDGET) as { value: unknown }).value, BUDGET)).toBeGreaterThan(10);
});

/** Anything at all, or a seed with hostile edits: the inputs of every JSON reader. */
const inputFor = (seed: unknown): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: hostileValue, weight: 1 }, { arbitrary: edits().map((list) => applyEdits(seed, list)), weight: 3 });

describe("parsePlanningDocument", () => {
  test.prop([inputFor(PLANNING)])("guards 1–4", (input) => {
    const { value } = guarded(() => parsePlanningDocument(input));
    expectResult(value, DOCUMENTED.planning);
    if (value?.ok === true) expectAmountsFromInput(value.value, input);
  });
});

describe("parseBudget", () => {
  test.prop([inputFor(BUDGET)])("guards 1–4", (input) => {
    const { value } = guarded(() => parseBudget(input));
    expectResult(value, DOCUMENTED.budget);
    if (value?.ok === true) expectAmountsFromInput(value.value, input);
  });

  test.prop([fc.array(fc.tuple(fc.nat(), fc.oneof(hugeNumber, fc.constantFrom<unknown>("1.234,56", "12", 1e21, -0, 0.5, 2 ** 53))), { minLength: 1, maxLength: 4 })])("amounts at the edges: accepted only as safe whole cents, and then unchanged", (changes) => {
    // Put the values on amount keys only, where the first property hardly ever lands by chance.
    const doc = cloneJson(BUDGET) as { lines: Record<string, unknown>[] };
    for (const [i, v] of changes) (doc.lines[i % doc.lines.length] as Record<string, unknown>)[i % 2 === 0 ? "expenses" : "revenue"] = v;
    const { value } = guarded(() => parseBudget(doc));
    expectResult(value, DOCUMENTED.budget);
    const allSafe = doc.lines.every((l) => Number.isSafeInteger(l["expenses"]) && Number.isSafeInteger(l["revenue"]));
    expect(value?.ok).toBe(allSafe);
    if (value?.ok === true) expectAmountsFromInput(value.value, doc);
  });
});

describe("parseReportInput", () => {
  const input = fc.oneof(inputFor(ENVELOPES), inputFor(WITH_BUDGET), inputFor(PLANNING));
  test.prop([input])("guards 1–4", (json) => {
    const { value } = guarded(() => parseReportInput(json));
    expectResult(value, DOCUMENTED.report);
    if (value?.ok !== true) return;
    const envelopes = Array.isArray(json) ? json : [json];
    value.value.forEach((report, i) => {
      const envelope = envelopes[i] as Record<string, unknown>;
      const bare = !Object.hasOwn(envelope, "planning");
      expectAmountsFromInput(report.planning, bare ? envelope : envelope["planning"]);
      if (report.budget !== undefined) expectAmountsFromInput(report.budget, envelope["budget"]);
    });
  });
});

describe("parseIv3Delivery", () => {
  const bedragen = fc.array(fc.oneof(hugeNumber, fc.double(), fc.constantFrom<unknown>("12,5", "1e3", null, 12.345, 0.00001, 9_007_199_254.740991)), { minLength: 1, maxLength: 4 });
  const withBedragen = bedragen.map((values) => {
    const doc = cloneJson(IV3);
    doc.data.lasten = values.map((bedrag, i) => ({ taakveld: "0.1", categorie: String(i), bedrag: bedrag as number }));
    return doc;
  });

  test.prop([fc.oneof(inputFor(IV3), withBedragen)])("guards 1–4", (json) => {
    const { value } = guarded(() => parseIv3Delivery(json));
    expectResult(value, DOCUMENTED.iv3);
    if (value?.ok !== true) return;
    const source = json as typeof IV3;
    const cells = [...source.data.lasten, ...source.data.baten];
    expect(value.value.lines).toHaveLength(cells.length);
    value.value.lines.forEach((line, i) => {
      const bedrag = (cells[i] as { bedrag: number }).bedrag;
      const lasten = i < source.data.lasten.length;
      expect(Number.isSafeInteger(line.expenses) && Number.isSafeInteger(line.revenue)).toBe(true);
      expect([BigInt(line.expenses), BigInt(line.revenue)]).toEqual(lasten ? [readThousands(bedrag), 0n] : [0n, readThousands(bedrag)]);
    });
  });

  test.prop([fc.record({ phase: hostileValue, nature: hostileValue, programme: hostileValue }, { requiredKeys: [] })])("bad options throw only invalid_option", (options) => {
    const { value } = guarded(() => parseIv3Delivery(IV3, options as never), ["invalid_option"]);
    if (value !== undefined) expectResult(value, DOCUMENTED.iv3);
  });
});

describe("parseBudgetCsv", () => {
  const format = fc.record({
    numberFormat: fc.constantFrom<"dutch" | "dot">("dutch", "dot"),
    unit: fc.constantFrom<Unit>("euro", "thousand", "million"),
    signs: fc.constantFrom<"asWritten" | "revenueNegative" | "expensesNegative">("asWritten", "revenueNegative", "expensesNegative"),
    delimiter: fc.constantFrom<";" | "," | "\t">(";", ",", "\t"),
    newline: fc.constantFrom("\n", "\r\n"),
  });
  const optionsOf = (f: { numberFormat: "dutch" | "dot"; unit: Unit; signs: "asWritten" | "revenueNegative" | "expensesNegative"; delimiter: ";" | "," | "\t" }): CsvImportOptions => ({
    columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten" },
    numberFormat: f.numberFormat,
    unit: f.unit,
    signs: f.signs,
    delimiter: f.delimiter,
    year: 2025,
    phase: "begroting",
  });

  // A row as its writer meant it (cells; rows longer and shorter than the header too), and per cell whether it
  // is written in quotes. A cell without quotes that holds a quote or a line end would change the records, so it
  // is always quoted; a cell that holds the separator is left bare only in a row of the header's length, where it
  // makes the row longer (a Dutch decimal comma in a comma file, a ";" in a description): such a row can only be
  // an issue. (In a shorter row it could make up the missing cells: a file no reader can tell from a good one.)
  const shapedRow = fc.oneof(
    { arbitrary: amountRow, weight: 4 },
    { arbitrary: csvRow, weight: 2 },
    { arbitrary: fc.tuple(amountRow, fc.boolean(), csvCell).map(([cells, shorter, extra]) => (shorter ? cells.slice(0, 2) : [...cells, extra])), weight: 1 },
  );
  const writtenRow = fc.record({ cells: shapedRow, bare: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }) });
  const HEADER = ["Taakveld", "Lasten", "Baten"];
  const isBlank = (cells: readonly string[]): boolean => cells.length === 0 || (cells.length === 1 && (cells[0] as string).trim() === "");

  test.prop([fc.oneof(fc.array(writtenRow, { minLength: 1, maxLength: 3 }), fc.array(writtenRow, { maxLength: 12 })), format])(
    "guards 1–4 on files of hostile cells, quoted or not, rows of any length: anything read is exactly the amounts written, anything else an issue at its line",
    (rows, f) => {
      let splitRow = false;
      const texts = rows.map(({ cells, bare }) =>
        cells
          .map((cell, i) => {
            const plain = bare[i] === true && !/["\r\n]/.test(cell) && (cells.length === HEADER.length || !cell.includes(f.delimiter));
            if (plain && cell.includes(f.delimiter)) splitRow = true;
            return plain ? cell : quoteCell(cell);
          })
          .join(f.delimiter),
      );
      const text = [HEADER.join(f.delimiter), ...texts].join(f.newline);
      // An independent count of the file line each row starts on.
      let at = 2;
      const starts = texts.map((t) => {
        const start = at;
        at += (`${t}${f.newline}`.match(/\r\n|\n|\r/g) ?? []).length;
        return start;
      });
      const { value } = guarded(() => parseBudgetCsv(text, optionsOf(f)));
      expectResult(value, DOCUMENTED.csv);
      const meant = rows.map((row, i) => ({ cells: row.cells, line: starts[i] as number })).filter((row) => !isBlank(row.cells));
      if (value?.ok !== true) {
        // Every row of another length than the header (and not split by a bare separator) is an issue at its line.
        const lines = value?.ok === false ? value.issues.filter((issue) => issue.code === "column_count").map((issue) => issue.path[0]) : [];
        for (const row of meant) if (row.cells.length !== HEADER.length) expect(lines, JSON.stringify(row)).toContain(row.line);
        return;
      }
      expect(splitRow, "a row with a bare separator in a cell was read").toBe(false);
      expect(value.value.lines).toHaveLength(meant.length);
      expect(value.value.rows).toEqual(meant.map((row) => row.line));
      const read = f.numberFormat === "dutch" ? readDutch : readDot;
      value.value.lines.forEach((line, i) => {
        const cells = (meant[i] as { cells: string[] }).cells;
        expect(cells, "a row of another length than the header was read").toHaveLength(HEADER.length);
        const expected = (cell: string | undefined, negate: boolean): bigint | undefined => {
          if (cell === undefined || cell.trim() === "") return 0n; // documented: an empty amount cell is 0 (emptyAmount "zero")
          const cents = read(cell, f.unit);
          return cents === undefined ? undefined : negate ? -cents : cents;
        };
        expect(Number.isSafeInteger(line.expenses) && Number.isSafeInteger(line.revenue)).toBe(true);
        expect(line.taakveld).toBe(cells[0]?.trim());
        expect([BigInt(line.expenses), BigInt(line.revenue)], JSON.stringify(cells)).toEqual([expected(cells[1], f.signs === "expensesNegative"), expected(cells[2], f.signs === "revenueNegative")]);
      });
    },
  );

  test.prop([fc.array(fc.tuple(fc.constantFrom("0.1", "6.71a", "7.1"), dutchNumber, dutchNumber), { minLength: 1, maxLength: 6 }), fc.constantFrom<Unit>("euro", "thousand")])(
    "Dutch amounts in a comma file without quotes: read exactly when no amount has a comma, else an issue that names the split",
    (rows, unit) => {
      const text = ["Taakveld,Lasten,Baten", ...rows.map((cells) => cells.join(","))].join("\n");
      const { value } = guarded(() => parseBudgetCsv(text, { ...optionsOf({ numberFormat: "dutch", unit, signs: "asWritten", delimiter: "," }) }));
      expectResult(value, DOCUMENTED.csv);
      rows.forEach((cells, i) => {
        if (!cells.some((cell) => cell.includes(","))) return;
        const issue = value?.ok === false ? value.issues.find((found) => found.path[0] === i + 2) : undefined;
        expect(issue?.code, JSON.stringify(cells)).toBe("column_count");
        if (/^\(?-?(€ )?[0-9.]+,[0-9]+\)?$/.test(cells[1] as string)) expect(issue?.message).toContain("Dutch amounts with a decimal comma");
      });
      if (value?.ok === true) {
        expect(value.value.lines.map((line) => [BigInt(line.expenses), BigInt(line.revenue)])).toEqual(rows.map((cells) => [readDutch(cells[1], unit), readDutch(cells[2], unit)]));
      }
    },
  );

  test.prop([fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string().map((t) => new TextEncoder().encode(`Taakveld;Lasten;Baten\n${t}`))), fc.constantFrom<CsvImportOptions["encoding"]>(undefined, "utf-8", "windows-1252", "utf-16le", "utf-16be")])(
    "guards 1–3 on any bytes, in any encoding",
    (bytes, encoding) => {
      const { value } = guarded(() => parseBudgetCsv(bytes, { ...optionsOf({ numberFormat: "dutch", unit: "euro", signs: "asWritten", delimiter: ";" }), ...(encoding === undefined ? {} : { encoding }) }));
      expectResult(value, DOCUMENTED.csv);
    },
  );

  test.prop([fc.oneof(fc.string(), fc.string({ unit: "binary" }), longString, oddUnicode), format])("guards 1–3 on any text at all", (text, f) => {
    const { value } = guarded(() => parseBudgetCsv(text, optionsOf(f)));
    expectResult(value, DOCUMENTED.csv);
  });

  const columns = fc.dictionary(hostileKey, hostileValue, { maxKeys: 4 }).map((extra) => ({ taakveld: "Taakveld", expenses: "Lasten", ...extra }));
  test.prop([fc.record({ columns: fc.oneof(columns, hostileValue), numberFormat: hostileValue, unit: hostileValue, signs: hostileValue, delimiter: hostileValue, year: hostileValue, phase: hostileValue, sideValues: hostileValue, header: hostileValue }, { requiredKeys: ["columns"] })])(
    "bad options throw only invalid_option",
    (options) => {
      const { value } = guarded(() => parseBudgetCsv('"Taakveld";"Lasten"\n"0.1";"1.234,5"\n', options as never), ["invalid_option"]);
      if (value !== undefined) expectResult(value, DOCUMENTED.csv);
    },
  );
});

describe("runCli", () => {
  const COMMANDS = [["validate"], ["report"], ["report", "--format", "html"], ["iv3", "--boekjaar", "2024"], ["validate", "--year", "2024", "--phase", "begroting"]] as const;
  const json = (value: unknown): string => {
    try {
      return JSON.stringify(value) ?? "null";
    } catch {
      return "null"; // a bigint or a cycle: not JSON, the library readers above get those
    }
  };
  const file = fc.oneof(
    { arbitrary: inputFor(ENVELOPES).map(json), weight: 3 },
    { arbitrary: inputFor(BUDGET).map(json), weight: 2 },
    { arbitrary: inputFor(IV3).map(json), weight: 2 },
    { arbitrary: fc.array(csvRow, { maxLength: 6 }).map((rows) => [["Taakveld", "Lasten", "Baten"], ...rows].map((r) => r.map(quoteCell).join(";")).join("\n")), weight: 2 },
    { arbitrary: fc.oneof(longString, oddUnicode, deepValue.map(json), fc.constantFrom(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, `{"a":${"[".repeat(100_000)}`, "\ufeff{}", "")), weight: 1 },
  );

  test.prop([file, fc.constantFrom(...COMMANDS), fc.constantFrom("in.json", "in.csv", "in")])("guards 1–3 on hostile files: exit 0, 1 or 2, problems in sentences, never an internal error", async (content, command, name) => {
    const io = memoryIo({ [name]: content });
    const code = await guardedAsync(() => runCli([command[0], name, ...command.slice(1)], io));
    expect([0, 1, 2]).toContain(code);
    expect(io.err()).not.toMatch(/interne fout|internal error|\n\s+at /);
  });

  const arg = fc.oneof(fc.constantFrom("--__proto__", "--constructor", "--prototype=1", "-", "--", "--lang", "--as-of", "--boekjaar", "--year", "--unit", "--out", "-o", "--format", "--window", "--scale"), hostileKey, oddUnicode, fc.string({ maxLength: 10 }), fc.constantFrom("nl", "en", "2024", "1e3", "-1", "2024-02-30", "in.json", "../in.json"));
  test.prop([fc.constantFrom("validate", "report", "iv3", "schema", "--lang", "help", "__proto__", "constructor", "toString"), fc.array(arg, { maxLength: 6 })])("guards 1–3 on hostile arguments", async (first, rest) => {
    const io = memoryIo({ "in.json": JSON.stringify(ENVELOPES) });
    const code = await guardedAsync(() => runCli([first, ...rest], io));
    expect([0, 1, 2]).toContain(code);
    expect(io.err()).not.toMatch(/interne fout|internal error|\n\s+at /);
  });
});

describe("what the fuzzing found", () => {
  // `opkoers --lang nl` (no command) and `opkoers -x -y --lang nl` rotated their arguments for ever:
  // a stack overflow, reported as an internal error or thrown out of runCli.
  it.each([
    [["--lang", "nl"], 2],
    [["--lang=en"], 2],
    [["--lang", "en", "--lang", "nl"], 2],
    [["-x", "-y", "--lang", "nl"], 2],
    [["--lang", "en", "--version"], 0],
    [["--lang", "en", "schema", "budget"], 0],
  ] as const)("runCli(%j) ends with exit %i", async (argv, exit) => {
    const io = memoryIo();
    expect(await guardedAsync(() => runCli(argv, io))).toBe(exit);
    expect(io.err()).not.toMatch(/interne fout|internal error/);
  });
});

describe("the helpers of this suite", () => {
  it("bound a call's time by the reference workload, and fail a call far beyond it", () => {
    expect(REFERENCE_MS).toBeGreaterThan(0);
    expect(() => expectWithinBound(0)).not.toThrow();
    expect(() => expectWithinBound(1e9)).toThrow(/references of/);
  });

  it("see a polluted prototype", () => {
    const before = prototypeSnapshot();
    Object.defineProperty(Object.prototype, "polluted", { value: 1, configurable: true });
    try {
      expect(pollutionBetween(before, prototypeSnapshot())).toEqual(["Object.polluted"]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)["polluted"];
    }
    expect(pollutionBetween(before, prototypeSnapshot())).toEqual([]);
  });

  it("read amounts independently", () => {
    expect(readDutch("€ 9.600,-", "euro")).toBe(960_000n);
    expect(readDutch("(1.234)", "euro")).toBe(-123_400n);
    expect(readDutch("1 234 567,89", "euro")).toBe(123_456_789n);
    expect(readDutch("−1,80", "million")).toBe(-180_000_000n);
    expect(readDutch("46.634", "thousand")).toBe(4_663_400_000n);
    for (const bad of ["1.5", "0.123", "1,234.56", "12 34", "(-5)", "1e3", "١٢٣", "0,001"]) expect([bad, readDutch(bad, "euro")]).toEqual([bad, undefined]);
    expect(readDot("-3.5", "thousand")).toBe(-350_000n);
    expect(readDot("1.234,5", "euro")).toBeUndefined();
    expect(readThousands(12.5)).toBe(1_250_000n);
    expect(readThousands(1e21)).toBe(10n ** 26n);
    expect(readThousands(1e-7)).toBeUndefined();
    expect(readThousands(0.1 + 0.2)).toBeUndefined(); // 0.30000000000000004 thousand is not whole cents
  });

  it("edit documents without touching a prototype, and build deep values without recursion", () => {
    const edited = applyEdits({ a: { b: 1 } }, [{ op: "add", at: 1, key: "__proto__", value: { polluted: 1 } }]) as { a: object };
    expect(Object.hasOwn(edited.a, "__proto__") || Object.hasOwn(edited, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(JSON.stringify(nested(3, "array"))).toBe("[[[0]]]");
    expect(hostileJsonValue).toBeDefined();
  });
});
