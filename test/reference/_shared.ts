import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The CBS files next to the repository (CI has ../shared beside the clone). */
export const iv3Dir = join(import.meta.dirname, "..", "..", "..", "shared", "data", "iv3");

/** Why the tests that read the CBS files are skipped, or `undefined` when the files are there. */
export const skipReason: string | undefined = existsSync(join(iv3Dir, "iv3_definities_Gemeente_2026.json"))
  ? undefined
  : `../shared/data/iv3 not found at ${iv3Dir}: the comparison with the CBS files needs the shared data folder next to the repository`;

interface CbsNode {
  readonly code: string;
  readonly omschrijving?: string;
  readonly subcodes?: readonly CbsNode[];
}

export interface CbsFile {
  readonly codelijsten: Readonly<Record<string, { readonly codelijst: readonly CbsNode[] }>>;
  readonly grijze_cellen: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>>;
  readonly controles?: readonly { readonly foutcode: string; readonly nummer: number; readonly calculaties: readonly Readonly<Record<string, unknown>>[] }[];
}

export function readCbsFile(year: number): CbsFile {
  return JSON.parse(readFileSync(join(iv3Dir, `iv3_definities_Gemeente_${year}.json`), "utf8")) as CbsFile;
}

export function readFouten(): readonly { readonly foutcode: string; readonly omschrijving: string; readonly melding: string }[] {
  return (JSON.parse(readFileSync(join(iv3Dir, "fouten.json"), "utf8")) as { fouten_overzicht: { foutcode: string; omschrijving: string; melding: string }[] }).fouten_overzicht;
}

/** The leaves of a CBS code list, in file order, with the raw (untrimmed) label and the codes of their ancestors. */
export function leaves(file: CbsFile, list: string): { code: string; label: string; ancestors: string[] }[] {
  const out: { code: string; label: string; ancestors: string[] }[] = [];
  const walk = (nodes: readonly CbsNode[], ancestors: string[]): void => {
    for (const node of nodes) {
      if (node.subcodes !== undefined && node.subcodes.length > 0) walk(node.subcodes, [...ancestors, node.code]);
      else out.push({ code: node.code, label: node.omschrijving ?? "", ancestors });
    }
  };
  walk(file.codelijsten[list]?.codelijst ?? [], []);
  return out;
}
