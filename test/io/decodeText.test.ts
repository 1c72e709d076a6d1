import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { decodeText, isDomainError } from "../../src/io/index.js";

// Strict UTF-8 as the command line read it before it used decodeText (these cases moved here from test/cli).
const utf8 = (bytes: readonly number[]): string | null => {
  const result = decodeText(new Uint8Array(bytes));
  return result.ok ? result.text : null;
};

describe("decodeText", () => {
  it("drops a leading byte order mark, and only a complete one", () => {
    expect(utf8([0xef, 0xbb, 0xbf, 0x7b, 0x7d])).toBe("{}");
    expect(utf8([0xef, 0xbb, 0xbf])).toBe("");
    // EF BB followed by something else is not a BOM, and not UTF-8 either.
    expect(utf8([0xef, 0xbb, 0x41])).toBeNull();
    // A BOM later in the text is kept.
    expect(utf8([0x41, 0xef, 0xbb, 0xbf])).toBe("A\uFEFF");
  });

  it("refuses overlong forms, surrogates and code points beyond U+10FFFF", () => {
    expect(utf8([0xe0, 0x80, 0xaf])).toBeNull(); // overlong "/" in three bytes
    expect(utf8([0xed, 0xa0, 0x80])).toBeNull(); // U+D800
    expect(utf8([0xed, 0xbf, 0xbf])).toBeNull(); // U+DFFF
    expect(utf8([0xf0, 0x80, 0x80, 0xaf])).toBeNull(); // overlong in four bytes
    expect(utf8([0xf4, 0x90, 0x80, 0x80])).toBeNull(); // U+110000
    expect(utf8([0xe0, 0xa0, 0x80])).toBe("\u0800");
    expect(utf8([0xed, 0x9f, 0xbf])).toBe("\uD7FF");
    expect(utf8([0xee, 0x80, 0x80])).toBe("\uE000");
    expect(utf8([0xf0, 0x90, 0x80, 0x80])).toBe("\u{10000}");
    expect(utf8([0xf4, 0x8f, 0xbf, 0xbf])).toBe("\u{10FFFF}");
  });

  it("decodes long texts without losing characters", () => {
    const text = "é€😀a".repeat(5000);
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  });

  it("calls bytes with a NUL binary, and UTF-16 without a mark what it looks like", () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(decodeText(new Uint8Array(png))).toMatchObject({ ok: false, looksLike: "binary", line: 3 }); // CR LF, then LF: the NUL is on line 3
    expect(decodeText(new Uint8Array([0x7b, 0x00, 0x7d, 0x00]))).toMatchObject({ ok: false, looksLike: "utf-16le" });
    expect(decodeText(new Uint8Array([0x00, 0x7b, 0x00, 0x7d]))).toMatchObject({ ok: false, looksLike: "utf-16be" });
  });

  it("names windows-1252 with the line of the first byte that is not UTF-8", () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xe9, 0x80]); // "a\nb\né€" in windows-1252
    expect(decodeText(bytes)).toMatchObject({ ok: false, line: 3, looksLike: "windows-1252" });
    expect(decodeText(bytes, { encoding: "windows-1252" })).toEqual({ ok: true, text: "a\nb\né€" });
  });

  test.prop([fc.string({ unit: "grapheme" })])("reads back any text written as UTF-8 or as UTF-16 with a mark", (text) => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual(text.includes("\u0000") ? expect.objectContaining({ ok: false }) : { ok: true, text });
    const le = new Uint8Array(2 + 2 * text.length);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(le)).toEqual({ ok: true, text });
  });

  it.each([null, undefined, "text", 12, [1, 2], {}])("refuses %o as the bytes with invalid_option", (value) => {
    expect(() => decodeText(value as unknown as Uint8Array)).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });

  it.each([null, "utf-8", 5, []])("refuses %o as the options, and an unknown encoding", (value) => {
    let code: string | undefined;
    try {
      decodeText(new Uint8Array([0x41]), value as never);
    } catch (error) {
      if (isDomainError(error)) code = error.code;
    }
    expect(code).toBe("invalid_option");
    expect(() => decodeText(new Uint8Array([0x41]), { encoding: "latin1" as never })).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
});
