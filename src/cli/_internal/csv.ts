// The CSV layout the CLI reads: columns recognised by their header (Dutch or English names), the rest from
// command-line options. Nothing that could change an amount is guessed: the number format, unit and sign
// convention are options with documented defaults.
import type { CsvColumns, CsvImportOptions } from "../../io/index.js";

const SYNONYMS: readonly (readonly [keyof CsvColumns, readonly string[]])[] = [
  ["taakveld", ["taakveld", "taakvelden"]],
  ["expenses", ["lasten", "expenses"]],
  ["revenue", ["baten", "revenue"]],
  ["amount", ["bedrag", "amount"]],
  ["side", ["soort", "side", "l/b"]],
  ["categorie", ["categorie", "category", "economische categorie"]],
  ["programme", ["programma", "programme", "program"]],
  ["costCentre", ["kostenplaats", "cost centre", "cost center", "costcentre"]],
  ["description", ["omschrijving", "description"]],
  ["year", ["jaar", "year", "boekjaar"]],
  ["phase", ["fase", "phase"]],
  ["group", ["gemeente", "gemeenten", "municipality"]],
];

/** The command-line options that shape CSV reading. */
export interface CsvFlags {
  readonly year?: string;
  readonly phase?: string;
  readonly unit?: string;
  readonly numberFormat?: string;
  readonly delimiter?: string;
  readonly signs?: string;
}

/** Options for `parseBudgetCsv`, or a sentence saying what is missing (a usage problem). */
export function csvOptions(text: string, flags: CsvFlags, lang: "nl" | "en"): { readonly ok: true; readonly options: CsvImportOptions } | { readonly ok: false; readonly message: string; readonly usage: boolean } {
  const delimiterFlag = flags.delimiter === "tab" || flags.delimiter === "\\t" ? "\t" : flags.delimiter;
  if (delimiterFlag !== undefined && delimiterFlag !== ";" && delimiterFlag !== "," && delimiterFlag !== "\t") {
    return { ok: false, usage: true, message: lang === "nl" ? `--delimiter moet ';', ',' of tab zijn, niet ${JSON.stringify(flags.delimiter)}.` : `--delimiter must be ';', ',' or tab, not ${JSON.stringify(flags.delimiter)}.` };
  }
  const end = text.indexOf("\n");
  const first = (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, "").replace(/\r$/, "");
  const delimiter = delimiterFlag ?? (first.includes(";") ? ";" : first.includes("\t") && !first.includes(",") ? "\t" : ",");
  const headers = first.split(delimiter).map((h) => h.trim().replace(/^"(.*)"$/, "$1").trim());
  const columns: Record<string, string> = {};
  for (const [field, names] of SYNONYMS) {
    const header = headers.find((h) => names.includes(h.toLowerCase()));
    if (header !== undefined) columns[field] = header;
  }
  if (columns["expenses"] !== undefined || columns["revenue"] !== undefined) {
    delete columns["amount"];
    delete columns["side"];
  }
  if (columns["taakveld"] === undefined || (columns["expenses"] === undefined && columns["revenue"] === undefined && columns["amount"] === undefined)) {
    return {
      ok: false,
      usage: false,
      message:
        lang === "nl"
          ? `De CSV heeft geen kolommen Taakveld en Lasten/Baten (of Bedrag) in de eerste regel; gevonden: ${headers.map((h) => JSON.stringify(h)).join(", ")}.`
          : `The CSV has no Taakveld and Lasten/Baten (or Bedrag) columns in its first line; found: ${headers.map((h) => JSON.stringify(h)).join(", ")}.`,
    };
  }
  let year: number | undefined;
  if (flags.year !== undefined) {
    year = Number(flags.year);
    if (!/^\d{4}$/.test(flags.year) || year < 1900 || year > 2999) {
      return { ok: false, usage: true, message: lang === "nl" ? `--year moet een jaar 1900–2999 zijn, niet ${JSON.stringify(flags.year)}.` : `--year must be a year 1900–2999, not ${JSON.stringify(flags.year)}.` };
    }
  } else if (columns["year"] === undefined) {
    return { ok: false, usage: true, message: lang === "nl" ? "De CSV heeft geen kolom Jaar: geef het jaar met --year <jaar>." : "The CSV has no year column (Jaar): give the year with --year <year>." };
  }
  const choice = <T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined | { error: string } => {
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return { error: lang === "nl" ? `${flag} moet ${allowed.join(" of ")} zijn, niet ${JSON.stringify(value)}.` : `${flag} must be ${allowed.join(" or ")}, not ${JSON.stringify(value)}.` };
  };
  const unit = choice(flags.unit, ["euro", "thousand", "million"] as const, "--unit");
  const numberFormat = choice(flags.numberFormat, ["dutch", "dot"] as const, "--number-format");
  const signs = choice(flags.signs, ["asWritten", "revenueNegative", "expensesNegative"] as const, "--signs");
  for (const c of [unit, numberFormat, signs]) if (typeof c === "object") return { ok: false, usage: true, message: c.error };
  const signConvention = signs as CsvImportOptions["signs"] | undefined;
  if (columns["amount"] !== undefined && columns["side"] === undefined && (signConvention === undefined || signConvention === "asWritten")) {
    return { ok: false, usage: true, message: lang === "nl" ? "Eén kolom Bedrag zonder kolom Soort vraagt --signs revenueNegative of expensesNegative." : "One Bedrag column without a Soort column needs --signs revenueNegative or expensesNegative." };
  }
  const options: CsvImportOptions = {
    columns: columns as unknown as CsvColumns,
    delimiter,
    taakveldFormat: "codeAndName",
    categorieFormat: "codeAndName",
    ...(year === undefined ? {} : { year }),
    ...(columns["phase"] === undefined ? { phase: flags.phase ?? "begroting" } : {}),
    ...(unit === undefined ? {} : { unit: unit as NonNullable<CsvImportOptions["unit"]> }),
    ...(numberFormat === undefined ? {} : { numberFormat: numberFormat as NonNullable<CsvImportOptions["numberFormat"]> }),
    ...(signConvention === undefined ? {} : { signs: signConvention }),
  };
  return { ok: true, options };
}
