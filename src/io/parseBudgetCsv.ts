// "#csv-parse-sync" (package.json "imports"): csv-parse's own build under Node (native Buffer) and its browser
// build elsewhere. The browser build carries a JavaScript Buffer polyfill whose UTF-8 code took about 45 % of an
// import's time under Node (bench/RESULTS.md, the CSV rows).
import { CsvError, parse } from "#csv-parse-sync";
import type { BudgetLine, Nature } from "../budget/index.js";
import { languageOption } from "../errors/_internal/languageOption.js";
import { inLanguage, say } from "../errors/_internal/schemas.js";
import { isDomainError } from "../errors/isDomainError.js";
import type { Issue, ParseResult } from "../errors/Issue.js";
import { parseAmount, type Cents, type PresentationUnit } from "../money/index.js";
import { decodeText, isBytes, TEXT_ENCODINGS } from "./_internal/decodeText.js";
import { decimalToCents } from "./_internal/decimal.js";
import { isLineYear } from "./_internal/isLineYear.js";
import { breaksIn, sweepLines } from "./_internal/lines.js";
import { describe, fail } from "./_internal/fail.js";

/**
 * A column of a CSV file: its header text (exactly as in the first row,
 * after trimming), or its position counted from 0.
 *
 * @example
 * ```ts
 * import type { CsvColumn } from "opkoers/io";
 *
 * const byName: CsvColumn = "Lasten";
 * const byPosition: CsvColumn = 4;
 * [byName, byPosition]; //=> ["Lasten", 4]
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export type CsvColumn = string | number;

/**
 * Which columns of a CSV file hold what. Give the amounts either as
 * `expenses` and/or `revenue` columns, or as one `amount` column together
 * with a `side` column (or with a sign convention that tells lasten from
 * baten, see {@link CsvImportOptions.signs}).
 *
 * @example
 * ```ts
 * import type { CsvColumns } from "opkoers/io";
 *
 * const cbs: CsvColumns = { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten", group: "Gemeenten" };
 * cbs.expenses; //=> "Lasten"
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export interface CsvColumns {
  /** The taakveld code (or code and name, see {@link CsvImportOptions.taakveldFormat}). Required. */
  readonly taakveld: CsvColumn;
  /** Lasten (expenses). */
  readonly expenses?: CsvColumn;
  /** Baten (revenue). */
  readonly revenue?: CsvColumn;
  /** One amount column for both; with `side`, or with a sign convention. */
  readonly amount?: CsvColumn;
  /** Whether the `amount` is lasten or baten (see {@link CsvImportOptions.sideValues}). */
  readonly side?: CsvColumn;
  /** The economische categorie (or code and name, see {@link CsvImportOptions.categorieFormat}). */
  readonly categorie?: CsvColumn;
  /** The programme code. */
  readonly programme?: CsvColumn;
  /** The cost centre (kostenplaats). */
  readonly costCentre?: CsvColumn;
  /** A description of the line. */
  readonly description?: CsvColumn;
  /** The year, as a whole number. */
  readonly year?: CsvColumn;
  /** The phase id. */
  readonly phase?: CsvColumn;
  /** A column whose value is returned per line in {@link CsvBudget.groups}, e.g. the municipality of a file with many. */
  readonly group?: CsvColumn;
}

