// The report as one self-contained HTML file: inline CSS and inline SVG charts, no scripts, no fonts, no
// images, no links to load — it opens the same offline. Accessible: one h1, nested headings, tables with a
// caption and th scope, status badges that print their word (colour is never the only signal), charts with
// role="img", <title> and <desc>, and the lang attribute of the chosen language. A long report opens with a table of
// contents. On a narrow screen a wide table scrolls inside its own box. On paper (a browser's print with its default
// settings) the badges keep their colours (print-color-adjust) and get a dark border, a heading stays with the table
// or chart below it, a row or chart is not split over two pages, and amounts, percentages, periods and dates do not
// break over two lines (non-breaking spaces).
import type { ReportLanguage } from "../types.js";
import type { Block, Cell } from "./blocks.js";
import { unitText } from "./blocks.js";
import { LABELS, plainNumber, wholeNumber, type StatusView } from "./labels.js";
import { barChart, escapeXml, indicatorChart } from "./svg.js";

const CSS = `
:root{color-scheme:light;--ink:#1b1f23;--muted:#57606a;--line:#d0d7de;--bg:#fff;--band:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}
main{max-width:1040px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:1.7rem;margin:.2em 0 .4em}
h2{font-size:1.35rem;margin:2em 0 .5em;padding-top:.6em;border-top:2px solid var(--line)}
h3{font-size:1.08rem;margin:1.4em 0 .4em}
p,li{max-width:78ch}
ul,ol{padding-left:1.2em}
li{margin:.25em 0}
.nw{white-space:nowrap}
.toc{margin:1em 0 1.4em;padding:.6em 1em;background:var(--band);border-left:4px solid var(--line)}
.toc-title{margin:0 0 .2em;font-weight:600}
.toc ol{margin:0}
.toc a{color:#0b5cad}
.table-wrap{overflow-x:auto;max-width:100%;margin:.5em 0 1em}
table{border-collapse:collapse;margin:0;width:100%;font-size:.93rem}
caption{text-align:left;font-weight:600;color:var(--muted);padding:.2em 0}
th,td{border-bottom:1px solid var(--line);padding:.35em .5em;text-align:left;vertical-align:top}
thead th{background:var(--band);border-bottom:2px solid var(--line)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;padding:.05em .55em;border-radius:.8em;font-size:.85em;font-weight:600;white-space:nowrap;border:1px solid rgba(0,0,0,.25);-webkit-print-color-adjust:exact;print-color-adjust:exact}
figure{margin:.5em 0 1.2em}
figcaption{font-size:.85rem;color:var(--muted)}
svg.chart{max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
svg .grid{stroke:#e1e4e8;stroke-width:1}
svg .axis{stroke:#57606a;stroke-width:1.2}
svg .tick{fill:#57606a}
svg .value{fill:#1b1f23;font-size:11px}
svg .group{fill:#1b1f23;font-weight:600}
svg .legend,svg .legend text,svg .axis-label{fill:#1b1f23;font-size:12px}
svg .measured{fill:none;stroke:#1565c0;stroke-width:2.5}
svg .measured-point{fill:#1565c0;stroke:#fff;stroke-width:1.5}
svg .expected{fill:none;stroke:#57606a;stroke-width:1.5;stroke-dasharray:5 4}
svg .target{fill:#fff;stroke:#1b1f23;stroke-width:2}
svg .baseline{fill:#8c959f;stroke:#1b1f23;stroke-width:1}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:3em;color:var(--muted);font-size:.85rem}
@media (max-width:480px){main{padding:16px 12px 48px}h1{font-size:1.4rem}}
@media print{
main{max-width:none;padding:0}
h1,h2,h3,caption,.toc-title{break-after:avoid;page-break-after:avoid}
h2{break-before:auto}
tr,figure,li,.toc{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.table-wrap{overflow:visible}
.badge{border:1px solid #1b1f23}
.toc a{color:inherit;text-decoration:none}
}
`;

/** Dark text on light badges, white on dark ones (WCAG relative luminance). */
function textColour(hex: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) return "#000";
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const c = parseInt(part as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? "#000" : "#fff";
}

function badge(view: StatusView): string {
  const colour = /^#[0-9a-f]{6}$/i.test(view.colour) ? view.colour : "#616161";
  const title = view.level === undefined ? "" : ` title="${escapeXml(view.level)}"`;
  const level = view.level === undefined || view.level === view.word ? "" : ` <span class="level">(${escapeXml(view.level)})</span>`;
  return `<span class="badge" data-status="${escapeXml(view.status)}" style="background:${colour};color:${textColour(colour)}"${title}>${escapeXml(view.word)}</span>${level}`;
}

