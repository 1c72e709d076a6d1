// The four commands. Each returns an exit code and writes through the io; none throws for bad input.
import { linesOf, parseBudget, type BudgetDocument, type BudgetLine } from "../../budget/index.js";
import { isIsoDate } from "../../calendar/index.js";
import type { Issue } from "../../errors/Issue.js";
import { isDomainError } from "../../errors/isDomainError.js";
import { BOEKJAREN } from "../../reference/index.js";
import { checkCbsDelivery, checkCbsLines, decodeText, parseBudgetCsv, parseIv3Delivery, toIv3Delivery, type Iv3Metadata } from "../../io/index.js";
import { DOCUMENT_TYPES, parsePlanningDocument, planningDocumentJsonSchema, type DocumentType } from "../../policy/index.js";
import { budgetDocumentJsonSchema, buildReport, parseReportInput, renderReport, reportInputJsonSchema, REPORT_FORMATS, type ReportFormat, type ReportInput, type ReportLanguage } from "../../report/index.js";
import { formatAmount } from "../../money/index.js";
import type { Assessment } from "../../status/index.js";
import { bundledExample } from "../bundledExample.js";
import { csvOptions, type CsvFlags } from "./csv.js";
import { isSameFile, type FileIdentity } from "./files.js";
import { INPUT_KINDS, isCsv, jsonKind, readJson, type InputKind } from "./input.js";
import { joinList } from "../../errors/_internal/joinList.js";

/** The io a command uses (see `CliIo`). */
export interface CommandIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, content: string) => Promise<void>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now?: () => Date;
  readonly identify?: (path: string) => Promise<FileIdentity | undefined>;
}

/** Exit codes. */
export const OK = 0;
export const INVALID = 1;
export const USAGE = 2;

type Values = Readonly<Record<string, string | boolean | undefined>>;

const say = (lang: ReportLanguage, nl: string, en: string): string => (lang === "nl" ? nl : en);

/** `1 regel`, `2 regels`: a count with the noun in singular or plural. */
const countOf = (count: number, lang: ReportLanguage, nl: readonly [string, string], en: readonly [string, string]): string => `${count} ${(lang === "nl" ? nl : en)[count === 1 ? 0 : 1]}`;

/**
 * An issue's path as `programmes[0].goals[1].id` (JSON) or `regel 3, kolom Lasten` (CSV: the path is
 * `[line, column]`, the line of the file as an editor numbers it, see parseBudgetCsv).
 */
