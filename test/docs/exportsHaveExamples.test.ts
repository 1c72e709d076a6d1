import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every exported declaration in src/ (outside _internal/ and generated/) has a TSDoc block with an @example.
const root = join(import.meta.dirname, "..", "..");
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_internal" || name === "generated" ? [] : walk(path);
    return path.endsWith(".ts") && !path.endsWith("index.ts") ? [path] : [];
  });
}

interface Declaration {
  readonly where: string;
  readonly name: string;
  readonly hasExample: boolean;
}

function declarations(file: string): Declaration[] {
  const text = readFileSync(file, "utf8");
  const found: Declaration[] = [];
  const pattern = /^export (?:declare )?(?:async )?(?:function|const|class|interface|type|abstract class) ([A-Za-z0-9_$]+)/gm;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    const docEnd = before.lastIndexOf("*/");
    const docStart = before.lastIndexOf("/**");
    const between = docEnd === -1 ? before : before.slice(docEnd + 2);
    const attached = docStart !== -1 && docEnd > docStart && between.trim() === "";
    const line = before.split("\n").length;
    found.push({ where: `${relative(root, file)}:${line}`, name: match[1] as string, hasExample: attached && before.slice(docStart, docEnd).includes("@example") });
  }
  return found;
}

const all = walk(join(root, "src")).flatMap(declarations);

describe("every export has a TSDoc @example", () => {
  it("finds exported declarations", () => {
    expect(all.length).toBeGreaterThan(30);
  });
  it("has no export without an example", () => {
    expect(all.filter((d) => !d.hasExample).map((d) => `${d.where} ${d.name}`)).toEqual([]);
  });
});