const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December";
/** The spaces that must not break a line, in escaped text: inside amounts, percentages, comparisons, periods and dates. */
const KEEP_TOGETHER: readonly (readonly [RegExp, string])[] = [
  [/€ (?=[-−+]?\d)/g, "€&#160;"], // € 1.234
  [/(\d) (?=[%‰])/g, "$1&#160;"], // 12,5 %
  [/(×|±|≥|≤|&lt;|&gt;) (?=[-−+€\d])/g, "$1&#160;"], // ≥ 250, × € 1.000, ± 30
  [/\b([QKTH]\d) (?=\d{4}\b)/g, "$1&#160;"], // Q1 2025
  [/\b(\d{4}) (?=[QKTH]\d\b)/g, "$1&#160;"], // 2025 Q1
  [/\b(\d{1,2}e) (kwartaal|tertiaal|halfjaar) (?=\d{4}\b)/g, "$1&#160;$2&#160;"], // 3e kwartaal 2024
  [new RegExp(`\\b(\\d{1,2}) (?=(?:${MONTHS}) \\d{4}\\b)`, "g"), "$1&#160;"], // 20 oktober 2024
  [new RegExp(`\\b(${MONTHS}) (?=\\d{4}\\b)`, "g"), "$1&#160;"], // maart 2024
  // A period code or a date with a hyphen (2024-Q3, 2024-03, 2024-10-20) is kept on one line as a whole: Chromium
  // breaks a line after a hyphen, before a letter and before a digit alike.
  [/(?<![\w-])\d{4}-(?:[HTQ]\d|\d{2}(?:-\d{2})?)(?![\w-])/g, '<span class="nw">$&</span>'],
];

/** A data or label text as HTML content: escaped ({@link escapeXml}), with non-breaking spaces where a line must not break. */
export function htmlText(text: string): string {
  return KEEP_TOGETHER.reduce((html, [pattern, replacement]) => html.replace(pattern, replacement), escapeXml(text));
}

const cellHtml = (cell: Cell): string => (typeof cell === "string" ? htmlText(cell) : badge(cell.status));

/** The blocks of one or more reports as a single HTML document. */
export function renderHtml(reports: readonly (readonly Block[])[], lang: ReportLanguage, title: string): string {
  const body: string[] = [];
  for (const blocks of reports) {
    body.push("<article>");
    for (const block of blocks) {
      switch (block.kind) {
        case "heading":
          body.push(`<h${block.level} id="${escapeXml(block.id)}">${htmlText(block.text)}</h${block.level}>`);
          break;
        case "paragraph":
          body.push(`<p>${block.status === undefined ? "" : `${badge(block.status)} `}${htmlText(block.text)}</p>`);
          break;
        case "list":
          body.push(`<ul>${block.items.map((item) => `<li>${item.status === undefined ? "" : `${badge(item.status)} `}${htmlText(item.text)}</li>`).join("")}</ul>`);
          break;
        case "toc":
          body.push(
            `<nav class="toc" id="${escapeXml(block.id)}" aria-labelledby="${escapeXml(block.id)}-title"><p class="toc-title" id="${escapeXml(block.id)}-title">${htmlText(block.title)}</p><ol>${block.entries.map((entry) => `<li><a href="#${escapeXml(entry.id)}">${htmlText(entry.text)}</a></li>`).join("")}</ol></nav>`,
          );
          break;
        case "table": {
          const head = block.head.map((h, i) => `<th scope="col"${block.numeric[i] ? ' class="num"' : ""}>${h === "" ? `<span class="sr-only">${LABELS.side[lang]}</span>` : htmlText(h)}</th>`).join("");
          const rows = block.rows
            .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cellHtml(cell)}</th>` : `<td${block.numeric[i] ? ' class="num"' : ""}>${cellHtml(cell)}</td>`)).join("")}</tr>`)
            .join("");
          // The table scrolls sideways inside its own box on a narrow screen (the page itself never does); the box is a
          // named region that takes the focus, so that a keyboard scrolls it too.
          body.push(
            `<div class="table-wrap" role="region" aria-label="${escapeXml(block.caption)}" tabindex="0"><table><caption>${htmlText(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`,
          );
          break;
        }
        case "bars":
          body.push(
            `<figure>${barChart({ id: block.id, title: block.title, desc: block.desc, series: block.series, groups: block.groups, axisLabel: block.axisLabel, format: (n) => wholeNumber(n, lang) })}<figcaption>${htmlText(block.title)}</figcaption></figure>`,
          );
          break;
        case "line": {
          const unit = block.unit;
          const format = (n: number): string => (unit.kind === "money" ? unitText(n, unit, lang) : plainNumber(n, lang));
          body.push(
            `<figure>${indicatorChart({
              id: block.id,
              title: block.title,
              desc: block.desc,
              measured: block.measured,
              expected: block.expected,
              ...(block.baseline === undefined ? {} : { baseline: block.baseline }),
              targets: block.targets,
              ...(block.domain === undefined ? {} : { domain: block.domain }),
              labels: { measured: LABELS.measured[lang], expected: LABELS.expectedPath[lang], target: LABELS.target[lang], baseline: LABELS.baseline[lang] },
              lang,
              format,
            })}<figcaption><strong>${htmlText(block.title)}</strong><br>${htmlText(block.desc)}</figcaption></figure>`,
          );
          break;
        }
      }
    }
    body.push("</article>");
  }
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<meta name=\"generator\" content=\"opkoers\">",
    `<title>${escapeXml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body,
    `<footer>${escapeXml(LABELS.generatedBy[lang])}.</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
