import { DomainError } from "../errors/DomainError.js";
import type { ReportLanguage } from "../report/index.js";
import { INVALID, iv3, OK, report, schema, USAGE, validate } from "./_internal/commands.js";
import { helpText } from "./_internal/help.js";

/**
 * What {@link runCli} reads and writes through, so that it is a pure function
 * of its arguments and this object: `bin.ts` passes `node:fs` and `process`,
 * tests pass an in-memory file system and collect the output.
 *
 * @example
 * ```ts
 * import type { CliIo } from "opkoers/cli";
 *
 * const out: string[] = [];
 * const io: CliIo = {
 *   readFile: async () => new TextEncoder().encode("{}"),
 *   writeFile: async () => {},
 *   stdout: (text) => void out.push(text),
 *   stderr: (text) => void out.push(text),
 *   version: "0.1.0",
 * };
 * io.version; //=> "0.1.0"
 * ```
 *
 * @category CLI
 * @since 0.1.0
 */
export interface CliIo {
  /** Read a file's bytes; reject (e.g. with an error whose `code` is `"ENOENT"`) when it cannot be read. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /**
   * Write text to a file (UTF-8), replacing it as a whole: `bin.ts` writes a
   * temporary file in the same folder and renames it over the target, so that
   * an interrupted write never leaves half a file. Called only when the
   * command succeeds (a failing command leaves an existing output file as it
   * was), and never for a path that is the command's input.
   */
  readonly writeFile: (path: string, content: string) => Promise<void>;
  /**
   * Identify the file at a path: its real path (links resolved) and, where
   * the file system has them, device and inode numbers; `undefined` when
   * there is no file. With it, `--out` is refused when it is the input under
   * another name (`./x.json`, an absolute path, a symbolic or hard link);
   * without it only the spelling of the two paths is compared (after removing
   * `.` and `..`). `bin.ts` passes one that uses `realpath` and `stat`.
   */
  readonly identify?: (path: string) => Promise<
    | {
        /** The path with every symbolic link resolved. */
        readonly realPath: string;
        /** The device number, where the file system has one. */
        readonly dev?: number | bigint;
        /** The inode number, where the file system has one (a hard link shares it). */
        readonly ino?: number | bigint;
      }
    | undefined
  >;
  /** Write to standard output. */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  /** The package version printed by `--version`. */
  readonly version?: string;
  /** The clock: the default report date (today, UTC) and the time of an Iv3 delivery. Without it the report date defaults to 31 December of the document's year. */
  readonly now?: () => Date;
}

/**
 * The exit codes of the `opkoers` command line.
 *
 * | code | meaning |
 * | --- | --- |
 * | 0 | ok: the file is valid, the report was written, the CBS checks passed |
 * | 1 | invalid input or findings: problems in the file (each listed with its path, or row and column), a truncated or binary file, a failed CBS check |
 * | 2 | usage error: unknown command or option, a bad option value, a missing or unreadable file |
 *
 * @example
 * ```ts
 * import { EXIT_CODES } from "opkoers/cli";
 *
 * EXIT_CODES.usage; //=> 2
 * ```
 *
 * @category CLI
 * @since 0.1.0
 */
export const EXIT_CODES: {
  /** 0: the command succeeded (a valid file; a report or delivery written). */
  readonly ok: 0;
  /** 1: invalid input or findings (issues in the file, a truncated or binary file, a failed CBS check). */
  readonly invalid: 1;
  /** 2: a usage error (unknown command or option, a missing or unreadable file). */
  readonly usage: 2;
} = { ok: OK, invalid: INVALID, usage: USAGE } as const;

type OptionSpec = Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>>;
type ParseArgs = (config: { args: string[]; options: OptionSpec; allowPositionals: boolean; strict: boolean }) => { values: Record<string, string | boolean | undefined>; positionals: string[] };