/**
 * The character encoding of a CSV file given as bytes (see
 * {@link CsvImportOptions.encoding}): `"utf-8"`, `"windows-1252"` (what
 * Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)"),
 * `"utf-16le"` or `"utf-16be"` (Excel's "Unicode-tekst").
 *
 * @example
 * ```ts
 * import type { CsvEncoding } from "opkoers/io";
 *
 * const excel: CsvEncoding = "windows-1252";
 * excel; //=> "windows-1252"
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export type CsvEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/**
 * Options for {@link parseBudgetCsv}. Everything a municipality's export
 * does differently is an option; nothing is guessed where a guess could
 * change an amount.
 *
 * @example
 * ```ts
 * import type { CsvImportOptions } from "opkoers/io";
 *
 * const cbsFile: CsvImportOptions = {
 *   columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten", group: "Gemeenten" },
 *   delimiter: ";", numberFormat: "dot", unit: "thousand", taakveldFormat: "codeAndName", year: 2023, phase: "realisatie",
 * };
 * cbsFile.unit; //=> "thousand"
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export interface CsvImportOptions {
  /** Which columns hold what. */
  readonly columns: CsvColumns;
  /**
   * The encoding of the file when it is given as bytes (a `Uint8Array`, such
   * as Node's `Buffer`); not allowed with text. Default: UTF-8, or UTF-16
   * when the file starts with a UTF-16 byte-order mark. Bytes that are not
   * valid in the encoding are an `invalid_encoding` issue that says what
   * the file looks like (windows-1252, UTF-16 without a byte-order mark, or
   * binary); nothing is decoded by a guess. A byte-order mark that
   * contradicts the encoding given is an issue too.
   */
  readonly encoding?: CsvEncoding;
  /** The separator; default: `";"` when the first line has one, otherwise `","`. */
  readonly delimiter?: ";" | "," | "\t";
  /** Whether the first row holds the column names; default `true`. Without it, columns are given by position. */
  readonly header?: boolean;
  /**
   * How amounts are written: `"dutch"` (default) `1.234.567,89` with a dot
   * between thousands and a decimal comma, read by `parseAmount` of
   * `opkoers/money` (also `€`, `(1.234)` and `9.600,-`); `"dot"` a plain
   * decimal with a dot and no thousands separator, as in the CBS file
   * (`10127.0`, `-3.5`). There is no automatic choice: `1.234` means
   * something else in each.
   */
  readonly numberFormat?: "dutch" | "dot";
  /**
   * With `numberFormat: "dutch"`, when a number in parentheses is negative
   * (passed to `parseAmount`, see its `parentheses` option): `"amountLike"`
   * (default) only when it looks like an amount (`(1.234)`, `(12)`,
   * `(1.234,50)`), so that `(2023)` is an issue rather than −2.023;
   * `"always"` for an accounting export that writes every negative amount in
   * parentheses without thousands separators; `"never"` to refuse them.
   */
  readonly parentheses?: "amountLike" | "always" | "never";
  /** The unit of the amounts: `"euro"` (default), `"thousand"` (× € 1.000) or `"million"`. */
  readonly unit?: PresentationUnit;
  /**
   * The sign convention of the file:
   * - `"asWritten"` (default): lasten and baten both as positive amounts (a correction negative);
   * - `"revenueNegative"`: baten are written negative (lasten positive);
   * - `"expensesNegative"`: lasten are written negative (baten positive).
   *
   * Amounts are stored with their natural sign either way. With one `amount`
   * column and no `side` column, the sign tells lasten from baten, so only
   * `"revenueNegative"` or `"expensesNegative"` can be used there.
   */
  readonly signs?: "asWritten" | "revenueNegative" | "expensesNegative";
  /** `"code"` (default): the cell is the taakveld code; `"codeAndName"`: the code is the cell's text up to the first space (`"0.1 Bestuur"`). */
  readonly taakveldFormat?: "code" | "codeAndName";
  /** The same, for the categorie column. */
  readonly categorieFormat?: "code" | "codeAndName";
  /** An empty amount cell: `"zero"` (default) reads it as 0, `"issue"` reports it. */
  readonly emptyAmount?: "zero" | "issue";
  /** The values of the `side` column, compared case-insensitively after trimming; default lasten `["L", "lasten"]`, baten `["B", "baten"]`. */
  readonly sideValues?: {
    /** The values that mean lasten. */
    readonly expenses: readonly string[];
    /** The values that mean baten. */
    readonly revenue: readonly string[];
  };
  /** The year of every line, when there is no year column. */
  readonly year?: number;
  /** The phase of every line, when there is no phase column. */
  readonly phase?: string;
  /** The programme of every line when there is no programme column; default: the hoofdtaakveld (`"6.71a"` → `"6"`). */
  readonly programme?: string;
  /** The categorie of every line when there is no categorie column (e.g. a column of salaries only: `"1.1"`). */
  readonly categorie?: string;
  /** The nature of every line; default `"structureel"`. */
  readonly nature?: Nature;
  /** The language of the issues' messages: `"en"` (default) or `"nl"`, with the same detail in both. @since 0.2.0 */
  readonly lang?: "nl" | "en";
}

/**
 * Budget lines read from a CSV file, with where each came from.
 *
 * @example
 * ```ts
 * import type { CsvBudget } from "opkoers/io";
 *
 * const empty: CsvBudget = { lines: [], rows: [] };
 * empty.rows.length; //=> 0
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export interface CsvBudget {
  /** The lines, one per data row, in file order. */
  readonly lines: readonly BudgetLine[];
  /**
   * Per line: the line of the file on which its row starts, as an editor
   * numbers them (1 is the first line, the header; `\r\n`, `\n` and a lone
   * `\r` each end a line, also inside a quoted cell).
   */
  readonly rows: readonly number[];
  /** Per line: the value of the `group` column, when one was given. */
  readonly groups?: readonly string[];
}

const TAAKVELD = /^\d{1,2}\.\d{1,3}[a-z]?$/;
const CATEGORIE = /^\d{1,2}(\.\d{1,2}){0,3}$/;

type Field = keyof CsvColumns;
const FIELDS: readonly Field[] = ["taakveld", "expenses", "revenue", "amount", "side", "categorie", "programme", "costCentre", "description", "year", "phase", "group"];

