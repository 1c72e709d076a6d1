// Bytes → text for the CSV import: UTF-8 (strict), windows-1252 and UTF-16 LE/BE, decoded by hand so that every
// runtime gives the same answer (Node 20's TextDecoder("windows-1252") decodes Latin-1, not windows-1252).
// Nothing is guessed: without an encoding, the text must be UTF-8 unless a byte-order mark says otherwise; bytes
// that are not valid in the encoding come back as one sentence saying what they look like.

import { say } from "../../errors/_internal/schemas.js";
import { breaksIn } from "./lines.js";

/** The encodings the CSV import reads. */
export type TextEncodingName = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** The encodings, for option checks and messages. */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ["utf-8", "windows-1252", "utf-16le", "utf-16be"];

/** The text, or where (a 1-based line, when known) and why it could not be decoded. */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line?: number; readonly message: string; readonly looksLike?: TextEncodingName | "binary" };

// windows-1252 0x80–0x9F (WHATWG Encoding Standard index); 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and,
// as in the standard, map to the C1 control of the same number. 0xA0–0xFF are Latin-1.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;
const CP1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/** A Uint8Array (Node's Buffer too), also from another realm. */
export function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Uint8Array]";
}

/**
 * The 1-based line, as an editor shows it, of the code unit at `end` (a byte of a single-byte or UTF-8 file, or a
 * UTF-16 code unit): the line ends before it, counted by {@link breaksIn} (the one rule), plus 1. The code units
 * are read as Latin-1 characters, which keeps every \r and \n where it is; a byte-order mark ends no line.
 */
function lineAt(codes: Uint8Array | Uint16Array, end: number): number {
  return 1 + breaksIn(fromCodes(Uint16Array.from(codes.subarray(0, end))));
}

/** The byte-order mark the bytes start with, if any. */
function bomOf(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** UTF-16 without a byte-order mark: a NUL byte beside (nearly) every other byte, on one side only. */
function utf16Pattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs === 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd * 2 >= pairs && even * 10 <= odd) return "utf-16le";
  if (even * 2 >= pairs && odd * 10 <= even) return "utf-16be";
  return undefined;
}

/** The offset of the first byte that is not part of valid UTF-8 (no overlongs, no surrogates), or -1. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    const size = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    let code = b0 & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
    for (let k = 1; k < size; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) return i;
      code = (code << 6) | (b & 0x3f);
    }
    if ((size === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) || (size === 4 && (code < 0x10000 || code > 0x10ffff))) return i;
    i += size;
  }
  return -1;
}

/** Code units to a string, in chunks (no argument-count limit). */
function fromCodes(codes: Uint16Array): string {
  let text = "";
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

function decodeCp1252(bytes: Uint8Array, from: number): string {
  const codes = new Uint16Array(bytes.length - from);
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i] as number;
    codes[i - from] = b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] as number) : b;
  }
  return fromCodes(codes);
}

function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean, name: string): Decoded {
  const length = bytes.length - from;
  if (length % 2 !== 0) return { ok: false, message: say(`The file is not complete ${name} text: it has an odd number of bytes after its byte-order mark. Was it cut off?`, `Het bestand is geen volledige ${name}-tekst: het heeft een oneven aantal bytes na zijn byte-order mark. Is het afgebroken?`) };
  const codes = new Uint16Array(length / 2);
  for (let k = 0; k < codes.length; k++) {
    const lo = bytes[from + 2 * k + (littleEndian ? 0 : 1)] as number;
    const hi = bytes[from + 2 * k + (littleEndian ? 1 : 0)] as number;
    codes[k] = (hi << 8) | lo;
  }
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k] as number;
    const lone = c >= 0xd800 && c <= 0xdbff ? !(k + 1 < codes.length && (codes[k + 1] as number) >= 0xdc00 && (codes[k + 1] as number) <= 0xdfff) : c >= 0xdc00 && c <= 0xdfff;
    if (lone) {
      const line = lineAt(codes, k);
      return { ok: false, line, message: say(`Line ${line}: the file is not valid ${name}: a lone surrogate 0x${c.toString(16).toUpperCase()} (half of a character).`, `Regel ${line}: het bestand is geen geldige ${name}: een losse surrogaat 0x${c.toString(16).toUpperCase()} (de helft van een teken).`) };
    }
    if (c >= 0xd800 && c <= 0xdbff) k++;
  }
  return { ok: true, text: fromCodes(codes) };
}

