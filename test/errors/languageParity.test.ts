// Issue 19, "one language": every message a user can see exists in Dutch and English with the same detail. For
// sample failing inputs through the public parse functions, the CBS checks and the CLI, the Dutch and the English
// answers have the same number of issues, the same paths and codes, and mention the same numbers and codes; and
// the Dutch is Dutch (not the English text). zod's Dutch locale is chosen per parse: zod's global configuration,
// which belongs to the application, is the same after a Dutch parse as before.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Issue } from "opkoers";
import { parseBudget, validateBudgetLines } from "opkoers/budget";
import { EXIT_CODES, runCli } from "opkoers/cli";
import { checkCbsDelivery, checkCbsLines, decodeText, parseBudgetCsv, parseIv3Delivery, type CsvImportOptions } from "opkoers/io";
import { euro } from "opkoers/money";
import { parsePlanningDocument } from "opkoers/policy";
import { parseReportInput } from "opkoers/report";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";
import { ALMERE_GEZONDHEID_2024 } from "../../src/cli/_internal/seedPlanning.js";
import { memoryIo } from "../cli/_io.js";
import { emptyDelivery } from "../io/_support.js";

type Lang = "nl" | "en";

/** The numbers and codes a message mentions, each with its separators removed ("1.000,50" and "1,000.50" → "100050"). */
function numbersIn(message: string): string[] {
  return [...new Set((message.match(/\d[\d.,]*\d|\d/g) ?? []).map((n) => n.replace(/[.,]/g, "")))].sort();
}

function expectParity(nl: readonly Issue[], en: readonly Issue[]): void {
  expect(nl.length).toBe(en.length);
  expect(nl.length).toBeGreaterThan(0);
  expect(nl.map((i) => [i.path, i.code])).toEqual(en.map((i) => [i.path, i.code]));
  nl.forEach((issue, i) => {
    const english = (en[i] as Issue).message;
    expect(issue.message, `${issue.path.join(".")}: "${english}" is not translated`).not.toBe(english);
    expect(numbersIn(issue.message), `${issue.path.join(".")}: "${issue.message}" vs "${english}"`).toEqual(numbersIn(english));
  });
}

function brokenPlanning(): Record<string, unknown> {
  const broken = structuredClone(ALMERE_GEZONDHEID_2024) as unknown as Record<string, unknown> & { programmes: Record<string, unknown>[] };
  broken["year"] = "2024";
  broken["municipality"] = { code: "Almere" };
  broken["extra"] = true;
  const programme = broken.programmes[0] as { goals: { indicatorIds: string[]; id: unknown }[]; activities: Record<string, unknown>[]; indicators: Record<string, unknown>[] };
  (programme.goals[0] as { indicatorIds: string[] }).indicatorIds = ["bestaat-niet"];
  (programme.goals[1] as { id: unknown }).id = 7;
  Object.assign(programme.activities[0] as object, { plannedStart: "2024-02-30", lifecycle: { state: "planned", startedOn: "2024-01-01" } });
  return broken;
}

function brokenBudget(): Record<string, unknown> {
  const budget = structuredClone(ALMERE_GEZONDHEID_2024_BUDGET) as unknown as Record<string, unknown> & { lines: Record<string, unknown>[]; programmes: unknown[] };
  budget.lines[0] = { ...budget.lines[0], phase: "onbekend" };
  budget.lines[1] = { ...budget.lines[1], expenses: "12,50", year: 24 };
  budget.programmes = [...budget.programmes, budget.programmes[0]];
  budget["budgetYear"] = 1800;
  return budget;
}

const brokenDelivery = (): unknown => {
  const delivery = emptyDelivery(2023, 5) as unknown as { metadata: Record<string, unknown>; data: Record<string, unknown> };
  return { ...delivery, metadata: { ...delivery.metadata, overheidslaag: "Waterschap", periode: 7 }, data: { ...delivery.data, lasten: [{ taakveld: "7.1", categorie: "3.8", bedrag: "12,5" }] } };
};

const issues = (result: { readonly ok: boolean; readonly issues?: readonly Issue[] }): readonly Issue[] => (result.ok ? [] : (result.issues ?? []));