function checkOptions(options: CsvImportOptions): void {
  const invalid = (option: string, value: unknown, allowed: string): never =>
    fail("invalid_option", `${option} is ${describe(value)}; ${allowed}.`, { option, value });
  if (typeof options !== "object" || options === null) invalid("options", options, "pass an object with at least columns");
  const { columns } = options;
  if (typeof columns !== "object" || columns === null) invalid("columns", columns, "say which columns hold the taakveld and the amounts");
  for (const [field, column] of Object.entries(columns)) {
    if (!FIELDS.includes(field as Field)) invalid(`columns.${field}`, column, `it is not a known column; use ${FIELDS.join(", ")}`);
    if (column !== undefined && typeof column !== "string" && !(Number.isInteger(column) && (column as number) >= 0)) {
      invalid(`columns.${field}`, column, "use a header text or a position counted from 0");
    }
  }
  if (columns.taakveld === undefined) invalid("columns.taakveld", undefined, "the taakveld column is required");
  const two = columns.expenses !== undefined || columns.revenue !== undefined;
  if (two && columns.amount !== undefined) invalid("columns.amount", columns.amount, "give either expenses/revenue columns or one amount column, not both");
  if (!two && columns.amount === undefined) invalid("columns", "no amount column", "give expenses and/or revenue columns, or an amount column");
  if (columns.side !== undefined && columns.amount === undefined) invalid("columns.side", columns.side, "a side column goes with an amount column");
  if (options.parentheses !== undefined && options.parentheses !== "amountLike" && options.parentheses !== "always" && options.parentheses !== "never") {
    invalid("parentheses", options.parentheses, 'use "amountLike", "always" or "never"');
  }
  if (options.parentheses !== undefined && options.numberFormat === "dot") invalid("parentheses", options.parentheses, 'it applies only to numberFormat "dutch" (the "dot" format has no parentheses)');
  const signs = options.signs ?? "asWritten";
  if (signs !== "asWritten" && signs !== "revenueNegative" && signs !== "expensesNegative") invalid("signs", signs, 'use "asWritten", "revenueNegative" or "expensesNegative"');
  if (columns.amount !== undefined && columns.side === undefined && signs === "asWritten") {
    invalid("signs", signs, 'one amount column without a side column needs "revenueNegative" or "expensesNegative" to tell lasten from baten');
  }
  if (options.encoding !== undefined && !(TEXT_ENCODINGS as readonly unknown[]).includes(options.encoding)) invalid("encoding", options.encoding, `use ${TEXT_ENCODINGS.map((e) => JSON.stringify(e)).join(", ")}`);
  if (options.delimiter !== undefined && ![";", ",", "\t"].includes(options.delimiter)) invalid("delimiter", options.delimiter, 'use ";", "," or a tab');
  if (options.numberFormat !== undefined && options.numberFormat !== "dutch" && options.numberFormat !== "dot") invalid("numberFormat", options.numberFormat, 'use "dutch" or "dot"');
  if (options.unit !== undefined && !["euro", "thousand", "million"].includes(options.unit)) invalid("unit", options.unit, 'use "euro", "thousand" or "million"');
  for (const key of ["taakveldFormat", "categorieFormat"] as const) {
    const value = options[key];
    if (value !== undefined && value !== "code" && value !== "codeAndName") invalid(key, value, 'use "code" or "codeAndName"');
  }
  if (options.emptyAmount !== undefined && options.emptyAmount !== "zero" && options.emptyAmount !== "issue") invalid("emptyAmount", options.emptyAmount, 'use "zero" or "issue"');
  if (columns.year === undefined && !(typeof options.year === "number" && isLineYear(options.year))) {
    invalid("year", options.year, "give a year column or a year a budget line accepts");
  }
  if (columns.phase === undefined && (typeof options.phase !== "string" || options.phase === "")) invalid("phase", options.phase, "give a phase column or a phase id");
  for (const key of ["programme", "categorie"] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== "string" || value === "")) invalid(key, value, "use a non-empty code");
  }
  if (options.nature !== undefined && options.nature !== "structureel" && options.nature !== "incidenteel") invalid("nature", options.nature, 'use "structureel" or "incidenteel"');
  const sides = options.sideValues;
  const strings = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === "string");
  if (sides !== undefined && (typeof sides !== "object" || sides === null || !strings(sides.expenses) || !strings(sides.revenue))) {
    invalid("sideValues", sides, "use { expenses: [...], revenue: [...] }");
  }
}

/**
 * A csv-parse error as an issue at the line where its record's text starts (the rule of every CSV issue's line);
 * `from` is the line where the record starts, before any line end it begins with.
 */
function syntaxIssue(error: unknown, from: number, start: number): Issue {
  const code = error instanceof CsvError ? error.code : undefined;
  const raw = typeof error === "object" && error !== null && typeof (error as { raw?: unknown }).raw === "string" ? (error as { raw: string }).raw : "";
  const at = from + breaksIn(raw); // the raw text of the record up to where csv-parse stopped
  const where = at === start ? say(`Line ${start}`, `Regel ${start}`) : say(`Line ${start} (at line ${at})`, `Regel ${start} (op regel ${at})`);
  const message =
    code === "CSV_QUOTE_NOT_CLOSED"
      ? say(`Line ${start}: a cell opens a quote (") that is never closed, so the rest of the file would be one cell.`, `Regel ${start}: een cel opent een aanhalingsteken (") dat nooit wordt gesloten, zodat de rest van het bestand één cel zou zijn.`)
      : code === "INVALID_OPENING_QUOTE"
        ? say(`${where}: a quote (") inside a cell that does not start with one; put the whole cell in quotes and write the quote twice ("").`, `${where}: een aanhalingsteken (") in een cel die er niet mee begint; zet de hele cel tussen aanhalingstekens en schrijf het aanhalingsteken dubbel ("").`)
        : code === "CSV_INVALID_CLOSING_QUOTE"
          ? say(`${where}: text after the closing quote of a cell; a quote inside a quoted cell is written twice ("").`, `${where}: tekst na het sluitende aanhalingsteken van een cel; een aanhalingsteken in een cel tussen aanhalingstekens wordt dubbel geschreven ("").`)
          : say(`${where}: the file is not valid CSV: `, `${where}: het bestand is geen geldige CSV (melding van csv-parse): `) + (error instanceof Error ? error.message : String(error)).replace(/\s*(at|on) line \d+/g, "");
  return { path: [start], code: "csv_syntax", message };
}

