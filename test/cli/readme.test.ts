// Every shell command of README.md and docs/cli.md runs as written (issue 19): the ```sh blocks are read, each
// `npx opkoers …` line goes through runCli against the files in test/fixtures/cli/ (see its README for their
// source), and its exit code must be 0 — or, in a transcript (`$ npx opkoers …` followed by its output), the
// output shown and the code that `$ echo $?` shows. A line that is not an opkoers command must be one of the
// few npm commands listed here, so that no command is skipped unnoticed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "opkoers/cli";

const root = join(import.meta.dirname, "..", "..");
const fixtures = join(root, "test", "fixtures", "cli");
const NOT_OPKOERS = new Set(["npm install opkoers zod", "npm ci && npm start", "npm ci && npm test"]);

/** The words of a shell line: single and double quotes, backslash escapes, a comment from an unquoted `#`. */
function words(line: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed quote in: ${line}`);
      word = (word ?? "") + line.slice(i + 1, end).replace(c === '"' ? /\\(["\\$`])/g : /(?!)/g, "$1");
      i = end;
    } else if (c === "\\") {
      word = (word ?? "") + (line[++i] ?? "");
    } else if (/\s/.test(c)) {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else if (c === "#" && word === undefined) {
      break;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (word !== undefined) out.push(word);
  return out;
}

interface Example {
  readonly file: string;
  readonly line: string;
  readonly expected?: { readonly output: string; readonly code?: number };
}

/** The commands of the ```sh blocks of a Markdown file (a trailing backslash continues a line). */
function examples(file: string): Example[] {
  const text = readFileSync(join(root, file), "utf8");
  const found: Example[] = [];
  for (const block of text.matchAll(/^([ \t]*)```sh\n([\s\S]*?)^[ \t]*```$/gm)) {
    const indent = (block[1] as string).length;
    const lines = (block[2] as string).replace(/\\\n\s*/g, "").split("\n").map((l) => l.slice(indent).trimEnd()).filter((l) => l !== "");
    if (lines.some((l) => l.startsWith("$ "))) {
      // A transcript: `$ command`, then its output up to the next `$`.
      let current: { line: string; output: string[]; code?: number } | undefined;
      const flush = (): void => {
        if (current !== undefined) found.push({ file, line: current.line, expected: { output: current.output.map((o) => `${o}\n`).join(""), ...(current.code === undefined ? {} : { code: current.code }) } });
      };
      for (let i = 0; i < lines.length; i++) {
        const l = lines[i] as string;
        if (l === "$ echo $?") {
          if (current === undefined) throw new Error(`${file}: echo $? without a command`);
          current.code = Number(lines[++i]);
        } else if (l.startsWith("$ ")) {
          flush();
          current = { line: l.slice(2), output: [] };
        } else if (current !== undefined) current.output.push(l);
        else throw new Error(`${file}: output before any command: ${l}`);
      }
      flush();
    } else {
      for (const l of lines) if (!l.startsWith("#")) found.push({ file, line: l });
    }
  }
  return found;
}

async function run(line: string): Promise<{ code: number; output: string; stdout: string; files: Map<string, string> }> {
  let argv = words(line);
  expect(argv.slice(0, 2), line).toEqual(["npx", "opkoers"]);
  argv = argv.slice(2);
  let redirect: string | undefined;
  const at = argv.indexOf(">");
  if (at >= 0) {
    redirect = argv[at + 1];
    argv = [...argv.slice(0, at), ...argv.slice(at + 2)];
  }
  const files = new Map<string, Uint8Array>(readdirSync(fixtures).map((name) => [name, readFileSync(join(fixtures, name))]));
  const written = new Map<string, string>();
  let output = "";
  let stdout = "";
  const code = await runCli(argv, {
    readFile: async (path) => {
      const content = files.get(path);
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return content;
    },
    writeFile: async (path, content) => void written.set(path, content),
    stdout: (text) => void ((stdout += text), (output += text)),
    stderr: (text) => void (output += text),
    now: () => new Date("2024-10-20T08:00:00Z"),
    version: "0.0.0",
  });
  if (redirect !== undefined) written.set(redirect, stdout);
  return { code, output, stdout, files: written };
}

const ALL = [...examples("README.md"), ...examples("docs/cli.md")];

describe("the shell commands of README.md and docs/cli.md run as written (issue 19)", () => {
  it("finds the opkoers commands (README: report, validate, iv3, schema)", () => {
    const readme = ALL.filter((e) => e.file === "README.md" && !NOT_OPKOERS.has(e.line)).map((e) => words(e.line)[2]);
    expect(readme).toEqual(["report", "validate", "iv3", "schema"]);
  });

  it.each(ALL.map((e) => [`${e.file}: ${e.line}`, e] as const))("%s", async (_title, example) => {
    if (NOT_OPKOERS.has(example.line)) return;
    const result = await run(example.line);
    if (example.expected === undefined) {
      expect(result.code, result.output).toBe(0);
      // What a command says it writes is there.
      const out = words(example.line).find((_w, i, all) => all[i - 1] === "--out" || all[i - 1] === ">");
      if (out !== undefined) expect(result.files.get(out)?.length ?? 0).toBeGreaterThan(0);
    } else {
      expect(result.output).toBe(example.expected.output);
      if (example.expected.code !== undefined) expect(result.code).toBe(example.expected.code);
    }
  });
});