describe("the same problems in Dutch and English (issue 19)", () => {
  it("parsePlanningDocument", () => {
    const doc = brokenPlanning();
    expectParity(issues(parsePlanningDocument(doc, { lang: "nl" })), issues(parsePlanningDocument(doc, { lang: "en" })));
    // A document of the right shape, with cross-field problems only (zod skips those checks after a type error).
    const shaped = structuredClone(ALMERE_GEZONDHEID_2024) as unknown as { programmes: { goals: Record<string, unknown>[]; activities: Record<string, unknown>[]; code: string }[] };
    const programme = shaped.programmes[0] as (typeof shaped.programmes)[number];
    Object.assign(programme.goals[0] as object, { indicatorIds: ["bestaat-niet"], activityIds: ["ook-niet"] });
    Object.assign(programme.activities[0] as object, { plannedStart: "2024-06-01", plannedEnd: "2024-02-01", lifecycle: { state: "planned", startedOn: "2024-01-01" } });
    shaped.programmes.push({ ...programme });
    const cross = issues(parsePlanningDocument(shaped, { lang: "en" }));
    expect(cross.length).toBeGreaterThanOrEqual(4);
    expectParity(issues(parsePlanningDocument(shaped, { lang: "nl" })), cross);
    // English stays the default.
    expect(parsePlanningDocument(doc)).toEqual(parsePlanningDocument(doc, { lang: "en" }));
  });

  it("parseBudget and validateBudgetLines", () => {
    const budget = brokenBudget();
    expectParity(issues(parseBudget(budget, { lang: "nl" })), issues(parseBudget(budget, { lang: "en" })));
    const lines = [{ programme: "", taakveld: 7, year: 24, phase: "p", expenses: 1.5, revenue: 0, nature: "soms", note: 1 }];
    expectParity(issues(validateBudgetLines(lines, { lang: "nl" })), issues(validateBudgetLines(lines, { lang: "en" })));
  });

  it("parseIv3Delivery", () => {
    const delivery = brokenDelivery();
    expectParity(issues(parseIv3Delivery(delivery, { lang: "nl" })), issues(parseIv3Delivery(delivery, { lang: "en" })));
  });

  it("parseReportInput: the envelope, and the two documents in it", () => {
    const planning = structuredClone(ALMERE_GEZONDHEID_2024);
    const envelope = { planning, budget: { ...structuredClone(ALMERE_GEZONDHEID_2024_BUDGET), budgetYear: 2025 }, scale: "regenboog", deviationPolicy: "streng", windowDays: 400 };
    expectParity(issues(parseReportInput(envelope, { lang: "nl" })), issues(parseReportInput(envelope, { lang: "en" })));
    const nested = [{ planning: brokenPlanning(), asOf: "2024-02-30", submissions: { x: 20240101 } }, { planning, budget: brokenBudget() }];
    expectParity(issues(parseReportInput(nested, { lang: "nl" })), issues(parseReportInput(nested, { lang: "en" })));
    expect(issues(parseReportInput([], { lang: "nl" }))[0]?.message).toBe("De lijst bevat geen rapportinvoer.");
  });

  it("a lang option other than nl or en is refused", () => {
    expect(() => parsePlanningDocument({}, { lang: "fr" as "nl" })).toThrow(/lang option of parsePlanningDocument must be "nl" or "en"/);
    expect(() => parseBudget({}, { lang: "NL" as "nl" })).toThrow(/"nl" or "en"/);
  });
});

