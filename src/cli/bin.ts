// The `opkoers` executable: wires runCli to the real file system, streams, clock and exit code. This is the
// only file of the library that touches Node's I/O. Node built-ins are reached through specifiers that
// TypeScript does not resolve and `globalThis.process`, so that the library's build (which has no Node
// types) type-checks; at run time they are Node's own.
import { nodeIdentify, writeFileAtomically, type NodeFsPromises } from "./_internal/files.js";
import { runCli } from "./runCli.js";

interface NodeStream {
  write(text: string, callback: (error?: Error | null) => void): boolean;
  on(event: "error", listener: (error: Error) => void): unknown;
}
interface NodeProcess {
  readonly argv: readonly string[];
  readonly stdout: NodeStream;
  readonly stderr: NodeStream;
  exitCode?: number;
  once(event: "beforeExit", listener: () => void): unknown;
}
interface NodeFs extends NodeFsPromises {
  readFile(path: string | URL): Promise<Uint8Array>;
  readFile(path: string | URL, encoding: "utf8"): Promise<string>;
}

const FS: string = "node:fs/promises";
const proc = (globalThis as unknown as { process: NodeProcess }).process;
const fs = (await import(FS)) as NodeFs;

/** The version in package.json, two folders up from this file both in src/cli/ and in dist/cli/. */
async function version(): Promise<string | undefined> {
  for (const relative of ["../../package.json", "../package.json"]) {
    try {
      const json = JSON.parse(await fs.readFile(new URL(relative, import.meta.url), "utf8")) as { name?: unknown; version?: unknown };
      if (json.name === "opkoers" && typeof json.version === "string") return json.version;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/**
 * A standard stream that a closed pipe ends quietly. `opkoers report | head` closes the pipe after ten lines:
 * the write fails with EPIPE (on the stream's 'error' event or in the write's callback, depending on when Node
 * notices). That is a normal end, as for `git log | head`: no stack trace, nothing more is written, and the
 * exit code stays the command's own. Any other write error (a full disk behind `> file`) is said once on
 * stderr (if it can still be written) and makes the exit code 2, as a failed `--out` does.
 */
function guarded(stream: NodeStream): (text: string) => void {
  let closed = false;
  const failed = (error: Error | null | undefined): void => {
    if (error === null || error === undefined || closed) return;
    closed = true;
    if ((error as { code?: unknown }).code === "EPIPE") return;
    writeError = true;
    if (stream !== proc.stderr) {
      try {
        proc.stderr.write(`opkoers: ${english ? "cannot write to standard output" : "kan niet naar de standaarduitvoer schrijven"}: ${error.message}\n`, () => {});
      } catch {
        // stderr is gone too: the exit code says it
      }
    }
  };
  stream.on("error", failed);
  return (text) => {
    if (closed) return;
    try {
      stream.write(text, failed);
    } catch (error) {
      failed(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

let writeError = false;
/** The language of the one sentence bin.ts itself may write (runCli reads --lang for everything else). */
const english = proc.argv.some((arg, i) => arg === "--lang=en" || (arg === "--lang" && proc.argv[i + 1] === "en"));
const stdout = guarded(proc.stdout);
const stderr = guarded(proc.stderr);
const found = await version();
const code = await runCli(proc.argv.slice(2), {
  readFile: (path) => fs.readFile(path),
  // A temporary file in the same folder, renamed over the target: never a half-written output.
  writeFile: (path, content) => writeFileAtomically(fs, path, content),
  identify: (path) => nodeIdentify(fs, path),
  stdout,
  stderr,
  ...(found === undefined ? {} : { version: found }),
  now: () => new Date(),
});
proc.exitCode = code;
// A write error noticed after runCli returned (the last write's callback) still sets the exit code.
proc.once("beforeExit", () => {
  if (writeError && proc.exitCode === 0) proc.exitCode = 2;
});
