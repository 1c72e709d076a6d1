// Issue 19, "one numbering": every position in a CSV file is the line of the file as an editor shows it
// (1-based, the header on line 1, a quoted cell over several lines advancing the count, \r\n, \n and a lone \r
// each ending a line, a byte-order mark no line). The same rule in parseBudgetCsv's paths and messages, in the
// CBS checks of the lines read, and in the text and JSON output of `opkoers validate`, in both languages.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { EXIT_CODES, runCli } from "opkoers/cli";
import { checkCbsLines, parseBudgetCsv, type CbsOffence } from "opkoers/io";
import { cents } from "opkoers/money";
import { memoryIo } from "./_io.js";

/** The line an editor shows for a place in a text: the line ends (\r\n, \n or a lone \r) before it, plus 1. */
const editorLine = (text: string, offset: number): number => (text.slice(0, offset).match(/\r\n|\n|\r/g) ?? []).length + 1;

const good = ["0.1", "0.2", "6.1", "7.1"] as const;
const description = fc.oneof(
  fc.constantFrom("x", "é € 😀", "\ud800", "twee\nregels", "twee\r\nregels", "los\rteken", "\n\n", "\r\n\r\n", 'zeg "ja"', "a;b", "; \n ;"),
  fc.string({ maxLength: 5 }).filter((s) => !s.includes("\uFEFF")),
);
/** A row: a good taakveld or a bad amount; its description is always quoted (it may span lines). */
/** Empty lines before a row may end in another way than the file's lines (an edited file): \n, \r\n or a lone \r. */
const row = fc.record({ taakveld: fc.constantFrom<string>(...good), description, bad: fc.boolean(), blankBefore: fc.array(fc.constantFrom("\n", "\r\n", "\r"), { maxLength: 2 }) });
const file = fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 7 }), newline: fc.constantFrom("\n", "\r\n"), bom: fc.boolean(), end: fc.boolean() });

interface Built {
  readonly text: string;
  /** Per row: the line an editor shows where the row starts. */
  readonly lines: readonly number[];
}

type FileSpec = typeof file extends fc.Arbitrary<infer T> ? T : never;

function build({ rows, newline, bom, end }: FileSpec): Built {
  let text = `${bom ? "\uFEFF" : ""}Taakveld;Omschrijving;Lasten;Baten`;
  const lines: number[] = [];
  for (const r of rows) {
    text += newline + r.blankBefore.join(""); // empty lines are skipped, but counted
    lines.push(editorLine(text, text.length));
    text += `${r.taakveld};"${r.description.replace(/"/g, '""')}";${r.bad ? "abc" : "5"};0`;
  }
  if (end) text += newline;
  return { text, lines };
}

