// Escaping of the texts that come from data (programme names, descriptions, labels of scales and phases) for
// each output format. Labels of the report itself pass through the same functions; they hold nothing to escape.

/** Line breaks inside a value: CRLF, CR, LF, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Characters that act on a terminal or on the order or visibility of the text around them: C0 controls, DEL,
 * C1 controls (ESC, CSI, OSC …), the bidirectional marks, embeddings, overrides and isolates (U+061C,
 * U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), other invisible format characters (U+180E, U+200B,
 * U+2060–U+2064, U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, the tag characters U+E0000–U+E007F) and lone
 * surrogates. Zero-width (non-)joiners stay: scripts and emoji need them.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]|\p{Cs}/gu;

const codePoint = (c: string): string => {
  const n = c.codePointAt(0) as number;
  return n > 0xffff ? `\\u{${n.toString(16).toUpperCase()}}` : `\\u${n.toString(16).toUpperCase().padStart(4, "0")}`;
};

/**
 * A data text made harmless and visible on one line: a line break (or a tab) becomes a space, and every
 * other control or invisible format character is written as its code, `\u001B`, so it shows in the
 * report instead of acting on the terminal or reordering the text.
 */
export function visible(text: string): string {
  return String(text).replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(INVISIBLE, codePoint);
}

const HTML_IN_MARKDOWN: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * A data text for Markdown: on one line ({@link visible}); `<` and `>` as entities (no raw HTML, no
 * autolinks, no block quotes), and `&` too where it would start an entity (`&amp;` stays `&amp;`); and every character that can start emphasis, code, a link, a table cell, a
 * heading, strikethrough or math backslash-escaped. With `lineStart` the text begins a line (a paragraph or
 * a list item), so leading blanks are dropped (four would make code) and a leading list, heading-underline
 * or ordered-list marker is escaped too.
 */
export function markdownText(text: string, lineStart = false): string {
  let out = visible(text)
    .replace(/[\\`*_[\]~|#$]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)|[<>]/g, (c) => HTML_IN_MARKDOWN[c] as string);
  if (lineStart) {
    out = out.replace(/^ +/, "");
    out = out.replace(/^[-+=]/, "\\$&").replace(/^(\d{1,9})([.)])/, "$1\\$2");
  }
  return out;
}

/** Escape text for XML/HTML content and attributes, after making it {@link visible}. */
export function escapeXml(text: string): string {
  return visible(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/**
 * A part of an HTML id from any text: letters, digits and `-` stay, every other character becomes
 * `_` and its code point in hex and `_` (so different texts give different ids, and no id has a space).
 */
export function idPart(text: string): string {
  return [...String(text)].map((c) => (/^[A-Za-z0-9-]$/.test(c) ? c : `_${(c.codePointAt(0) as number).toString(16)}_`)).join("");
}
