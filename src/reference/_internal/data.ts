import {
  IV3_BALANSCODES,
  IV3_BELEIDSINDICATOR_CODES,
  IV3_CATEGORIEEN_BATEN,
  IV3_CATEGORIEEN_LASTEN,
  IV3_GRIJZE_CELLEN,
  IV3_KENGETALLEN,
  IV3_TAAKVELDEN,
} from "../generated/iv3Definitions.js";
import type { CodeLabel, GreyCellRows, Versioned } from "./dataTypes.js";
import { fail } from "./fail.js";
import type { Balanscode, Boekjaar, Categorie, CategorieGroup, Hoofdtaakveld, Iv3Code, Taakveld } from "../types.js";

/** The version of a list that holds `boekjaar`, if any. */
export function versionOf<T extends Versioned>(versions: readonly T[], boekjaar: Boekjaar): T | undefined {
  return versions.find((v) => v.years.includes(boekjaar));
}

function cached<T>(compute: (boekjaar: Boekjaar) => T): (boekjaar: Boekjaar) => T {
  const cache = new Map<Boekjaar, T>();
  return (boekjaar) => {
    let value = cache.get(boekjaar);
    if (value === undefined) {
      value = compute(boekjaar);
      cache.set(boekjaar, value);
    }
    return value;
  };
}

/** A frozen list with an index by code. */
export interface Indexed<T extends { readonly code: string }> {
  readonly list: readonly T[];
  readonly byCode: ReadonlyMap<string, T>;
}

function indexed<T extends { readonly code: string }>(items: T[]): Indexed<T> {
  const list = Object.freeze(items.map((item) => Object.freeze(item)));
  return { list, byCode: new Map(list.map((item) => [item.code, item])) };
}

/** The forbidden categorieën per row code of one table in one boekjaar. */
export type GreyCellIndex = ReadonlyMap<string, ReadonlySet<string>>;

function decodeRows(rows: GreyCellRows, rowCodes: readonly string[], categories: readonly string[], boekjaar: Boekjaar): GreyCellIndex {
  const out = new Map<string, ReadonlySet<string>>();
  for (const row of rowCodes) {
    const changes = rows[row] ?? [];
    let cells = "-";
    for (let i = 0; i + 1 < changes.length && (changes[i] as number) <= boekjaar; i += 2) cells = changes[i + 1] as string;
    const listed = cells.length > 1 ? cells.slice(1).split(" ") : [];
    const forbidden = cells.startsWith("+") ? categories.filter((c) => !listed.includes(c)) : listed;
    out.set(row, new Set(forbidden));
  }
  return out;
}

const codesOf = (items: readonly { readonly code: string }[]): string[] => items.map((i) => i.code);

/** Hoofdtaakvelden and taakvelden of a boekjaar (taakvelden with `bookable` derived from the grijze cellen). */
export const taakveldIndex = /* @__PURE__ */ cached((boekjaar): Indexed<Taakveld> & { readonly hoofdtaakvelden: readonly Hoofdtaakveld[] } => {
  const version = versionOf(IV3_TAAKVELDEN, boekjaar) ?? fail("unknown_boekjaar", `No CBS taakveld list for ${boekjaar}.`, { boekjaar });
  const lasten = greyCellsOfRows("lasten", boekjaar, version.hoofdtaakvelden.flatMap((h) => h.taakvelden.map(([code]) => code)));
  const baten = greyCellsOfRows("baten", boekjaar, version.hoofdtaakvelden.flatMap((h) => h.taakvelden.map(([code]) => code)));
  const nLasten = categorieIndex("lasten", boekjaar).list.length;
  const nBaten = categorieIndex("baten", boekjaar).list.length;
  const taakvelden = version.hoofdtaakvelden.flatMap((h) =>
    h.taakvelden.map(([code, label]): Taakveld => ({
      code,
      label,
      hoofdtaakveld: h.code,
      bookable: !((lasten.get(code)?.size ?? 0) === nLasten && (baten.get(code)?.size ?? 0) === nBaten),
    })),
  );
  return { ...indexed(taakvelden), hoofdtaakvelden: Object.freeze(version.hoofdtaakvelden.map(({ code, label }) => Object.freeze({ code, label }))) };
});

