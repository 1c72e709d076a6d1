/**
 * Generates `src/reference/generated/iv3Definitions.ts` from the CBS Iv3
 * definition files (Bron: CBS, `statistiekcbs/iv3_definities`) in
 * `../shared/data/iv3/`, next to the repository.
 *
 *     npx tsx scripts/generate-reference.ts          # write the module
 *     npx tsx scripts/generate-reference.ts --check  # exit 1 when the committed module differs
 *
 * The output is deterministic (no dates, stable order) so that
 * `test/reference/generated.test.ts` can regenerate it in memory and compare
 * it with the committed file. The published package ships the generated
 * module only; it never reads `../shared`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The boekjaren whose CBS definition files are read. */
export const GENERATED_BOEKJAREN = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;

/** The repository root (the folder that holds `scripts/`). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the CBS files are expected: `../shared/data/iv3` next to the repository. */
export const defaultIv3Dir: string = join(repoRoot, "..", "shared", "data", "iv3");

/** The committed output. */
export const generatedModulePath: string = join(repoRoot, "src", "reference", "generated", "iv3Definitions.ts");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Node {
  readonly code: string;
  readonly label: string;
  readonly children: readonly Node[];
}

function fail(message: string): never {
  throw new Error(`generate-reference: ${message}`);
}

function obj(value: Json | undefined, where: string): JsonObject {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(`${where} is not an object`);
  return value;
}

function arr(value: Json | undefined, where: string): Json[] {
  if (!Array.isArray(value)) fail(`${where} is not an array`);
  return value;
}

function str(value: Json | undefined, where: string): string {
  if (typeof value !== "string") fail(`${where} is not a string`);
  return value;
}

function num(value: Json | undefined, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) fail(`${where} is not an integer`);
  return value;
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, "utf8")) as Json;
}

/** Read a `codelijst` tree of `{code, omschrijving, subcodes?}` (labels trimmed). */
function tree(list: Json | undefined, where: string): Node[] {
  return arr(list, where).map((item, i) => {
    const o = obj(item, `${where}[${i}]`);
    for (const key of Object.keys(o)) {
      if (key !== "code" && key !== "omschrijving" && key !== "subcodes") fail(`${where}[${i}] has an unexpected key ${key}`);
    }
    const code = str(o["code"], `${where}[${i}].code`);
    if (code !== code.trim() || code === "") fail(`${where}[${i}].code ${JSON.stringify(code)} is blank or has spaces`);
    const label = o["omschrijving"] === undefined ? "" : str(o["omschrijving"], `${where}[${i}].omschrijving`).trim();
    const children = o["subcodes"] === undefined ? [] : tree(o["subcodes"], `${where}[${i}].subcodes`);
    return { code, label, children };
  });
}

/** Strip the CBS total node (`Tot_TV`, `Tot_cat_l`, `Tot_Bal`, …) when the tree has one. */
function withoutTotals(nodes: Node[]): Node[] {
  const only = nodes[0];
  if (nodes.length === 1 && only !== undefined && only.code.startsWith("Tot_")) return withoutTotals([...only.children]);
  return nodes;
}

function leaf(node: Node, where: string): [string, string] {
  if (node.children.length > 0) fail(`${where}: ${node.code} was expected to be a leaf`);
  if (node.label === "") fail(`${where}: ${node.code} has no label`);
  return [node.code, node.label];
}

function codelijst(file: JsonObject, name: string, boekjaar: number): Node[] | undefined {
  const lists = obj(file["codelijsten"], `${boekjaar} codelijsten`);
  if (lists[name] === undefined) return undefined;
  return tree(obj(lists[name], `${boekjaar} ${name}`)["codelijst"], `${boekjaar} ${name}.codelijst`);
}

// ---- per-boekjaar extraction -------------------------------------------------------------------

interface HoofdtaakveldOut {
  code: string;
  label: string;
  taakvelden: [string, string][];
}

function taakvelden(file: JsonObject, boekjaar: number): HoofdtaakveldOut[] {
  const nodes = withoutTotals(codelijst(file, "taakveld", boekjaar) ?? fail(`${boekjaar} has no taakveld list`));
  return nodes.map((h) => {
    // A hoofdtaakveld node is "0." … "8."; its taakvelden are its leaves (the CBS list is flat below it:
    // the old parents 6.71/6.72/6.81/6.82 of 2023–2024 are siblings of their children, not nodes).
    const match = /^(\d+)\.$/.exec(h.code) ?? fail(`${boekjaar}: unexpected hoofdtaakveld code ${h.code}`);
    const code = match[1] as string;
    const items = h.children.map((t) => leaf(t, `${boekjaar} taakveld`));
    for (const [tv] of items) if (!tv.startsWith(`${code}.`)) fail(`${boekjaar}: taakveld ${tv} is not under hoofdtaakveld ${code}`);
    return { code, label: h.label, taakvelden: items };
  });
}