describe("parseBudgetCsv and decodeText say every issue in Dutch and English with the same detail (issue 19)", () => {
  const base: CsvImportOptions = { columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten" }, year: 2025, phase: "begroting" };
  const both = (input: string | Uint8Array, options: CsvImportOptions = base): { nl: readonly Issue[]; en: readonly Issue[] } => ({
    nl: issues(parseBudgetCsv(input, { ...options, lang: "nl" })),
    en: issues(parseBudgetCsv(input, { ...options, lang: "en" })),
  });
  const bytes = (...parts: (string | number)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : [p])));
  const utf16le = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);

  // One amount per row, each refused by parseAmount (opkoers/money, English) for another reason: the Dutch comes
  // from a table keyed by the error's code and details.
  const dutchAmounts = ["abc", "12 abc", "1\t234", "(-5)", "12 34", "1.5", "0.123", "1,234.56", "1..2", "(2023)", "1,234", "1,2345", "999.999.999.999.999.999"];
  const cases: readonly (readonly [string, string | Uint8Array, CsvImportOptions, readonly string[]])[] = [
    ["every reason parseAmount gives", `Taakveld;Lasten;Baten\n${dutchAmounts.map((a) => `0.1;${a};0`).join("\n")}\n`, base, ["invalid_amount_text", "fraction_of_cent", "amount_out_of_range"]],
    ["parentheses never, and a fraction of a cent in thousands", "Taakveld;Lasten;Baten\n0.1;(5);0\n0.1;1,000001;0\n", { ...base, parentheses: "never", unit: "thousand" }, ["invalid_amount_text", "fraction_of_cent"]],
    ["the dot number format", "Taakveld;Lasten;Baten\n0.1;x;0\n0.1;1.001;0\n0.1;99999999999999999999;0\n", { ...base, numberFormat: "dot" }, ["invalid_amount_text", "fraction_of_cent", "amount_out_of_range"]],
    ["rows of another length", "Taakveld,Lasten,Baten\n0.1,1.234,56,0\n0.1,5\n0.1,5,0,x y\n", base, ["column_count"]],
    ["a row of another length without a header", "0.1;5;0\n0.1;5\n", { ...base, header: false, columns: { taakveld: 0, expenses: 1, revenue: 2 } }, ["column_count"]],
    ["missing columns", "Taakveld;Lasten\n0.1;5\n", { ...base, columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten", categorie: 7 } }, ["missing_column"]],
    ["missing columns without a header", "0.1;5\n", { ...base, header: false, columns: { taakveld: 0, expenses: "Lasten", revenue: 4 } }, ["missing_column"]],
    ["an ambiguous column", "Taakveld;Lasten;Lasten\n0.1;5;6\n", { ...base, columns: { taakveld: "Taakveld", expenses: "Lasten" } }, ["ambiguous_column"]],
    [
      "empty cells, bad codes, sides and years",
      "Taakveld;Categorie;Bedrag;Kant;Jaar;Fase\n;1.1;5;L;2025;b\n6.1;x;;L;2025;b\n9;1.1;5;Q;25;b\n0.1;1.1;5;L;1066;\n",
      { columns: { taakveld: "Taakveld", categorie: "Categorie", amount: "Bedrag", side: "Kant", year: "Jaar", phase: "Fase" }, emptyAmount: "issue", taakveldFormat: "codeAndName" },
      ["missing_value", "invalid_taakveld", "invalid_categorie", "invalid_side", "invalid_year"],
    ],
    ["an unclosed quote", 'Taakveld;Lasten\n0.1;"5\n', base, ["csv_syntax"]],
    ["a quote inside a cell", 'Taakveld;Lasten\n\n0.1;5"x\n', base, ["csv_syntax"]],
    ["text after a closing quote", 'Taakveld;Lasten\n0.1;"5"x\n', base, ["csv_syntax"]],
    ["windows-1252 bytes read as UTF-8", bytes("Taakveld;Lasten\n0.1;", 0x80, " 5\n"), base, ["invalid_encoding"]],
    ["bytes that are no text", bytes("Taakveld;Lasten\n0.1;", 0x81, 0xc3, "\n"), base, ["invalid_encoding"]],
    ["a NUL byte", bytes("Taakveld;Lasten\n\n0.1;", 0, "5\n"), base, ["invalid_encoding"]],
    ["UTF-16 without a byte-order mark", Uint8Array.from(utf16le("Taakveld;Lasten\n0.1;5\n")), base, ["invalid_encoding"]],
    ["a byte-order mark of another encoding", Uint8Array.from([0xff, 0xfe, ...utf16le("Taakveld\n")]), { ...base, encoding: "utf-8" }, ["invalid_encoding"]],
    ["UTF-16 cut off", Uint8Array.from([0xff, 0xfe, ...utf16le("Taakveld\n"), 0x41]), base, ["invalid_encoding"]],
    ["UTF-16 with half a character", Uint8Array.from([0xff, 0xfe, ...utf16le("Taakveld\n0.1"), 0x00, 0xd8, 0x41, 0x00]), base, ["invalid_encoding"]],
    ["neither text nor bytes", 5 as unknown as string, base, ["invalid_type"]],
  ];
  for (const [name, input, options, codes] of cases) {
    it(`${name}: ${codes.join(", ")}`, () => {
      const { nl, en } = both(input, options);
      expect([...new Set(en.map((i) => i.code))].sort()).toEqual([...codes].sort());
      expectParity(nl, en);
    });
  }

  it("the Dutch amount messages word for word, with what the cell holds", () => {
    const { nl } = both("Taakveld;Lasten;Baten\n0.1;12 abc;0\n0.1;(2023);0\n0.1;1,234;0\n");
    expect(nl.map((i) => i.message)).toEqual([
      'Regel 2, kolom "Lasten": "12 abc" is geen bedrag: het heeft onverwachte tekst "abc" na "12"; een bedrag bevat alleen cijfers, punten tussen duizendtallen, een decimale komma, een teken en €.',
      'Regel 3, kolom "Lasten": "(2023)" is geen bedrag: "(2023)" leest als een jaartal of een noot, niet als een negatief bedrag; schrijf een negatief bedrag tussen haakjes met zijn duizendtallen gegroepeerd ("(2.023)"), of geef { parentheses: "always" } mee om elk getal tussen haakjes als negatief te lezen.',
      'Regel 4, kolom "Lasten": "1,234" heeft een fractie van een cent (de komma scheidt de decimalen; schrijf 1.234 voor een getal met duizendtallen).',
    ]);
  });

  it("English stays the default; another lang is refused", () => {
    const csv = "Taakveld;Lasten;Baten\n0.1;abc;0\n";
    expect(parseBudgetCsv(csv, base)).toEqual(parseBudgetCsv(csv, { ...base, lang: "en" }));
    expect(() => parseBudgetCsv(csv, { ...base, lang: "fr" as "nl" })).toThrow(/lang option of parseBudgetCsv must be "nl" or "en"/);
    expect(() => decodeText(new Uint8Array(), { lang: "de" as "nl" })).toThrow(/lang option of decodeText must be "nl" or "en"/);
  });

  it("decodeText: the same line and looksLike, the message in the language asked for", () => {
    for (const input of [bytes("a\n", 0x80), bytes("a\n", 0x81, 0xc3), bytes("a\n\n", 0), Uint8Array.from(utf16le("ab\n")), Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])]) {
      const options = input[0] === 0xef ? { encoding: "utf-16le" as const } : {};
      const nl = decodeText(input, { ...options, lang: "nl" });
      const en = decodeText(input, { ...options, lang: "en" });
      expect(nl.ok || en.ok).toBe(false);
      if (nl.ok || en.ok) continue;
      expect([nl.line, nl.looksLike]).toEqual([en.line, en.looksLike]);
      expect(nl.message).not.toBe(en.message);
      expect(numbersIn(nl.message)).toEqual(numbersIn(en.message));
      expect(decodeText(input, options)).toEqual(en);
    }
  });
});

