import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatAmount, type Cents } from "opkoers/money";
import { validateBudgetLines } from "opkoers/budget";
import { parseBudgetCsv, type CsvImportOptions } from "opkoers/io";

const base = { year: 2025, phase: "begroting" } as const;
const read = (text: string | Uint8Array, options: Omit<CsvImportOptions, "year" | "phase"> & Partial<Pick<CsvImportOptions, "year" | "phase">>) => parseBudgetCsv(text, { ...base, ...options });
const amounts = (result: ReturnType<typeof parseBudgetCsv>) => (result.ok ? result.value.lines.map((l) => [l.taakveld, l.expenses, l.revenue]) : result.issues);

describe("parseBudgetCsv: formats", () => {
  it("reads the CBS file format: ';', dot decimals, thousands, code and name in one column, groups", () => {
    const csv = "\ufeffGemeenten;Taakveld;L1.1 Salarissen en sociale lasten;Baten;Lasten\n's-Gravenhage;0.1 Bestuur;10127.0;383.0;23698.0\n's-Gravenhage;0.11 Resultaat van de rekening van bat..;;0.0;31317.0\nAlmelo;6.71a Huishoudelijke hulp (WMO);;-3.5;0.0\n";
    const result = read(csv, { columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten", group: "Gemeenten" }, numberFormat: "dot", unit: "thousand", taakveldFormat: "codeAndName", year: 2023, phase: "realisatie" });
    expect(amounts(result)).toEqual([
      ["0.1", 2_369_800_000, 38_300_000],
      ["0.11", 3_131_700_000, 0],
      ["6.71a", 0, -350_000],
    ]);
    expect(result.ok && result.value.rows).toEqual([2, 3, 4]);
    expect(result.ok && result.value.groups).toEqual(["'s-Gravenhage", "'s-Gravenhage", "Almelo"]);
    expect(result.ok && result.value.lines[2]).toEqual({ programme: "6", taakveld: "6.71a", year: 2023, phase: "realisatie", expenses: 0, revenue: -350_000, nature: "structureel" });
  });

  it("reads ',' separated files with quoted Dutch amounts, and detects the separator", () => {
    const csv = 'taakveld,lasten,baten\n0.1,"1.234,56","€ 9.600,-"\n7.1,"(1.234)",0\n';
    expect(amounts(read(csv, { columns: { taakveld: "taakveld", expenses: "lasten", revenue: "baten" } }))).toEqual([
      ["0.1", 123_456, 960_000],
      ["7.1", -123_400, 0],
    ]);
    expect(amounts(read(csv, { columns: { taakveld: 0, expenses: 1, revenue: 2 }, delimiter: "," }))).toEqual([
      ["0.1", 123_456, 960_000],
      ["7.1", -123_400, 0],
    ]);
  });

  it("reads tab-separated files and files without a header (columns by position)", () => {
    expect(amounts(read("0.1\t12\t3\n", { columns: { taakveld: 0, expenses: 1, revenue: 2 }, delimiter: "\t", header: false }))).toEqual([["0.1", 1200, 300]]);
  });

  it("applies the three sign conventions to expenses and revenue columns", () => {
    const csv = "tv;L;B\n0.1;-100;-40\n";
    const columns = { taakveld: "tv", expenses: "L", revenue: "B" };
    expect(amounts(read(csv, { columns }))).toEqual([["0.1", -10_000, -4_000]]);
    expect(amounts(read(csv, { columns, signs: "revenueNegative" }))).toEqual([["0.1", -10_000, 4_000]]);
    expect(amounts(read(csv, { columns, signs: "expensesNegative" }))).toEqual([["0.1", 10_000, -4_000]]);
    expect(amounts(read("tv;L;B\n0.1;0;0\n", { columns, signs: "expensesNegative" }))).toEqual([["0.1", 0, 0]]);
    expect(Object.is((read("tv;L;B\n0.1;0;-0\n", { columns, signs: "revenueNegative" }) as unknown as { value: { lines: { revenue: number }[] } }).value.lines[0]?.revenue, 0)).toBe(true);
  });

  it("reads one amount column with a side column, or with a sign convention that tells the sides apart", () => {
    const csv = "tv;soort;bedrag\n0.1;L;100\n0.1;baten;40\n0.1;B;-5\n";
    expect(amounts(read(csv, { columns: { taakveld: "tv", side: "soort", amount: "bedrag" } }))).toEqual([
      ["0.1", 10_000, 0],
      ["0.1", 0, 4_000],
      ["0.1", 0, -500],
    ]);
    expect(amounts(read("tv;soort;bedrag\n0.1;-;1\n0.1;Uitgaven;2\n", { columns: { taakveld: "tv", side: "soort", amount: "bedrag" }, sideValues: { expenses: ["uitgaven"], revenue: ["inkomsten"] } }))).toEqual([
      { path: [2, "soort"], code: "invalid_side", message: 'Line 2, column "soort": "-" is neither lasten (uitgaven) nor baten (inkomsten).' },
    ]);
    const signed = "tv;bedrag\n0.1;100\n0.7;-250\n0.8;0\n";
    expect(amounts(read(signed, { columns: { taakveld: "tv", amount: "bedrag" }, signs: "revenueNegative" }))).toEqual([
      ["0.1", 10_000, 0],
      ["0.7", 0, 25_000],
      ["0.8", 0, 0],
    ]);
    expect(amounts(read(signed, { columns: { taakveld: "tv", amount: "bedrag" }, signs: "expensesNegative" }))).toEqual([
      ["0.1", 0, 10_000],
      ["0.7", 25_000, 0],
      ["0.8", 0, 0],
    ]);
  });

  it("reads the other columns, fixed values, and year and phase columns", () => {
    const csv = "jaar;fase;programma;tv;cat;kpl;omschrijving;L\n2024;primitief;P1;6.1 Samenkracht;3.8 Overige goederen;KP-12;Buurthuizen;1\n";
    const result = parseBudgetCsv(csv, {
      columns: { year: "jaar", phase: "fase", programme: "programma", taakveld: "tv", categorie: "cat", costCentre: "kpl", description: "omschrijving", expenses: "L" },
      taakveldFormat: "codeAndName",
      categorieFormat: "codeAndName",
      nature: "incidenteel",
    });
    expect(result.ok && result.value.lines).toEqual([
      { programme: "P1", taakveld: "6.1", categorie: "3.8", costCentre: "KP-12", year: 2024, phase: "primitief", expenses: 100, revenue: 0, nature: "incidenteel", description: "Buurthuizen" },
    ]);
    expect(read("tv;L\n1.1;2\n", { columns: { taakveld: "tv", expenses: "L" }, categorie: "1.1", programme: "veiligheid" })).toMatchObject({ ok: true, value: { lines: [{ categorie: "1.1", programme: "veiligheid" }] } });
  });

  it("skips empty lines, but counts them in the row numbers", () => {
    const result = read("tv;L\n\n0.1;1\n\n0.2;x\n", { columns: { taakveld: "tv", expenses: "L" } });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([[5, "L"]]);
  });
});

describe("parseBudgetCsv: parentheses", () => {
  const columns = { taakveld: "Taakveld", expenses: "Lasten" } as const;
  const csv = "Taakveld;Lasten\n0.1;(2023)\n0.2;(1.234)\n";

  it("reads (2023) as an issue by default, and as negative only when the file says so", () => {
    const byDefault = read(csv, { columns });
    expect(byDefault.ok).toBe(false);
    expect(!byDefault.ok && byDefault.issues.map((issue) => [issue.path, issue.code])).toEqual([[[2, "Lasten"], "invalid_amount_text"]]);
    expect(amounts(read(csv, { columns, parentheses: "always" }))).toEqual([
      ["0.1", -202_300, 0],
      ["0.2", -123_400, 0],
    ]);
    const never = read(csv, { columns, parentheses: "never" });
    expect(!never.ok && never.issues.map((issue) => issue.path)).toEqual([[2, "Lasten"], [3, "Lasten"]]);
  });

  it("refuses an unknown parentheses option, and one with the dot format", () => {
    expect(() => read(csv, { columns, parentheses: "sometimes" as never })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => read(csv, { columns, parentheses: "always", numberFormat: "dot" })).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
});

describe("parseBudgetCsv: issues", () => {
  const columns = { taakveld: "tv", expenses: "L", revenue: "B" };
  it("reports every cell it cannot read, with row, column and value", () => {
    const csv = "tv;L;B\n0.1;1.5;2\nBestuur;1;\n0.3;;1,001\n0.4\n0.5;99999999999999999;0\n";
    const result = read(csv, { columns, emptyAmount: "issue" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      [[2, "L"], "invalid_amount_text"],
      [[3, "tv"], "invalid_taakveld"],
      [[3, "B"], "missing_value"],
      [[4, "L"], "missing_value"],
      [[4, "B"], "fraction_of_cent"],
      [[5], "column_count"],
      [[6, "L"], "amount_out_of_range"],
    ]);
    expect(!result.ok && result.issues[0]?.message).toContain('"1.5"');
    expect(!result.ok && result.issues[1]?.message).toBe('Line 3, column "tv": "Bestuur" is not a taakveld code such as "6.71a".');
  });

  it("reports dot-decimal cells that are not plain decimals", () => {
    const result = read("tv;L\n0.1;1.234,5\n0.2;1,234.5\n0.3;0.001\n0.4;1e3\n", { columns: { taakveld: "tv", expenses: "L" }, numberFormat: "dot" });
    expect(!result.ok && result.issues.map((i) => [i.path[0], i.code])).toEqual([
      [2, "invalid_amount_text"],
      [3, "invalid_amount_text"],
      [4, "fraction_of_cent"],
      [5, "invalid_amount_text"],
    ]);
    expect(amounts(read("tv;L\n0.1;0.001\n", { columns: { taakveld: "tv", expenses: "L" }, numberFormat: "dot", unit: "thousand" }))).toEqual([["0.1", 100, 0]]);
    expect(!read("tv;L\n0.1;99999999999999.99\n", { columns: { taakveld: "tv", expenses: "L" }, numberFormat: "dot", unit: "million" }).ok).toBe(true);
  });

  it("reports missing and duplicate columns, a bad year and bad categorieën", () => {
    expect(amounts(read("a;b\n1;2\n", { columns }))).toEqual([
      { path: [1, "tv"], code: "missing_column", message: 'There is no column "tv" in the header ("a", "b").' },
      { path: [1, "L"], code: "missing_column", message: 'There is no column "L" in the header ("a", "b").' },
      { path: [1, "B"], code: "missing_column", message: 'There is no column "B" in the header ("a", "b").' },
    ]);
    expect(amounts(read("tv;L;L\n0.1;1;2\n", { columns: { taakveld: "tv", expenses: "L" } }))).toMatchObject([{ path: [1, "L"], code: "ambiguous_column" }]);
    expect(amounts(read("0.1;1\n", { columns: { taakveld: "tv", expenses: 1 }, header: false }))).toMatchObject([{ code: "missing_column" }]);
    expect(amounts(parseBudgetCsv("j;f;tv;cat;L\n20x4;;0.1;drie;1\n", { columns: { year: "j", phase: "f", taakveld: "tv", categorie: "cat", expenses: "L" } }))).toMatchObject([
      { path: [2, "cat"], code: "invalid_categorie" },
      { path: [2, "j"], code: "invalid_year" },
      { path: [2, "f"], code: "missing_value" },
    ]);
  });

  it("reports a file that is not valid CSV, and text that is not text", () => {
    const result = read('tv;L\n0.1;"12\n', { columns: { taakveld: "tv", expenses: "L" } });
    expect(!result.ok && result.issues[0]?.code).toBe("csv_syntax");
    expect(read(42 as never, { columns: { taakveld: "tv", expenses: "L" } })).toMatchObject({ ok: false, issues: [{ code: "invalid_type" }] });
  });

  it("throws invalid_option for options that do not make sense", () => {
    const bad: unknown[] = [
      null,
      { columns: null },
      { columns: { expenses: "L" } },
      { columns: { taakveld: "tv" } },
      { columns: { taakveld: "tv", expenses: "L", amount: "A" } },
      { columns: { taakveld: "tv", side: "S", expenses: "L" } },
      { columns: { taakveld: "tv", amount: "A" } },
      { columns: { taakveld: -1, expenses: "L" } },
      { columns: { taakveld: "tv", expenses: "L" }, delimiter: "|" },
      { columns: { taakveld: "tv", expenses: "L" }, numberFormat: "english" },
      { columns: { taakveld: "tv", expenses: "L" }, unit: "cent" },
      { columns: { taakveld: "tv", expenses: "L" }, signs: "negative" },
      { columns: { taakveld: "tv", expenses: "L" }, taakveldFormat: "name" },
      { columns: { taakveld: "tv", expenses: "L" }, emptyAmount: "null" },
      { columns: { taakveld: "tv", expenses: "L" }, year: 2024.5 },
      { columns: { taakveld: "tv", expenses: "L" }, phase: "" },
      { columns: { taakveld: "tv", expenses: "L" }, programme: "" },
      { columns: { taakveld: "tv", expenses: "L" }, nature: "vast" },
      { columns: { taakveld: "tv", expenses: "L" }, sideValues: { expenses: "L" } },
      { columns: { taakveld: "tv", expenses: "L" }, sideValues: { expenses: [1], revenue: ["B"] } },
      { columns: { taakveld: "tv", expense: "L", revenue: "B" } },
    ];
    for (const options of bad) {
      const full = options !== null && typeof options === "object" && !("year" in options) && !("phase" in options) ? { ...base, ...options } : options;
      expect(() => parseBudgetCsv("tv;L\n", full as CsvImportOptions), JSON.stringify(options)).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    }
  });
});

describe("parseBudgetCsv: properties", () => {
  const code = fc.constantFrom("0.1", "0.10", "6.71a", "6.711", "8.3", "4.2");
  const row = fc.record({ taakveld: code, expenses: fc.integer({ min: -(2 ** 47), max: 2 ** 47 }), revenue: fc.integer({ min: -(2 ** 47), max: 2 ** 47 }) });
  const format = fc.record({
    delimiter: fc.constantFrom<";" | ",">(";", ","),
    numberFormat: fc.constantFrom<"dutch" | "dot">("dutch", "dot"),
    unit: fc.constantFrom<"euro" | "thousand">("euro", "thousand"),
    signs: fc.constantFrom<"asWritten" | "revenueNegative" | "expensesNegative">("asWritten", "revenueNegative", "expensesNegative"),
    style: fc.constantFrom<"minus" | "parentheses">("minus", "parentheses"),
    symbol: fc.boolean(),
  });

  /** Write an amount as a municipality would (an independent writer: formatAmount, or plain digits with a dot). */
  function write(cents: number, f: { numberFormat: "dutch" | "dot"; unit: "euro" | "thousand"; style: "minus" | "parentheses"; symbol: boolean }): string {
    const decimals = f.unit === "euro" ? 2 : 5;
    if (f.numberFormat === "dutch") return formatAmount(cents as Cents, { unit: f.unit, decimals, sign: f.style, symbol: f.symbol });
    const magnitude = String(Math.abs(cents)).padStart(decimals + 1, "0");
    return `${cents < 0 ? "-" : ""}${magnitude.slice(0, -decimals)}.${magnitude.slice(-decimals)}`;
  }

  test.prop([fc.array(row, { maxLength: 25 }), format])("a file written in any supported format reads back to the same amounts", (rows, f) => {
    const quote = (text: string): string => (text.includes(f.delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text);
    const sign = (side: "expenses" | "revenue", cents: number): number => ((f.signs === "revenueNegative" && side === "revenue") || (f.signs === "expensesNegative" && side === "expenses") ? -cents : cents);
    const lines = rows.map((r) => [`${r.taakveld} Naam`, write(sign("expenses", r.expenses), f), write(sign("revenue", r.revenue), f)].map(quote).join(f.delimiter));
    const csv = [["Taakveld", "Lasten", "Baten"].join(f.delimiter), ...lines].join("\r\n");
    const result = parseBudgetCsv(csv, { columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten" }, numberFormat: f.numberFormat, unit: f.unit, signs: f.signs, taakveldFormat: "codeAndName", ...base });
    expect(result.ok ? result.value.lines.map((l) => [l.taakveld, l.expenses, l.revenue]) : result.issues).toEqual(rows.map((r) => [r.taakveld, r.expenses, r.revenue]));
  });

  // Text that looks like a Dutch number but is not one must never be read as some amount.
  const lookAlike = fc.oneof(
    fc.constantFrom("1.5", "1,234.56", "1.2345", "12 34", "1..234", "1.234.5", "0.123", "1,2,3", "--5", "+-5", "1e3", "0x10", "Infinity", "NaN", "١٢٣", "１２３", "1 234,5 6", "€€5", "(5", "5)", "1.234,", ",5", "1_000", "12%"),
    fc.stringMatching(/^[-+(€ ]{0,2}[0-9.,]{1,8}[)]?$/),
    fc.stringMatching(/^[-(]?€? ?[0-9]{1,4}([. ][0-9]{2,4}){0,2}(,[0-9]{1,3}|,-)?\)?$/),
    fc.string(),
  );
  const DUTCH = /^\(?[-−–+]?\s*(€\s*)?[-−–+]?\s*([1-9]\d{0,2}([. \u00a0]\d{3})+|\d+)(,(\d+|[-−–]{1,2}))?\)?$/;

  test.prop([lookAlike, fc.constantFrom<"euro" | "thousand">("euro", "thousand")])("a cell is read only when it is a Dutch number, and then to the amount it means", (cell, unit) => {
    const result = parseBudgetCsv(`tv;L\n0.1;"${cell.replace(/"/g, '""')}"\n`, { columns: { taakveld: "tv", expenses: "L" }, unit, ...base });
    if (!result.ok) {
      for (const issue of result.issues) expect(["invalid_amount_text", "fraction_of_cent", "amount_out_of_range", "csv_syntax", "missing_value"]).toContain(issue.code);
      return;
    }
    const trimmed = cell.trim();
    if (trimmed === "") return;
    expect(trimmed.replace(/\s+/g, " ")).toMatch(DUTCH);
    // Independent reading: strip grouping, take the decimal comma, scale by the unit, compare as a rational.
    const negative = /[-−–]/.test(trimmed.replace(/,[-−–]+\)?$/, "")) || trimmed.startsWith("(");
    const digits = (/([0-9][0-9. \u00a0]*)(,(\d+))?/.exec(trimmed) ?? []) as string[];
    const whole = BigInt((digits[1] ?? "0").replace(/[. \u00a0]/g, "") || "0");
    const fraction = digits[3] ?? "";
    const scale = unit === "euro" ? 100n : 100_000n;
    const numerator = (whole * 10n ** BigInt(fraction.length) + BigInt(fraction || "0")) * scale;
    const expected = numerator / 10n ** BigInt(fraction.length);
    const got = result.value.lines[0]?.expenses as number;
    expect(BigInt(got)).toBe(negative && expected !== 0n ? -expected : expected);
  });

  const hostile = fc.oneof(
    fc.string(),
    fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "0.1", "1.234,5", '"', "\n", ";", ",", "\r\n", "\ufeff")), { maxLength: 5 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(";")).join("\n")),
  );
  const hostileOptions = fc.record({
    numberFormat: fc.constantFrom<"dutch" | "dot">("dutch", "dot"),
    unit: fc.constantFrom<"euro" | "thousand" | "million">("euro", "thousand", "million"),
    header: fc.boolean(),
  });

  test.prop([hostile, hostileOptions])("never throws on any text, and every line read has safe whole-cent amounts", (text, o) => {
    const columns = o.header ? { taakveld: "__proto__", expenses: "constructor", group: "0.1" } : { taakveld: 0, expenses: 1, revenue: 2 };
    const result = parseBudgetCsv(text, { columns, ...o, ...base });
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(typeof issue.message).toBe("string");
      return;
    }
    expect(result.value.rows).toHaveLength(result.value.lines.length);
    for (const line of result.value.lines) {
      expect(Number.isSafeInteger(line.expenses) && Number.isSafeInteger(line.revenue)).toBe(true);
      expect(line.taakveld).toMatch(/^\d{1,2}\.\d{1,3}[a-z]?$/);
    }
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["taakveld"]).toBeUndefined();
  });
});

// Issue 18: rows of another length, years the line schema refuses, encodings, and rows as file lines.
describe("parseBudgetCsv: rows with more or fewer cells than the header", () => {
  const columns = { taakveld: "tv", expenses: "L", revenue: "B" };

  it("refuses a comma file whose Dutch decimals split an amount, and says so (instead of reading lasten 1.234 and baten 56)", () => {
    const result = read("tv,L,B\n0.1,1.234,56,0\n7.1,12,0\n", { columns });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: [2],
          code: "column_count",
          message:
            'Line 2 has 4 cells where the header has 3: "0.1", "1.234", "56", "0". It looks like Dutch amounts with a decimal comma split by the comma separator ("1.234,56"?): in a comma-separated file, write such amounts in quotes ("1.234,56"), or use ";" as the separator.',
        },
      ],
    });
    // The same file with the amounts quoted is read as written.
    expect(amounts(read('tv,L,B\n0.1,"1.234,56",0\n', { columns }))).toEqual([["0.1", 123_456, 0]]);
    // Also with dot decimals: "0.1,10127.0,5,0" is refused, not read with one cell dropped.
    expect(amounts(read("tv,L,B\n0.1,10127.0,5,0\n", { columns, numberFormat: "dot" }))).toMatchObject([{ path: [2], code: "column_count" }]);
  });

  it("refuses a row where an unquoted ';' in a description shifts the amounts", () => {
    const result = read("tv;omschrijving;L;B\n0.1;Raad; griffie;100;5\n", { columns: { ...columns, description: "omschrijving" } });
    expect(!result.ok && result.issues).toEqual([
      {
        path: [2],
        code: "column_count",
        message: 'Line 2 has 5 cells where the header has 4: "0.1", "Raad", " griffie", "100", "5". A cell probably holds the separator ";" without quotes (e.g. in a description); put that cell in quotes.',
      },
    ]);
  });

  it("refuses a row with fewer cells than the header, also when only an optional column is missing", () => {
    const result = read("tv;L;B;omschrijving\n0.1;5;6\n0.2;1;2;ok\n", { columns: { ...columns, description: "omschrijving" } });
    expect(!result.ok && result.issues).toEqual([
      { path: [2], code: "column_count", message: 'Line 2 has 3 cells where the header has 4: "0.1", "5", "6". A cell is missing, or the row is cut off; an empty cell still needs its separator.' },
    ]);
    // Every such row is reported, each at its own line; empty lines are still skipped.
    const many = read("tv;L;B\n0.1;1\n\n0.2;1;2;3\n0.3;1;2\n", { columns });
    expect(!many.ok && many.issues.map((i) => [i.path, i.code])).toEqual([
      [[2], "column_count"],
      [[4], "column_count"],
    ]);
  });

  it("without a header, every row has as many cells as the first; a column beyond the header is a missing column", () => {
    expect(amounts(read("0.1;1;2\n0.2;1;2;3\n", { columns: { taakveld: 0, expenses: 1, revenue: 2 }, header: false }))).toMatchObject([
      { path: [2], code: "column_count", message: expect.stringContaining("where the first row has 3") },
    ]);
    expect(amounts(read("tv;L\n0.1;1\n", { columns: { taakveld: 0, expenses: 1, revenue: 2 } }))).toEqual([
      { path: [1, 2], code: "missing_column", message: "There is no column 2 (counted from 0): the header has 2 cells." },
    ]);
  });
});

