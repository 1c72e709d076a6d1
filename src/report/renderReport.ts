import { DomainError } from "../errors/DomainError.js";
import { reportBlocks } from "./_internal/blocks.js";
import { renderHtml } from "./_internal/html.js";
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
}

/**
 * Render one or more computed reports (from {@link buildReport}):
 *
 * - `text`: for the terminal; tables with aligned columns, statuses as `[word · level]`.
 * - `markdown`: headings and GitHub-flavoured tables, for pasting into documents.
 * - `html`: one self-contained file — inline CSS and inline SVG, no scripts,
 *   fonts, images or links to load — with per programme a bar chart of the
 *   original, amended and actual (or forecast) lasten and baten, a chart of
 *   each indicator's measurements against its baseline, expected path and
 *   targets, and status badges coloured by the report's status scale that
 *   always print the status word; headings, table captions and `th scope`,
 *   charts with `role="img"`, `<title>` and `<desc>`, and `lang` set.
 * - `json`: the reports themselves (an array), every assessment with its rule,
 *   inputs, thresholds and sentences in both languages, for other tools.
 *
 * Text, Markdown and HTML are made from the same blocks, so they say the same.
 *
 * @param reports - The reports, rendered one after the other.
 * @param options - Format and language.
 * @returns The rendered document (ends with a newline); without reports, text and Markdown say "Geen rapportages." / "No reports.".
 * @throws {@link DomainError} `invalid_option` – when the format or the language is not one of the above.
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
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export function renderReport(reports: readonly Report[], options: RenderOptions = {}): string {
  const format = options.format ?? "text";
  const lang = options.lang ?? "nl";
  if (!REPORT_FORMATS.includes(format)) {
    throw new DomainError("invalid_option", `The format ${JSON.stringify(format)} is not one of ${REPORT_FORMATS.join(", ")}.`, { option: "format", value: format });
  }
  if (lang !== "nl" && lang !== "en") throw new DomainError("invalid_option", `The language ${JSON.stringify(lang)} is not "nl" or "en".`, { option: "lang", value: lang });
  if (format === "json") return `${JSON.stringify(reports, null, 2)}\n`;
  const blocks = reports.map((report, i) => reportBlocks(report, lang, `r${i + 1}`));
  // no reports is said, not rendered as an empty string: the output still ends with a newline
  if (blocks.length === 0 && format !== "html") return `${format === "markdown" ? "# " : ""}${LABELS.report[lang]}\n\n${LABELS.noReports[lang]}\n`;
  if (format === "text") return blocks.map(renderText).join("\n");
  if (format === "markdown") return blocks.map(renderMarkdown).join("\n");
  const first = reports[0];
  const title = first === undefined ? LABELS.report[lang] : `${LABELS.report[lang]} ${first.document.municipality.name ?? first.document.municipality.code} ${first.document.year}`;
  return renderHtml(blocks, lang, title);
}
