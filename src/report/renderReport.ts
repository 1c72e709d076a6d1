import { DomainError } from "../errors/DomainError.js";
import { reportBlocks } from "./_internal/blocks.js";
import { renderHtml } from "./_internal/html.js";
import { describe, isRecord } from "./_internal/describe.js";
import { LABELS } from "./_internal/labels.js";
import { renderMarkdown, renderText } from "./_internal/text.js";
import type { Report, ReportFormat, ReportLanguage } from "./types.js";

/**
 * The formats {@link renderReport} writes, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * import { REPORT_FORMATS } from "opkoers/report";
 *
 * REPORT_FORMATS; //=> ["text", "markdown", "html", "json"]
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "markdown", "html", "json"];

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from "opkoers/report";
 *
 * const options: RenderOptions = { format: "markdown", lang: "en" };
 * options.lang; //=> "en"
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export interface RenderOptions {
  /** The format; default `"text"`. */
  readonly format?: ReportFormat;
  /** The language of labels and sentences; default `"nl"`. The JSON format holds both languages and ignores it. */
  readonly lang?: ReportLanguage;
  /**
   * HTML only: the start of every element id (headings, charts and their patterns, the table of contents and
   * its links), followed by the report's number (`r1-…`, `r2-…`); default `"r"`. A letter, then letters,
   * digits, `-` or `_` (at most 32). Give each rendered document its own when several go into one page.
   */
  readonly idPrefix?: string;
}

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/** The top-level shape of a report, checked before rendering so that a value that is not one gives a DomainError. */
function reportProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return `it is ${describe(value)}`;
  const doc = value["document"];
  if (!isRecord(doc) || !isRecord(doc["municipality"]) || typeof doc["year"] !== "number" || typeof doc["type"] !== "string") return "its document (type, year, municipality) is missing";
  if (typeof value["asOf"] !== "string") return "its asOf is not a date";
  if (typeof value["windowDays"] !== "number") return "its windowDays is not a number";
  const scale = value["scale"];
  if (!isRecord(scale) || !isRecord(scale["name"]) || !Array.isArray(scale["levels"])) return "its status scale is missing";
  for (const key of ["programmes", "deadlines", "notes"]) if (!Array.isArray(value[key])) return `its ${key} are not a list`;
  if (value["budget"] !== null && !isRecord(value["budget"])) return "its budget is neither null nor an object";
  return undefined;
}

/** Run `render`; anything but a DomainError it throws means the report is not one (a TypeError deep in a hand-made report). */
function guarded<T>(what: string, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new DomainError("invalid_option", `${what} is not a report made by buildReport: ${message}`, { option: "reports", cause: error });
  }
}

