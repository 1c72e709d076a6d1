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
import { checkCbsDelivery, checkCbsLines, parseIv3Delivery } from "opkoers/io";
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
