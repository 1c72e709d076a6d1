// Reading a file given on the command line: text (decoded by opkoers/io's decodeText) → JSON or CSV, with one
// clear sentence for a file that is empty or not complete JSON.
import type { ReportLanguage } from "../../report/index.js";

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: [...(lines[lines.length - 1] ?? "")].length + 1 };
}

/** Whether JSON text ends inside a string, object or array (a truncated file). */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return inString || depth > 0;
}

/** The result of reading JSON text: the value, or one sentence. */
export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Parse JSON text; a failure becomes one sentence naming the file, what is wrong and where. */
export function readJson(text: string, name: string, lang: ReportLanguage): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    if (text.trim() === "") return { ok: false, message: lang === "nl" ? `${name} is leeg.` : `${name} is empty.` };
    if (endsOpen(text) || /end of (JSON|data)/i.test(raw)) {
      const at = lineColumn(text, text.length);
      return {
        ok: false,
        message:
          lang === "nl"
            ? `${name} is geen volledig JSON-document: het houdt midden in op (regel ${at.line}, kolom ${at.column}) — is het bestand afgebroken?`
            : `${name} is not complete JSON: it ends in the middle (line ${at.line}, column ${at.column}) — was the file cut off?`,
      };
    }
    const position = /position (\d+)/.exec(raw);
    const where = position === null ? "" : (() => {
      const at = lineColumn(text, Number(position[1]));
      return lang === "nl" ? ` op regel ${at.line}, kolom ${at.column}` : ` at line ${at.line}, column ${at.column}`;
    })();
    const reason = raw.replace(/\s*in JSON at position \d+.*$/s, "").replace(/,\s*".*" is not valid JSON$/s, "");
    return { ok: false, message: lang === "nl" ? `${name} is geen geldige JSON${where}: ${reason}.` : `${name} is not valid JSON${where}: ${reason}.` };
  }
}

/** The kinds of file the CLI reads. */
export type InputKind = "planning" | "budget" | "report" | "iv3" | "csv";

/** The kinds, for `--as`. */
export const INPUT_KINDS: readonly InputKind[] = ["planning", "budget", "report", "iv3", "csv"];

/** Whether a file is JSON or CSV, by its extension, else by its first character. */
export function isCsv(path: string, text: string): boolean {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return false;
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return true;
  const first = text.trimStart()[0];
  return first !== "{" && first !== "[";
}

/** What a parsed JSON document is, from its keys; `undefined` when it cannot be told. */
export function jsonKind(value: unknown): Exclude<InputKind, "csv"> | undefined {
  if (Array.isArray(value)) return "report";
  if (typeof value !== "object" || value === null) return undefined;
  if ("planning" in value) return "report";
  if ("metadata" in value && "data" in value) return "iv3";
  if ("budgetYear" in value || "lines" in value || "phases" in value) return "budget";
  if ("type" in value || "programmes" in value) return "planning";
  return undefined;
}