export function formatPath(path: readonly (string | number)[], csv: boolean, lang: ReportLanguage): string {
  if (csv) {
    const [line, column] = path;
    if (line === undefined) return say(lang, "bestand", "file");
    return column === undefined ? say(lang, `regel ${line}`, `line ${line}`) : say(lang, `regel ${line}, kolom ${column}`, `line ${line}, column ${column}`);
  }
  if (path.length === 0) return say(lang, "(document)", "(document)");
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * The issues, one a line, each with its place once: a CSV issue whose message starts with its line ("Regel 2, kolom
 * "Lasten": …", "Line 2: …", as parseBudgetCsv writes a row's issues) as it is, any other with the place before it.
 */
function issueLines(issues: readonly Issue[], csv: boolean, lang: ReportLanguage): string {
  return issues
    .map((issue) => {
      const line = issue.path[0];
      const placed = csv && typeof line === "number" && new RegExp(`^(Regel|Line) ${line}\\b`).test(issue.message);
      return `  ${placed ? "" : `${formatPath(issue.path, csv, lang)}: `}${issue.message} [${issue.code}]\n`;
    })
    .join("");
}

/** A file read for a command: its text, or the exit code after a sentence was written. */
/** The encodings `--encoding` takes. */
const ENCODINGS = ["utf-8", "windows-1252", "utf-16le", "utf-16be"] as const;
const ENCODING_NAMES: Readonly<Record<(typeof ENCODINGS)[number], string>> = { "utf-8": "UTF-8", "windows-1252": "windows-1252", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE" };

async function readText(io: CommandIo, path: string, lang: ReportLanguage, encodingFlag?: string | boolean): Promise<{ readonly text: string } | { readonly exit: number }> {
  const encoding = ENCODINGS.find((name) => name === encodingFlag);
  if (encodingFlag !== undefined && encoding === undefined) {
    io.stderr(`opkoers: ${say(lang, `--encoding moet ${joinList(ENCODINGS, "or", "nl")} zijn, niet ${JSON.stringify(encodingFlag)}.`, `--encoding must be ${joinList(ENCODINGS, "or", "en")}, not ${JSON.stringify(encodingFlag)}.`)}\n`);
    return { exit: USAGE };
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
    const why = code === "ENOENT" ? say(lang, "het bestand bestaat niet", "no such file") : code === "EISDIR" ? say(lang, "het is een map", "it is a directory") : code === "EACCES" ? say(lang, "geen leesrechten", "permission denied") : error instanceof Error ? error.message : String(error);
    io.stderr(`opkoers: ${say(lang, `kan ${path} niet lezen: ${why}.`, `cannot read ${path}: ${why}.`)}\n`);
    return { exit: USAGE };
  }
  const decoded = decodeText(bytes, encoding === undefined ? { lang } : { encoding, lang });
  if (!decoded.ok) {
    const looksLike = decoded.looksLike;
    const at = decoded.line === undefined ? "" : say(lang, ` (regel ${decoded.line})`, ` (line ${decoded.line})`);
    const used = ENCODING_NAMES[encoding ?? "utf-8"];
    io.stderr(
      `opkoers: ${
        looksLike === "binary"
          ? say(lang, `${path} is een binair bestand, geen JSON of CSV-tekst.`, `${path} is a binary file, not JSON or CSV text.`)
          : looksLike !== undefined
            ? say(
                lang,
                `${path} is geen ${used}-tekst${at}: het lijkt ${ENCODING_NAMES[looksLike]} (${looksLike === "windows-1252" ? "zo bewaart Excel \"CSV (gescheiden door lijstscheidingsteken)\"" : "zo bewaart Excel \"Unicode-tekst\""}). Geef --encoding ${looksLike}, of bewaar het bestand als "CSV UTF-8".`,
                `${path} is not ${used} text${at}: it looks like ${ENCODING_NAMES[looksLike]} (${looksLike === "windows-1252" ? "what Excel writes for \"CSV (semicolon delimited)\"" : "what Excel writes for \"Unicode text\""}). Pass --encoding ${looksLike}, or save the file as "CSV UTF-8".`,
              )
            : say(lang, `${path} kan niet als ${used} worden gelezen: ${decoded.message}`, `${path} cannot be read as ${used}: ${decoded.message}`)
      }\n`,
    );
    return { exit: INVALID };
  }
  if (decoded.text.trim() === "") {
    io.stderr(`opkoers: ${say(lang, `${path} is leeg.`, `${path} is empty.`)}\n`);
    return { exit: INVALID };
  }
  return { text: decoded.text };
}

function csvFlags(values: Values): CsvFlags {
  const flags: Record<string, string> = {};
  for (const [flag, key] of [
    ["year", "year"],
    ["phase", "phase"],
    ["unit", "unit"],
    ["number-format", "numberFormat"],
    ["delimiter", "delimiter"],
    ["signs", "signs"],
  ] as const) {
    const value = values[flag];
    if (typeof value === "string") flags[key] = value;
  }
  return flags;
}

/** The kinds in words. */
// "het" words take "geldig", "de" words "geldige": het planningsdocument, de rapportinvoer, de begroting.
const KIND_NAMES: Readonly<Record<InputKind, { readonly nl: string; readonly en: string; readonly de: boolean }>> = {
  planning: { nl: "planningsdocument", en: "planning document", de: false },
  budget: { nl: "begrotingsdocument", en: "budget document", de: false },
  report: { nl: "rapportinvoer", en: "report envelope", de: true },
  iv3: { nl: "Iv3-aanlevering", en: "Iv3 delivery", de: true },
  csv: { nl: "begroting als CSV", en: "budget CSV", de: true },
};

function failedChecks(checks: readonly Assessment[]): Assessment[] {
  return checks.filter((check) => check.status === "fail");
}

function checkLines(checks: readonly Assessment[], lang: ReportLanguage): string {
  return checks.map((check) => `  ${check.ruleId} ${check.status}: ${check.message[lang]}\n`).join("");
}

/** `opkoers validate <file>`. */
export async function validate(positionals: readonly string[], values: Values, io: CommandIo, lang: ReportLanguage): Promise<number> {
  const path = positionals[0];
  if (path === undefined || positionals.length > 1) {
    io.stderr(`opkoers: ${say(lang, "validate verwacht precies één bestand: opkoers validate <bestand>.", "validate takes exactly one file: opkoers validate <file>.")}\n`);
    return USAGE;
  }
  const as = values["as"];
  if (as !== undefined && !(INPUT_KINDS as readonly unknown[]).includes(as)) {
    io.stderr(`opkoers: ${say(lang, `--as moet ${joinList(INPUT_KINDS, "or", "nl")} zijn.`, `--as must be ${joinList(INPUT_KINDS, "or", "en")}.`)}\n`);
    return USAGE;
  }
  const format = values["format"] ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(`opkoers: ${say(lang, "--format moet text of json zijn bij validate.", "--format must be text or json for validate.")}\n`);
    return USAGE;
  }
  const read = await readText(io, path, lang, values["encoding"]);
  if ("exit" in read) return read.exit;
  const text = read.text;

  let kind: InputKind;
  let issues: readonly Issue[] = [];
  let summary = "";
  const warnings: string[] = [];
  if (as === "csv" || (as === undefined && isCsv(path, text))) {
    kind = "csv";
    const options = csvOptions(text, csvFlags(values), lang);
    if (!options.ok) {
      io.stderr(`opkoers: ${path}: ${options.message}\n`);
      return options.usage ? USAGE : INVALID;
    }
    const parsed = parseBudgetCsv(text, { ...options.options, lang });
    if (parsed.ok) {
      const lines = parsed.value.lines;
      // The code checks (DF001 taakvelden, DF002 categorieën) make a line invalid; whether lasten equal baten
      // (PF006) is a property of a whole delivery, checked by `opkoers iv3`, not of a file of lines.
      const checks = safeChecks(() => checkCbsLines(lines, { rows: parsed.value.rows }), lang);
      if ("skipped" in checks) warnings.push(checks.skipped);
      const failed = "skipped" in checks ? [] : failedChecks(checks.checks).filter((check) => check.ruleId !== "cbs.PF006");
      issues = failed.map((check) => ({ path: [], code: check.ruleId, message: check.message[lang] }));
      summary = countOf(lines.length, lang, ["regel", "regels"], ["line", "lines"]);
    } else issues = parsed.issues;
  } else {
    const json = readJson(text, path, lang);
    if (!json.ok) {
      io.stderr(`opkoers: ${json.message}\n`);
      return INVALID;
    }
    const detected = (as as Exclude<InputKind, "csv"> | undefined) ?? jsonKind(json.value);
    if (detected === undefined) {
      io.stderr(
        `opkoers: ${say(
          lang,
          `${path} is geen planningsdocument ("type"), begrotingsdocument ("budgetYear"), rapportinvoer ("planning") of Iv3-aanlevering ("metadata"); geef de soort met --as.`,
          `${path} is not a planning document ("type"), budget document ("budgetYear"), report envelope ("planning") or Iv3 delivery ("metadata"); give the kind with --as.`,
        )}\n`,
      );
      return INVALID;
    }
    kind = detected;
    if (kind === "planning") {
      const parsed = parsePlanningDocument(json.value, { lang });
      if (parsed.ok) summary = `${parsed.value.type} ${parsed.value.year}, ${parsed.value.municipality.name ?? parsed.value.municipality.code}, ${countOf(parsed.value.programmes.length, lang, ["programma", "programma's"], ["programme", "programmes"])}`;
      else issues = parsed.issues;
    } else if (kind === "budget") {
      const parsed = parseBudget(json.value, { lang });
      if (parsed.ok) {
        const { budgetYear, lines, amendments } = parsed.value;
        summary = `${say(lang, "begroting", "budget")} ${budgetYear}, ${countOf(lines.length, lang, ["regel", "regels"], ["line", "lines"])}, ${countOf(amendments.length, lang, ["wijziging", "wijzigingen"], ["amendment", "amendments"])}`;
      } else issues = parsed.issues;
    } else if (kind === "report") {
      const parsed = parseReportInput(json.value, { lang });
      if (parsed.ok) summary = parsed.value.map((input) => `${input.planning.type} ${input.planning.year}${input.budget === undefined ? "" : say(lang, " met begroting", " with budget")}`).join("; ");
      else issues = parsed.issues;
    } else {
      const parsed = parseIv3Delivery(json.value, { lang });
      if (parsed.ok) {
        const checks = safeChecks(() => checkCbsDelivery(parsed.value.delivery), lang);
        if ("skipped" in checks) warnings.push(checks.skipped);
        issues = ("skipped" in checks ? [] : failedChecks(checks.checks)).map((check) => ({ path: ["data"], code: check.ruleId, message: check.message[lang] }));
        summary = `${parsed.value.delivery.metadata.overheidsnaam} ${parsed.value.delivery.metadata.boekjaar}, ${say(lang, "periode", "period")} ${parsed.value.delivery.metadata.periode}`;
      } else issues = parsed.issues;
    }
  }
  const name = KIND_NAMES[kind][lang];
  const e = KIND_NAMES[kind].de ? "e" : "";
  if (format === "json") {
    io.stdout(`${JSON.stringify({ file: path, kind, valid: issues.length === 0, issues, ...(warnings.length === 0 ? {} : { warnings }) }, null, 2)}\n`);
    return issues.length === 0 ? OK : INVALID;
  }
  for (const warning of warnings) io.stderr(`opkoers: ${say(lang, "let op", "warning")}: ${path}: ${warning}\n`);
  if (issues.length === 0) {
    io.stdout(say(lang, `${path}: geldig${e} ${name} (${summary}).\n`, `${path}: valid ${name} (${summary}).\n`));
    return OK;
  }
  const count = issues.length;
  io.stdout(
    `${path}: ${say(lang, `ongeldig${e}`, "invalid")} ${name}: ${countOf(count, lang, ["probleem", "problemen"], ["problem", "problems"])}.\n` +
      issueLines(issues, kind === "csv", lang),
  );
  return INVALID;
}

/**
 * Run CBS checks that throw for values outside their range (a year without CBS code lists, a total beyond
 * ±(2^53 − 1) cents). When they cannot run, say why: a file is never reported valid against code lists that
 * were not checked without saying so.
 */
function safeChecks(run: () => readonly Assessment[], lang: ReportLanguage): { readonly checks: readonly Assessment[] } | { readonly skipped: string } {
  try {
    return { checks: run() };
  } catch (error) {
    if (isDomainError(error) && error.code === "unknown_boekjaar") {
      const year = String(error.details["boekjaar"]);
      return {
        skipped: say(
          lang,
          `de CBS-controles (taakvelden, categorieën) zijn niet uitgevoerd: opkoers heeft geen CBS-codelijsten voor ${year} (wel voor ${BOEKJAREN[0]}–${BOEKJAREN[BOEKJAREN.length - 1]}).`,
          `the CBS checks (taakvelden, categorieën) did not run: opkoers has no CBS code lists for ${year} (only for ${BOEKJAREN[0]}–${BOEKJAREN[BOEKJAREN.length - 1]}).`,
        ),
      };
    }
    const why = error instanceof Error ? error.message : String(error);
    return { skipped: say(lang, `de CBS-controles zijn niet uitgevoerd: ${why}`, `the CBS checks did not run: ${why}`) };
  }
}

function todayOf(io: CommandIo): string | undefined {
  const now = io.now?.();
  return now === undefined || Number.isNaN(now.getTime()) ? undefined : now.toISOString().slice(0, 10);
}

/** Read the report inputs of a file, or the bundled example. */
async function reportInputs(path: string | undefined, io: CommandIo, lang: ReportLanguage, encoding: string | boolean | undefined): Promise<{ readonly inputs: readonly ReportInput[] } | { readonly exit: number }> {
  if (path === undefined) return { inputs: bundledExample() };
  const read = await readText(io, path, lang, encoding);
  if ("exit" in read) return read;
  const json = readJson(read.text, path, lang);
  if (!json.ok) {
    io.stderr(`opkoers: ${json.message}\n`);
    return { exit: INVALID };
  }
  const parsed = parseReportInput(json.value, { lang });
  if (!parsed.ok) {
    io.stderr(say(lang, `opkoers: ${path} is geen geldige rapportinvoer: ${countOf(parsed.issues.length, lang, ["probleem", "problemen"], ["problem", "problems"])}.\n`, `opkoers: ${path} is not valid report input: ${countOf(parsed.issues.length, lang, ["probleem", "problemen"], ["problem", "problems"])}.\n`) + issueLines(parsed.issues, false, lang));
    return { exit: INVALID };
  }
  return { inputs: parsed.value };
}

/**
 * `--out` that names the input file (also as `./x.json`, an absolute path, a symbolic or a hard link): a usage
 * error before anything is read or written, so that the input is never replaced by the output.
 */
async function refuseOwnInput(io: CommandIo, out: string | boolean | undefined, input: string | undefined, lang: ReportLanguage): Promise<number | undefined> {
  if (typeof out !== "string" || input === undefined) return undefined;
  if (out === "") {
    io.stderr(`opkoers: ${say(lang, "--out vraagt een bestandsnaam.", "--out needs a file name.")}
`);
    return USAGE;
  }
  if (!(await isSameFile(io, out, input))) return undefined;
  io.stderr(
    `opkoers: ${say(
      lang,
      `--out ${out} is het invoerbestand ${input}; opkoers overschrijft zijn invoer niet. Kies een ander uitvoerbestand.`,
      `--out ${out} is the input file ${input}; opkoers does not overwrite its input. Choose another output file.`,
    )}
`,
  );
  return USAGE;
}

async function emit(io: CommandIo, out: string | boolean | undefined, content: string, lang: ReportLanguage): Promise<number> {
  if (typeof out !== "string") {
    io.stdout(content);
    return OK;
  }
  try {
    await io.writeFile(out, content);
    return OK;
  } catch (error) {
    io.stderr(`opkoers: ${say(lang, `kan ${out} niet schrijven`, `cannot write ${out}`)}: ${error instanceof Error ? error.message : String(error)}\n`);
    return USAGE;
  }
}

/** `opkoers report [<file>]`. */
export async function report(positionals: readonly string[], values: Values, io: CommandIo, lang: ReportLanguage): Promise<number> {
  if (positionals.length > 1) {
    io.stderr(`opkoers: ${say(lang, "report neemt hoogstens één bestand.", "report takes at most one file.")}\n`);
    return USAGE;
  }
  const format = (values["format"] ?? "text") as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    io.stderr(`opkoers: ${say(lang, `--format moet ${joinList(REPORT_FORMATS, "or", "nl")} zijn.`, `--format must be ${joinList(REPORT_FORMATS, "or", "en")}.`)}\n`);
    return USAGE;
  }
  const asOf = values["as-of"];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    io.stderr(`opkoers: ${say(lang, `--as-of moet een datum JJJJ-MM-DD zijn, niet ${JSON.stringify(asOf)}.`, `--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}.`)}\n`);
    return USAGE;
  }
  const window = values["window"];
  if (window !== undefined && (typeof window !== "string" || !/^\d{1,3}$/.test(window) || Number(window) > 366)) {
    io.stderr(`opkoers: ${say(lang, "--window moet een aantal dagen 0–366 zijn.", "--window must be a number of days 0–366.")}\n`);
    return USAGE;
  }
  const refused = await refuseOwnInput(io, values["out"], positionals[0], lang);
  if (refused !== undefined) return refused;
  const loaded = await reportInputs(positionals[0], io, lang, values["encoding"]);
  if ("exit" in loaded) return loaded.exit;
  const today = todayOf(io);
  const reports = [];
  for (const input of loaded.inputs) {
    const date = typeof asOf === "string" ? asOf : (input.asOf ?? today);
    try {
      reports.push(
        buildReport(input, {
          ...(date === undefined ? {} : { asOf: date }),
          ...(typeof values["scale"] === "string" ? { scale: values["scale"] } : {}),
          ...(typeof values["deviation-policy"] === "string" ? { deviationPolicy: values["deviation-policy"] } : {}),
          ...(typeof window === "string" ? { windowDays: Number(window) } : {}),
        }),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message.replace(/^\[opkoers\] /, "") : String(error);
      const option = typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "invalid_option";
      io.stderr(`opkoers: ${message}\n`);
      return option && (values["scale"] !== undefined || values["deviation-policy"] !== undefined) ? USAGE : INVALID;
    }
  }
  return emit(io, values["out"], renderReport(reports, { format, lang }), lang);
}