describe("parseBudgetCsv: the year column", () => {
  it("accepts only the years the budget line schema accepts (not 0000 or 9999)", () => {
    const result = parseBudgetCsv("jaar;tv;L\n0000;0.1;1\n9999;0.1;1\n1899;0.1;1\n3000;0.1;1\n1900;0.1;1\n2999;0.1;1\n", { columns: { year: "jaar", taakveld: "tv", expenses: "L" }, phase: "begroting" });
    expect(!result.ok && result.issues.map((i) => [i.path, i.code, i.message])).toEqual(
      ["0000", "9999", "1899", "3000"].map((year, i) => [[i + 2, "jaar"], "invalid_year", `Line ${i + 2}, column "jaar": "${year}" is not a year a budget line accepts.`]),
    );
    const good = parseBudgetCsv("jaar;tv;L\n1900;0.1;1\n2999;0.1;1\n", { columns: { year: "jaar", taakveld: "tv", expenses: "L" }, phase: "begroting" });
    expect(good.ok && good.value.lines.map((l) => l.year)).toEqual([1900, 2999]);
  });

  test.prop([fc.integer({ min: 0, max: 9999 })])("a year cell is read exactly when validateBudgetLines accepts a line of that year", (year) => {
    const text = String(year).padStart(4, "0");
    const result = parseBudgetCsv(`jaar;tv;L\n${text};0.1;1\n`, { columns: { year: "jaar", taakveld: "tv", expenses: "L" }, phase: "begroting" });
    const line = { programme: "0", taakveld: "0.1", year, phase: "begroting", expenses: 100, revenue: 0, nature: "structureel" };
    expect(result.ok).toBe(validateBudgetLines([line]).ok);
    if (result.ok) expect(result.value.lines).toEqual([line]);
  });
});

