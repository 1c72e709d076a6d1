import { fc, test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { bundledExample, EXIT_CODES, runCli } from "opkoers/cli";
import { parseBudget } from "opkoers/budget";
import { parsePlanningDocument } from "opkoers/policy";
import { buildReport, parseReportInput } from "opkoers/report";
import { statusLabel } from "opkoers/status";
import { ALMELO_ZORG_2022, ALMERE_GEZONDHEID_2024 } from "../../src/cli/_internal/seedPlanning.js";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";
import { encode, IV3_ENVELOPE, memoryIo } from "./_io.js";

const planningJson = JSON.stringify(ALMERE_GEZONDHEID_2024);
const envelopeJson = JSON.stringify({ planning: ALMERE_GEZONDHEID_2024, budget: ALMERE_GEZONDHEID_2024_BUDGET, asOf: "2024-10-20" });

describe("general flags", () => {
  it("prints the version and exits 0", async () => {
    const io = memoryIo();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(io.out()).toBe("9.8.7\n");
    const io2 = memoryIo();
    expect(await runCli(["report", "-v"], io2)).toBe(0);
    expect(io2.out()).toBe("9.8.7\n");
  });

  it("prints help for the program and each command, in both languages", async () => {
    for (const [args, needle] of [
      [["--help"], "Gebruik: opkoers <commando>"],
      [["--help", "--lang", "en"], "Usage: opkoers <command>"],
      [["validate", "--help"], "Gebruik: opkoers validate"],
      [["report", "-h", "--lang", "en"], "Usage: opkoers report"],
      [["iv3", "--help"], "Gebruik: opkoers iv3"],
      [["schema", "--help", "--lang=en"], "Usage: opkoers schema"],
      [["help", "report"], "Gebruik: opkoers report"],
    ] as const) {
      const io = memoryIo();
      expect(await runCli(args, io)).toBe(0);
      expect(io.out()).toContain(needle);
      expect(io.out()).toMatch(/(Afsluitcodes|Exit codes):\n {2}0 /);
    }
  });

  it("exits 2 on usage errors, with one line on stderr and nothing on stdout", async () => {
    for (const args of [[], ["frobnicate"], ["report", "--colour"], ["report", "--lang", "de"], ["validate"], ["validate", "a.json", "b.json"], ["report", "--format", "pdf"], ["report", "--as-of", "2024-13-01"], ["report", "--window", "-3"], ["schema", "xml"], ["iv3"], ["iv3", "e.json", "--boekjaar", "24"], ["iv3", "e.json", "--boekjaar", "2024", "--periode", "6"], ["validate", "missing.json"]]) {
      const io = memoryIo();
      expect(await runCli(args, io), args.join(" ")).toBe(EXIT_CODES.usage);
      expect(io.out(), args.join(" ")).toBe("");
      expect(io.err()).not.toMatch(/\n\s+at /); // no stack trace
      if (args.length > 0) expect(io.err().trim().split("\n")).toHaveLength(1);
    }
  });

  it("takes --lang before the command too", async () => {
    const io = memoryIo();
    expect(await runCli(["--lang", "en", "report", "--format", "markdown"], io)).toBe(0);
    expect(io.out()).toMatch(/^# Status report Almere/);
  });
});

describe("opkoers validate", () => {
  it("accepts a valid planning document, budget document, envelope and array of envelopes", async () => {
    const io = memoryIo({
      "p.json": planningJson,
      "b.json": JSON.stringify(ALMERE_GEZONDHEID_2024_BUDGET),
      "e.json": envelopeJson,
      "a.json": JSON.stringify([{ planning: ALMELO_ZORG_2022 }, JSON.parse(envelopeJson)]),
    });
    for (const [file, kind] of [
      ["p.json", "planningsdocument"],
      ["b.json", "begrotingsdocument"],
      ["e.json", "rapportinvoer"],
      ["a.json", "rapportinvoer"],
    ] as const) {
      expect(await runCli(["validate", file], io)).toBe(0);
      expect(io.out()).toContain(`${file}: geldig${kind === "rapportinvoer" ? "e" : ""} ${kind} (`);
    }
    expect(io.err()).toBe("");
  });

  it("lists every problem of a broken planning document with its path and exits 1", async () => {
    const broken = structuredClone(ALMERE_GEZONDHEID_2024) as unknown as Record<string, unknown> & { programmes: Record<string, unknown>[] };
    broken["year"] = "2024";
    broken["municipality"] = { code: "Almere" };
    const programme = broken.programmes[0] as { goals: { indicatorIds: string[]; id: unknown }[]; activities: { plannedStart: string }[] };
    (programme.goals[0] as { indicatorIds: string[] }).indicatorIds = ["bestaat-niet"];
    (programme.goals[1] as { id: unknown }).id = 7;
    (programme.activities[0] as { plannedStart: string }).plannedStart = "2024-02-30";
    const expected = parsePlanningDocument(broken);
    expect(expected.ok).toBe(false);
    const issues = expected.ok ? [] : expected.issues;
    expect(issues.length).toBeGreaterThanOrEqual(4);

    const io = memoryIo({ "kapot.json": JSON.stringify(broken) });
    expect(await runCli(["validate", "kapot.json", "--lang", "en"], io)).toBe(1);
    const lines = io.out().trimEnd().split("\n");
    expect(lines[0]).toBe(`kapot.json: invalid planning document: ${issues.length} problems.`);
    expect(lines.slice(1)).toHaveLength(issues.length);
    for (const issue of issues) expect(io.out()).toContain(`${issue.message} [${issue.code}]`);
    expect(io.out()).toContain("  year: ");
    expect(io.out()).toContain("  municipality.code: ");
    expect(io.out()).toContain("  programmes[0].goals[1].id: ");
    expect(io.out()).toContain("  programmes[0].activities[0].plannedStart: ");

    const json = memoryIo({ "kapot.json": JSON.stringify(broken) });
    expect(await runCli(["validate", "kapot.json", "--format", "json"], json)).toBe(1);
    // Under the default --lang nl the issues are the Dutch ones: the same paths and codes, zod's Dutch locale.
    const dutch = parsePlanningDocument(broken, { lang: "nl" });
    expect(JSON.parse(json.out())).toEqual({ file: "kapot.json", kind: "planning", valid: false, issues: dutch.ok ? [] : dutch.issues });
    expect((dutch.ok ? [] : dutch.issues).map((i) => [i.path, i.code])).toEqual(issues.map((i) => [i.path, i.code]));
  });

  it("lists the problems of a broken budget and envelope under their paths", async () => {
    const budget = structuredClone(ALMERE_GEZONDHEID_2024_BUDGET) as unknown as { lines: { phase: string; programme: string }[] };
    (budget.lines[0] as { phase: string }).phase = "onbekend";
    (budget.lines[1] as { programme: string }).programme = "sport";
    const expected = parseBudget(budget);
    const io = memoryIo({ "b.json": JSON.stringify(budget), "e.json": JSON.stringify({ planning: ALMERE_GEZONDHEID_2024, budget, scale: "regenboog", asof: "2024-01-01" }) });
    expect(await runCli(["validate", "b.json"], io)).toBe(1);
    expect(io.out()).toContain("  lines[0].phase: ");
    expect(io.out()).toContain("  lines[1].programme: ");
    expect(expected.ok ? 0 : expected.issues.length).toBe(2);
    const io2 = memoryIo({ "e.json": io.written("e.json") as string });
    expect(await runCli(["validate", "e.json"], io2)).toBe(1);
    expect(io2.out()).toContain("  budget.lines[0].phase: ");
    expect(io2.out()).toContain("  (document): ");
    expect(io2.out()).toContain("asof");
  });

  it("reads a budget CSV by its headers, and reports bad cells by row and column", async () => {
    const good = "Programma;Taakveld;Categorie;Lasten;Baten\ngezondheid;7.1 Volksgezondheid;3.8;46.634;0\ngezondheid;7.1;4.3.1;0;4.742\n";
    const bad = "Taakveld,Lasten,Baten\n7.1,12x,0\n99,1,2\n";
    const io = memoryIo({ "goed.csv": good, "fout.csv": bad });
    expect(await runCli(["validate", "goed.csv", "--year", "2024", "--unit", "thousand"], io)).toBe(0);
    expect(io.out()).toContain("goed.csv: geldige begroting als CSV (2 regels)");
    expect(await runCli(["validate", "fout.csv", "--year", "2024", "--lang", "en"], io)).toBe(1);
    // The message names its line and column; the CLI prints it as it is, without the place before it (issue 19).
    expect(io.out()).toContain('  Line 2, column "Lasten": "12x" is not an amount');
    expect(io.out()).toContain('  Line 3, column "Taakveld": "99" is not a taakveld code');
    // No year column and no --year: a usage error that says how to fix it.
    const io2 = memoryIo({ "goed.csv": good });
    expect(await runCli(["validate", "goed.csv"], io2)).toBe(2);
    expect(io2.err()).toContain("--year");
  });

  it("says in one sentence that a truncated JSON file is not complete", async () => {
    const io = memoryIo({ "half.json": planningJson.slice(0, 200) });
    expect(await runCli(["validate", "half.json"], io)).toBe(1);
    expect(io.err()).toMatch(/^opkoers: half\.json is geen volledig JSON-document: het houdt midden in op \(regel 1, kolom 201\) — is het bestand afgebroken\?\n$/);
    expect(io.out()).toBe("");
  });

  test.prop([fc.integer({ min: 1, max: planningJson.length - 1 })])("every truncation of a JSON document is one sentence and exit 1", async (cut) => {
    const io = memoryIo({ "t.json": planningJson.slice(0, cut) });
    expect(await runCli(["validate", "t.json", "--lang", "en"], io)).toBe(1);
    expect(io.err().split("\n").filter((line) => line !== "")).toHaveLength(1);
    expect(io.err()).toMatch(/^opkoers: t\.json is not (complete|valid) JSON/);
  });

  it("says in one sentence that a binary file is binary", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const io = memoryIo({ "foto.json": png });
    expect(await runCli(["validate", "foto.json", "--lang", "en"], io)).toBe(1);
    expect(io.err()).toBe("opkoers: foto.json is a binary file, not JSON or CSV text.\n");
    const latin1 = memoryIo({ "oud.csv": new Uint8Array([0x54, 0x61, 0x61, 0x6b, 0xe9, 0x0a]) });
    expect(await runCli(["validate", "oud.csv"], latin1)).toBe(1);
    expect(latin1.err()).toBe(
      'opkoers: oud.csv is geen UTF-8-tekst (regel 1): het lijkt windows-1252 (zo bewaart Excel "CSV (gescheiden door lijstscheidingsteken)"). Geef --encoding windows-1252, of bewaar het bestand als "CSV UTF-8".\n',
    );
  });

  it("reads a windows-1252 or UTF-16 CSV with --encoding and says which encoding a file looks like", async () => {
    // "Taakveld;Lasten;Omschrijving\n0.1;1.000;Café €\n" as Dutch Excel saves it (windows-1252: é = 0xE9, € = 0x80)
    const text = "Taakveld;Lasten;Omschrijving\n0.1;1.000;Caf\u00e9 \u20ac\n";
    const cp1252 = new Uint8Array([...text].map((c) => (c === "\u20ac" ? 0x80 : c.charCodeAt(0))));
    const utf16 = new Uint8Array(2 * text.length);
    for (let i = 0; i < text.length; i++) {
      utf16[2 * i] = text.charCodeAt(i) & 0xff;
      utf16[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const io = memoryIo({ "excel.csv": cp1252, "unicode.csv": utf16 });
    expect(await runCli(["validate", "excel.csv", "--year", "2024", "--lang", "en"], io)).toBe(1);
    expect(io.err()).toContain("excel.csv is not UTF-8 text (line 2): it looks like windows-1252");
    expect(await runCli(["validate", "excel.csv", "--year", "2024", "--encoding", "windows-1252", "--lang", "en"], io)).toBe(0);
    expect(await runCli(["validate", "unicode.csv", "--year", "2024", "--lang", "en"], io)).toBe(1);
    expect(io.err()).toContain("unicode.csv is not UTF-8 text: it looks like UTF-16 LE");
    expect(await runCli(["validate", "unicode.csv", "--year", "2024", "--encoding", "utf-16le", "--lang", "en"], io)).toBe(0);
    expect(await runCli(["validate", "unicode.csv", "--year", "2024", "--encoding", "latin1"], io)).toBe(2);
    expect(io.err()).toContain("--encoding moet utf-8, windows-1252, utf-16le of utf-16be zijn");
  });

  it("names other JSON problems and where they are", async () => {
    const io = memoryIo({ "x.json": '{"type": "begroting",\n "year": 2024,, }', "leeg.json": "  \n", "getal.json": "42" });
    expect(await runCli(["validate", "x.json", "--lang", "en"], io)).toBe(1);
    expect(io.err()).toMatch(/^opkoers: x\.json is not valid JSON at line 2, column \d+: .+\.\n$/);
    expect(await runCli(["validate", "leeg.json"], io)).toBe(1);
    expect(await runCli(["validate", "getal.json"], io)).toBe(1);
    expect(io.err()).toContain("getal.json is geen planningsdocument");
  });
});

const reportOf = async (args: readonly string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = memoryIo();
  const code = await runCli(["report", ...args], io);
  return { code, out: io.out(), err: io.err() };
};

describe("opkoers report on the bundled example", () => {
  it("is valid input built from the seeds (Almere lasten 46.634, baten 4.742 × € 1.000)", () => {
    const inputs = bundledExample();
    expect(inputs.map((i) => `${i.planning.municipality.name} ${i.planning.year}`)).toEqual(["Almere 2024", "Almelo 2022"]);
    const budget = inputs[0]?.budget;
    const original = budget?.lines.filter((l) => l.programme === "gezondheid" && l.phase === "primitief" && l.year === 2024) ?? [];
    expect(original.reduce((s, l) => s + l.expenses, 0)).toBe(46_634_000_00);
    expect(original.reduce((s, l) => s + l.revenue, 0)).toBe(4_742_000_00);
    expect(parseReportInput(JSON.parse(JSON.stringify(inputs))).ok).toBe(true);
  });

  for (const lang of ["nl", "en"] as const) {
    it(`renders text, markdown, json and html (${lang})`, async () => {
      const reports = bundledExample().map((input) => buildReport(input));
      const text = await reportOf(["--lang", lang]);
      expect(text.code).toBe(0);
      expect(text.err).toBe("");
      expect(text.out).toContain(lang === "nl" ? "Programma Gezondheid" : "Programme Gezondheid");
      expect(text.out).toContain("46.634".replace(".", lang === "nl" ? "." : ","));

      const md = await reportOf(["--format", "markdown", "--lang", lang]);
      expect(md.code).toBe(0);
      expect(md.out).toMatch(/^# /);
      expect(md.out).toContain("| --- |");

      const json = await reportOf(["--format", "json", "--lang", lang]);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.out)).toEqual(JSON.parse(JSON.stringify(reports)));

      const html = await reportOf(["--format", "html", "--lang", lang]);
      expect(html.code).toBe(0);
      const page = html.out;
      expect(page.startsWith(`<!doctype html>\n<html lang="${lang}">`)).toBe(true);
      // Self-contained: nothing to load (url(#…) is a pattern of the page's own SVG).
      expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)|\ssrc=|href="(?!#)/i);
      // Charts: one bar chart per programme with money, one line chart per indicator with data; each with title and desc.
      const bars = reports.flatMap((r) => r.programmes).filter((p) => p.finances !== null).length;
      const lines = reports.flatMap((r) => r.programmes).flatMap((p) => p.indicators).filter(({ indicator }) => indicator.targets.length + indicator.measurements.length > 0).length;
      expect(bars).toBe(1);
      expect(lines).toBe(4);
      const svgs = page.match(/<svg [^>]*role="img"[^>]*>/g) ?? [];
      expect(svgs).toHaveLength(bars + lines);
      expect((page.match(/<svg [^>]*><title id="[^"]+-title">[^<]+<\/title><desc id="[^"]+-desc">[^<]+<\/desc>/g) ?? []).length).toBe(bars + lines);
      // Status words are printed, not only coloured.
      for (const report of reports) {
        for (const programme of report.programmes) {
          for (const goal of programme.goals) expect(page).toContain(`>${statusLabel(goal.assessment.status)[lang]}</span>`);
          for (const activity of programme.activities) expect(page).toContain(`>${statusLabel(activity.assessment.status)[lang]}</span>`);
        }
      }
      // Badge colours come from the scale of each report (three-colour for Almere, four-colour for Almelo).
      expect(page).toContain('data-status="delayed" style="background:#ef6c00'); // threeColour: oranje
      expect(page).toContain('data-status="delayed" style="background:#f9a825'); // fourColour: geel
      expect(page).toMatch(/<th scope="col"/);
      expect(page).toMatch(/<th scope="row"/);
      expect(page).toMatch(/<caption>/);
    });
  }

  it("--as-of changes the deadlines shown", async () => {
    const october = await reportOf(["--as-of", "2024-10-20", "--lang", "en"]);
    const january = await reportOf(["--as-of", "2025-01-20", "--lang", "en"]);
    const deadlines = (out: string): string => out.slice(out.indexOf("P&C deadlines around the report date"), out.indexOf("Status report Almelo"));
    expect(deadlines(october.out)).toContain("Budget 2025 to the province");
    expect(deadlines(october.out)).not.toContain("Iv3 Q4 2024");
    expect(deadlines(january.out)).toContain("Iv3 Q4 2024 to CBS");
    expect(deadlines(january.out)).not.toContain("Budget 2025 to the province");
    expect(october.out).toContain("Report date: 20 October 2024");
    expect(january.out).toContain("Report date: 20 January 2025");
  });

  it("writes --out to a file and nothing to stdout", async () => {
    const io = memoryIo();
    expect(await runCli(["report", "--format", "html", "--out", "r.html"], io)).toBe(0);
    expect(io.out()).toBe("");
    expect(io.written("r.html")).toMatch(/^<!doctype html>/);
  });

  it("takes --scale and --deviation-policy, and refuses unknown ones", async () => {
    const four = await reportOf(["--scale", "fourColour", "--format", "html"]);
    expect(four.code).toBe(0);
    expect(four.out).not.toContain("background:#ef6c00");
    expect((await reportOf(["--scale", "regenboog"])).code).toBe(2);
    expect((await reportOf(["--deviation-policy", "streng"])).code).toBe(2);
    const nuenen = await reportOf(["--deviation-policy", "nuenen2019", "--lang", "en"]);
    expect(nuenen.out).toContain("Deviations above € 25,000 are explained");
  });
});

describe("opkoers report on a file", () => {
  it("reports on a bare planning document, with today's date from the clock", async () => {
    const io = memoryIo({ "p.json": planningJson }, new Date("2024-03-01T12:00:00Z"));
    expect(await runCli(["report", "p.json", "--lang", "en"], io)).toBe(0);
    expect(io.out()).toContain("Report date: 1 March 2024");
    expect(io.out()).toContain("No budget document was given");
  });

  it("lists the problems of bad report input and exits 1", async () => {
    const io = memoryIo({ "e.json": JSON.stringify({ planning: { ...ALMERE_GEZONDHEID_2024, type: "voorjaarsnota" } }) });
    expect(await runCli(["report", "e.json"], io)).toBe(1);
    expect(io.err()).toContain("  planning.type: ");
    expect(io.out()).toBe("");
  });
});

describe("opkoers iv3", () => {
  it("exports an envelope's begroting 2024 and passes the CBS checks", async () => {
    const io = memoryIo({ "e.json": IV3_ENVELOPE });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", "--lang", "en", "--datum", "2023-11-09T12:00:00Z"], io)).toBe(0);
    const delivery = JSON.parse(io.out()) as { metadata: { overheidsnummer: string; boekjaar: number; datum: string }; data: { lasten: { bedrag: number }[]; baten: { bedrag: number }[] } };
    expect(delivery.metadata).toMatchObject({ overheidsnummer: "0034", boekjaar: 2024, datum: "2023-11-09T12:00:00Z" });
    expect(delivery.data.lasten.reduce((s, c) => s + c.bedrag, 0)).toBe(46_634);
    expect(delivery.data.baten.reduce((s, c) => s + c.bedrag, 0)).toBe(46_634);
    expect(io.err()).toContain("CBS checks:");
    expect(io.err()).toMatch(/PF006 pass/);
    expect(io.err()).not.toMatch(/ fail:/);

    // The delivery it wrote validates as an Iv3 delivery.
    const io2 = memoryIo({ "d.json": io.out() });
    expect(await runCli(["validate", "d.json"], io2)).toBe(0);
    expect(io2.out()).toContain("geldige Iv3-aanlevering");
  });

  it("writes --out and prints the checks on stdout; a failing check exits 1", async () => {
    const io = memoryIo({ "e.json": IV3_ENVELOPE });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", "--out", "iv3.json"], io)).toBe(0);
    expect(io.written("iv3.json")).toContain('"overheidsnaam": "Almere"');
    expect(io.out()).toContain("CBS-controles:");
    // The amended budget (original + begrotingswijziging 1) also balances; a phase list with only the prognose does not.
    const prognose = memoryIo({ "e.json": IV3_ENVELOPE });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", "--phase", "prognose"], prognose)).toBe(1);
    expect(prognose.err()).toMatch(/PF006 fail/);
    const unknown = memoryIo({ "e.json": IV3_ENVELOPE });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", "--phase", "nergens"], unknown)).toBe(2);
  });

  it("exports a budget CSV with the contact given as options", async () => {
    const csv = "Taakveld;Categorie;Lasten;Baten\n7.1;3.8;1.000;0\n7.1;4.3.1;0;1.000\n";
    const io = memoryIo({ "b.csv": csv });
    expect(await runCli(["iv3", "b.csv", "--boekjaar", "2025", "--overheidsnummer", "0141", "--naam", "Almelo", "--contact-naam", "A", "--contact-email", "a@almelo.nl", "--contact-telefoon", "0546 000000", "--unit", "thousand"], io)).toBe(0);
    expect(JSON.parse(io.out()).data.lasten).toEqual([{ taakveld: "7.1", categorie: "3.8", bedrag: 1000 }]);
    const missing = memoryIo({ "b.csv": csv });
    expect(await runCli(["iv3", "b.csv", "--boekjaar", "2025"], missing)).toBe(2);
    expect(missing.err()).toContain("--overheidsnummer");
  });
});

describe("opkoers schema", () => {
  it("prints each JSON Schema, and the report schema accepts the bundled example", async () => {
    for (const type of [undefined, "planning", "begroting", "bestuursrapportage", "jaarverslag", "budget", "report"]) {
      const io = memoryIo();
      expect(await runCli(type === undefined ? ["schema"] : ["schema", type], io)).toBe(0);
      expect(JSON.parse(io.out())["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    }
    const io = memoryIo();
    await runCli(["schema", "report"], io);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(io.out()) as object);
    const example = JSON.parse(JSON.stringify(bundledExample()));
    expect(validate(example), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(example[0])).toBe(true);
    expect(validate(ALMELO_ZORG_2022)).toBe(true);
    expect(validate({ planning: ALMELO_ZORG_2022, asOf: 20241020 })).toBe(false);
    expect(validate({ planning: ALMELO_ZORG_2022, kleur: "rood" })).toBe(false);
  });
});

describe("fuzzing the file input", () => {
  const commands = [["validate"], ["report"], ["iv3", "--boekjaar", "2024"], ["validate", "--year", "2024"]] as const;
  const exits = [0, 1, 2];

  test.prop([fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...commands), fc.constantFrom("f.json", "f.csv", "f")])("random bytes: never throws, exit 0/1/2", async (bytes, command, name) => {
    const io = memoryIo({ [name]: bytes });
    const code = await runCli([command[0], name, ...command.slice(1)], io);
    expect(exits).toContain(code);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  test.prop([fc.json({ maxDepth: 4 }), fc.constantFrom(...commands)])("random JSON: never throws, exit 0/1/2", async (json, command) => {
    const io = memoryIo({ "f.json": json });
    const code = await runCli([command[0], "f.json", ...command.slice(1)], io);
    expect(exits).toContain(code);
    expect(io.err()).not.toContain("internal error");
    expect(io.err()).not.toContain("interne fout");
  });

  test.prop([fc.string({ maxLength: 300 }), fc.constantFrom(...commands)])("random CSV text: never throws, exit 0/1/2", async (text, command) => {
    const io = memoryIo({ "f.csv": `Taakveld;Lasten;Baten\n${text}` });
    const code = await runCli([command[0], "f.csv", ...command.slice(1)], io);
    expect(exits).toContain(code);
    expect(io.err()).not.toContain("internal error");
    expect(io.err()).not.toContain("interne fout");
  });

  // Mutations of a valid envelope: values replaced anywhere in the document.
  test.prop([fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 })])("mutated envelopes: never an internal error", async (mutations) => {
    const doc = JSON.parse(envelopeJson) as unknown;
    const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach((child, i) => (slots.push({ parent: node, key: i }), walk(child)));
      else if (typeof node === "object" && node !== null) for (const [key, child] of Object.entries(node)) (slots.push({ parent: node as Record<string, unknown>, key }), walk(child));
    };
    walk(doc);
    for (const [index, value] of mutations) {
      const slot = slots[index % slots.length];
      if (slot !== undefined) (slot.parent as Record<string | number, unknown>)[slot.key] = value;
    }
    const io = memoryIo({ "e.json": JSON.stringify(doc) });
    const code = await runCli(["report", "e.json"], io);
    expect(exits).toContain(code);
    expect(io.err()).not.toContain("interne fout");
    const io2 = memoryIo({ "e.json": JSON.stringify(doc) });
    expect(exits).toContain(await runCli(["iv3", "e.json", "--boekjaar", "2024"], io2));
    expect(io2.err()).not.toContain("interne fout");
  });
});

it("encodes test files as UTF-8", () => {
  expect(encode("é")).toEqual(new Uint8Array([0xc3, 0xa9]));
});

describe("less travelled paths", () => {
  const failingIo = (code: string) => ({
    ...memoryIo(),
    readFile: async () => {
      throw Object.assign(new Error(`${code}: nope`), { code });
    },
  });

  it("says why a file cannot be read (exit 2)", async () => {
    for (const [code, text] of [["ENOENT", "het bestand bestaat niet"], ["EISDIR", "het is een map"], ["EACCES", "geen leesrechten"], ["EIO", "EIO: nope"]] as const) {
      const io = failingIo(code);
      let err = "";
      const code2 = await runCli(["validate", "x.json"], { ...io, stderr: (t) => void (err += t) });
      expect(code2).toBe(2);
      expect(err).toContain(text);
    }
  });

  it("says when --out cannot be written (exit 2)", async () => {
    const io = { ...memoryIo(), writeFile: async () => Promise.reject(new Error("EROFS: read-only file system")) };
    let err = "";
    expect(await runCli(["schema", "--out", "s.json"], { ...io, stderr: (t) => void (err += t) })).toBe(2);
    expect(err).toContain("kan s.json niet schrijven: EROFS");
  });

  it("validates with --as, and refuses a bad --as or --format", async () => {
    const io = memoryIo({ "doc.txt": planningJson, "d.json": JSON.stringify({ metadata: {}, data: {} }) });
    expect(await runCli(["validate", "doc.txt", "--as", "planning"], io)).toBe(0);
    expect(await runCli(["validate", "doc.txt", "--as", "xml"], io)).toBe(2);
    expect(await runCli(["validate", "doc.txt", "--format", "html"], io)).toBe(2);
    expect(await runCli(["validate", "d.json"], io)).toBe(1);
    expect(io.out()).toContain("ongeldige Iv3-aanlevering");
  });

  it("exports Iv3 from a budget document or envelope, and explains what is missing", async () => {
    const budgetJson = JSON.stringify(ALMERE_GEZONDHEID_2024_BUDGET);
    const contact = ["--contact-naam", "A", "--contact-email", "a@almere.nl", "--contact-telefoon", "036 000 0000", "--overheidsnummer", "0034"];
    const io = memoryIo({ "b.json": budgetJson, "e.json": JSON.stringify([{ planning: ALMELO_ZORG_2022 }]), "kapot.json": "{", "fout.csv": "Taakveld,Lasten\n7.1,abc\n", "fout.json": JSON.stringify({ ...ALMERE_GEZONDHEID_2024_BUDGET, lines: 3 }), "r.json": JSON.stringify([{ planning: { ...ALMELO_ZORG_2022, year: "x" } }]) });
    expect(await runCli(["iv3", "b.json", "--boekjaar", "2024", ...contact], io)).toBe(0);
    expect(io.out()).toContain('"overheidsnaam": "Almere"');
    expect(await runCli(["iv3", "b.json", "--boekjaar", "2024", "--periode", "5", ...contact], io)).toBe(1);
    expect(io.err()).toContain("geen fase voor periode 5");
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2022"], io)).toBe(1);
    expect(io.err()).toContain('bevat geen begrotingsdocument ("budget")');
    for (const file of ["kapot.json", "fout.csv", "fout.json", "r.json"]) expect(await runCli(["iv3", file, "--boekjaar", "2024", ...contact], io), file).toBe(1);
    expect(await runCli(["iv3", "a", "b", "--boekjaar", "2024"], io)).toBe(2);
    expect(await runCli(["report", "a", "b"], io)).toBe(2);
    expect(await runCli(["schema", "budget", "report"], io)).toBe(2);
    expect(await runCli(["report", "kapot.json"], io)).toBe(1);
  });
});
