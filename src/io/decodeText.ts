import { languageOption } from "../errors/_internal/languageOption.js";
import { inLanguage } from "../errors/_internal/schemas.js";
import { decodeText as decode, isBytes, TEXT_ENCODINGS } from "./_internal/decodeText.js";
import { describe, fail } from "./_internal/fail.js";
import type { CsvEncoding } from "./parseBudgetCsv.js";

/**
 * The text of a file, or why its bytes could not be read as text: the
 * 1-based `line` of the first bad byte (when it is known), a `message` that
 * says what is wrong, and what the bytes look like instead (`looksLike`: an
 * encoding to pass, or `"binary"`).
 *
 * @example
 * ```ts
 * import { decodeText, type DecodedText } from "opkoers/io";
 *
 * const result: DecodedText = decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x00]));
 * result.ok; //=> false
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export type DecodedText =
  | {
      /** The bytes were valid text in the encoding. */
      readonly ok: true;
      /** The text, without a byte-order mark. */
      readonly text: string;
    }
  | {
      /** The bytes were not valid text in the encoding. */
      readonly ok: false;
      /** The 1-based line of the first bad byte, when it is known. */
      readonly line?: number;
      /** What is wrong and what to do, in the language of the `lang` option (English by default). */
      readonly message: string;
      /** What the bytes look like instead: an encoding to pass, or `"binary"`; absent when nothing can be said. */
      readonly looksLike?: CsvEncoding | "binary";
    };

/**
 * Decode the bytes of a text file as municipalities' files come: UTF-8 by
 * default, UTF-16 when the file starts with a UTF-16 byte-order mark, or
 * the `encoding` given (`"windows-1252"` is what Dutch Excel writes for
 * "CSV (gescheiden door lijstscheidingsteken)"). Nothing is guessed: bytes
 * that are not valid in the encoding come back as `ok: false` with the line
 * of the first bad byte and what the file looks like (`looksLike`), so a
 * program can ask for the right encoding. A byte-order mark is dropped; a
 * mark of another encoding than the one given is refused. windows-1252 is
 * decoded by opkoers itself, because Node 20's `TextDecoder("windows-1252")`
 * decodes Latin-1 (0x80 becomes U+0080 instead of "€"). `parseBudgetCsv`
 * and the command line decode with this function.
 *
 * @param bytes - The file's bytes.
 * @param options - `encoding`: one of `"utf-8"`, `"windows-1252"`, `"utf-16le"`, `"utf-16be"`; `lang`: the language of the message, `"en"` (default) or `"nl"` (since 0.2.0).
 * @returns The text, or where and why it could not be decoded.
 * @throws {@link DomainError} `invalid_option` – when `bytes` is not a `Uint8Array` or the options or encoding are not valid.
 *
 * @example
 * ```ts
 * import { decodeText } from "opkoers/io";
 *
 * // "Lasten € 5" in windows-1252: 0x80 is the euro sign
 * const bytes = new Uint8Array([0x4c, 0x61, 0x73, 0x74, 0x65, 0x6e, 0x20, 0x80, 0x20, 0x35]);
 * const plain = decodeText(bytes);
 * plain.ok; //=> false
 * plain.ok ? undefined : plain.looksLike; //=> "windows-1252"
 * const excel = decodeText(bytes, { encoding: "windows-1252" });
 * excel.ok ? excel.text : undefined; //=> "Lasten € 5"
 * // The message in Dutch: a NUL byte on line 2
 * const dutch = decodeText(new Uint8Array([0x41, 0x0a, 0x00, 0x00]), { lang: "nl" });
 * dutch.ok ? undefined : dutch.message; //=> "Regel 2: het bestand heeft een NUL-byte (0x00); het lijkt een binair bestand, geen UTF-8-tekst."
 * ```
 *
 * @category CSV
 * @since 0.1.0
 */
export function decodeText(bytes: Uint8Array, options: { readonly encoding?: CsvEncoding; readonly lang?: "nl" | "en" } = {}): DecodedText {
  if (!isBytes(bytes)) fail("invalid_option", `decodeText needs the file's bytes as a Uint8Array, but it got ${describe(bytes)}.`, { argument: "bytes" });
  if (typeof options !== "object" || options === null || Array.isArray(options)) fail("invalid_option", `The options of decodeText must be an object, not ${describe(options)}.`, { argument: "options" });
  const encoding: unknown = options.encoding;
  if (encoding !== undefined && !(TEXT_ENCODINGS as readonly unknown[]).includes(encoding)) {
    fail("invalid_option", `encoding is ${describe(encoding)}; use ${TEXT_ENCODINGS.map((e) => JSON.stringify(e)).join(", ")}.`, { option: "encoding", value: encoding });
  }
  const lang = languageOption(options.lang, "decodeText");
  return inLanguage(lang, () => decode(bytes, encoding as CsvEncoding | undefined));
}
