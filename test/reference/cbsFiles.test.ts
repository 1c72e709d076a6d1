import { describe, expect, it } from "vitest";
import {
  BOEKJAREN,
  balanscodesOf,
  beleidsindicatorCodesOf,
  categorieenBatenOf,
  categorieenLastenOf,
  cbsErrorMessage,
  forbiddenCombinationsOf,
  hoofdtaakveldenOf,
  kengetallenOf,
  plausibilityChecksOf,
  taakveldenOf,
} from "opkoers/reference";
import { leaves, readCbsFile, readFouten, skipReason, type CbsFile } from "./_shared.js";

// Compares the shipped lists with the CBS files themselves, read here independently of the generator.
describe.skipIf(skipReason !== undefined)(`the lists equal the CBS files exactly${skipReason === undefined ? "" : ` (skipped: ${skipReason})`}`, () => {
  // Read when a test first asks: a skipped describe still runs this callback, so reading here would fail with
  // ENOENT in a clone that has no ../shared beside it.
  const files = new Map<number, CbsFile>();
  const file = (year: number): CbsFile => {
    let read = files.get(year);
    if (read === undefined) files.set(year, (read = readCbsFile(year)));
    return read;
  };

  it.each(BOEKJAREN)("%i: taakvelden — codes, trimmed labels, hoofdtaakveld and order", (year) => {
    const expected = leaves(file(year), "taakveld").map(({ code, label, ancestors }) => ({
      code,
      label: label.trim(),
      hoofdtaakveld: (ancestors[ancestors.length - 1] ?? "").replace(/\.$/, ""),
    }));
    expect(taakveldenOf(year).map(({ code, label, hoofdtaakveld }) => ({ code, label, hoofdtaakveld }))).toEqual(expected);
    const tree = file(year).codelijsten["taakveld"]?.codelijst ?? [];
    const heads = tree.length === 1 && tree[0]?.code === "Tot_TV" ? (tree[0].subcodes ?? []) : tree;
    expect(hoofdtaakveldenOf(year)).toEqual(heads.map((h) => ({ code: h.code.replace(/\.$/, ""), label: (h.omschrijving ?? "").trim() })));
  });

  it.each([
    ["categorie_lasten", categorieenLastenOf],
    ["categorie_baten", categorieenBatenOf],
  ] as const)("%s: every boekjaar, codes, trimmed labels and group", (list, of) => {
    const group = (name: string | undefined): string =>
      ({ LR: "LR", FR: "FR", IV: "IV", "Lopende Rekening": "LR", "Financiële Rekening": "FR", "Interne Verrekeningen": "IV" })[name ?? ""] ?? `unknown ${name}`;
    for (const year of BOEKJAREN) {
      const expected = leaves(file(year), list).map(({ code, label, ancestors }) => ({ code, label: label.trim(), group: group(ancestors[ancestors.length - 1]) }));
      expect(of(year), `${list} ${year}`).toEqual(expected);
    }
  });

  it("balanscode: every boekjaar, codes, trimmed labels, group and side", () => {
    for (const year of BOEKJAREN) {
      const expected = leaves(file(year), "balanscode").map(({ code, label, ancestors }) => {
        const group = ancestors[ancestors.length - 1] ?? "";
        return { code, label: label.trim(), group, side: group.startsWith("A") ? "activa" : "passiva" };
      });
      expect(balanscodesOf(year), `balanscode ${year}`).toEqual(expected);
    }
  });

  it("kengetallen and beleidsindicatoren codes: every boekjaar (none in the 2017–2019 files)", () => {
    for (const year of BOEKJAREN) {
      const trimmed = (list: string) => leaves(file(year), list).map(({ code, label }) => ({ code, label: label.trim() }));
      expect(kengetallenOf(year), `kengetallen ${year}`).toEqual(trimmed("kengetallen"));
      expect(beleidsindicatorCodesOf(year), `beleidsindicatoren ${year}`).toEqual(trimmed("beleidsindicatoren"));
    }
  });

  it.each(BOEKJAREN)("%i: forbidden combinations equal grijze_cellen, per table", (year) => {
    for (const side of ["lasten", "baten", "balans_lasten", "balans_baten"] as const) {
      const rowKey = side === "lasten" || side === "baten" ? "taakveld" : "balanscode";
      const expected = (file(year).grijze_cellen[side] ?? []).map((cell) => `${cell[rowKey] ?? "?"} × ${cell["categorie"] ?? "?"}`).sort();
      const actual = forbiddenCombinationsOf(side, year).map((c) => `${"taakveld" in c ? c.taakveld : c.balanscode} × ${c.categorie}`).sort();
      expect(actual.length, `${side} ${year}: count`).toBe(expected.length);
      expect(actual, `${side} ${year}`).toEqual(expected);
    }
  });

  it("plausibility checks: from 2020 exactly the controles of the file", () => {
    for (const year of BOEKJAREN.filter((y) => y >= 2020)) {
      const expected = (file(year).controles ?? []).map((c) => ({
        code: c.foutcode,
        number: c.nummer,
        scopes: c.calculaties.map((calc) => ({
          ...(calc["periode"] === undefined ? {} : { periods: calc["periode"] }),
          ...(calc["balanscode"] === undefined ? {} : { balanscodes: calc["balanscode"] }),
          ...(calc["uitgesloten_taakvelden"] === undefined ? {} : { excludedTaakvelden: calc["uitgesloten_taakvelden"] }),
        })),
      }));
      expect(plausibilityChecksOf(year).map(({ code, number, scopes }) => ({ code, number, scopes })), `controles ${year}`).toEqual(expected);
    }
  });

  it("CBS error messages: every entry of fouten.json, trimmed", () => {
    for (const entry of readFouten()) {
      const error = cbsErrorMessage(entry.foutcode);
      expect(error).toEqual({ code: entry.foutcode.trim(), summary: entry.omschrijving.trim(), message: entry.melding.trim() });
    }
  });
});