describe("one numbering: the line of the file, as an editor shows it", () => {
  test.prop([file])("parseBudgetCsv: an injected bad row is reported on the line where it starts in an editor", (f) => {
    const { text, lines } = build(f);
    const result = parseBudgetCsv(text, { columns: { taakveld: "Taakveld", description: "Omschrijving", expenses: "Lasten", revenue: "Baten" }, year: 2024, phase: "begroting" });
    const bad = f.rows.flatMap((r, i) => (r.bad ? [lines[i] as number] : []));
    if (bad.length === 0) {
      expect(result.ok && result.value.rows).toEqual(lines);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(bad.map((line) => [line, "Lasten"]));
    expect(result.issues.map((issue) => issue.message.slice(0, issue.message.indexOf(","))), "the message names the same line").toEqual(bad.map((line) => `Line ${line}`));
  });

  test.prop([file])("opkoers validate prints that line in both languages (regel N / line N) and as path[0] in --format json", async (f) => {
    const { text, lines } = build(f);
    const bad = f.rows.flatMap((r, i) => (r.bad ? [lines[i] as number] : []));
    for (const lang of ["nl", "en"] as const) {
      const io = memoryIo({ "b.csv": text });
      expect(await runCli(["validate", "b.csv", "--year", "2024", "--lang", lang], io)).toBe(bad.length === 0 ? EXIT_CODES.ok : EXIT_CODES.invalid);
      // The message names the place, once: the CLI prints it without a place of its own before it.
      const word = lang === "nl" ? "Regel" : "Line";
      const column = lang === "nl" ? "kolom" : "column";
      const listed = [...io.out().matchAll(/^ {2}(\S+) (\d+), (\S+) "Lasten": /gm)].map((m) => [m[1], Number(m[2]), m[3]]);
      expect(listed).toEqual(bad.map((line) => [word, line, column]));
    }
    const json = memoryIo({ "b.csv": text });
    await runCli(["validate", "b.csv", "--year", "2024", "--format", "json"], json);
    const report = JSON.parse(json.out()) as { readonly issues: readonly { readonly path: readonly unknown[] }[] };
    expect(report.issues.map((issue) => issue.path)).toEqual(bad.map((line) => [line, "Lasten"]));
  });

  test.prop([file])("the CBS checks of the lines read name the same lines (offence.line, messages)", (f) => {
    // Every row is readable; the bad ones get a taakveld that is not in the CBS list instead of a bad amount.
    const { text, lines } = build({ ...f, rows: f.rows.map((r) => ({ ...r, taakveld: r.bad ? "9.9" : r.taakveld, bad: false })) });
    const parsed = parseBudgetCsv(text, { columns: { taakveld: "Taakveld", description: "Omschrijving", expenses: "Lasten", revenue: "Baten" }, year: 2024, phase: "begroting" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [df001] = checkCbsLines(parsed.value.lines, { rows: parsed.value.rows });
    const offending = (df001?.inputs["offending"] ?? []) as readonly CbsOffence[];
    const bad = f.rows.flatMap((r, i) => (r.bad ? [lines[i] as number] : []));
    expect(offending.map((o) => o.line)).toEqual(bad);
    if (bad.length === 0) return;
    expect(df001?.message.nl.startsWith(`Regel ${bad[0]}: `)).toBe(true);
    expect([...(df001?.message.en ?? "").matchAll(/line (\d+): taakveld 9\.9/g)].map((m) => Number(m[1]))).toEqual(bad.slice(0, 3));
  });
});

describe("one numbering: examples", () => {
  it("counts a multi-line quoted cell, a lone \\r, empty lines and a BOM as an editor does", () => {
    //          line 1                             2                     3  4          5  6            7
    const text = "\uFEFFTaakveld;Omschrijving;Lasten\r\n0.1;\"twee\r\nregels\";5\r\n\r\n0.2;\"los\rteken\";5\r\n0.3;x;abc\r\n";
    const result = parseBudgetCsv(text, { columns: { taakveld: "Taakveld", description: "Omschrijving", expenses: "Lasten" }, year: 2024, phase: "begroting" });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.message.slice(0, 27)])).toEqual([[[7, "Lasten"], 'Line 7, column "Lasten": "a']]);
  });

  it("counts on after an empty line with another line end than the file's (a \\n in a \\r\\n file)", () => {
    // csv-parse's raw text of a record leaves out the \n of its \r\n delimiter, so counting on the raw text
    // could not tell this \n (an empty line 3) from that one: the rows after it were numbered one line short.
    //          line 1      2             3   4               5
    const text = "tv;d;L\r\n0.1;x;1\r\n\n0.2;x;abc\r\n0.3;x;abc\r\n";
    const result = parseBudgetCsv(text, { columns: { taakveld: "tv", description: "d", expenses: "L" }, year: 2024, phase: "begroting" });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      [4, "L"],
      [5, "L"],
    ]);
    expect(editorLine(text, text.indexOf("0.3"))).toBe(5);
  });

  it("validate: the CBS check of a CSV names lines of the file, not indexes of the lines read", async () => {
    const text = "Taakveld;Categorie;Lasten;Baten\n0.1;4.1;100;0\n\n9.9;4.1;100;0\n";
    const nl = memoryIo({ "b.csv": text });
    expect(await runCli(["validate", "b.csv", "--year", "2024"], nl)).toBe(EXIT_CODES.invalid);
    expect(nl.out()).toContain("  bestand: Regel 4: Binnen het onderdeel lasten is de code 9.9 niet toegestaan als taakveld.");
    const en = memoryIo({ "b.csv": text });
    expect(await runCli(["validate", "b.csv", "--year", "2024", "--lang", "en"], en)).toBe(EXIT_CODES.invalid);
    expect(en.out()).toContain("  file: 1 of 2 taakvelden is not allowed by the CBS lists of 2024: line 4: taakveld 9.9 is not in the 2024 list. [cbs.DF001]");
  });

  it("checkCbsLines without rows names the index in the array, never a 'line 0'", () => {
    const line = { programme: "p", year: 2024, phase: "begroting", nature: "structureel", expenses: cents(100), revenue: cents(0) } as const;
    const [df001] = checkCbsLines([{ ...line, taakveld: "9.9" }]);
    expect(df001?.message.en).toBe("1 of 1 taakvelden is not allowed by the CBS lists of 2024: lines[0]: taakveld 9.9 is not in the 2024 list.");
    expect(() => checkCbsLines([{ ...line, taakveld: "0.1" }], { rows: [0] })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => checkCbsLines([{ ...line, taakveld: "0.1" }], { rows: [] })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
  });
});
