// Text (terminal) and Markdown renderings of the report blocks.
import type { Block, Cell, TableBlock } from "./blocks.js";
import { markdownText, visible } from "./escape.js";
import type { StatusView } from "./labels.js";

/** A status in plain text: the word, and the scale level when it says something else: `[vertraagd · aandacht]`. */
function statusText(view: StatusView): string {
  return view.level === undefined || view.level === view.word ? `[${visible(view.word)}]` : `[${visible(view.word)} · ${visible(view.level)}]`;
}

const cellText = (cell: Cell): string => (typeof cell === "string" ? visible(cell) : statusText(cell.status));
const width = (text: string): number => [...text].length;

function pad(text: string, size: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

function textTable(table: TableBlock): string[] {
  const columns = table.head.map((_, i) => i).filter((i) => !table.wrap[i]);
  const wrapped = table.head.map((_, i) => i).filter((i) => table.wrap[i]);
  const head = table.head.map(visible);
  const widths = columns.map((i) => Math.min(60, Math.max(width(head[i] ?? ""), ...table.rows.map((row) => width(cellText(row[i] ?? ""))))));
  const line = (cells: readonly string[]): string =>
    columns
      .map((i, c) => {
        const text = cells[i] ?? "";
        const size = widths[c] as number;
        return pad(width(text) > size ? `${[...text].slice(0, size - 1).join("")}…` : text, size, table.numeric[i] === true);
      })
      .join("  ")
      .trimEnd();
  const out = [line(head), columns.map((_, c) => "-".repeat(widths[c] as number)).join("  ")];
  for (const row of table.rows) {
    const cells = row.map(cellText);
    out.push(line(cells));
    // Below the row, on one line: a text cut short in its column in full (a long goal statement), then the long texts.
    const cut = columns.filter((i, c) => width(cells[i] ?? "") > (widths[c] as number));
    const below = [...cut, ...wrapped].map((i) => cells[i] ?? "").filter((text) => text !== "");
    if (below.length > 0) out.push(`    ${below.join(" — ")}`);
  }
  return out;
}

/** The blocks as terminal text (charts are left out: their figures are in the tables; so is the table of contents). */
export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading": {
        const text = visible(block.text);
        if (out.length > 0) out.push("");
        out.push(block.level === 3 ? `${text}:` : text);
        if (block.level < 3) out.push((block.level === 1 ? "=" : "-").repeat(Math.min(100, width(text))));
        break;
      }
      case "paragraph":
        out.push(block.status === undefined ? visible(block.text) : `${statusText(block.status)} ${visible(block.text)}`);
        break;
      case "list":
        for (const item of block.items) out.push(`  - ${item.status === undefined ? "" : `${statusText(item.status)} `}${visible(item.text)}`);
        break;
      case "table":
        out.push(...textTable(block));
        break;
      case "toc":
      case "bars":
      case "line":
        break;
    }
  }
  return `${out.join("\n")}\n`;
}

const mdEscape = (text: string): string => markdownText(text);
const mdStatus = (view: StatusView): string => (view.level === undefined || view.level === view.word ? `**${mdEscape(view.word)}**` : `**${mdEscape(view.word)}** (${mdEscape(view.level)})`);

/** The blocks as Markdown (GitHub-flavoured tables); charts are left out, their figures are in the tables, and so is the table of contents (a Markdown viewer makes its own). */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${markdownText(block.text, true)}`, "");
        break;
      case "paragraph":
        out.push(block.status === undefined ? markdownText(block.text, true) : `${mdStatus(block.status)} ${mdEscape(block.text)}`, "");
        break;
      case "list":
        for (const item of block.items) out.push(`- ${item.status === undefined ? markdownText(item.text, true) : `${mdStatus(item.status)} ${mdEscape(item.text)}`}`);
        out.push("");
        break;
      case "table": {
        const cell = (c: Cell): string => (typeof c === "string" ? mdEscape(c) : mdStatus(c.status));
        out.push(`| ${block.head.map((h) => mdEscape(h) || " ").join(" | ")} |`);
        out.push(`| ${block.head.map((_, i) => (block.numeric[i] ? "---:" : "---")).join(" | ")} |`);
        for (const row of block.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
        out.push("");
        break;
      }
      case "toc":
      case "bars":
      case "line":
        break;
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