const OVERHEIDSNUMMER = /^GM(\d{4})$/;

/** `opkoers iv3 <file> --boekjaar <year>`. */
export async function iv3(positionals: readonly string[], values: Values, io: CommandIo, lang: ReportLanguage): Promise<number> {
  if (positionals.length > 1) {
    io.stderr(`opkoers: ${say(lang, "iv3 neemt hoogstens één bestand.", "iv3 takes at most one file.")}\n`);
    return USAGE;
  }
  const path = positionals[0];
  if (path === undefined) {
    // Never a delivery of the bundled example: with its placeholder sender it would look like one that can be sent.
    io.stderr(
      `opkoers: ${say(
        lang,
        "iv3 vraagt een bestand: een begrotingsdocument (JSON), een rapportinvoer met \"budget\" of een begroting als CSV, bv. opkoers iv3 begroting.csv --boekjaar 2024 (opkoers iv3 --help).",
        "iv3 needs a file: a budget document (JSON), a report envelope with \"budget\", or a budget CSV, e.g. opkoers iv3 begroting.csv --boekjaar 2024 (opkoers iv3 --help).",
      )}\n`,
    );
    return USAGE;
  }
  const boekjaarText = values["boekjaar"];
  if (typeof boekjaarText !== "string" || !/^\d{4}$/.test(boekjaarText)) {
    io.stderr(`opkoers: ${say(lang, "iv3 vraagt --boekjaar <jaar> (vier cijfers).", "iv3 needs --boekjaar <year> (four digits).")}\n`);
    return USAGE;
  }
  const boekjaar = Number(boekjaarText);
  const periodeText = values["periode"] ?? "0";
  if (typeof periodeText !== "string" || !/^[0-5]$/.test(periodeText)) {
    io.stderr(`opkoers: ${say(lang, "--periode moet 0, 1, 2, 3, 4 of 5 zijn.", "--periode must be 0, 1, 2, 3, 4 or 5.")}\n`);
    return USAGE;
  }
  const periode = Number(periodeText) as Iv3Metadata["periode"];
  const refused = await refuseOwnInput(io, values["out"], path, lang);
  if (refused !== undefined) return refused;
  const datum = typeof values["datum"] === "string" ? values["datum"] : (io.now?.().toISOString().slice(0, 19) ?? `${boekjaar}-01-01T00:00:00`) + "Z";

  // The lines, and what the file says about the municipality.
  let lines: readonly BudgetLine[];
  /** For a CSV file: the line of the file of each budget line (parseBudgetCsv's rows). */
  let rows: readonly number[] | undefined;
  let budget: BudgetDocument | undefined;
  let municipality: { code?: string; name?: string } = {};
  let settings: ReportInput["iv3"];
  const read = await readText(io, path, lang, values["encoding"]);
  if ("exit" in read) return read.exit;
  if (values["as"] === "csv" || (values["as"] === undefined && isCsv(path, read.text))) {
    const options = csvOptions(read.text, { ...csvFlags(values), ...(values["year"] === undefined ? { year: boekjaarText } : {}) }, lang);
    if (!options.ok) {
      io.stderr(`opkoers: ${path}: ${options.message}\n`);
      return options.usage ? USAGE : INVALID;
    }
    const parsed = parseBudgetCsv(read.text, { ...options.options, lang });
    if (!parsed.ok) {
      io.stderr(say(lang, `opkoers: ${path} is geen geldige begroting als CSV:\n`, `opkoers: ${path} is not a valid budget CSV:\n`) + issueLines(parsed.issues, true, lang));
      return INVALID;
    }
    lines = parsed.value.lines;
    rows = parsed.value.rows;
  } else {
    const json = readJson(read.text, path, lang);
    if (!json.ok) {
      io.stderr(`opkoers: ${json.message}\n`);
      return INVALID;
    }
    const kind = jsonKind(json.value);
    if (kind === "report") {
      const parsed = parseReportInput(json.value, { lang });
      if (!parsed.ok) {
        io.stderr(say(lang, `opkoers: ${path} is geen geldige rapportinvoer:\n`, `opkoers: ${path} is not valid report input:\n`) + issueLines(parsed.issues, false, lang));
        return INVALID;
      }
      const withBudget = parsed.value.find((input) => input.budget !== undefined && input.budget.budgetYear === boekjaar) ?? parsed.value.find((input) => input.budget !== undefined);
      if (withBudget === undefined) {
        io.stderr(`opkoers: ${say(lang, `${path} bevat geen begrotingsdocument ("budget").`, `${path} holds no budget document ("budget").`)}\n`);
        return INVALID;
      }
      budget = withBudget.budget;
      municipality = { code: withBudget.planning.municipality.code, ...(withBudget.planning.municipality.name === undefined ? {} : { name: withBudget.planning.municipality.name }) };
      settings = withBudget.iv3;
    } else {
      const parsed = parseBudget(json.value, { lang });
      if (!parsed.ok) {
        io.stderr(say(lang, `opkoers: ${path} is geen geldig begrotingsdocument:\n`, `opkoers: ${path} is not a valid budget document:\n`) + issueLines(parsed.issues, false, lang));
        return INVALID;
      }
      budget = parsed.value;
      if (budget.municipality !== undefined) municipality = { name: budget.municipality };
    }
    lines = [];
  }

  // Which phases: --phase, or by period.
  let phases: readonly string[] | undefined;
  if (typeof values["phase"] === "string" && budget !== undefined) phases = values["phase"].split(",").map((p) => p.trim()).filter((p) => p !== "");
  else if (budget !== undefined) {
    phases =
      periode === 0
        ? budget.phases.filter((p) => p.kind === "original").map((p) => p.id)
        : periode === 5
          ? budget.phases.filter((p) => p.kind === "actual" && p.quarter === undefined).map((p) => p.id)
          : budget.phases.filter((p) => p.kind === "actual" && p.quarter === periode).map((p) => p.id);
  }
  if (budget !== undefined) {
    const known = new Set([...budget.phases.map((p) => p.id), ...budget.amendments.map((a) => a.id)]);
    const unknown = (phases ?? []).filter((p) => !known.has(p));
    if (unknown.length > 0) {
      io.stderr(`opkoers: ${say(lang, `onbekende fase ${joinList(unknown, "and", "nl")}; het document kent ${joinList([...known], "and", "nl")}.`, `unknown phase ${joinList(unknown, "and", "en")}; the document has ${joinList([...known], "and", "en")}.`)}\n`);
      return USAGE;
    }
    if (phases === undefined || phases.length === 0) {
      io.stderr(`opkoers: ${say(lang, `het begrotingsdocument heeft geen fase voor periode ${periode}; geef er een met --phase.`, `the budget document has no phase for period ${periode}; give one with --phase.`)}\n`);
      return INVALID;
    }
    // Two actual phases for one period (a provisional and a final realisatie) are versions, not parts: adding them
    // would double the delivery, so the user chooses. (Original phases are parts of one begroting and add up.)
    if (periode !== 0 && values["phase"] === undefined) {
      const doc = budget;
      const withLines = phases.filter((id) => doc.lines.some((l) => l.phase === id && l.year === boekjaar));
      if (withLines.length > 1) {
        io.stderr(
          `opkoers: ${say(
            lang,
            `het begrotingsdocument heeft ${withLines.length} realisatiefasen voor periode ${periode} van ${boekjaar} (${joinList(withLines, "and", "nl")}); dat zijn versies, geen delen, en samen zouden ze de aanlevering verdubbelen. Kies er een met --phase.`,
            `the budget document has ${withLines.length} actual phases for period ${periode} of ${boekjaar} (${joinList(withLines, "and", "en")}); they are versions, not parts, and together they would double the delivery. Choose one with --phase.`,
          )}\n`,
        );
        return USAGE;
      }
    }
    lines = linesOf(budget, phases);
  }

  const nummer = typeof values["overheidsnummer"] === "string" ? values["overheidsnummer"] : (settings?.overheidsnummer ?? OVERHEIDSNUMMER.exec(municipality.code ?? "")?.[1]);
  const naam = typeof values["naam"] === "string" ? values["naam"] : municipality.name;
  const contact = {
    naam: typeof values["contact-naam"] === "string" ? values["contact-naam"] : settings?.contact?.naam,
    email: typeof values["contact-email"] === "string" ? values["contact-email"] : settings?.contact?.email,
    telefoon: typeof values["contact-telefoon"] === "string" ? values["contact-telefoon"] : settings?.contact?.telefoon,
  };
  const missing = [
    ...(nummer === undefined ? ["--overheidsnummer"] : []),
    ...(naam === undefined ? ["--naam"] : []),
    ...(contact.naam === undefined ? ["--contact-naam"] : []),
    ...(contact.email === undefined ? ["--contact-email"] : []),
    ...(contact.telefoon === undefined ? ["--contact-telefoon"] : []),
  ];
  if (missing.length > 0) {
    io.stderr(`opkoers: ${say(lang, `voor een Iv3-aanlevering ${missing.length === 1 ? "ontbreekt" : "ontbreken"}: ${joinList(missing, "and", "nl")} (of "iv3" in de rapportinvoer).`, `an Iv3 delivery needs: ${joinList(missing, "and", "en")} (or "iv3" in the envelope).`)}\n`);
    return USAGE;
  }
  let exported;
  try {
    exported = toIv3Delivery(lines, {
      boekjaar,
      periode,
      overheidsnummer: nummer as string,
      overheidsnaam: naam as string,
      datum,
      contact: contact as { naam: string; email: string; telefoon: string },
      ...(settings?.financieelPakket === undefined ? {} : { financieelPakket: settings.financieelPakket }),
      ...(values["book-resultaat"] === true ? { bookResultaat: true } : {}),
    });
  } catch (error) {
    const index = isDomainError(error) ? error.details["index"] : undefined;
    const line = typeof index === "number" ? rows?.[index] : undefined;
    if (isDomainError(error) && error.code === "missing_categorie" && line !== undefined) {
      // A line of a CSV file: name the line of the file, not the index of the budget line.
      const taakveld = String(error.details["taakveld"]);
      io.stderr(
        `opkoers: ${say(
          lang,
          `${path}, regel ${line} (taakveld ${taakveld}): geen categorie; een Iv3-aanlevering vraagt de economische categorie van elk bedrag (kolom Categorie).`,
          `${path}, line ${line} (taakveld ${taakveld}): no categorie; an Iv3 delivery needs the economische categorie of every amount (column Categorie).`,
        )}\n`,
      );
      return INVALID;
    }
    io.stderr(`opkoers: ${error instanceof Error ? error.message.replace(/^\[opkoers\] /, "") : String(error)}\n`);
    return INVALID;
  }
  let checks: readonly Assessment[];
  try {
    checks = checkCbsDelivery(exported.delivery);
  } catch (error) {
    io.stderr(`opkoers: ${error instanceof Error ? error.message.replace(/^\[opkoers\] /, "") : String(error)}\n`);
    return INVALID;
  }
  const failed = failedChecks(checks);
  const { exact, booked } = exported.resultaat;
  const resultaat =
    booked === "none"
      ? ""
      : say(
          lang,
          ` Resultaat ${formatAmount(exact)} geboekt op taakveld 0.11, categorie 7.1 (${booked}).`,
          ` Resultaat ${formatAmount(exact)} booked on taakveld 0.11, categorie 7.1 (${booked}).`,
        );
  const summary =
    say(
      lang,
      `Iv3-aanlevering ${naam} ${boekjaar}, periode ${periode}: ${exported.linesUsed} regels gebruikt, ${exported.linesLeftOut} weggelaten.${resultaat} ${exported.rounding.description.nl}\nCBS-controles:\n`,
      `Iv3 delivery ${naam} ${boekjaar}, period ${periode}: ${exported.linesUsed} lines used, ${exported.linesLeftOut} left out.${resultaat} ${exported.rounding.description.en}\nCBS checks:\n`,
    ) + checkLines(checks, lang);
  const delivery = `${JSON.stringify(exported.delivery, null, 2)}\n`;
  if (typeof values["out"] === "string" && failed.length > 0) {
    // A delivery that fails a CBS check is not written where a good one is expected; an existing file stays.
    io.stdout(summary);
    io.stderr(
      `opkoers: ${say(
        lang,
        `de aanlevering is niet naar ${values["out"]} geschreven, omdat een CBS-controle faalt; zonder --out gaat ze naar de standaarduitvoer.`,
        `the delivery was not written to ${values["out"]} because a CBS check failed; without --out it goes to standard output.`,
      )}\n`,
    );
    return INVALID;
  }
  if (typeof values["out"] === "string") {
    const written = await emit(io, values["out"], delivery, lang);
    if (written !== OK) return written;
    io.stdout(summary);
  } else {
    io.stdout(delivery);
    io.stderr(summary);
  }
  return failed.length === 0 ? OK : INVALID;
}

/** `opkoers schema [<type>]`. */
export async function schema(positionals: readonly string[], values: Values, io: CommandIo, lang: ReportLanguage): Promise<number> {
  const type = positionals[0] ?? "planning";
  if (positionals.length > 1) {
    io.stderr(`opkoers: ${say(lang, "schema neemt hoogstens één documentsoort.", "schema takes at most one document type.")}\n`);
    return USAGE;
  }
  let json: Record<string, unknown>;
  if (type === "planning") json = planningDocumentJsonSchema();
  else if ((DOCUMENT_TYPES as readonly string[]).includes(type)) json = planningDocumentJsonSchema(type as DocumentType);
  else if (type === "budget") json = budgetDocumentJsonSchema();
  else if (type === "report") json = reportInputJsonSchema();
  else {
    const known = ["planning", ...DOCUMENT_TYPES, "budget", "report"].join(", ");
    io.stderr(`opkoers: ${say(lang, `onbekende documentsoort ${JSON.stringify(type)}; kies uit ${known}.`, `unknown document type ${JSON.stringify(type)}; choose from ${known}.`)}\n`);
    return USAGE;
  }
  return emit(io, values["out"], `${JSON.stringify(json, null, 2)}\n`, lang);
}
