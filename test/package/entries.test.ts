import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entries } from "../../tsup.config.js";

// The exports map, the tsup entries, the typedoc entry points and the packed files must name the same layers.
const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  files: string[];
};
const typedoc = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { entryPoints: string[] };
const gitignore = readFileSync(join(root, ".gitignore"), "utf8").split("\n");

const layers = Object.keys(pkg.exports)
  .filter((key) => key !== "." && key !== "./package.json" && !key.includes("*"))
  .map((key) => key.slice(2))
  .sort();

describe("package entry points", () => {
  it("tsup builds exactly the exported layers", () => {
    expect(Object.values(entries).sort()).toEqual(["src/index.ts", ...layers.map((layer) => `src/${layer}/index.ts`)].sort());
  });
  it("typedoc documents exactly the exported layers", () => {
    expect([...typedoc.entryPoints].sort()).toEqual(["src/index.ts", ...layers.map((layer) => `src/${layer}/index.ts`)].sort());
  });
  it("every layer's node10 stub folder is packed and git-ignored", () => {
    for (const layer of layers) {
      expect(pkg.files).toContain(layer);
      expect(gitignore).toContain(`/${layer}/`);
    }
  });
  it("every export has types first and both module systems", () => {
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (key === "./package.json" || key.includes("*")) continue;
      const target = value as { import: Record<string, string>; require: Record<string, string> };
      expect(Object.keys(target.import)[0]).toBe("types");
      expect(Object.keys(target.require)[0]).toBe("types");
      expect(target.require["default"]).toMatch(/\.cjs$/);
      expect(target.import["default"]).toMatch(/\.js$/);
    }
  });
});
