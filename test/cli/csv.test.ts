import { describe, expect, it } from "vitest";
import { EXIT_CODES, runCli } from "opkoers/cli";
import { memoryIo } from "./_io.js";
import { csvOptions } from "../../src/cli/_internal/csv.js";

const header = "Taakveld;Lasten;Baten\n";
const message = (result: ReturnType<typeof csvOptions>): string => (result.ok ? "" : result.message);

describe("csvOptions", () => {
  it("says what is wrong with an option in English too", () => {
    expect(message(csvOptions(header, { year: "2024", delimiter: "|" }, "en"))).toBe(`--delimiter must be ';', ',' or tab, not "|".`);
    expect(message(csvOptions(header, { year: "24" }, "en"))).toBe('--year must be a year 1900–2999, not "24".');
    expect(message(csvOptions(header, {}, "en"))).toBe("The CSV has no year column (Jaar): give the year with --year <year>.");
    expect(message(csvOptions(header, { year: "2024", unit: "cent" }, "en"))).toBe('--unit must be euro or thousand or million, not "cent".');
    expect(message(csvOptions(header, { year: "2024", numberFormat: "us" }, "en"))).toBe('--number-format must be dutch or dot, not "us".');
    expect(message(csvOptions(header, { year: "2024", signs: "omgekeerd" }, "en"))).toBe('--signs must be asWritten or revenueNegative or expensesNegative, not "omgekeerd".');
    for (const flags of [{ year: "2024", delimiter: "|" }, { year: "3000" }, {}, { year: "2024", unit: "cent" }]) {
      const result = csvOptions(header, flags, "en");
      expect(result.ok === false && result.usage, JSON.stringify(flags)).toBe(true);
    }
    expect(message(csvOptions(header, { year: "2024", delimiter: "|" }, "nl"))).toBe(`--delimiter moet ';', ',' of tab zijn, niet "|".`);
  });

  it("detects the delimiter: semicolon first, then a tab when there is no comma, else a comma", () => {
    const delimiter = (text: string): string | undefined => {
      const result = csvOptions(text, { year: "2024" }, "en");
      return result.ok ? result.options.delimiter : `refused: ${result.message}`;
    };
    expect(delimiter("Taakveld\tLasten\tBaten\n")).toBe("\t");
    expect(delimiter("Taakveld;Lasten;Baten\tOpmerking\n")).toBe(";"); // a tab inside a field
    expect(delimiter("Taakveld,Lasten,Baten\n")).toBe(",");
    // A tab and a comma: the comma wins, so the tab-separated names are not found.
    expect(delimiter("Taakveld\tLasten,Baten\n")).toMatch(/^refused: The CSV has no Taakveld/);
    expect(csvOptions("Taakveld;Lasten\n", { year: "2024", delimiter: "\\t" }, "en").ok).toBe(false);
    const tab = csvOptions("Taakveld\tLasten\n", { year: "2024", delimiter: "\\t" }, "en");
    expect(tab.ok && tab.options.delimiter).toBe("\t");
  });

  it("takes the phase from a Fase column, else from --phase, else begroting", () => {
    const withColumn = csvOptions("Taakveld;Fase;Lasten\n", { year: "2024", phase: "realisatie" }, "en");
    expect(withColumn.ok && withColumn.options.columns.phase).toBe("Fase");
    expect(withColumn.ok && "phase" in withColumn.options).toBe(false);
    const flag = csvOptions(header, { year: "2024", phase: "realisatie" }, "en");
    expect(flag.ok && flag.options.phase).toBe("realisatie");
    const neither = csvOptions(header, { year: "2024" }, "en");
    expect(neither.ok && neither.options.phase).toBe("begroting");
  });

  it("reads the year from a Jaar column when --year is not given", () => {
    const result = csvOptions("Jaar;Taakveld;Lasten\n", {}, "nl");
    expect(result.ok && result.options.columns.year).toBe("Jaar");
    expect(result.ok && "year" in result.options).toBe(false);
  });
});

