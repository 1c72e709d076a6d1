import { describe, expect, it } from "vitest";
import { bundledExample, EXIT_CODES, runCli } from "opkoers/cli";
import type { BudgetDocument } from "opkoers/budget";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";
import { ALMELO_ZORG_2022, ALMERE_GEZONDHEID_2024 } from "../../src/cli/_internal/seedPlanning.js";
import { encode, IV3_ENVELOPE, memoryIo } from "./_io.js";

const planningJson = JSON.stringify(ALMERE_GEZONDHEID_2024);
const contact = ["--contact-naam", "A", "--contact-email", "a@almere.nl", "--contact-telefoon", "036 000 0000"];

describe("opkoers validate", () => {
  it("reports a CBS code problem of a CSV against the whole file", async () => {
    const csv = "Taakveld;Categorie;Lasten;Baten\n7.1;9.9;1.000;0\n";
    const nl = memoryIo({ "b.csv": csv });
    expect(await runCli(["validate", "b.csv", "--year", "2024"], nl)).toBe(EXIT_CODES.invalid);
    expect(nl.out()).toMatch(/^b\.csv: ongeldige begroting als CSV: 1 probleem\.\n {2}bestand: .*de code 9\.9 niet toegestaan als categorie.* \[cbs\.DF002\]\n$/);
    const en = memoryIo({ "b.csv": csv });
    expect(await runCli(["validate", "b.csv", "--year", "2024", "--lang", "en"], en)).toBe(EXIT_CODES.invalid);
    expect(en.out()).toMatch(/^b\.csv: invalid budget CSV: 1 problem\.\n {2}file: .* \[cbs\.DF002\]\n$/);
  });

  it("reads a file of a year without CBS code lists, and warns that the code checks did not run", async () => {
    // opkoers has the CBS lists of 2017–2026: for 2030 the lines are read, and the code checks cannot run.
    // 0.99 is no taakveld and 9.9 no categorie in any year: in 2024 they are two problems; in 2030 the file is
    // valid as a CSV, and the warning says that its codes were not checked.
    const file = { "b.csv": "Taakveld;Categorie;Lasten;Baten\n0.99;9.9;1.000;0\n" };
    const checked = memoryIo(file);
    expect(await runCli(["validate", "b.csv", "--year", "2024", "--lang", "en"], checked)).toBe(EXIT_CODES.invalid);
    expect(checked.out()).toMatch(/^b\.csv: invalid budget CSV: 2 problems\./);
    expect(checked.err()).toBe("");
    const en = memoryIo(file);
    expect(await runCli(["validate", "b.csv", "--year", "2030", "--lang", "en"], en)).toBe(EXIT_CODES.ok);
    expect(en.out()).toBe("b.csv: valid budget CSV (1 line).\n");
    expect(en.err()).toBe("opkoers: warning: b.csv: the CBS checks (taakvelden, categorieën) did not run: opkoers has no CBS code lists for 2030 (only for 2017–2026).\n");
    const nl = memoryIo(file);
    expect(await runCli(["validate", "b.csv", "--year", "2030"], nl)).toBe(EXIT_CODES.ok);
    expect(nl.out()).toBe("b.csv: geldige begroting als CSV (1 regel).\n");
    expect(nl.err()).toBe("opkoers: let op: b.csv: de CBS-controles (taakvelden, categorieën) zijn niet uitgevoerd: opkoers heeft geen CBS-codelijsten voor 2030 (wel voor 2017–2026).\n");
    const json = memoryIo(file);
    expect(await runCli(["validate", "b.csv", "--year", "2030", "--lang", "en", "--format", "json"], json)).toBe(EXIT_CODES.ok);
    expect(JSON.parse(json.out())).toEqual({ file: "b.csv", kind: "csv", valid: true, issues: [], warnings: [expect.stringContaining("no CBS code lists for 2030")] });
    expect(json.err()).toBe("");

    const exported = memoryIo({ "e.json": IV3_ENVELOPE });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", "--datum", "2024-01-01T00:00:00Z"], exported)).toBe(EXIT_CODES.ok);
    const delivery = JSON.parse(exported.out()) as { metadata: { boekjaar: number } };
    delivery.metadata.boekjaar = 2030;
    const io = memoryIo({ "d.json": JSON.stringify(delivery) });
    expect(await runCli(["validate", "d.json", "--lang", "en"], io)).toBe(EXIT_CODES.ok);
    expect(io.out()).toBe("d.json: valid Iv3 delivery (Almere 2030, period 0).\n");
    expect(io.err()).toContain("opkoers: warning: d.json: the CBS checks (taakvelden, categorieën) did not run: opkoers has no CBS code lists for 2030");
  });

  it("writes a key that is not a name in brackets in an issue's path", async () => {
    const io = memoryIo({ "e.json": JSON.stringify({ planning: ALMERE_GEZONDHEID_2024, submissions: { "iv3.2024-Q1": "2024-04-31" } }) });
    expect(await runCli(["validate", "e.json", "--lang", "en"], io)).toBe(EXIT_CODES.invalid);
    expect(io.out()).toContain('\n  submissions["iv3.2024-Q1"]: ');
  });

  it("names a municipality without a name by its code, and says valid in JSON with exit 0", async () => {
    const doc = { ...ALMERE_GEZONDHEID_2024, municipality: { code: "GM0034" } };
    const io = memoryIo({ "p.json": JSON.stringify(doc) });
    expect(await runCli(["validate", "p.json", "--lang", "en"], io)).toBe(EXIT_CODES.ok);
    expect(io.out()).toBe("p.json: valid planning document (begroting 2024, GM0034, 1 programme).\n");
    const json = memoryIo({ "p.json": JSON.stringify(doc) });
    expect(await runCli(["validate", "p.json", "--format", "json"], json)).toBe(EXIT_CODES.ok);
    expect(JSON.parse(json.out())).toEqual({ file: "p.json", kind: "planning", valid: true, issues: [] });
  });

  it("says where a JSON syntax error is, in Dutch", async () => {
    const io = memoryIo({ "x.json": '{"type": "begroting",\n "year": 2024,, }' });
    expect(await runCli(["validate", "x.json"], io)).toBe(EXIT_CODES.invalid);
    expect(io.err()).toMatch(/^opkoers: x\.json is geen geldige JSON op regel 2, kolom \d+: .+\.\n$/);
  });

  it("reads a file that starts with a byte order mark", async () => {
    const io = memoryIo({ "p.json": new Uint8Array([0xef, 0xbb, 0xbf, ...encode(planningJson)]) });
    expect(await runCli(["validate", "p.json", "--lang", "en"], io)).toBe(EXIT_CODES.ok);
    expect(io.out()).toBe("p.json: valid planning document (begroting 2024, Almere, 1 programme).\n");
  });

  it("sees a file cut off after an escaped quote as cut off", async () => {
    const io = memoryIo({ "t.json": '{"type": "begroting", "title": "De \\"nieuwe' });
    expect(await runCli(["validate", "t.json", "--lang", "en"], io)).toBe(EXIT_CODES.invalid);
    expect(io.err()).toBe("opkoers: t.json is not complete JSON: it ends in the middle (line 1, column 44) — was the file cut off?\n");
  });

  it("detects a tab-separated CSV by its first line", async () => {
    const io = memoryIo({ "b.txt": "Taakveld\tCategorie\tLasten\tBaten\n7.1\t3.8\t1.000\t0\n7.1\t4.3.1\t0\t1.000\n" });
    expect(await runCli(["validate", "b.txt", "--year", "2024", "--lang", "en"], io)).toBe(EXIT_CODES.ok);
    expect(io.out()).toBe("b.txt: valid budget CSV (2 lines).\n");
  });

  it("says why a file cannot be read when the error has no code", async () => {
    for (const [thrown, why] of [[new Error("kapot"), "kapot"], ["stuk", "stuk"]] as const) {
      const io = { ...memoryIo(), readFile: async () => Promise.reject(thrown) };
      let err = "";
      expect(await runCli(["validate", "x.json", "--lang", "en"], { ...io, stderr: (text) => void (err += text) })).toBe(EXIT_CODES.usage);
      expect(err).toBe(`opkoers: cannot read x.json: ${why}.\n`);
    }
  });
});