const GROUPS: readonly CategorieGroup[] = ["LR", "FR", "IV"];

/** The categorieën of lasten or baten in a boekjaar. */
export const categorieIndex = (side: "lasten" | "baten", boekjaar: Boekjaar): Indexed<Categorie> => (side === "lasten" ? lastenIndex(boekjaar) : batenIndex(boekjaar));

const categorieen = (side: "lasten" | "baten"): ((boekjaar: Boekjaar) => Indexed<Categorie>) =>
  cached((boekjaar): Indexed<Categorie> => {
    const versions = side === "lasten" ? IV3_CATEGORIEEN_LASTEN : IV3_CATEGORIEEN_BATEN;
    const version = versionOf(versions, boekjaar) ?? fail("unknown_boekjaar", `No CBS categorie list for ${boekjaar}.`, { boekjaar });
    return indexed(GROUPS.flatMap((group) => version[group].map(([code, label]: CodeLabel): Categorie => ({ code, label, group }))));
  });
const lastenIndex = /* @__PURE__ */ categorieen("lasten");
const batenIndex = /* @__PURE__ */ categorieen("baten");

/** The balance codes of a boekjaar. */
export const balanscodeIndex = /* @__PURE__ */ cached((boekjaar): Indexed<Balanscode> => {
  const version = versionOf(IV3_BALANSCODES, boekjaar) ?? fail("unknown_boekjaar", `No CBS balanscode list for ${boekjaar}.`, { boekjaar });
  const groups = ["A1", "A2", "P1", "P2"] as const;
  return indexed(
    groups.flatMap((group) => version[group].map(([code, label]): Balanscode => ({ code, label, group, side: group.startsWith("A") ? "activa" : "passiva" }))),
  );
});

/** A short code list (kengetallen, beleidsindicatoren) of a boekjaar; empty when the file has none (2017–2019). */
export function shortList(which: "kengetallen" | "beleidsindicatorCodes", boekjaar: Boekjaar): readonly Iv3Code[] {
  return shortLists[which](boekjaar);
}
const shortLists = {
  kengetallen: /* @__PURE__ */ cached((boekjaar) => freezeCodes(versionOf(IV3_KENGETALLEN, boekjaar)?.items ?? [])),
  beleidsindicatorCodes: /* @__PURE__ */ cached((boekjaar) => freezeCodes(versionOf(IV3_BELEIDSINDICATOR_CODES, boekjaar)?.items ?? [])),
};
function freezeCodes(items: readonly CodeLabel[]): readonly Iv3Code[] {
  return Object.freeze(items.map(([code, label]) => Object.freeze({ code, label })));
}

type Side = "lasten" | "baten" | "balans_lasten" | "balans_baten";

function greyCellsOfRows(side: Side, boekjaar: Boekjaar, rowCodes: readonly string[]): GreyCellIndex {
  const categories = codesOf(categorieIndex(side === "lasten" || side === "balans_lasten" ? "lasten" : "baten", boekjaar).list);
  return decodeRows(IV3_GRIJZE_CELLEN[side], rowCodes, categories, boekjaar);
}

const greyCache = new Map<string, GreyCellIndex>();

/** The grijze cellen (forbidden combinations) of one table in one boekjaar. */
export function greyCells(side: Side, boekjaar: Boekjaar): GreyCellIndex {
  const key = `${side} ${boekjaar}`;
  let index = greyCache.get(key);
  if (index === undefined) {
    const rows = side === "lasten" || side === "baten" ? codesOf(taakveldIndex(boekjaar).list) : codesOf(balanscodeIndex(boekjaar).list);
    index = greyCellsOfRows(side, boekjaar, rows);
    greyCache.set(key, index);
  }
  return index;
}


export { assertBoekjaar, assertCodeString, describe, FIRST_BOEKJAAR, LAST_BOEKJAAR, unknownCode } from "./assert.js";