describe("opkoers validate on a CSV whose rows do not fit the header (issue 18)", () => {
  it("reports a comma file with Dutch decimals instead of calling it valid", async () => {
    const io = memoryIo({ "b.csv": "Taakveld,Lasten,Baten\n0.1,1.234,56,0\n7.1,12,0\n" });
    expect(await runCli(["validate", "b.csv", "--year", "2024", "--lang", "en"], io)).toBe(EXIT_CODES.invalid);
    expect(io.out()).toBe(
      'b.csv: invalid budget CSV: 1 problem.\n  Line 2 has 4 cells where the header has 3: "0.1", "1.234", "56", "0". It looks like Dutch amounts with a decimal comma split by the comma separator ("1.234,56"?): in a comma-separated file, write such amounts in quotes ("1.234,56"), or use ";" as the separator. [column_count]\n',
    );
  });

  it("reports a row shifted by a ';' in a description, and a year the line schema refuses, at their file lines", async () => {
    const io = memoryIo({ "b.csv": 'Jaar;Taakveld;Omschrijving;Lasten;Baten\n2024;0.1;"twee\nregels";1;0\n2024;0.1;Raad; griffie;100;5\n9999;7.1;x;1;0\n' });
    expect(await runCli(["validate", "b.csv", "--lang", "en"], io)).toBe(EXIT_CODES.invalid);
    expect(io.out()).toMatch(/^b\.csv: invalid budget CSV: 2 problems\.\n {2}Line 4 has 6 cells where the header has 5: .* \[column_count\]\n {2}Line 5, column "Jaar": "9999" is not a year a budget line accepts\. \[invalid_year\]\n$/);
  });
});

describe("validate a bad CSV: the problems in the language asked for, each place said once (issue 19)", () => {
  const bad = "Programma,Taakveld,Jaar,Fase,Lasten,Baten\nzorg,6.1,2024,begroting,abc,0\nzorg,6.1,2024,begroting,1,2,3\n";
  const run = async (lang: "nl" | "en", extra: readonly string[] = []): Promise<{ out: string; lines: string[] }> => {
    const io = memoryIo({ "bad.csv": bad });
    expect(await runCli(["validate", "bad.csv", "--lang", lang, ...extra], io)).toBe(EXIT_CODES.invalid);
    return { out: io.out(), lines: io.out().trimEnd().split("\n") };
  };

  it("in Dutch: Dutch messages, and 'regel 2' once on its line", async () => {
    const { lines } = await run("nl");
    expect(lines[0]).toBe("bad.csv: ongeldige begroting als CSV: 2 problemen.");
    expect(lines[1]).toBe(
      '  Regel 2, kolom "Lasten": "abc" is geen bedrag: het heeft onverwachte tekst "abc"; een bedrag bevat alleen cijfers, punten tussen duizendtallen, een decimale komma, een teken en €. [invalid_amount_text]',
    );
    expect(lines[1]?.match(/regel 2/gi)).toHaveLength(1);
    expect(lines[2]).toMatch(/^ {2}Regel 3 heeft 7 cellen waar de kopregel er 6 heeft: .+ \[column_count\]$/);
    expect(lines[2]?.match(/regel 3/gi)).toHaveLength(1);
    expect(lines.join("\n")).not.toMatch(/\b(Line|is not|cells)\b/);
  });

  it("in English: the same in English", async () => {
    const { lines } = await run("en");
    expect(lines[0]).toBe("bad.csv: invalid budget CSV: 2 problems.");
    expect(lines[1]).toBe('  Line 2, column "Lasten": "abc" is not an amount: it has unexpected text "abc"; an amount holds only digits, thousands dots, a decimal comma, a sign and €. [invalid_amount_text]');
    expect(lines[1]?.match(/line 2/gi)).toHaveLength(1);
    expect(lines[2]).toMatch(/^ {2}Line 3 has 7 cells where the header has 6: .+ \[column_count\]$/);
    expect(lines[2]?.match(/line 3/gi)).toHaveLength(1);
  });

  it("--format json keeps the path of each issue, with the message in the language asked for", async () => {
    const nl = JSON.parse((await run("nl", ["--format", "json"])).out) as unknown;
    const en = JSON.parse((await run("en", ["--format", "json"])).out) as unknown;
    const issuesOf = (report: unknown): { path: unknown; code: unknown; message: string }[] => (report as { issues: { path: unknown; code: unknown; message: string }[] }).issues;
    expect(issuesOf(nl).map((i) => [i.path, i.code])).toEqual([[[2, "Lasten"], "invalid_amount_text"], [[3], "column_count"]]);
    expect(issuesOf(en).map((i) => [i.path, i.code])).toEqual(issuesOf(nl).map((i) => [i.path, i.code]));
    expect(issuesOf(nl)[0]?.message).toMatch(/^Regel 2, kolom "Lasten": "abc" is geen bedrag/);
  });
});
