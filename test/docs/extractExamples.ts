import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One fenced `ts` code block, found in a TSDoc `@example` or in a Markdown guide. */
export interface CodeExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function walk(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

/** Every ```ts block inside a TSDoc comment of a source file, with the comment's ` * ` prefix removed. */
export function extractTsDocExamples(root: string, dir: string): CodeExample[] {
  return walk(dir, ".ts").flatMap((file) => {
    const lines = readFileSync(file, "utf8").split("\n");
    const found: CodeExample[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\*\s*```ts\s*$/.test(lines[i] ?? "")) continue;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !/^\s*\*\s*```\s*$/.test(lines[j] ?? ""); j++) body.push((lines[j] ?? "").replace(/^\s*\* ?/, ""));
      found.push({ file: relative(root, file), line: i + 1, code: body.join("\n") });
      i = j;
    }
    return found;
  });
}

/** Every ```ts block of a Markdown file, or of the Markdown files in a folder. */
export function extractMarkdownExamples(root: string, path: string): CodeExample[] {
  const files = statSync(path).isDirectory() ? walk(path, ".md") : [path];
  return files.flatMap((file) => {
    const lines = readFileSync(file, "utf8").split("\n");
    const found: CodeExample[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!/^```ts\s*$/.test(lines[i] ?? "")) continue;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !/^```\s*$/.test(lines[j] ?? ""); j++) body.push(lines[j] ?? "");
      found.push({ file: relative(root, file), line: i + 1, code: body.join("\n") });
      i = j;
    }
    return found;
  });
}

/**
 * Turn `expression; //=> expected` lines into assertions, and
 * `expression; //=> throws code` into an assertion that a DomainError with that code is thrown.
 */
export function toRunnable(code: string): string {
  // A result may also stand on the line after its expression: "call(...);" then "//=> value".
  const lines: string[] = [];
  for (const line of code.split("\n")) {
    const previous = lines[lines.length - 1];
    if (/^\s*\/\/=>/.test(line) && previous !== undefined && /;\s*$/.test(previous) && !previous.includes("//")) {
      lines[lines.length - 1] = `${previous.replace(/;\s*$/, "")}; ${line.trim()}`;
    } else {
      if (/^\s*\/\/=>/.test(line)) throw new Error(`a "//=>" line must follow an expression statement ending in ";": ${line}`);
      lines.push(line);
    }
  }
  const out = lines.map((line) => {
    const throws = /^(\s*)(.+?);?\s*\/\/=>\s*throws\s+(\w+)\s*$/.exec(line);
    if (throws) return `${throws[1]}__expectThrows(() => (${throws[2]}), ${JSON.stringify(throws[3])});`;
    const value = /^(\s*)(.+?);?\s*\/\/=>\s*(.+?)\s*$/.exec(line);
    if (value) return `${value[1]}__expectEqual((${value[2]}), (${value[3]}), ${JSON.stringify(value[2])});`;
    return line;
  });
  return [
    'import { expect as __expect } from "vitest";',
    "const __expectEqual = (actual: unknown, expected: unknown, what: string): void => { __expect(actual, what).toEqual(expected); };",
    "const __expectThrows = (run: () => unknown, code: string): void => { let thrown: unknown; try { run(); } catch (error) { thrown = error; } __expect((thrown as { code?: unknown } | undefined)?.code, `expected a DomainError with code ${code}`).toBe(code); };",
    ...out,
    "export {};",
  ].join("\n");
}
