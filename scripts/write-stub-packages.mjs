// For resolvers that ignore package.json "exports" (TypeScript's moduleResolution "node10", old bundlers),
// write <subpath>/package.json stubs that point into dist/. Generated at build time, git-ignored, packed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const written = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (subpath === "." || subpath === "./package.json" || subpath.includes("*")) continue;
  const name = subpath.slice(2);
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const stub = {
    main: `../${target.require.default.slice(2)}`,
    module: `../${target.import.default.slice(2)}`,
    types: `../${target.require.types.slice(2)}`,
    sideEffects: false,
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(stub, null, 2)}\n`);
  written.push(name);
}
process.stdout.write(`stub packages: ${written.join(", ")}\n`);
