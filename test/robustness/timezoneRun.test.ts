// Issue 19: the second-zone run (the "tz" project in vitest.config.ts, TZ=Asia/Kathmandu) runs only the tests of
// the layers listed in TZ_LAYERS. This test keeps that list true: it scans every file in src/ for code that can
// depend on the clock or the machine's time zone, and fails when such code is in a layer whose tests do not run
// in the second zone — or when a listed layer has none left (then it pays for a second run for nothing).
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { TZ_INCLUDE, TZ_LAYERS } from "../../vitest.config.js";

const root = join(import.meta.dirname, "..", "..");

// Intl services whose output never depends on a time zone (they format numbers, plurals, lists, text).
const ZONE_FREE_INTL = new Set(["NumberFormat", "PluralRules", "Collator", "ListFormat", "Segmenter", "DisplayNames", "Locale", "getCanonicalLocales", "supportedValuesOf"]);
// Date methods that read or write local time (the UTC ones and getTime/toISOString do not depend on the zone).
const LOCAL_TIME = /^(get|set)(FullYear|Year|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)$|^getTimezoneOffset$|^to(Locale\w*|Date|Time)String$/;

/**
 * The zone-sensitive uses in one TypeScript source, as "line: what" (comments and strings are not code, so a
 * TSDoc example or a message that mentions a date does not count).
 */
function zoneSensitiveUses(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      // Any Date (new Date, Date.now, Date(), extends Date, a Date parameter) or Temporal: a point in time is at hand.
      if (node.text === "Date" || node.text === "Temporal") report(node, node.text);
      else if (LOCAL_TIME.test(node.text) && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) report(node, `.${node.text}`);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Intl" && !ZONE_FREE_INTL.has(node.name.text)) {
      report(node, `Intl.${node.name.text}`);
    } else if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier) && /^(date-fns|@date-fns\/)/.test(node.moduleSpecifier.text)) {
      report(node, `import from ${node.moduleSpecifier.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(): string[] {
  return (readdirSync(join(root, "src"), { recursive: true }) as string[])
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join("src", file).split(sep).join("/"))
    .sort();
}

const layerOf = (file: string): string => (file.split("/").length > 2 ? (file.split("/")[1] ?? "") : "(root)");

describe("the second-zone run (TZ=Asia/Kathmandu) covers every layer that can depend on the zone", () => {
  const uses = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const found = zoneSensitiveUses(file, readFileSync(join(root, file), "utf8"));
    if (found.length > 0) uses.set(file, found);
  }
  const sensitiveLayers = new Set([...uses.keys()].map(layerOf));
  const listed = new Set<string>(TZ_LAYERS);

  it("every file with zone-sensitive code is in a layer whose tests run in the second zone", () => {
    const outside = [...uses].filter(([file]) => !listed.has(layerOf(file))).map(([file, found]) => `${file} (${found.join("; ")}): add "${layerOf(file)}" to TZ_LAYERS in vitest.config.ts`);
    expect(outside).toEqual([]);
  });

  it("every layer in the second-zone run still has zone-sensitive code (otherwise its tests run twice for nothing)", () => {
    expect([...listed].filter((layer) => !sensitiveLayers.has(layer))).toEqual([]);
  });

  it("every layer in the second-zone run has tests, and the run includes them and the whole-library clock test", () => {
    for (const layer of TZ_LAYERS) {
      const tests = readdirSync(join(root, "test", layer), { recursive: true }).filter((file) => String(file).endsWith(".test.ts"));
      expect(tests.length, layer).toBeGreaterThan(0);
      expect(TZ_INCLUDE, layer).toContain(`test/${layer}/**/*.test.ts`);
    }
    expect(TZ_INCLUDE).toContain("test/robustness/clock.test.ts");
  });

  it("finds what it is meant to find, and nothing in comments, strings or zone-free code", () => {
    const flagged = (code: string): string[] => zoneSensitiveUses("x.ts", code);
    expect(flagged("const d = new Date();")).toEqual(["1: Date"]);
    expect(flagged("const t = Date.now();")).toEqual(["1: Date"]);
    expect(flagged("class U extends Date {}")).toEqual(["1: Date"]);
    expect(flagged("function f(now: () => Date) {}")).toEqual(["1: Date"]);
    expect(flagged("const y = d.getFullYear();\nd.setHours(0);")).toEqual(["1: .getFullYear", "2: .setHours"]);
    expect(flagged("const s = value.toLocaleDateString('nl-NL');")).toEqual(["1: .toLocaleDateString"]);
    expect(flagged("const f = new Intl.DateTimeFormat('nl-NL');")).toEqual(["1: Intl.DateTimeFormat"]);
    expect(flagged('import { addDays } from "date-fns";')).toEqual(["1: import from date-fns"]);
    // Not zone-sensitive: number formats, UTC methods, ISO strings, names that only contain "Date", comments, strings.
    expect(flagged("const n = new Intl.NumberFormat('nl-NL');")).toEqual([]);
    expect(flagged("d.getUTCFullYear(); d.setUTCDate(1); d.toISOString(); d.getTime();")).toEqual([]);
    expect(flagged('import { isIsoDate } from "./isIsoDate.js"; const assertIsoDate = 1; const o = { getDate: 1 };')).toEqual([]);
    expect(flagged('// new Date()\n/** Date.now() */\nconst s = "new Date() in a message";')).toEqual([]);
  });
});