const NAMES: Readonly<Record<TextEncodingName, string>> = { "utf-8": "UTF-8", "windows-1252": "windows-1252", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE" };

/**
 * Decode the bytes of a text file. Without an encoding: UTF-8, or UTF-16 when the file starts with a UTF-16
 * byte-order mark (a mark is not a guess). With one: that encoding; a byte-order mark of another encoding is
 * refused. A byte-order mark is dropped. Text with NUL bytes, or not valid in the encoding, is refused with
 * what it looks like (UTF-16 without a mark, windows-1252, binary).
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName | undefined): Decoded {
  const bom = bomOf(bytes);
  if (encoding !== undefined && bom !== undefined && bom !== encoding) {
    return { ok: false, line: 1, message: say(
        `The file starts with the byte-order mark of ${NAMES[bom]}, but the encoding is given as ${JSON.stringify(encoding)}; pass encoding: ${JSON.stringify(bom)}, or leave it out.`,
        `Het bestand begint met de byte-order mark van ${NAMES[bom]}, maar de codering is opgegeven als ${JSON.stringify(encoding)}; geef encoding: ${JSON.stringify(bom)} mee, of laat hem weg.`,
      ),
    };
  }
  const use = encoding ?? bom ?? "utf-8";
  const from = bom === undefined ? 0 : bom === "utf-8" ? 3 : 2;
  if (use === "utf-16le" || use === "utf-16be") return decodeUtf16(bytes, from, use === "utf-16le", NAMES[use]);
  const nul = bytes.indexOf(0, from);
  if (nul !== -1) {
    const pattern = utf16Pattern(bytes);
    if (pattern !== undefined) {
      return { ok: false, looksLike: pattern, message: say(
          `The file looks like ${NAMES[pattern]} text without a byte-order mark (a NUL byte beside every ASCII character), not ${NAMES[use]}; pass encoding: ${JSON.stringify(pattern)}.`,
          `Het bestand lijkt ${NAMES[pattern]}-tekst zonder byte-order mark (een NUL-byte naast elk ASCII-teken), geen ${NAMES[use]}; geef encoding: ${JSON.stringify(pattern)} mee.`,
        ),
      };
    }
    const line = lineAt(bytes, nul);
    return { ok: false, line, looksLike: "binary", message: say(`Line ${line}: the file has a NUL byte (0x00); it looks like a binary file, not ${NAMES[use]} text.`, `Regel ${line}: het bestand heeft een NUL-byte (0x00); het lijkt een binair bestand, geen ${NAMES[use]}-tekst.`) };
  }
  if (use === "windows-1252") return { ok: true, text: decodeCp1252(bytes, from) };
  const bad = firstInvalidUtf8(bytes, from);
  if (bad === -1) return { ok: true, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(from)) };
  const line = lineAt(bytes, bad);
  const byte = bytes[bad] as number;
  let cp1252 = true;
  for (let i = bad; i < bytes.length; i++) if (CP1252_UNASSIGNED.has(bytes[i] as number)) cp1252 = false;
  const shown = JSON.stringify(String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? (CP1252_80_9F[byte - 0x80] as number) : byte));
  const hint = cp1252
    ? say(
        ` In windows-1252 that byte is ${shown}: the file looks like windows-1252, the encoding of Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)". Pass encoding: "windows-1252", or save the file as "CSV UTF-8".`,
        ` In windows-1252 is die byte ${shown}: het bestand lijkt windows-1252, de codering van "CSV (gescheiden door lijstscheidingsteken)" uit de Nederlandse Excel. Geef encoding: "windows-1252" mee, of sla het bestand op als "CSV UTF-8".`,
      )
    : say(
        " It is not windows-1252 either (it has bytes that windows-1252 does not assign); it looks like a binary file.",
        " Het is ook geen windows-1252 (het heeft bytes die windows-1252 niet toekent); het lijkt een binair bestand.",
      );
  const message = say(`Line ${line}: the file is not UTF-8: byte ${hex(byte)} cannot start or continue a UTF-8 character.`, `Regel ${line}: het bestand is geen UTF-8: byte ${hex(byte)} kan geen UTF-8-teken beginnen of voortzetten.`);
  return { ok: false, line, looksLike: cp1252 ? "windows-1252" : "binary", message: `${message}${hint}` };
}