describe("opkoers report", () => {
  const file = { "p.json": planningJson };

  it("takes --window, and refuses one that is not 0–366 days", async () => {
    const io = memoryIo(file);
    expect(await runCli(["report", "p.json", "--as-of", "2024-10-20", "--window", "10", "--lang", "en"], io)).toBe(EXIT_CODES.ok);
    expect(io.out()).toMatch(/\nIv3 Q3 2024 to CBS\s+2024-10-30\s+10\s+\[due\]\n/);
    expect(io.out()).not.toContain("Budget 2025 to the province"); // due in 25 days
    for (const window of ["400", "abc", "=-3", "1.5"]) {
      const bad = memoryIo(file);
      const args = window.startsWith("=") ? ["report", "p.json", `--window${window}`] : ["report", "p.json", "--window", window];
      expect(await runCli(args, bad), window).toBe(EXIT_CODES.usage);
      expect(bad.err()).toBe("opkoers: --window moet een aantal dagen 0–366 zijn.\n");
      expect(bad.out()).toBe("");
    }
  });

  it("reports on 31 December of the document's year without a clock, or with a broken one", async () => {
    const { now: _now, ...noClock } = memoryIo(file);
    let out = "";
    expect(await runCli(["report", "p.json", "--lang", "en"], { ...noClock, stdout: (text) => void (out += text) })).toBe(EXIT_CODES.ok);
    expect(out).toContain("Report date: 31 December 2024");
    const broken = memoryIo(file, new Date(Number.NaN));
    expect(await runCli(["report", "p.json", "--lang", "en"], broken)).toBe(EXIT_CODES.ok);
    expect(broken.out()).toContain("Report date: 31 December 2024");
  });

  it("exits 1 with one sentence when the figures cannot be added up", async () => {
    const huge: BudgetDocument = {
      ...ALMERE_GEZONDHEID_2024_BUDGET,
      lines: [...ALMERE_GEZONDHEID_2024_BUDGET.lines, { programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "primitief", expenses: Number.MAX_SAFE_INTEGER as never, revenue: 0 as never, nature: "structureel" }],
    };
    const io = memoryIo({ "e.json": JSON.stringify({ planning: ALMERE_GEZONDHEID_2024, budget: huge }) });
    expect(await runCli(["report", "e.json"], io)).toBe(EXIT_CODES.invalid);
    expect(io.err()).toBe("opkoers: A total leaves the safe range of ±9007199254740991 cents at line 19.\n");
    expect(io.out()).toBe("");
  });

  it("says when --out cannot be written, also for an error that is not an Error", async () => {
    const io = { ...memoryIo(), writeFile: async () => Promise.reject("vol") };
    let err = "";
    expect(await runCli(["report", "--out", "r.html", "--lang", "en"], { ...io, stderr: (text) => void (err += text) })).toBe(EXIT_CODES.usage);
    expect(err).toBe("opkoers: cannot write r.html: vol\n");
  });
});