const SPLIT_WHOLE = /^[(-]?\s*(€\s*)?-?\d+(\.\d{3})*$/;
const SPLIT_FRACTION = /^(\d+|-{1,2})\)?(\s*€)?$/;

/** A row with more or fewer cells than the header: where, what was found, and the likely cause. */
function countIssue(record: readonly string[], row: number, expected: number, header: boolean, delimiter: string): Issue {
  const shown = record.slice(0, 12).map((cell) => describe(cell)).join(", ") + (record.length > 12 ? ", …" : "");
  let message = say(
    `Line ${row} has ${record.length} ${record.length === 1 ? "cell" : "cells"} where the ${header ? "header" : "first row"} has ${expected}: ${shown}.`,
    `Regel ${row} heeft ${record.length} ${record.length === 1 ? "cel" : "cellen"} waar ${header ? "de kopregel" : "de eerste rij"} er ${expected} heeft: ${shown}.`,
  );
  if (record.length > expected) {
    const split: string[] = [];
    if (delimiter === ",") {
      for (let i = 0; i + 1 < record.length; i++) {
        const whole = (record[i] as string).trim();
        const fraction = (record[i + 1] as string).trim();
        if (SPLIT_WHOLE.test(whole) && SPLIT_FRACTION.test(fraction)) {
          split.push(describe(`${whole},${fraction}`));
          i++; // "1.234", "56", "0": the pair is "1.234,56", not also "56,0"
        }
      }
    }
    message +=
      split.length > 0
        ? say(
            ` It looks like Dutch amounts with a decimal comma split by the comma separator (${split.slice(0, 3).join(", ")}?): in a comma-separated file, write such amounts in quotes ("1.234,56"), or use ";" as the separator.`,
            ` Het lijken Nederlandse bedragen met een decimale komma, gesplitst door het scheidingsteken komma (${split.slice(0, 3).join(", ")}?): schrijf zulke bedragen in een bestand met komma's tussen aanhalingstekens ("1.234,56"), of gebruik ";" als scheidingsteken.`,
          )
        : say(
            ` A cell probably holds the separator ${describe(delimiter)} without quotes (e.g. in a description); put that cell in quotes.`,
            ` Een cel bevat waarschijnlijk het scheidingsteken ${describe(delimiter)} zonder aanhalingstekens (bijvoorbeeld in een omschrijving); zet die cel tussen aanhalingstekens.`,
          );
  } else {
    message += say(" A cell is missing, or the row is cut off; an empty cell still needs its separator.", " Er ontbreekt een cel, of de rij is afgebroken; ook een lege cel heeft zijn scheidingsteken nodig.");
  }
  return { path: [row], code: "column_count", message };
}

/** The units of a presentation unit in Dutch, for a fraction-of-a-cent message. */
const UNIT_NL: Readonly<Record<PresentationUnit, string>> = { euro: "euro's", thousand: "duizenden euro's", million: "miljoenen euro's" };

/** A value for a Dutch message: as {@link describe}, with the words of a non-value in Dutch. */
function describeNl(value: unknown): string {
  if (Array.isArray(value)) return "een array";
  if (typeof value === "object" && value !== null) return "een object";
  if (typeof value === "function" || typeof value === "symbol") return `een ${typeof value}`;
  return describe(value);
}

/** The Dutch names of the characters parseAmount of opkoers/money names (its `odd_space` reason). */
const CHARACTER_NL: Readonly<Record<string, string>> = {
  "\t": "een tab",
  "\n": "een regelopschuiving",
  "\r": "een regelterugloop",
  "\u2009": "een smalle spatie",
  "\u3000": "een ideografische spatie",
  "\u2028": "een regelscheiding",
  "\u2029": "een alineascheiding",
  "\ufeff": "een byte-order mark",
  "\u200b": "een spatie zonder breedte",
};

/**
 * The Dutch message of an error of parseAmount (opkoers/money, whose messages are English), from its code and its
 * details (`why` and what it quotes), never from the English text; the English text when the reason is not known.
 */