describe("the CBS checks carry the same detail in both languages (issue 19)", () => {
  const line = (taakveld: string, categorie: string, expenses: number, revenue: number) =>
    ({ programme: "p", year: 2023, phase: "realisatie", nature: "structureel", taakveld, categorie, expenses: euro(expenses), revenue: euro(revenue) }) as const;

  it("four unknown taakvelden: the Dutch lists the same rows as the English, not the first alone", () => {
    const lines = [line("9.1", "3.8", 10, 0), line("9.2", "3.8", 10, 0), line("9.3", "3.8", 10, 0), line("9.4", "3.8", 10, 0), line("0.1", "1.1", 0, 40)];
    const checks = checkCbsLines(lines, { period: 5 });
    for (const check of checks) {
      expect(numbersIn(check.message.nl), `${check.ruleId}: ${check.message.nl} | ${check.message.en}`).toEqual(numbersIn(check.message.en));
    }
    const df001 = checks.find((c) => c.ruleId === "cbs.DF001");
    expect(df001?.message.nl).toContain("4 van de 5 taakvelden zijn niet toegestaan volgens de CBS-lijsten van 2023: lines[0]: taakveld 9.1 staat niet in de lijst van 2023; lines[1]: taakveld 9.2 staat niet in de lijst van 2023; lines[2]: taakveld 9.3 staat niet in de lijst van 2023; en nog 1 andere.");
    expect(df001?.message.en).toBe("4 of 5 taakvelden are not allowed by the CBS lists of 2023: lines[0]: taakveld 9.1 is not in the 2023 list; lines[1]: taakveld 9.2 is not in the 2023 list; lines[2]: taakveld 9.3 is not in the 2023 list; and 1 more.");
  });

  it("a delivery with unknown codes, grijze cellen and lasten ≠ baten", () => {
    const delivery = emptyDelivery(2023, 5);
    const checks = checkCbsDelivery({
      ...delivery,
      data: {
        ...delivery.data,
        lasten: [{ taakveld: "9.9", categorie: "3.8", bedrag: 3 }, { taakveld: "6.1", categorie: "7.1", bedrag: 2 }],
        baten: [{ taakveld: "0.7", categorie: "9.9", bedrag: 1 }],
        kengetallen: [{ verslagperiode: "Rek_2023", kengetal: "fk.9", waarde: "1" }],
      },
    });
    expect(checks.filter((c) => c.status === "fail").length).toBeGreaterThanOrEqual(4);
    for (const check of checks) expect(numbersIn(check.message.nl), `${check.ruleId}: ${check.message.nl} | ${check.message.en}`).toEqual(numbersIn(check.message.en));
  });
});