/**
 * Render one or more computed reports (from {@link buildReport}):
 *
 * - `text`: for the terminal; tables with aligned columns, statuses as `[word · level]`.
 * - `markdown`: headings and GitHub-flavoured tables, for pasting into documents.
 * - `html`: one self-contained file — inline CSS and inline SVG, no scripts,
 *   fonts, images or links to load — with per programme a bar chart of the
 *   original, amended and actual (or forecast) lasten and baten (the columns
 *   told apart by colour and by pattern), a chart of
 *   each indicator's measurements against its baseline, expected path and
 *   targets, and status badges coloured by the report's status scale that
 *   always print the status word; headings, table captions and `th scope`,
 *   charts with `role="img"`, `<title>` and `<desc>`, and `lang` set. A report
 *   of three or more sections opens with a table of contents. On a narrow
 *   screen a wide table scrolls inside its own box; printed (with a browser's
 *   default settings) the badges keep their colours and a heading stays with
 *   its table. Amounts, percentages and periods never break over two lines.
 * - `json`: the reports themselves (an array), every assessment with its rule,
 *   inputs, thresholds and sentences in both languages, for other tools.
 *
 * Text, Markdown and HTML are made from the same blocks, so they say the same.
 *
 * @param reports - The reports, rendered one after the other.
 * @param options - Format, language and (HTML) the id prefix.
 * @returns The rendered document (ends with a newline); without reports, text and Markdown say "Geen rapportages." / "No reports.".
 * @throws {@link DomainError} `invalid_option` – when the format or the language is not one of the above, the id prefix is not a valid id start, the options are not an object, or `reports` is not a list of reports made by {@link buildReport}.
 *
 * @example
 * ```ts
 * import { buildReport, renderReport } from "opkoers/report";
 *
 * const report = buildReport({ planning: { type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [] } }, { asOf: "2024-10-20" });
 * renderReport([report]).split("\n")[0]; //=> "Voortgangsrapportage Almere — Begroting 2024"
 * renderReport([report], { format: "markdown", lang: "en" }).split("\n")[0]; //=> "# Status report Almere — Budget 2024"
 * renderReport([report], { format: "html" }).startsWith("<!doctype html>\n<html lang=\"nl\">"); //=> true
 * JSON.parse(renderReport([report], { format: "json" }))[0].asOf; //=> "2024-10-20"
 * renderReport([report], { format: "pdf" as never }); //=> throws invalid_option
 * renderReport(null as never); //=> throws invalid_option
 * renderReport([report], { format: "html", idPrefix: "begroting" }).includes('id="begroting1-top"'); //=> true
 *
 * // Three sections (programme, deadlines, notes): a table of contents whose links follow the id prefix.
 * const planning = { type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [{ code: "zorg", name: "Zorg", portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] }] };
 * const html = renderReport([buildReport({ planning }, { asOf: "2024-10-20" })], { format: "html", idPrefix: "najaar" });
 * [...html.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]); //=> ["najaar1-programma-1-zorg", "najaar1-termijnen", "najaar1-notes"]
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export function renderReport(reports: readonly Report[], options: RenderOptions = {}): string {
  if (!isRecord(options as unknown)) throw new DomainError("invalid_option", `The options of renderReport must be an object such as { format: "markdown" }, but they are ${describe(options)}.`, { option: "options", value: options });
  if (!Array.isArray(reports)) throw new DomainError("invalid_option", `renderReport needs a list of reports from buildReport, but it got ${describe(reports)}.`, { option: "reports", value: reports });
  const format = options.format ?? "text";
  const lang = options.lang ?? "nl";
  const idPrefix = options.idPrefix ?? "r";
  if (!REPORT_FORMATS.includes(format)) {
    throw new DomainError("invalid_option", `The format ${describe(format)} is not one of ${REPORT_FORMATS.join(", ")}.`, { option: "format", value: format });
  }
  if (lang !== "nl" && lang !== "en") throw new DomainError("invalid_option", `The language ${describe(lang)} is not "nl" or "en".`, { option: "lang", value: lang });
  if (typeof idPrefix !== "string" || !ID_PREFIX.test(idPrefix)) {
    throw new DomainError("invalid_option", `The id prefix ${describe(idPrefix)} must be a letter followed by at most 31 letters, digits, "-" or "_".`, { option: "idPrefix", value: idPrefix });
  }
  reports.forEach((report, i) => {
    const problem = reportProblem(report);
    if (problem !== undefined) throw new DomainError("invalid_option", `reports[${i}] is not a report made by buildReport: ${problem}.`, { option: "reports", index: i });
  });
  if (format === "json") return guarded("A report", () => `${JSON.stringify(reports, null, 2)}\n`);
  const blocks = reports.map((report, i) => guarded(`reports[${i}]`, () => reportBlocks(report, lang, `${idPrefix}${i + 1}`)));
  // no reports is said, not rendered as an empty string: the output still ends with a newline
  if (blocks.length === 0 && format !== "html") return `${format === "markdown" ? "# " : ""}${LABELS.report[lang]}\n\n${LABELS.noReports[lang]}\n`;
  return guarded("A report", () => {
    if (format === "text") return blocks.map(renderText).join("\n");
    if (format === "markdown") return blocks.map(renderMarkdown).join("\n");
    const first = reports[0];
    const title = first === undefined ? LABELS.report[lang] : `${LABELS.report[lang]} ${first.document.municipality.name ?? first.document.municipality.code} ${first.document.year}`;
    return renderHtml(blocks, lang, title);
  });
}