const GROUPS_BY_LABEL: Readonly<Record<string, string>> = {
  "Lopende Rekening": "LR",
  "Financiële Rekening": "FR",
  "Financiele Rekening": "FR",
  "Interne Verrekeningen": "IV",
};

function categorieen(file: JsonObject, name: string, boekjaar: number): Record<"LR" | "FR" | "IV", [string, string][]> {
  const nodes = withoutTotals(codelijst(file, name, boekjaar) ?? fail(`${boekjaar} has no ${name} list`));
  const out: Record<"LR" | "FR" | "IV", [string, string][]> = { LR: [], FR: [], IV: [] };
  for (const group of nodes) {
    // 2020→ the group nodes are coded LR/FR/IV; 2017–2019 they are coded by their name ("Lopende Rekening").
    const key = group.code === "LR" || group.code === "FR" || group.code === "IV" ? group.code : GROUPS_BY_LABEL[group.code];
    if (key !== "LR" && key !== "FR" && key !== "IV") fail(`${boekjaar} ${name}: unknown group ${group.code}`);
    out[key].push(...group.children.map((c) => leaf(c, `${boekjaar} ${name}`)));
  }
  return out;
}

function balanscodes(file: JsonObject, boekjaar: number): Record<"A1" | "A2" | "P1" | "P2", [string, string][]> {
  let nodes = withoutTotals(codelijst(file, "balanscode", boekjaar) ?? fail(`${boekjaar} has no balanscode list`));
  // 2020→ has Tot_Act / Tot_Pas between the total and A1/A2/P1/P2.
  nodes = nodes.flatMap((n) => (n.code === "Tot_Act" || n.code === "Tot_Pas" ? [...n.children] : [n]));
  const out: Record<"A1" | "A2" | "P1" | "P2", [string, string][]> = { A1: [], A2: [], P1: [], P2: [] };
  for (const group of nodes) {
    const key = group.code;
    if (key !== "A1" && key !== "A2" && key !== "P1" && key !== "P2") fail(`${boekjaar} balanscode: unknown group ${key}`);
    out[key].push(...group.children.map((c) => leaf(c, `${boekjaar} balanscode`)));
  }
  return out;
}

function flatList(file: JsonObject, name: string, boekjaar: number): [string, string][] | undefined {
  return codelijst(file, name, boekjaar)?.map((n) => leaf(n, `${boekjaar} ${name}`));
}

interface ScopeOut {
  periods?: number[];
  balanscodes?: string[];
  excludedTaakvelden?: string[];
  threshold?: string;
}

interface CheckOut {
  code: string;
  number: number;
  scopes: ScopeOut[];
}

function plausibilityChecks(file: JsonObject, boekjaar: number): CheckOut[] {
  if (file["controles"] !== undefined) {
    return arr(file["controles"], `${boekjaar} controles`).map((item, i) => {
      const c = obj(item, `${boekjaar} controles[${i}]`);
      const scopes = arr(c["calculaties"], `${boekjaar} controles[${i}].calculaties`).map((calc, j) => {
        const where = `${boekjaar} controles[${i}].calculaties[${j}]`;
        const o = obj(calc, where);
        const scope: ScopeOut = {};
        for (const [key, value] of Object.entries(o)) {
          if (key === "periode") scope.periods = arr(value, `${where}.periode`).map((p) => num(p, `${where}.periode`));
          else if (key === "balanscode") scope.balanscodes = arr(value, `${where}.balanscode`).map((b) => str(b, `${where}.balanscode`));
          else if (key === "uitgesloten_taakvelden") scope.excludedTaakvelden = arr(value, `${where}.uitgesloten_taakvelden`).map((t) => str(t, where));
          else fail(`${where} has an unexpected key ${key}`);
        }
        return scope;
      });
      return { code: str(c["foutcode"], `${boekjaar} controles[${i}].foutcode`), number: num(c["nummer"], `${boekjaar} controles[${i}].nummer`), scopes };
    });
  }
  // 2017–2019 ("test definitiebestand versie 1.0"): a `controlelijst` with one formula-based check,
  // "Controle 01": EMU-saldo of the lopende rekening vs. the financiële rekening, relative difference ≤ 0.01.
  // That is the check CBS later numbered PF001 ("Saldo niet-financiële rekening = saldo financiële rekening").
  const list = arr(obj(file["controlelijst"], `${boekjaar} controlelijst`)["controles"], `${boekjaar} controlelijst.controles`);
  return list.map((item, i) => {
    const c = obj(item, `${boekjaar} controlelijst.controles[${i}]`);
    const id = num(c["controle-id"], `${boekjaar} controle-id`);
    if (id !== 1) fail(`${boekjaar}: unknown controle-id ${id} in the controlelijst`);
    const steps = arr(c["definitie"], `${boekjaar} controle ${id} definitie`);
    const last = obj(steps[steps.length - 1], `${boekjaar} controle ${id} last step`);
    const threshold = str(obj(last["expressie"], `${boekjaar} controle ${id} expressie`)["check"], `${boekjaar} controle ${id} check`);
    return { code: "PF001", number: id, scopes: [{ threshold }] };
  });
}