function amountMessageNl(code: string, details: Readonly<Record<string, unknown>>, value: string, english: string): string {
  const text = describe(value);
  if (code === "fraction_of_cent") {
    const unit = (details["unit"] ?? "euro") as PresentationUnit;
    const hint = typeof details["whole"] === "string" && typeof details["fraction"] === "string" ? ` (de komma scheidt de decimalen; schrijf ${details["whole"]}.${details["fraction"]} voor een getal met duizendtallen)` : "";
    return `${text} heeft een fractie van een cent${unit === "euro" ? "" : ` in ${UNIT_NL[unit]}`}${hint}.`;
  }
  if (code === "amount_out_of_range") {
    const digits = String(details["value"]);
    const shown = digits.length > 40 ? `${digits.slice(0, 20)}…(${digits.length} tekens)` : digits;
    return `Het resultaat van parseAmount(${text}) (${shown} cent) ligt buiten het veilige bereik van ±9007199254740991 cent (€ 90 biljoen).`;
  }
  if (code !== "invalid_amount_text") return english;
  const why = details["why"];
  const quoted = (key: string): string => describe(details[key]);
  let reason: string | undefined;
  if (why === "odd_space") {
    const char = String(details["char"]);
    const point = `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
    reason = `het bevat ${CHARACTER_NL[char] ?? "een onzichtbaar of stuurteken"} (${point}); alleen een spatie, een harde spatie (U+00A0) of een smalle harde spatie (U+202F) mag groepen cijfers scheiden`;
  } else if (why === "empty") reason = "het is leeg";
  else if (why === "parentheses_never") reason = 'haakjes worden hier niet als min gelezen (de optie parentheses is "never")';
  else if (why === "two_signs") reason = "het heeft twee tekens (een min, een plus of haakjes)";
  else if (why === "unexpected_text") {
    reason = `het heeft onverwachte tekst ${quoted("unexpected")}${details["after"] === "" ? "" : ` na ${quoted("after")}`}; een bedrag bevat alleen cijfers, punten tussen duizendtallen, een decimale komma, een teken en €`;
  } else if (why === "space_grouping") reason = "een spatie in een getal mag alleen groepen van drie cijfers scheiden, zoals in 1 234 567";
  else if (why === "dot_not_thousands") reason = "een punt scheidt in het Nederlands duizendtallen en moet door drie cijfers worden gevolgd; schrijf een decimale komma (1,5)";
  else if (why === "leading_zero") reason = "een getal met een punt tussen duizendtallen kan niet met 0 beginnen; schrijf voor een breuk een decimale komma (0,123)";
  else if (why === "english_notation") reason = "dit lijkt Engelse notatie; Nederlandse bedragen hebben een punt tussen duizendtallen en een komma voor decimalen (1.234,56)";
  else if (why === "not_a_number") reason = "verwacht cijfers met een punt tussen groepen van drie en eventueel een decimale komma, zoals 1.234,56";
  else if (why === "parentheses_year") {
    reason = `${describe(`(${String(details["whole"])})`)} leest als een jaartal of een noot, niet als een negatief bedrag; schrijf een negatief bedrag tussen haakjes met zijn duizendtallen gegroepeerd (${describe(`(${String(details["grouped"])})`)}), of geef { parentheses: "always" } mee om elk getal tussen haakjes als negatief te lezen`;
  }
  return reason === undefined ? english : `${text} is geen bedrag: ${reason}.`;
}

function detectDelimiter(text: string): ";" | "," {
  const end = text.indexOf("\n");
  const first = end === -1 ? text : text.slice(0, end);
  return first.includes(";") ? ";" : ",";
}

/**
 * Read budget lines from a CSV file as municipalities and CBS publish them,
 * with the csv-parse library (RFC 4180 quoting; it also runs in browsers):
 * `;` or `,` separated, Dutch or dot-decimal numbers, amounts in euros or
 * × € 1.000, any of the three sign conventions, and a taakveld column that
 * may hold the code and the name together — all as options (see
 * {@link CsvImportOptions}).
 *
 * The file may be text, or bytes (a `Uint8Array`, e.g. a Node `Buffer`)
 * in the encoding of {@link CsvImportOptions.encoding}: UTF-8 by default,
 * windows-1252 (Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)")
 * or UTF-16 when asked; UTF-16 with a byte-order mark is read by itself.
 * Bytes that do not fit are an `invalid_encoding` issue that says what the
 * file looks like; nothing is decoded by a guess.
 *
 * Every row must have as many cells as the header (without a header: as the
 * first row). A row with more or fewer is a `column_count` issue that lists
 * the cells found and is not read: extra cells are never dropped, so an
 * unquoted `;` in a description or a Dutch decimal comma in a
 * comma-separated file (`0.1,1.234,56,0`) cannot shift an amount into
 * another column. When the cells look like Dutch amounts split at their
 * decimal comma, the message says so.
 *
 * Reading never throws for bad data: every cell that cannot be read comes
 * back as an {@link Issue} with `path: [line, column]`, a whole row as
 * `[line]`, a code and a message that starts with the same place (`Line 7,
 * column "Lasten": …`) and quotes the value. `line` is always the line of the
 * file on which the row (the CSV record) starts, as an editor numbers them:
 * 1 is the first line (the header), the first data row below it is line 2;
 * `\r\n`, `\n` and a lone `\r` each end a line, also inside a quoted cell
 * that spans lines, and empty lines count; a byte-order mark is no line.
 * {@link CsvBudget.rows} and the `line` of an encoding issue follow the same
 * rule. `column` is the header text, or the position without a header. Codes: `invalid_encoding`, `csv_syntax` (the
 * file is not valid CSV, e.g. an unclosed quote), `column_count`,
 * `missing_column`, `ambiguous_column`, `missing_value`,
 * `invalid_amount_text`, `fraction_of_cent`, `amount_out_of_range`,
 * `invalid_taakveld`, `invalid_categorie`, `invalid_side`, `invalid_year`
 * (not four digits, or a year the budget line schema refuses), and
 * `invalid_type` when the input is neither text nor bytes. Whether a
 * taakveld is in the CBS list of the year is checked by
 * {@link checkCbsLines}. Empty lines are skipped.
 *
 * @param input - The contents of the file: text (a leading byte-order mark is ignored), or its bytes.
 * @param options - Columns, encoding, separator, number format, unit, sign convention, the values for what the file has no column for, and the language of the messages (`lang`: `"en"`, the default, or `"nl"`, with the same detail).
 * @returns The lines with their rows (and groups), or every issue found.
 * @throws {@link DomainError} `invalid_option` – when the options are not valid, or an `encoding` is given with text (a programmer error; the file's contents never throw).
 *
 * @example
 * ```ts
 * import { parseBudgetCsv } from "opkoers/io";
 *
 * const csv = "Taakveld;Lasten;Baten\n0.1 Bestuur;1.234,50;0\n6.1 Samenkracht;46.634;-4.742\n";
 * const result = parseBudgetCsv(csv, {
 *   columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten" },
 *   taakveldFormat: "codeAndName", unit: "thousand", signs: "revenueNegative", year: 2025, phase: "begroting",
 * });
 * result.ok && result.value.lines.map((l) => [l.taakveld, l.expenses, l.revenue]);
 * //=> [["0.1", 123450000, 0], ["6.1", 4663400000, 474200000]]
 *
 * const bad = parseBudgetCsv("Taakveld,Lasten\n0.1,1.5\n", { columns: { taakveld: "Taakveld", expenses: "Lasten" }, year: 2025, phase: "begroting" });
 * bad.ok || bad.issues[0]?.path; //=> [2, "Lasten"]
 * bad.ok || bad.issues[0]?.code; //=> "invalid_amount_text"
 * const dutch = parseBudgetCsv("Taakveld,Lasten\n0.1,1.5\n", { columns: { taakveld: "Taakveld", expenses: "Lasten" }, year: 2025, phase: "begroting", lang: "nl" });
 * dutch.ok || dutch.issues[0]?.message.slice(0, 47); //=> 'Regel 2, kolom "Lasten": "1.5" is geen bedrag: '
 *
 * // A comma file with Dutch decimals: the row is longer than the header, not read with a cell dropped.
 * const split = parseBudgetCsv("Taakveld,Lasten,Baten\n0.1,1.234,56,0\n", { columns: { taakveld: "Taakveld", expenses: "Lasten", revenue: "Baten" }, year: 2025, phase: "begroting" });
 * split.ok || [split.issues[0]?.path, split.issues[0]?.code]; //=> [[2], "column_count"]
 *
 * // Dutch Excel's CSV is windows-1252: "€" is byte 0x80.
 * const bytes = Uint8Array.from([...new TextEncoder().encode("Taakveld;Lasten\n0.1;"), 0x80, ...new TextEncoder().encode(" 12,50\n")]);
 * parseBudgetCsv(bytes, { columns: { taakveld: "Taakveld", expenses: "Lasten" }, year: 2025, phase: "begroting" }).ok; //=> false
 * const excel = parseBudgetCsv(bytes, { columns: { taakveld: "Taakveld", expenses: "Lasten" }, encoding: "windows-1252", year: 2025, phase: "begroting" });
 * excel.ok && excel.value.lines[0]?.expenses; //=> 1250
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export function parseBudgetCsv(input: string | Uint8Array, options: CsvImportOptions): ParseResult<CsvBudget> {
  checkOptions(options);
  const lang = languageOption(options.lang, "parseBudgetCsv");
  return inLanguage(lang, () => parseIn(input, options));
}

/** {@link parseBudgetCsv} after its options are checked, with the messages in the language set by `inLanguage`. */
function parseIn(input: string | Uint8Array, options: CsvImportOptions): ParseResult<CsvBudget> {
  let text: string;
  if (typeof input === "string") {
    if (options.encoding !== undefined) fail("invalid_option", `encoding is ${describe(options.encoding)}, but the CSV is given as text, which is decoded already; give the encoding only with bytes (a Uint8Array).`, { option: "encoding", value: options.encoding });
    text = input;
  } else if (isBytes(input)) {
    const decoded = decodeText(input, options.encoding);
    if (!decoded.ok) return { ok: false, issues: [{ path: decoded.line === undefined ? [] : [decoded.line], code: "invalid_encoding", message: decoded.message }] };
    text = decoded.text;
  } else {
    return { ok: false, issues: [{ path: [], code: "invalid_type", message: say(`The CSV must be text or bytes (a Uint8Array), but it is ${describe(input)}.`, `De CSV moet tekst of bytes (een Uint8Array) zijn, maar is ${describeNl(input)}.`) }] };
  }
  const { columns, header = true, numberFormat = "dutch", unit = "euro", signs = "asWritten", emptyAmount = "zero", nature = "structureel" } = options;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  // Each record with the file line it starts on. csv-parse's own line count stops at the end of a record and
  // counts a \r\n inside quotes twice, and its raw text leaves out the \n of a \r\n record delimiter; where a
  // record ends (info.bytes, a UTF-8 offset into the text) is exact, so the lines are counted on the text.
  const records: string[][] = [];
  const ends: number[] = [];
  const sweep = sweepLines(text);
  try {
    parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true, // rows of another length are reported below, every one, with the cells found
      skip_empty_lines: false,
      raw: true, // for the text of a record that is not valid CSV (error.raw)
      info: true,
      on_record: (found: unknown) => {
        const { record, info } = found as { readonly record: string[]; readonly info: { readonly bytes: number } };
        records.push(record);
        ends.push(info.bytes);
        return null;
      },
    });
  } catch (error) {
    const from = ends[ends.length - 1] ?? 0;
    return { ok: false, issues: [syntaxIssue(error, sweep.lineAt(from), sweep.contentLineAt(from, Number.MAX_SAFE_INTEGER))] };
  }
  const starts = ends.map((end, r) => {
    const from = r === 0 ? 0 : (ends[r - 1] as number);
    return sweep.contentLineAt(from, end - from);
  });
  const issues: Issue[] = [];
  const blank = (record: readonly string[]): boolean => record.length === 1 && (record[0] as string).trim() === "";
  const headerRow = header ? (records[0] ?? []).map((cell) => cell.trim()) : [];
  // Every row must have as many cells as the header (without one: as the first row that is not empty).
  const firstRow = header ? 0 : records.findIndex((record) => !blank(record));
  const expected = records[firstRow]?.length;
  const index = new Map<Field, number>();
  const label = new Map<Field, string | number>();
  for (const [field, column] of Object.entries(columns) as [Field, CsvColumn | undefined][]) {
    if (column === undefined) continue;
    if (typeof column === "number") {
      if (expected !== undefined && column >= expected) {
        const message = header
          ? say(`There is no column ${column} (counted from 0): the header has ${expected} ${expected === 1 ? "cell" : "cells"}.`, `Er is geen kolom ${column} (geteld vanaf 0): de kopregel heeft ${expected} ${expected === 1 ? "cel" : "cellen"}.`)
          : say(`There is no column ${column} (counted from 0): the first row has ${expected} ${expected === 1 ? "cell" : "cells"}.`, `Er is geen kolom ${column} (geteld vanaf 0): de eerste rij heeft ${expected} ${expected === 1 ? "cel" : "cellen"}.`);
        issues.push({ path: [starts[firstRow] ?? 1, column], code: "missing_column", message });
        continue;
      }
      index.set(field, column);
      label.set(field, header && headerRow[column] !== undefined && headerRow[column] !== "" ? headerRow[column] : column);
      continue;
    }
    const at = header ? headerRow.indexOf(column.trim()) : -1;
    if (at === -1) {
      issues.push({ path: [starts[0] ?? 1, column], code: "missing_column", message: header
          ? say(`There is no column ${describe(column)} in the header (${headerRow.map((h) => describe(h)).join(", ")}).`, `Er is geen kolom ${describe(column)} in de kopregel (${headerRow.map((h) => describe(h)).join(", ")}).`)
          : say(`Without a header, give the column ${describe(column)} by position.`, `Geef zonder kopregel de kolom ${describe(column)} op met zijn positie.`) });
    } else if (headerRow.indexOf(column.trim(), at + 1) !== -1) {
      issues.push({ path: [starts[0] ?? 1, column], code: "ambiguous_column", message: say(`The header has the column ${describe(column)} more than once; give it by position.`, `De kopregel heeft de kolom ${describe(column)} meer dan eens; geef hem op met zijn positie.`) });
    } else {
      index.set(field, at);
      label.set(field, column);
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const unitCents = unit === "euro" ? 100n : unit === "thousand" ? 100_000n : 100_000_000n;
  const expensesValues = new Set((options.sideValues?.expenses ?? ["L", "lasten"]).map((v) => v.trim().toLowerCase()));
  const revenueValues = new Set((options.sideValues?.revenue ?? ["B", "baten"]).map((v) => v.trim().toLowerCase()));
  const lines: BudgetLine[] = [];
  const rows: number[] = [];
  const groups: string[] = [];

  const first = header ? 1 : 0;
  for (let r = first; r < records.length; r++) {
    const record = records[r] as string[];
    if (blank(record)) continue; // an empty line
    const row = starts[r] as number;
    if (expected !== undefined && record.length !== expected) {
      issues.push(countIssue(record, row, expected, header, delimiter));
      continue;
    }
    const before = issues.length;
    const cell = (field: Field): string | undefined => {
      const at = index.get(field);
      return at === undefined ? undefined : record[at];
    };
    const report = (field: Field, code: string, message: string): void => {
      issues.push({ path: [row, label.get(field) as string | number], code, message: say(`Line ${row}, column ${describe(label.get(field))}: ${message}`, `Regel ${row}, kolom ${describe(label.get(field))}: ${message}`) });
    };
    const required = (field: Field): string | undefined => {
      const value = cell(field)?.trim();
      if (value === undefined || value === "") {
        report(field, "missing_value", value === undefined ? say("the row has no such column.", "de rij heeft die kolom niet.") : say("the cell is empty.", "de cel is leeg."));
        return undefined;
      }
      return value;
    };
    const code = (field: "taakveld" | "categorie", format: "code" | "codeAndName" | undefined, shape: RegExp): string | undefined => {
      const value = required(field);
      if (value === undefined) return undefined;
      const result = format === "codeAndName" ? (value.split(/\s/, 1)[0] as string) : value;
      if (!shape.test(result)) {
        report(
          field,
          `invalid_${field}`,
          say(
            `${describe(value)} is not a ${field} code${format === "codeAndName" ? " followed by its name" : ""}${field === "taakveld" ? ' such as "6.71a"' : ' such as "3.4.1"'}.`,
            `${describe(value)} is geen ${field}code${format === "codeAndName" ? " gevolgd door de naam" : ""}${field === "taakveld" ? ' zoals "6.71a"' : ' zoals "3.4.1"'}.`,
          ),
        );
        return undefined;
      }
      return result;
    };
    const amount = (field: "expenses" | "revenue" | "amount"): Cents | undefined => {
      const raw = cell(field);
      const value = raw?.trim() ?? "";
      if (value === "") {
        if (raw !== undefined && emptyAmount === "zero") return 0 as Cents;
        report(field, "missing_value", raw === undefined ? say("the row has no such column.", "de rij heeft die kolom niet.") : say("the amount is empty.", "het bedrag is leeg."));
        return undefined;
      }
      if (numberFormat === "dot") {
        const cents = decimalToCents(value, unitCents);
        if (typeof cents === "number") return cents;
        const why =
          cents === "not_a_number"
            ? say("it is not a number with a decimal dot, such as 10127.0 or -3.5 (no thousands separators).", "het is geen getal met een decimale punt, zoals 10127.0 of -3.5 (zonder scheidingstekens voor duizendtallen).")
            : cents === "fraction_of_cent"
              ? say(`it has a fraction of a cent in ${unit === "euro" ? "euros" : `${unit}s of euros`}.`, `het heeft een fractie van een cent in ${UNIT_NL[unit]}.`)
              : say("it is beyond ±(2^53 − 1) cents.", "het ligt buiten ±(2^53 − 1) cent.");
        report(field, cents === "not_a_number" ? "invalid_amount_text" : cents, say(`${describe(value)} cannot be read: ${why}`, `${describe(value)} is niet te lezen: ${why}`));
        return undefined;
      }
      try {
        return parseAmount(value, { unit, ...(options.parentheses === undefined ? {} : { parentheses: options.parentheses }) });
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const english = error.message.replace(/^\[opkoers\] /, "");
        report(field, error.code, say(english, amountMessageNl(error.code, error.details, value, english)));
        return undefined;
      }
    };

    const taakveld = code("taakveld", options.taakveldFormat, TAAKVELD);
    const categorie = columns.categorie === undefined ? options.categorie : code("categorie", options.categorieFormat, CATEGORIE);
    let expenses = 0 as Cents;
    let revenue = 0 as Cents;
    if (columns.amount === undefined) {
      if (columns.expenses !== undefined) expenses = amount("expenses") ?? expenses;
      if (columns.revenue !== undefined) revenue = amount("revenue") ?? revenue;
      if (signs === "expensesNegative") expenses = (expenses === 0 ? 0 : -expenses) as Cents;
      if (signs === "revenueNegative") revenue = (revenue === 0 ? 0 : -revenue) as Cents;
    } else {
      const value = amount("amount");
      if (value !== undefined) {
        let isRevenue: boolean | undefined;
        if (columns.side !== undefined) {
          const side = required("side")?.toLowerCase();
          if (side !== undefined) {
            isRevenue = revenueValues.has(side) ? true : expensesValues.has(side) ? false : undefined;
            if (isRevenue === undefined) {
              report(
                "side",
                "invalid_side",
                say(
                  `${describe(cell("side")?.trim())} is neither lasten (${[...expensesValues].join(", ")}) nor baten (${[...revenueValues].join(", ")}).`,
                  `${describe(cell("side")?.trim())} is geen lasten (${[...expensesValues].join(", ")}) en geen baten (${[...revenueValues].join(", ")}).`,
                ),
              );
            }
          }
        } else {
          isRevenue = signs === "revenueNegative" ? value < 0 : value > 0;
        }
        const negate = (signs === "revenueNegative" && isRevenue === true) || (signs === "expensesNegative" && isRevenue === false);
        const natural = (negate && value !== 0 ? -value : value) as Cents;
        if (isRevenue === true) revenue = natural;
        else if (isRevenue === false) expenses = natural;
      }
    }
    let year = options.year as number;
    if (columns.year !== undefined) {
      const text = required("year");
      if (text !== undefined) {
        if (!/^\d{4}$/.test(text)) report("year", "invalid_year", say(`${describe(text)} is not a year.`, `${describe(text)} is geen jaar.`));
        else if (!isLineYear(Number(text))) report("year", "invalid_year", say(`${describe(text)} is not a year a budget line accepts.`, `${describe(text)} is geen jaar dat een begrotingsregel aanneemt.`));
        else year = Number(text);
      }
    }
    const phase = columns.phase === undefined ? (options.phase as string) : required("phase");
    const programme = columns.programme === undefined ? options.programme : required("programme");
    const group = columns.group === undefined ? undefined : (cell("group") ?? "").trim();
    if (issues.length > before || taakveld === undefined || phase === undefined || (columns.programme !== undefined && programme === undefined)) continue;
    const costCentre = cell("costCentre")?.trim();
    const description = cell("description")?.trim();
    lines.push({
      programme: programme ?? (taakveld.split(".")[0] as string),
      taakveld,
      ...(categorie === undefined ? {} : { categorie }),
      ...(costCentre === undefined || costCentre === "" ? {} : { costCentre }),
      year,
      phase,
      expenses,
      revenue,
      nature,
      ...(description === undefined || description === "" ? {} : { description }),
    });
    rows.push(row);
    if (group !== undefined) groups.push(group);
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { lines, rows, ...(columns.group === undefined ? {} : { groups }) } };
}