describe("opkoers iv3", () => {
  const csv = "Taakveld;Categorie;Lasten;Baten\n7.1;3.8;1.000;0\n7.1;4.3.1;0;1.000\n";
  const delivery = (out: string): { metadata: Record<string, unknown>; data: { lasten: { bedrag: number }[]; baten: { bedrag: number }[] } } => JSON.parse(out);
  const sum = (rows: readonly { bedrag: number }[]): number => rows.reduce((s, row) => s + row.bedrag, 0);

  it("refuses to make a delivery without a file (exit 2, a sentence in nl and en), never of the bundled example (issue 19)", async () => {
    for (const args of [["iv3", "--boekjaar", "2024"], ["iv3", "--boekjaar", "2024", "--out", "iv3.json"], ["iv3"]]) {
      const nl = memoryIo();
      expect(await runCli(args, nl), args.join(" ")).toBe(EXIT_CODES.usage);
      expect(nl.out()).toBe("");
      expect(nl.files.size).toBe(0);
      expect(nl.err()).toBe('opkoers: iv3 vraagt een bestand: een begrotingsdocument (JSON), een rapportinvoer met "budget" of een begroting als CSV, bv. opkoers iv3 begroting.csv --boekjaar 2024 (opkoers iv3 --help).\n');
      const en = memoryIo();
      expect(await runCli([...args, "--lang", "en"], en)).toBe(EXIT_CODES.usage);
      expect(en.out()).toBe("");
      expect(en.err()).toBe('opkoers: iv3 needs a file: a budget document (JSON), a report envelope with "budget", or a budget CSV, e.g. opkoers iv3 begroting.csv --boekjaar 2024 (opkoers iv3 --help).\n');
    }
    // The bundled example carries no sender that could pass for a real one.
    expect(bundledExample().every((input) => input.iv3 === undefined)).toBe(true);
  });

  it("dates the delivery 1 January of the boekjaar without a clock", async () => {
    const { now: _now, ...noClock } = memoryIo({ "e.json": IV3_ENVELOPE });
    let out = "";
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024"], { ...noClock, stdout: (text) => void (out += text) })).toBe(EXIT_CODES.ok);
    expect(delivery(out).metadata["datum"]).toBe("2024-01-01T00:00:00Z");
    const clock = memoryIo({ "e.json": IV3_ENVELOPE });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024"], clock)).toBe(EXIT_CODES.ok);
    expect(delivery(clock.out()).metadata["datum"]).toBe("2024-10-20T08:00:00Z");
  });

  it("keeps the --year of a CSV; when that leaves no line of the boekjaar it exits 1 instead of writing an empty delivery (issue 18)", async () => {
    const io = memoryIo({ "b.csv": csv });
    const args = ["iv3", "b.csv", "--boekjaar", "2025", "--year", "2024", "--overheidsnummer", "0034", "--naam", "Almere", ...contact, "--lang", "en"];
    expect(await runCli(args, io)).toBe(EXIT_CODES.invalid);
    expect(io.err()).toContain("No line of boekjaar 2025 to deliver: the lines are of year 2024.");
    expect(io.out()).toBe("");
  });

  it("refuses a CSV option it does not know with exit 2", async () => {
    const io = memoryIo({ "b.csv": csv });
    expect(await runCli(["iv3", "b.csv", "--boekjaar", "2024", "--unit", "cent"], io)).toBe(EXIT_CODES.usage);
    expect(io.err()).toBe('opkoers: b.csv: --unit moet euro of thousand of million zijn, niet "cent".\n');
  });

  it("exits 1 with one sentence when a CSV line has no categorie, naming the line of the file in both languages", async () => {
    // Without a Categorie column no line has one: the first data row is named, on the line an editor shows.
    const text = "Taakveld;Lasten;Baten\r\n\r\n7.1;1.000;0\r\n";
    const args = ["iv3", "b.csv", "--boekjaar", "2024", "--overheidsnummer", "0034", "--naam", "Almere", ...contact];
    const io = memoryIo({ "b.csv": text });
    expect(await runCli(args, io)).toBe(EXIT_CODES.invalid);
    expect(io.err()).toBe("opkoers: b.csv, regel 3 (taakveld 7.1): geen categorie; een Iv3-aanlevering vraagt de economische categorie van elk bedrag (kolom Categorie).\n");
    expect(io.out()).toBe("");
    const en = memoryIo({ "b.csv": "\ufeffTaakveld;Lasten;Baten\n\n\n0.1;5;0\n" });
    expect(await runCli([...args, "--lang", "en"], en)).toBe(EXIT_CODES.invalid);
    expect(en.err()).toBe("opkoers: b.csv, line 4 (taakveld 0.1): no categorie; an Iv3 delivery needs the economische categorie of every amount (column Categorie).\n");
  });

  it("exits 1 for a boekjaar whose CBS lists it does not have", async () => {
    const io = memoryIo({ "b.csv": csv });
    expect(await runCli(["iv3", "b.csv", "--boekjaar", "2999", "--overheidsnummer", "0034", "--naam", "Almere", ...contact], io)).toBe(EXIT_CODES.invalid);
    expect(io.err()).toBe("opkoers: The delivery has boekjaar 2999; opkoers has the CBS code lists of 2017–2026 only.\n");
  });

  it("asks for the name when the envelope's municipality has none, and takes the number from its code", async () => {
    const envelope = JSON.stringify({ planning: { ...ALMELO_ZORG_2022, year: 2024, municipality: { code: "GM0141" } }, budget: ALMERE_GEZONDHEID_2024_BUDGET });
    const missing = memoryIo({ "e.json": envelope });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", ...contact, "--lang", "en"], missing)).toBe(EXIT_CODES.usage);
    expect(missing.err()).toBe('opkoers: an Iv3 delivery needs: --naam (or "iv3" in the envelope).\n');
    const named = memoryIo({ "e.json": envelope });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", "--naam", "Almelo", ...contact], named)).toBe(EXIT_CODES.ok);
    expect(delivery(named.out()).metadata).toMatchObject({ overheidsnummer: "0141", overheidsnaam: "Almelo" });
    // A named municipality needs no --naam; the envelope's name wins over the budget document's.
    const almere = memoryIo({ "e.json": JSON.stringify({ planning: { ...ALMERE_GEZONDHEID_2024, municipality: { code: "GM0034", name: "Gemeente Almere" } }, budget: ALMERE_GEZONDHEID_2024_BUDGET }) });
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", ...contact], almere)).toBe(EXIT_CODES.ok);
    expect(delivery(almere.out()).metadata).toMatchObject({ overheidsnummer: "0034", overheidsnaam: "Gemeente Almere" });
  });

  it("asks for the number and name when a budget document names no municipality", async () => {
    const { municipality: _m, ...anonymous } = ALMERE_GEZONDHEID_2024_BUDGET;
    const io = memoryIo({ "b.json": JSON.stringify(anonymous) });
    expect(await runCli(["iv3", "b.json", "--boekjaar", "2024", ...contact], io)).toBe(EXIT_CODES.usage);
    expect(io.err()).toBe('opkoers: voor een Iv3-aanlevering ontbreken: --overheidsnummer en --naam (of "iv3" in de rapportinvoer).\n');
  });

  it("picks the actual phase of the quarter for periods 1–4 and the year's for period 5", async () => {
    const line = (phase: string, thousands: number) => [
      { programme: "p", taakveld: "7.1", categorie: "3.8", year: 2024, phase, expenses: thousands * 100_000, revenue: 0, nature: "structureel" },
      { programme: "p", taakveld: "7.1", categorie: "4.3.1", year: 2024, phase, expenses: 0, revenue: thousands * 100_000, nature: "structureel" },
    ];
    const budget = {
      municipality: "Almere",
      budgetYear: 2024,
      programmes: [{ code: "p", name: "P" }],
      taakvelden: ["7.1"],
      phases: [{ id: "begroting", kind: "original" }, { id: "q1", kind: "actual", quarter: 1 }, { id: "q2", kind: "actual", quarter: 2 }, { id: "jaar", kind: "actual" }],
      lines: [...line("begroting", 900), ...line("q1", 200), ...line("q2", 450), ...line("jaar", 1000)],
      amendments: [],
    };
    const run = async (periode: string): Promise<{ code: number; lasten: number; status: unknown }> => {
      const io = memoryIo({ "b.json": JSON.stringify(budget) });
      const code = await runCli(["iv3", "b.json", "--boekjaar", "2024", "--periode", periode, "--overheidsnummer", "0034", ...contact], io);
      const parsed = delivery(io.out());
      return { code, lasten: sum(parsed.data.lasten), status: parsed.metadata["status"] };
    };
    expect(await run("0")).toEqual({ code: 0, lasten: 900, status: "Begroting" });
    expect(await run("1")).toEqual({ code: 0, lasten: 200, status: "Realisatie" });
    expect(await run("2")).toEqual({ code: 0, lasten: 450, status: "Realisatie" });
    expect(await run("5")).toEqual({ code: 0, lasten: 1000, status: "Realisatie" });
    const none = memoryIo({ "b.json": JSON.stringify(budget) });
    expect(await runCli(["iv3", "b.json", "--boekjaar", "2024", "--periode", "3", "--overheidsnummer", "0034", ...contact], none)).toBe(EXIT_CODES.invalid);
    expect(none.err()).toBe("opkoers: het begrotingsdocument heeft geen fase voor periode 3; geef er een met --phase.\n");
    // Two realisatie versions of the year (provisional and final) are never added into one delivery (issue 18).
    const twice = { ...budget, phases: [...budget.phases, { id: "voorlopig", kind: "actual" }], lines: [...budget.lines, ...line("voorlopig", 990)] };
    const versions = memoryIo({ "b.json": JSON.stringify(twice) });
    expect(await runCli(["iv3", "b.json", "--boekjaar", "2024", "--periode", "5", "--overheidsnummer", "0034", ...contact], versions)).toBe(EXIT_CODES.usage);
    expect(versions.err()).toContain("2 realisatiefasen voor periode 5 van 2024 (jaar en voorlopig)");
    expect(versions.out()).toBe("");
    const chosen = memoryIo({ "b.json": JSON.stringify(twice) });
    expect(await runCli(["iv3", "b.json", "--boekjaar", "2024", "--periode", "5", "--phase", "jaar", "--overheidsnummer", "0034", ...contact], chosen)).toBe(0);
    expect(sum(delivery(chosen.out()).data.lasten)).toBe(1000);
  });

  it("exits 2 and prints no summary when --out cannot be written", async () => {
    const io = { ...memoryIo({ "e.json": IV3_ENVELOPE }), writeFile: async () => Promise.reject(new Error("EROFS: read-only file system")) };
    let err = "";
    let out = "";
    expect(await runCli(["iv3", "e.json", "--boekjaar", "2024", "--out", "d.json"], { ...io, stdout: (text) => void (out += text), stderr: (text) => void (err += text) })).toBe(EXIT_CODES.usage);
    expect(err).toBe("opkoers: kan d.json niet schrijven: EROFS: read-only file system\n");
    expect(out).toBe("");
  });
});