type Side = "lasten" | "baten" | "balans_lasten" | "balans_baten";
const SIDES: readonly Side[] = ["lasten", "baten", "balans_lasten", "balans_baten"];

function greyCells(file: JsonObject, side: Side, boekjaar: number): Map<string, Set<string>> {
  const rowKey = side === "lasten" || side === "baten" ? "taakveld" : "balanscode";
  const cells = arr(obj(file["grijze_cellen"], `${boekjaar} grijze_cellen`)[side], `${boekjaar} grijze_cellen.${side}`);
  const out = new Map<string, Set<string>>();
  for (const [i, item] of cells.entries()) {
    const o = obj(item, `${boekjaar} grijze_cellen.${side}[${i}]`);
    const row = str(o[rowKey], `${boekjaar} grijze_cellen.${side}[${i}].${rowKey}`);
    const categorie = str(o["categorie"], `${boekjaar} grijze_cellen.${side}[${i}].categorie`);
    const set = out.get(row) ?? new Set<string>();
    if (set.has(categorie)) fail(`${boekjaar} grijze_cellen.${side}: ${row} × ${categorie} appears twice`);
    set.add(categorie);
    out.set(row, set);
  }
  return out;
}

/** The shorter of "these are forbidden" (`-…`) and "all but these are forbidden" (`+…`). */
function encodeRow(categories: readonly string[], forbidden: ReadonlySet<string>): string {
  const minus = categories.filter((c) => forbidden.has(c));
  if (minus.length === 0) return "-";
  const plus = categories.filter((c) => !forbidden.has(c));
  const minusText = `-${minus.join(" ")}`;
  const plusText = `+${plus.join(" ")}`;
  return plusText.length < minusText.length ? plusText : minusText;
}

// ---- assembling --------------------------------------------------------------------------------

interface Source {
  readonly repository: string;
  readonly commit: string;
}

