// The `opkoers` executable: wires runCli to the real file system, streams, clock and exit code. This is the
// only file of the library that touches Node's I/O. Node built-ins are reached through specifiers that
// TypeScript does not resolve and `globalThis.process`, so that the library's build (which has no Node
// types) type-checks; at run time they are Node's own.
import { nodeIdentify, writeFileAtomically, type NodeFsPromises } from "./_internal/files.js";
import { runCli } from "./runCli.js";

interface NodeProcess {
  readonly argv: readonly string[];
  readonly stdout: { write(text: string): boolean };
  readonly stderr: { write(text: string): boolean };
  exitCode?: number;
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

const found = await version();
proc.exitCode = await runCli(proc.argv.slice(2), {
  readFile: (path) => fs.readFile(path),
  // A temporary file in the same folder, renamed over the target: never a half-written output.
  writeFile: (path, content) => writeFileAtomically(fs, path, content),
  identify: (path) => nodeIdentify(fs, path),
  stdout: (text) => void proc.stdout.write(text),
  stderr: (text) => void proc.stderr.write(text),
  ...(found === undefined ? {} : { version: found }),
  now: () => new Date(),
});
