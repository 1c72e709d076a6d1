import { describe, expect, it } from "vitest";
import { isCsv, jsonKind, readJson } from "../../src/cli/_internal/input.js";

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