function readSource(iv3Dir: string): Source {
  const readme = join(iv3Dir, "..", "README.md");
  if (!existsSync(readme)) fail(`${readme} not found (it names the CBS source repository and commit)`);
  const text = readFileSync(readme, "utf8");
  const repository = /GitHub `(statistiekcbs\/[^`]+)`/.exec(text)?.[1] ?? fail("no statistiekcbs repository in data/README.md");
  const commit = /HEAD\s+`([0-9a-f]{40})`/.exec(text)?.[1] ?? fail("no HEAD commit in data/README.md");
  return { repository, commit };
}

/** Group boekjaren by identical (JSON-equal) content, in boekjaar order. */
function versions<T>(perYear: readonly (readonly [number, T | undefined])[]): { years: number[]; value: T }[] {
  const out: { years: number[]; value: T; key: string }[] = [];
  for (const [year, value] of perYear) {
    if (value === undefined) continue;
    const key = JSON.stringify(value);
    const existing = out.find((v) => v.key === key);
    if (existing) existing.years.push(year);
    else out.push({ years: [year], value, key });
  }
  return out.map(({ years, value }) => ({ years, value }));
}

/** Everything the generated module holds, as plain data (also used by the tests). */
export function extractIv3Data(iv3Dir: string): Record<string, unknown> {
  const files = GENERATED_BOEKJAREN.map((year) => {
    const path = join(iv3Dir, `iv3_definities_Gemeente_${year}.json`);
    const file = obj(readJson(path), path);
    const meta = obj(file["metadata"], `${path} metadata`);
    if (String(meta["boekjaar"]) !== String(year)) fail(`${path} says boekjaar ${String(meta["boekjaar"])}`);
    if (meta["overheidslaag"] !== "Gemeente") fail(`${path} is not for gemeenten`);
    return [year, file] as const;
  });

  const taakveldVersions = versions(files.map(([y, f]) => [y, taakvelden(f, y)] as const));
  const catL = files.map(([y, f]) => [y, categorieen(f, "categorie_lasten", y)] as const);
  const catB = files.map(([y, f]) => [y, categorieen(f, "categorie_baten", y)] as const);
  const bal = files.map(([y, f]) => [y, balanscodes(f, y)] as const);

  const grijzeCellen: Record<string, Record<string, (number | string)[]>> = {};
  for (const side of SIDES) {
    const rows: Record<string, (number | string)[]> = {};
    for (const [i, [year, file]] of files.entries()) {
      const cells = greyCells(file, side, year);
      const categories = (side === "lasten" || side === "balans_lasten" ? catL : catB)[i]?.[1] ?? fail("missing categories");
      const categoryCodes = [...categories.LR, ...categories.FR, ...categories.IV].map(([c]) => c);
      const rowCodes =
        side === "lasten" || side === "baten"
          ? taakvelden(file, year).flatMap((h) => h.taakvelden.map(([c]) => c))
          : Object.values(bal[i]?.[1] ?? fail("missing balanscodes")).flatMap((g) => g.map(([c]) => c));
      for (const [row, set] of cells) {
        if (!rowCodes.includes(row)) fail(`${year} grijze_cellen.${side}: unknown row ${row}`);
        for (const c of set) if (!categoryCodes.includes(c)) fail(`${year} grijze_cellen.${side}: unknown categorie ${c}`);
      }
      for (const row of rowCodes) {
        const encoded = encodeRow(categoryCodes, cells.get(row) ?? new Set());
        const changes = (rows[row] ??= []);
        if (changes[changes.length - 1] !== encoded) changes.push(year, encoded);
      }
    }
    grijzeCellen[side] = rows;
  }

  const fouten = arr(obj(readJson(join(iv3Dir, "fouten.json")), "fouten.json")["fouten_overzicht"], "fouten_overzicht");
  const cbsErrors = fouten.map((item, i) => {
    const o = obj(item, `fouten_overzicht[${i}]`);
    return [
      str(o["foutcode"], `fouten_overzicht[${i}].foutcode`).trim(),
      str(o["omschrijving"], `fouten_overzicht[${i}].omschrijving`).trim(),
      str(o["melding"], `fouten_overzicht[${i}].melding`).trim(),
    ];
  });

  return {
    taakvelden: taakveldVersions.map(({ years, value }) => ({ years, hoofdtaakvelden: value })),
    categorieenLasten: versions(catL).map(({ years, value }) => ({ years, ...value })),
    categorieenBaten: versions(catB).map(({ years, value }) => ({ years, ...value })),
    balanscodes: versions(bal).map(({ years, value }) => ({ years, ...value })),
    kengetallen: versions(files.map(([y, f]) => [y, flatList(f, "kengetallen", y)] as const)).map(({ years, value }) => ({ years, items: value })),
    beleidsindicatorCodes: versions(files.map(([y, f]) => [y, flatList(f, "beleidsindicatoren", y)] as const)).map(({ years, value }) => ({ years, items: value })),
    plausibilityChecks: versions(files.map(([y, f]) => [y, plausibilityChecks(f, y)] as const)).map(({ years, value }) => ({ years, checks: value })),
    grijzeCellen,
    cbsErrors,
  };
}

// ---- printing ----------------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Print a value as formatted TypeScript: what fits on a line stays on one line; long lists of codes are wrapped. */
function print(value: unknown, indent: string): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => print(v, inner));
    const flat = `[${items.join(", ")}]`;
    if (!flat.includes("\n") && indent.length + flat.length <= WIDTH) return flat;
    if (isChangePoints(value)) {
      // [year, cells, year, cells, …]: one change point per line.
      const lines: string[] = [];
      for (let i = 0; i < items.length; i += 2) lines.push(`${inner}${items[i] ?? ""}, ${items[i + 1] ?? ""},`);
      return `[\n${lines.join("\n")}\n${indent}]`;
    }
    if (value.every((v) => typeof v === "string" || typeof v === "number")) {
      // A long list of codes: fill lines up to the width.
      const lines: string[] = [];
      let line = "";
      for (const item of items) {
        const next = line === "" ? `${item},` : `${line} ${item},`;
        if (line !== "" && inner.length + next.length > WIDTH) {
          lines.push(`${inner}${line}`);
          line = `${item},`;
        } else line = next;
      }
      if (line !== "") lines.push(`${inner}${line}`);
      return `[\n${lines.join("\n")}\n${indent}]`;
    }
    return `[\n${items.map((i) => `${inner}${i},`).join("\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${print(v, inner)}`);
    const flat = `{ ${entries.join(", ")} }`;
    if (!flat.includes("\n") && indent.length + flat.length <= WIDTH) return flat;
    return `{\n${entries.map((e) => `${inner}${e},`).join("\n")}\n${indent}}`;
  }
  return fail(`cannot print ${String(value)}`);
}

const WIDTH = 120;

function isChangePoints(value: readonly unknown[]): boolean {
  return value.length % 2 === 0 && value.every((v, i) => (i % 2 === 0 ? typeof v === "number" : typeof v === "string"));
}

/** One export per part, so that a bundler keeps only the parts a caller uses. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  taakvelden: "Hoofdtaakvelden and taakvelden, per distinct CBS list (`years`: the boekjaren with exactly this list).",
  categorieenLasten: "Categorieën of lasten, grouped LR / FR / IV, per distinct CBS list.",
  categorieenBaten: "Categorieën of baten, grouped LR / FR / IV, per distinct CBS list.",
  balanscodes: "Balance codes, grouped A1 / A2 / P1 / P2, per distinct CBS list.",
  kengetallen: "Kengetallen codes (fk.1 …), per distinct CBS list; none in 2017–2019.",
  beleidsindicatorCodes: "Beleidsindicatoren codes (bi.1 …), per distinct CBS list; none in 2017–2019.",
  plausibilityChecks: "The plausibility checks (controles) per distinct CBS list; 2017–2019 from the older controlelijst.",
  grijzeCellen: "Forbidden combinations (grijze cellen) per table and row, as change points: see GreyCellRows.",
  cbsErrors: "fouten.json: [code, omschrijving, melding], trimmed.",
};

/** `grijzeCellen` → `IV3_GRIJZE_CELLEN`. */
function exportName(key: string): string {
  return `IV3_${key.replace(/([A-Z])/g, "_$1").toUpperCase()}`;
}

/** The full text of the generated module. */
export function generateReferenceModule(iv3Dir: string = defaultIv3Dir): string {
  const source = readSource(iv3Dir);
  const data = extractIv3Data(iv3Dir);
  return [
    "// GENERATED FILE — DO NOT EDIT. Regenerate with `npx tsx scripts/generate-reference.ts`.",
    "//",
    "// Bron: CBS. Derived from the Iv3 definition files for gemeenten, boekjaar 2017–2026",
    `// (iv3_definities_Gemeente_<boekjaar>.json) and fouten.json in GitHub ${source.repository},`,
    `// commit ${source.commit}. CBS publishes its open data under CC BY 4.0.`,
    "// Labels are trimmed; codes are kept as strings, exactly as CBS writes them.",
    "// test/reference/generated.test.ts regenerates this module and fails when it drifts.",
    "",
    'import type { Iv3Data } from "../_internal/dataTypes.js";',
    "",
    "/** Where the data comes from (Bron: CBS). */",
    `export const IV3_SOURCE_DATA = ${print({ repository: source.repository, commit: source.commit }, "")} as const;`,
    "",
    ...Object.entries(data).flatMap(([key, value]) => [
      `/** ${DESCRIPTIONS[key] ?? fail(`no description for ${key}`)} */`,
      `export const ${exportName(key)}: Iv3Data[${JSON.stringify(key)}] = ${print(value, "")};`,
      "",
    ]),
  ].join("\n");
}

function main(): void {
  if (!existsSync(defaultIv3Dir)) fail(`${defaultIv3Dir} not found: the CBS files live in ../shared/data/iv3 next to the repository`);
  const text = generateReferenceModule(defaultIv3Dir);
  if (process.argv.includes("--check")) {
    const current = existsSync(generatedModulePath) ? readFileSync(generatedModulePath, "utf8") : "";
    if (current !== text) {
      process.stderr.write(`${generatedModulePath} is out of date; run npx tsx scripts/generate-reference.ts\n`);
      process.exit(1);
    }
    process.stdout.write(`${generatedModulePath} is up to date (${Buffer.byteLength(text)} bytes)\n`);
    return;
  }
  writeFileSync(generatedModulePath, text);
  process.stdout.write(`wrote ${generatedModulePath} (${Buffer.byteLength(text)} bytes)\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