const COMMON: OptionSpec = { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" }, lang: { type: "string" } };
const CSV: OptionSpec = { encoding: { type: "string" }, year: { type: "string" }, phase: { type: "string" }, unit: { type: "string" }, "number-format": { type: "string" }, delimiter: { type: "string" }, signs: { type: "string" } };
const COMMANDS = {
  validate: { run: validate, options: { ...COMMON, ...CSV, as: { type: "string" }, format: { type: "string" } } },
  report: { run: report, options: { ...COMMON, encoding: { type: "string" }, "as-of": { type: "string" }, format: { type: "string" }, out: { type: "string", short: "o" }, scale: { type: "string" }, "deviation-policy": { type: "string" }, window: { type: "string" } } },
  iv3: {
    run: iv3,
    options: {
      ...COMMON,
      ...CSV,
      as: { type: "string" },
      boekjaar: { type: "string" },
      periode: { type: "string" },
      out: { type: "string", short: "o" },
      datum: { type: "string" },
      overheidsnummer: { type: "string" },
      naam: { type: "string" },
      "contact-naam": { type: "string" },
      "contact-email": { type: "string" },
      "contact-telefoon": { type: "string" },
      "book-resultaat": { type: "boolean" },
    },
  },
  schema: { run: schema, options: { ...COMMON, out: { type: "string", short: "o" } } },
} as const satisfies Record<string, { run: unknown; options: OptionSpec }>;

/** A programmer error in the arguments of runCli itself (not bad input, which is reported with an exit code). */
function assertArguments(argv: unknown, io: unknown): void {
  if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === "string")) {
    throw new DomainError("invalid_option", `runCli needs the arguments as an array of strings (e.g. ["report", "--format", "html"]), but it got ${describeValue(argv)}.`, { argument: "argv" });
  }
  if (typeof io !== "object" || io === null) throw new DomainError("invalid_option", `runCli needs an io object (readFile, writeFile, stdout, stderr), but it got ${describeValue(io)}.`, { argument: "io" });
  const record = io as Readonly<Record<string, unknown>>;
  for (const name of ["readFile", "writeFile", "stdout", "stderr"]) {
    if (typeof record[name] !== "function") throw new DomainError("invalid_option", `runCli's io.${name} is ${describeValue(record[name])}; it must be a function.`, { argument: `io.${name}` });
  }
  for (const name of ["now", "identify"]) {
    if (record[name] !== undefined && typeof record[name] !== "function") throw new DomainError("invalid_option", `runCli's io.${name} is ${describeValue(record[name])}; it must be a function when given.`, { argument: `io.${name}` });
  }
  if (record["version"] !== undefined && typeof record["version"] !== "string") throw new DomainError("invalid_option", `runCli's io.version is ${describeValue(record["version"])}; it must be text when given.`, { argument: "io.version" });
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array with something other than text";
  return typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : `a ${typeof value}`;
}

/** The language asked for anywhere in argv (before full parsing, so that even usage errors use it). */
function langOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--lang") return argv[i + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}

// node:util is loaded through a specifier TypeScript does not resolve, so that the library's build (which has
// no Node types) type-checks; at run time it is Node's own parseArgs.
const NODE_UTIL: string = "node:util";
let parseArgsFn: ParseArgs | undefined;
async function loadParseArgs(): Promise<ParseArgs> {
  parseArgsFn ??= ((await import(NODE_UTIL)) as { parseArgs: ParseArgs }).parseArgs;
  return parseArgsFn;
}

