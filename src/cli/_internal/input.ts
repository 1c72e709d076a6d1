// Reading a file given on the command line: bytes → text (strict UTF-8; a binary file is recognised, not
// guessed at) → JSON or CSV, with one clear sentence for a file that is empty, binary or not complete JSON.
import type { ReportLanguage } from "../../report/index.js";

/** Decode strict UTF-8 (no overlongs, no surrogates); `null` when the bytes are not UTF-8. A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  let chunk: number[] = [];
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    let code: number;
    let size: number;
    if (b0 < 0x80) {
      code = b0;
      size = 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      code = b0 & 0x1f;
      size = 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      code = b0 & 0x0f;
      size = 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      code = b0 & 0x07;
      size = 4;
    } else return null;
    if (i + size > bytes.length) return null;
    for (let k = 1; k < size; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) return null;
      code = (code << 6) | (b & 0x3f);
    }
    if ((size === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) || (size === 4 && (code < 0x10000 || code > 0x10ffff))) return null;
    chunk.push(code);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += size;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}

/** Whether the bytes look like a binary file: a NUL byte, or not UTF-8. */
export function textOf(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false } {
  if (bytes.includes(0)) return { ok: false };
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false } : { ok: true, text };
}

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
