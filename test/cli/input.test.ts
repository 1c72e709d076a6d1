import { describe, expect, it } from "vitest";
import { decodeUtf8, isCsv, jsonKind, readJson, textOf } from "../../src/cli/_internal/input.js";

describe("decodeUtf8", () => {
  it("drops a leading byte order mark, and only a complete one", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe("{}");
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe("");
    // EF BB followed by something else is not a BOM, and not UTF-8 either.
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0x41]))).toBeNull();
    // A BOM later in the text is kept.
    expect(decodeUtf8(new Uint8Array([0x41, 0xef, 0xbb, 0xbf]))).toBe("A\uFEFF");
  });

  it("refuses overlong forms, surrogates and code points beyond U+10FFFF", () => {
    expect(decodeUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBeNull(); // overlong "/" in three bytes
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeNull(); // U+D800
    expect(decodeUtf8(new Uint8Array([0xed, 0xbf, 0xbf]))).toBeNull(); // U+DFFF
    expect(decodeUtf8(new Uint8Array([0xf0, 0x80, 0x80, 0xaf]))).toBeNull(); // overlong in four bytes
    expect(decodeUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBeNull(); // U+110000
    // Their neighbours are fine.
    expect(decodeUtf8(new Uint8Array([0xe0, 0xa0, 0x80]))).toBe("\u0800");
    expect(decodeUtf8(new Uint8Array([0xed, 0x9f, 0xbf]))).toBe("\uD7FF");
    expect(decodeUtf8(new Uint8Array([0xee, 0x80, 0x80]))).toBe("\uE000");
    expect(decodeUtf8(new Uint8Array([0xf0, 0x90, 0x80, 0x80]))).toBe("\u{10000}");
    expect(decodeUtf8(new Uint8Array([0xf4, 0x8f, 0xbf, 0xbf]))).toBe("\u{10FFFF}");
  });

  it("decodes long texts in chunks without losing characters", () => {
    const text = "é€😀a".repeat(5000);
    expect(decodeUtf8(new TextEncoder().encode(text))).toBe(text);
  });

  it("calls bytes with a NUL binary", () => {
    expect(textOf(new Uint8Array([0x7b, 0x00, 0x7d]))).toEqual({ ok: false });
    expect(textOf(new Uint8Array([0x7b, 0x7d]))).toEqual({ ok: true, text: "{}" });
  });
});

describe("readJson", () => {
  it("says an empty text is empty, in both languages", () => {
    expect(readJson("  \n", "x.json", "nl")).toEqual({ ok: false, message: "x.json is leeg." });
    expect(readJson("", "x.json", "en")).toEqual({ ok: false, message: "x.json is empty." });
  });

  it("sees an escaped quote inside a string, so a file cut off there is cut off", () => {
    const cut = readJson('{"a": "x\\"', "t.json", "en");
    expect(cut.ok ? "" : cut.message).toBe("t.json is not complete JSON: it ends in the middle (line 1, column 11) — was the file cut off?");
    const escapedBackslash = readJson('{"a": "x\\\\"', "t.json", "en"); // the string is closed: only the object is open
    expect(escapedBackslash.ok ? "" : escapedBackslash.message).toMatch(/^t\.json is not complete JSON/);
    expect(readJson('{"a": "x\\"y"}', "t.json", "en")).toEqual({ ok: true, value: { a: 'x"y' } });
  });

  it("says where a syntax error is", () => {
    const nl = readJson('{\n  "a": 1,,\n}', "x.json", "nl");
    expect(nl.ok ? "" : nl.message).toMatch(/^x\.json is geen geldige JSON op regel 2, kolom 10: .+\.$/);
    const en = readJson("[1, 2] 3", "x.json", "en");
    expect(en.ok ? "" : en.message).toMatch(/^x\.json is not valid JSON at line 1, column 8: .+\.$/);
  });
});

describe("file kinds", () => {
  it("tells CSV from JSON by extension, else by the first character", () => {
    expect(isCsv("a.JSON", "Taakveld;Lasten")).toBe(false);
    expect(isCsv("a.tsv", "{}")).toBe(true);
    expect(isCsv("a.txt", "[]")).toBe(true);
    expect(isCsv("a", "  [1]")).toBe(false);
    expect(isCsv("a", "Taakveld")).toBe(true);
  });

  it("tells the JSON documents apart by their keys", () => {
    expect(jsonKind([])).toBe("report");
    expect(jsonKind({ planning: {} })).toBe("report");
    expect(jsonKind({ metadata: {}, data: {} })).toBe("iv3");
    expect(jsonKind({ metadata: {} })).toBeUndefined();
    expect(jsonKind({ phases: [] })).toBe("budget");
    expect(jsonKind({ programmes: [] })).toBe("planning");
    expect(jsonKind(null)).toBeUndefined();
    expect(jsonKind("begroting")).toBeUndefined();
  });
});