/**
 * Run the `opkoers` command line on its arguments (without the `node` and
 * script path) and return the exit code; all input and output goes through
 * `io`, nothing calls `process.exit`, and no input makes it throw: bad input is
 * reported in sentences (with the path, or row and column, of every problem),
 * never as a stack trace. Commands:
 *
 * - `opkoers validate <file>` — a planning document, budget document, report
 *   envelope or Iv3 delivery (JSON), or a budget CSV; exit 0 when valid, else
 *   every issue and exit 1.
 * - `opkoers report [<file>] [--as-of YYYY-MM-DD] [--format text|markdown|html|json] [--out <file>]`
 *   — the status report (see `buildReport` and `renderReport` in
 *   opkoers/report); without a file, on {@link bundledExample}.
 * - `opkoers iv3 <file> --boekjaar <year> [--out <file>]` — an Iv3 JSON
 *   delivery and the CBS checks; exit 1 when a check fails. Without a file
 *   it is a usage error (exit 2): a delivery is never made of the bundled
 *   example.
 * - `opkoers schema [<type>]` — a JSON Schema (planning, begroting,
 *   bestuursrapportage, jaarverslag, budget, report).
 *
 * With `--help` for each command, `--version`, `--lang nl|en`; exit codes in
 * {@link EXIT_CODES}.
 *
 * @param argv - The arguments, e.g. `["report", "--format", "html"]`.
 * @param io - Files, output streams, version and clock.
 * @returns The exit code: 0, 1 or 2.
 * @throws `DomainError` `invalid_option` (the promise rejects) – only when `argv` is not an array of strings or `io` is not a {@link CliIo} (`readFile`, `writeFile`, `stdout` and `stderr` functions; `now`, `identify` functions and `version` text when given). Everything else, bad input included, is reported on `stderr` with an exit code.
 *
 * `--out` is never the input file: `report x.json --out x.json` (or
 * `./x.json`, an absolute path, a link) is refused with exit code 2 before
 * anything is written, and a command that fails writes no output file, so an
 * existing one stays as it was.
 *
 * The example awaits at the top level, which needs an ES module (a `.mjs`
 * file, or `"type": "module"` in package.json); in CommonJS, call `runCli`
 * inside an `async` function.
 *
 * @example
 * ```ts
 * import { runCli } from "opkoers/cli";
 *
 * let out = "";
 * const io = { readFile: async () => new Uint8Array(), writeFile: async () => {}, stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), version: "0.1.0" };
 * await runCli(["--version"], io); //=> 0
 * out; //=> "0.1.0\n"
 * await runCli(["frobnicate"], io); //=> 2
 * ```
 *
 * @category CLI
 * @since 0.1.0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  assertArguments(argv, io);
  const requested = langOf(argv);
  const lang: ReportLanguage = requested === "en" ? "en" : "nl";
  try {
    if (requested !== undefined && requested !== "nl" && requested !== "en") {
      io.stderr(`opkoers: --lang ${lang === "nl" ? "moet nl of en zijn" : "must be nl or en"}, ${JSON.stringify(requested)}.\n`);
      return USAGE;
    }
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(helpText(undefined, lang));
      return USAGE;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const topic = rest.find((arg) => !arg.startsWith("-"));
      io.stdout(helpText(topic !== undefined && Object.hasOwn(COMMANDS, topic) ? (topic as keyof typeof COMMANDS) : undefined, lang));
      return OK;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${io.version ?? "unknown"}\n`);
      return OK;
    }
    if (first === "--lang" || first.startsWith("--lang=")) {
      // `opkoers --lang en report …`: the language may come before the command. Every leading --lang goes to
      // the end at once, so the call below starts with something else (no endless rotation of `--lang nl`).
      let index = 0;
      while (argv[index] === "--lang" || argv[index]?.startsWith("--lang=") === true) index += argv[index] === "--lang" ? 2 : 1;
      if (index >= argv.length) {
        io.stderr(helpText(undefined, lang));
        return USAGE;
      }
      return runCli([...argv.slice(index), ...argv.slice(0, index)], io);
    }
    if (!Object.hasOwn(COMMANDS, first)) {
      io.stderr(
        `opkoers: ${lang === "nl" ? `onbekend commando ${JSON.stringify(first)}; kies uit validate, report, iv3, schema (opkoers --help).` : `unknown command ${JSON.stringify(first)}; choose from validate, report, iv3, schema (opkoers --help).`}\n`,
      );
      return USAGE;
    }
    const name = first as keyof typeof COMMANDS;
    const command = COMMANDS[name];
    const parseArgs = await loadParseArgs();
    let parsed: ReturnType<ParseArgs>;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      io.stderr(`opkoers ${name}: ${message} (opkoers ${name} --help)\n`);
      return USAGE;
    }
    if (parsed.values["help"] === true) {
      io.stdout(helpText(name, lang));
      return OK;
    }
    if (parsed.values["version"] === true) {
      io.stdout(`${io.version ?? "unknown"}\n`);
      return OK;
    }
    return await command.run(parsed.positionals, parsed.values, io, lang);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^\[opkoers\] /, "") : String(error);
    io.stderr(`opkoers: ${lang === "nl" ? "interne fout" : "internal error"}: ${message}\n`);
    return INVALID;
  }
}
