// The executable as a user runs it: a real Node process on real files (bin.ts wires node:fs and process).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "opkoers-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", pathToFileURL(join(root, "node_modules", "tsx", "dist", "esm", "index.mjs")).href, join(root, "src", "cli", "bin.ts"), ...args], { cwd: dir, encoding: "utf8", timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
});