describe("parseBudgetCsv: bytes and encodings", () => {
  const columns = { taakveld: "Taakveld", description: "Omschrijving", expenses: "Lasten" };
  const text = "Taakveld;Omschrijving;Lasten\n0.1;Café ‘t Hoekje;€ 1.234,50\n";
  /** windows-1252 bytes of text that only has Latin-1 characters and the few of 0x80–0x9F used here. */
  const cp1252 = (t: string): Uint8Array => Uint8Array.from([...t].map((c) => ({ "€": 0x80, "‘": 0x91, "’": 0x92 })[c] ?? (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)));
  const utf16 = (t: string, littleEndian: boolean, bom: boolean): Uint8Array => {
    const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
    }
    return Uint8Array.from(out);
  };
  const expected = [{ programme: "0", taakveld: "0.1", year: 2025, phase: "begroting", expenses: 123_450, revenue: 0, nature: "structureel", description: "Café ‘t Hoekje" }];
  const lines = (result: ReturnType<typeof parseBudgetCsv>) => (result.ok ? result.value.lines : result.issues);

  it("reads UTF-8 bytes (with or without a byte-order mark), also as a Node Buffer", () => {
    expect(lines(read(new TextEncoder().encode(text), { columns }))).toEqual(expected);
    expect(lines(read(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), { columns }))).toEqual(expected);
    expect(lines(read(Buffer.from(text, "utf8"), { columns, encoding: "utf-8" }))).toEqual(expected);
  });

  it("says that a windows-1252 file (Dutch Excel's CSV) looks like windows-1252 instead of calling it binary, and reads it with encoding", () => {
    const bytes = cp1252(text);
    expect(read(bytes, { columns })).toEqual({
      ok: false,
      issues: [
        {
          path: [2],
          code: "invalid_encoding",
          message:
            'Line 2: the file is not UTF-8: byte 0xE9 cannot start or continue a UTF-8 character. In windows-1252 that byte is "é": the file looks like windows-1252, the encoding of Dutch Excel\'s "CSV (gescheiden door lijstscheidingsteken)". Pass encoding: "windows-1252", or save the file as "CSV UTF-8".',
        },
      ],
    });
    expect(lines(read(bytes, { columns, encoding: "windows-1252" }))).toEqual(expected);
    // Bytes that windows-1252 does not assign are not called windows-1252.
    const odd = read(Uint8Array.from([...cp1252("Taakveld;Omschrijving;Lasten\n0.1;"), 0x81, 0x8d, 0x3b, 0x31, 0x0a]), { columns });
    expect(!odd.ok && odd.issues[0]?.message).toMatch(/^Line 2: the file is not UTF-8: byte 0x81 .* It is not windows-1252 either .* binary file\.$/);
  });

  it("decodes windows-1252 as the WHATWG Encoding Standard does, every byte (Node 20's TextDecoder reads it as Latin-1)", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b !== 0 && b !== 0x0a && b !== 0x0d && b !== 0x22 && b !== 0x3b);
    const result = parseBudgetCsv(Uint8Array.from([...cp1252("tv;d;L\n0.1;"), 0x22, ...all, 0x22, ...cp1252(";1\n")]), { columns: { taakveld: "tv", description: "d", expenses: "L" }, encoding: "windows-1252", ...base });
    // 0x80–0x9F from the standard's index-windows-1252 (unassigned bytes map to the C1 control of that number); the rest is Latin-1.
    const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
    const expected = [...all].map((b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b))).join("");
    expect(high).toHaveLength(32);
    expect(result.ok && result.value.lines[0]?.description).toBe(expected.trim());
  });

  it("reads UTF-16 with a byte-order mark by itself, and names UTF-16 without one", () => {
    for (const littleEndian of [true, false]) {
      const name = littleEndian ? "utf-16le" : "utf-16be";
      expect(lines(read(utf16(text, littleEndian, true), { columns }))).toEqual(expected);
      expect(lines(read(utf16(text, littleEndian, true), { columns, encoding: name }))).toEqual(expected);
      expect(lines(read(utf16(text, littleEndian, false), { columns, encoding: name }))).toEqual(expected);
      expect(read(utf16(text, littleEndian, false), { columns })).toEqual({
        ok: false,
        issues: [{ path: [], code: "invalid_encoding", message: `The file looks like UTF-16 ${littleEndian ? "LE" : "BE"} text without a byte-order mark (a NUL byte beside every ASCII character), not UTF-8; pass encoding: "${name}".` }],
      });
    }
  });

  it("refuses bytes that contradict the encoding: another byte-order mark, a cut-off UTF-16 file, a lone surrogate, NUL bytes", () => {
    const issue = (bytes: Uint8Array, encoding?: CsvImportOptions["encoding"]) => {
      const result = read(bytes, { columns, ...(encoding === undefined ? {} : { encoding }) });
      return result.ok ? "read" : [result.issues[0]?.path, result.issues[0]?.code, result.issues[0]?.message];
    };
    expect(issue(utf16(text, true, true), "utf-16be")).toEqual([[1], "invalid_encoding", 'The file starts with the byte-order mark of UTF-16 LE, but the encoding is given as "utf-16be"; pass encoding: "utf-16le", or leave it out.']);
    expect(issue(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), "windows-1252")).toEqual([[1], "invalid_encoding", expect.stringContaining("byte-order mark of UTF-8")]);
    expect(issue(utf16(text, true, true).subarray(0, 11))).toEqual([[], "invalid_encoding", expect.stringContaining("odd number of bytes")]);
    expect(issue(Uint8Array.from([...utf16("tv;L\n0.1;", true, true), 0x00, 0xd8, ...utf16(";1\n", true, false)]))).toEqual([[2], "invalid_encoding", "Line 2: the file is not valid UTF-16 LE: a lone surrogate 0xD800 (half of a character)."]);
    expect(issue(Uint8Array.from([...new TextEncoder().encode("tv;L\n0.1;1\n0.2;"), 0, 0x31, 0x0a]))).toEqual([[3], "invalid_encoding", "Line 3: the file has a NUL byte (0x00); it looks like a binary file, not UTF-8 text."]);
    expect(issue(Uint8Array.from([0x41, 0xc3]))).toEqual([[1], "invalid_encoding", expect.stringContaining("byte 0xC3")]);
  });

  it("takes an encoding only with bytes, and only a known one", () => {
    expect(() => read(text, { columns, encoding: "utf-8" })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => read(new Uint8Array(), { columns, encoding: "latin1" as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(read([1, 2] as never, { columns })).toMatchObject({ ok: false, issues: [{ code: "invalid_type" }] });
    expect(read(new Uint16Array(2) as never, { columns })).toMatchObject({ ok: false, issues: [{ code: "invalid_type" }] });
  });
});

describe("parseBudgetCsv: rows are file lines", () => {
  const columns = { taakveld: "tv", description: "omschrijving", expenses: "L" };

  it("counts the lines of a quoted multi-line cell, as an editor does (\\r\\n, \\n and a lone \\r end a line)", () => {
    const csv = 'tv;omschrijving;L\n0.1;"twee\nregels";1\n0.2;"drie\r\nregels\rhier";2\n0.3;x;abc\n';
    const result = read(csv, { columns });
    expect(!result.ok && result.issues.map((i) => [i.path, i.message])).toEqual([[[7, "L"], expect.stringMatching(/^Line 7, column "L": /)]]);
    const good = read(csv.replace("abc", "3"), { columns });
    expect(good.ok && good.value.rows).toEqual([2, 4, 7]);
  });

  it("uses the same rule for rows of another length and for CSV syntax errors after a multi-line cell", () => {
    expect(amounts(read('tv;omschrijving;L\n0.1;"a\nb";1\n0.2;x\n', { columns }))).toMatchObject([{ path: [4], code: "column_count", message: expect.stringMatching(/^Line 4 has 2 cells/) }]);
    expect(amounts(read('tv;omschrijving;L\n0.1;"a\r\nb";1\n0.2;"open;1\n', { columns }))).toEqual([
      { path: [4], code: "csv_syntax", message: 'Line 4: a cell opens a quote (") that is never closed, so the rest of the file would be one cell.' },
    ]);
    expect(amounts(read('tv;omschrijving;L\n0.1;"a\nb";1\n0.2;5 "inch";1\n', { columns }))).toEqual([
      { path: [4], code: "csv_syntax", message: 'Line 4: a quote (") inside a cell that does not start with one; put the whole cell in quotes and write the quote twice ("").' },
    ]);
    expect(amounts(read('tv;omschrijving;L\n0.1;"a\nb";1\n0.2;"x\ny"z;1\n', { columns }))).toEqual([
      { path: [4], code: "csv_syntax", message: 'Line 4 (at line 5): text after the closing quote of a cell; a quote inside a quoted cell is written twice ("").' },
    ]);
  });

  const cell = fc.oneof(fc.constantFrom("x", "", "a\nb", "a\r\nb", "a\rb", "\n\n", 'zeg "ja"', "a;b"), fc.string({ maxLength: 6 }));
  test.prop([fc.array(fc.tuple(cell, fc.boolean()), { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n")])("the row of every line and issue is the file line its record starts on", (rows, newline) => {
    const records = rows.map(([description, bad], i) => `0.${i + 1};"${description.replace(/"/g, '""')}";${bad ? "x" : String(i)}`);
    const text = ["tv;omschrijving;L", ...records].join(newline) + newline;
    // An independent count: the record of row i starts after the header and rows before it, each with its own line ends.
    const lineEnds = (t: string): number => (t.match(/\r\n|\n|\r/g) ?? []).length;
    let line = 2;
    const starts = records.map((record) => {
      const start = line;
      line += lineEnds(record + newline);
      return start;
    });
    const result = read(text, { columns });
    if (result.ok) expect(result.value.rows).toEqual(starts);
    else expect(result.issues.map((i) => i.path)).toEqual(rows.flatMap(([, bad], i) => (bad ? [[starts[i], "L"]] : [])));
  });
});
