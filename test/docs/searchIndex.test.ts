import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Application, TSConfigReader } from "typedoc";
import { afterAll, describe, expect, it } from "vitest";
import { duplicateSearchEntries, navigationReferences, readSearchRows, REFERENCE_KIND } from "./searchIndex.mjs";

// The docs search lists each symbol once (issue 19). opkoers's root entry point re-exports every layer and
// every layer re-exports DomainError; typedoc indexed each re-export as well ("allocate" twice, DomainError ten
// times), and listed each in the navigation. scripts/typedoc-search-once.mjs leaves them out of the search index
// and typedoc.json's navigation.excludeReferences out of the navigation. Here a small site with the same shape
// (a layer, and a root that re-exports it) is built with and without those settings; the real site is checked
// the same way by the e2e test after `npm run docs`.
const root = join(import.meta.dirname, "..", "..");
mkdirSync(join(root, "test", ".examples"), { recursive: true });
const dir = mkdtempSync(join(root, "test", ".examples", "search-"));

writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true }, files: ["money.ts", "index.ts"] }));
writeFileSync(join(dir, "money.ts"), '/** @module money */\n/** Add two amounts. */\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n');
writeFileSync(join(dir, "index.ts"), '/** @module root */\nexport * from "./money.js";\n');

// The settings of the repository's typedoc.json that this is about: its plugins and its navigation options.
const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { plugin?: string[]; navigation?: Record<string, boolean> };
const repoSettings = { plugin: (config.plugin ?? []).map((path) => join(root, path)), navigation: config.navigation ?? {} };

async function build(settings: { plugin: readonly string[]; navigation: Record<string, boolean> }, out: string): Promise<void> {
  // Only the test project's tsconfig: not the repository's typedoc.json (its entry points and plugin).
  const app = await Application.bootstrapWithPlugins({
    name: "search test",
    entryPoints: [join(dir, "money.ts"), join(dir, "index.ts")],
    tsconfig: join(dir, "tsconfig.json"),
    plugin: [...settings.plugin],
    navigation: settings.navigation,
    readme: "none",
    logLevel: "Error",
    disableSources: true,
    validation: { notExported: false, invalidLink: true, notDocumented: false },
  }, [new TSConfigReader()]);
  const project = await app.convert();
  if (project === undefined) throw new Error("typedoc could not convert the test project");
  await app.generateDocs(project, out);
}

describe("the docs search index", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("with the settings of typedoc.json, search and navigation list a re-exported function once (without them, twice)", async () => {
    const without = join(dir, "site-without");
    await build({ plugin: [], navigation: {} }, without);
    // Without them the root's re-export is a second entry: the test site has the shape of the problem.
    expect(readSearchRows(without).filter((row) => row.name === "add").map((row) => row.kind)).toContain(REFERENCE_KIND);
    expect(duplicateSearchEntries(readSearchRows(without))).toEqual(["add is listed again as a re-export in root (modules/root.html#add)"]);
    expect(navigationReferences(without)).toEqual(["root/add"]);

    const withSettings = join(dir, "site-with");
    await build(repoSettings, withSettings);
    expect(readSearchRows(withSettings).filter((row) => row.name === "add").map((row) => row.url)).toEqual(["functions/money.add.html"]);
    expect(duplicateSearchEntries(readSearchRows(withSettings))).toEqual([]);
    expect(navigationReferences(withSettings)).toEqual([]);
  }, 60_000);

  it("typedoc.json loads the plugin and leaves references out of the navigation", () => {
    expect(config.plugin).toContain("./scripts/typedoc-search-once.mjs");
    expect(config.navigation?.["excludeReferences"]).toBe(true);
  });

  it("finds a name listed twice in one place", () => {
    const row = { kind: 64, name: "add", url: "functions/money.add.html", parent: "money" };
    expect(duplicateSearchEntries([row, { ...row }])).toEqual(["add in money is listed twice (functions/money.add.html, functions/money.add.html)"]);
    expect(duplicateSearchEntries([row, { ...row, parent: "budget", url: "functions/budget.add.html" }])).toEqual([]);
  });
});