describe("the CLI says the same in Dutch and English (issue 19)", () => {
  const run = async (lang: Lang, file: string, content: string, extra: readonly string[] = []): Promise<string[]> => {
    const io = memoryIo({ [file]: content });
    expect(await runCli(["validate", file, "--lang", lang, ...extra], io)).toBe(EXIT_CODES.invalid);
    return io.out().trimEnd().split("\n");
  };
  // "  path: message [code]" → path, code, the numbers of the message
  const parts = (line: string): { at: string; code: string; message: string } => {
    const match = /^ {2}(.*?): (.*) \[([^\]]+)\]$/.exec(line);
    return { at: match?.[1] ?? line, message: match?.[2] ?? "", code: match?.[3] ?? "" };
  };

  for (const [name, file, content, extra] of [
    ["a broken planning document", "p.json", JSON.stringify(brokenPlanning()), []],
    ["a broken budget document", "b.json", JSON.stringify(brokenBudget()), []],
    ["a broken Iv3 delivery", "d.json", JSON.stringify(brokenDelivery()), []],
    ["a CSV with four unknown taakvelden", "b.csv", "Taakveld;Categorie;Lasten;Baten\n9.1;3.8;10;0\n9.2;3.8;10;0\n9.3;3.8;10;0\n9.4;3.8;10;0\n", ["--year", "2023"]],
  ] as const) {
    it(`validate ${name}: the same lines, paths, codes and numbers`, async () => {
      const nl = await run("nl", file, content, extra);
      const en = await run("en", file, content, extra);
      expect(nl.length).toBe(en.length);
      expect(numbersIn(nl[0] as string)).toEqual(numbersIn(en[0] as string));
      nl.slice(1).forEach((line, i) => {
        const d = parts(line);
        const e = parts(en[i + 1] as string);
        if (!/^(bestand|file)$/.test(d.at)) expect(d.at).toBe(e.at);
        expect(d.code).toBe(e.code);
        expect(d.message, `${line} | ${en[i + 1] ?? ""}`).not.toBe(e.message);
        expect(numbersIn(d.message), `${line} | ${en[i + 1] ?? ""}`).toEqual(numbersIn(e.message));
      });
    });
  }
});

describe("zod's global configuration belongs to the application (issue 19)", () => {
  it("a Dutch parse leaves z.config as it was, and an application's own error map still answers English parses", () => {
    const before = { ...z.config() };
    parsePlanningDocument(brokenPlanning(), { lang: "nl" });
    parseBudget(brokenBudget(), { lang: "nl" });
    parseIv3Delivery(brokenDelivery(), { lang: "nl" });
    expect({ ...z.config() }).toEqual(before);
    expect(z.config().localeError).toBe(before.localeError);
    expect(z.config().customError).toBe(before.customError);
    // The application's map: our English parse does not override it, our Dutch parse does not change it.
    const own = (issue: { readonly code?: string }): string | undefined => (issue.code === "invalid_type" ? "APP" : undefined);
    z.config({ customError: own });
    try {
      const en = issues(parsePlanningDocument({ type: "begroting", municipality: { code: "GM0034" }, year: 2024, programmes: {} }, { lang: "en" }));
      expect(en[0]?.message).toBe("APP");
      const nl = issues(parsePlanningDocument({ type: "begroting", municipality: { code: "GM0034" }, year: 2024, programmes: {} }, { lang: "nl" }));
      expect(nl[0]?.message).toBe("Ongeldige invoer: verwacht array, ontving object");
      expect(z.config().customError).toBe(own);
    } finally {
      z.config({ customError: before.customError });
    }
    expect(z.config().customError).toBe(before.customError);
  });
});
