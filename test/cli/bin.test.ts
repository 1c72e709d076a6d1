// The executable as a user runs it: a real Node process on real files (bin.ts wires node:fs and process).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { IV3_ENVELOPE } from "./_io.js";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "opkoers-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const binArgs = (args: readonly string[]): string[] => ["--import", pathToFileURL(join(root, "node_modules", "tsx", "dist", "esm", "index.mjs")).href, join(root, "src", "cli", "bin.ts"), ...args];

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, binArgs(args), { cwd: dir, encoding: "utf8", timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run bin.ts with its stdout on a pipe that the reader closes after the first chunk, as `| head -c 100` does. */
function runIntoClosedPipe(...args: string[]): Promise<{ status: number | null; signal: string | null; received: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, binArgs(args), { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let received = 0;
    let stderr = "";
    child.stdout.once("data", (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy(); // the reader has seen enough: the pipe closes while opkoers still writes
    });
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, received, stderr }));
  });
}

describe("bin.ts in a real process", () => {
  it("prints the version of package.json", () => {
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(run("--version")).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it("writes the HTML report of the bundled example to a file", () => {
    const result = run("report", "--format", "html", "--out", "r.html", "--as-of", "2024-10-20");
    expect(result).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(dir, "r.html"), "utf8")).toMatch(/^<!doctype html>/);
  });

  it("refuses --out that is its own input (same name, absolute path, symbolic link) and leaves the input intact (issue 18)", () => {
    const input = '{"type": "begroting", "year": 2024}';
    writeFileSync(join(dir, "in.json"), input);
    symlinkSync(join(dir, "in.json"), join(dir, "in-link.json"));
    for (const out of ["./in.json", join(dir, "in.json"), "in-link.json"]) {
      const result = run("report", "in.json", "--out", out, "--lang", "en");
      expect(result, out).toMatchObject({ status: 2, stdout: "", stderr: `opkoers: --out ${out} is the input file in.json; opkoers does not overwrite its input. Choose another output file.\n` });
      expect(readFileSync(join(dir, "in.json"), "utf8")).toBe(input);
    }
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("exits 1 with one sentence on a truncated file", () => {
    writeFileSync(join(dir, "half.json"), '{"type": "begroting", "programmes": [');
    const result = run("validate", "half.json", "--lang", "en");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("opkoers: half.json is not complete JSON: it ends in the middle (line 1, column 38) — was the file cut off?\n");
  });

  it("ends quietly with exit 0 when the reader closes the pipe early: report --format json | head (issue 19)", async () => {
    // The bundled example's JSON report (about 90 kB), and a report of eight envelopes (several times the 64 kB
    // of a pipe's buffer), so that opkoers is certainly still writing when the pipe closes.
    writeFileSync(join(dir, "many.json"), JSON.stringify(Array.from({ length: 8 }, () => JSON.parse(IV3_ENVELOPE) as unknown)));
    for (const args of [["report", "--format", "json"], ["report", "many.json", "--format", "json", "--lang", "en"]]) {
      const result = await runIntoClosedPipe(...args);
      expect(result.received, args.join(" ")).toBeGreaterThan(0);
      expect(result, args.join(" ")).toMatchObject({ status: 0, signal: null, stderr: "" });
    }
  });

  it.skipIf(!existsSync("/dev/full"))(`says once that standard output cannot be written (a full disk) and exits 2, without a stack trace${existsSync("/dev/full") ? "" : " (skipped: this system has no /dev/full to write to)"}`, async () => {
    const full = openSync("/dev/full", "w");
    try {
      const result = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, binArgs(["report", "--format", "json", "--lang", "en"]), { cwd: dir, stdio: ["ignore", full, "pipe"] });
        let stderr = "";
        child.stderr?.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, stderr }));
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^opkoers: cannot write to standard output: ENOSPC[^\n]*\n$/);
    } finally {
      closeSync(full);
    }
  });
});
