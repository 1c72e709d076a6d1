// Shared helpers for the io tests (not a test file itself).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
// The named export: under NodeNext the default import of this CommonJS package is typed as the module object.
import { Ajv } from "ajv";
import { fc } from "@fast-check/vitest";
import type { BudgetLine } from "opkoers/budget";
import type { Cents } from "opkoers/money";
import { categorieenBatenOf, categorieenLastenOf, isForbiddenCombination, taakveldenOf } from "opkoers/reference";
import type { Iv3Delivery, Iv3DeliveryOptions } from "opkoers/io";

const root = join(import.meta.dirname, "..", "..");
export const sharedData = join(root, "..", "shared", "data");
export const CBS_CSV = join(sharedData, "cbs-iv3-2023-jaarrekening-gemeenten-per-taakveld.csv");
export const SHARED_SCHEMA = join(sharedData, "iv3", "iv3_data_schema_v2_1_1.json");
/** CBS's schema, copied into the repository (see test/fixtures/iv3/README.md), so the ajv tests run without ../shared. */
export const FIXTURE_SCHEMA = join(root, "test", "fixtures", "iv3", "iv3_data_schema_v2_1_1.json");

export const csvSkipReason: string | undefined = existsSync(CBS_CSV)
  ? undefined
  : `${CBS_CSV} is not there: the real-data tests need the ../shared folder next to the repository`;

/**
 * A JSON Schema validator for CBS's Iv3 schema (ajv, draft-07). `unicodeRegExp: false` because the
 * schema's `datum` pattern contains `\[0-9]+`, which is not a valid regular expression in Unicode mode
 * (ajv's default) — it is in the plain mode of JavaScript and of most JSON Schema validators. The schema
 * uses no `format` keyword, so ajv-formats is not needed.
 */
export function cbsValidator(): (data: unknown) => boolean {
  const schema = JSON.parse(readFileSync(FIXTURE_SCHEMA, "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  return (data) => validate(data);
}

/** The validator, with its errors, for failure messages. */
export function cbsValidatorWithErrors(): (data: unknown) => { valid: boolean; errors: unknown } {
  const schema = JSON.parse(readFileSync(FIXTURE_SCHEMA, "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  return (data) => ({ valid: validate(data), errors: validate.errors });
}

export const deliveryOptions = (boekjaar: number, periode: Iv3DeliveryOptions["periode"] = 5): Iv3DeliveryOptions => ({
  boekjaar,
  periode,
  overheidsnummer: "0141",
  overheidsnaam: "Almelo",
  datum: "2024-07-10T09:00:00Z",
  contact: { naam: "P. Afzender", email: "p.afzender@almelo.nl", telefoon: "0546 541 111" },
});

export const emptyDelivery = (boekjaar = 2023, periode: Iv3DeliveryOptions["periode"] = 5): Iv3Delivery => ({
  metadata: {
    overheidslaag: "Gemeente",
    overheidsnummer: "0141",
    overheidsnaam: "Almelo",
    boekjaar,
    periode,
    status: periode === 0 ? "Begroting" : "Realisatie",
    datum: "2024-07-10T09:00:00Z",
    details_openbaar: false,
    financieel_pakket: "onbekend",
    export_software: "opkoers",
  },
  contact: { naam: "P. Afzender", email: "p.afzender@almelo.nl", telefoon: "0546 541 111" },
  data: { lasten: [], baten: [], balans_lasten: [], balans_baten: [], balans_standen: [] },
});

/** A categorie that CBS allows on this taakveld and side in this year: the first of `preferred`, else the first in the list. */
export function allowedCategorie(side: "lasten" | "baten", taakveld: string, year: number, preferred: readonly string[] = ["3.8"]): string | undefined {
  const list = (side === "lasten" ? categorieenLastenOf(year) : categorieenBatenOf(year)).map((c) => c.code);
  for (const categorie of [...preferred.filter((c) => list.includes(c)), ...list]) {
    if (!isForbiddenCombination({ side, taakveld, categorie }, year)) return categorie;
  }
  return undefined;
}

/** Allowed cells (taakveld × categorie, per side) of a year: bookable taakvelden, no grijze cellen. */
export function allowedCells(year: number): { readonly lasten: readonly [string, string][]; readonly baten: readonly [string, string][] } {
  const cells = (side: "lasten" | "baten"): [string, string][] => {
    const out: [string, string][] = [];
    const categorieen = (side === "lasten" ? categorieenLastenOf(year) : categorieenBatenOf(year)).map((c) => c.code);
    for (const t of taakveldenOf(year)) {
      if (!t.bookable) continue;
      for (const c of categorieen) if (!isForbiddenCombination({ side, taakveld: t.code, categorie: c }, year)) out.push([t.code, c]);
    }
    return out;
  };
  return { lasten: cells("lasten"), baten: cells("baten") };
}

/** Everyday amounts (up to ± € 10 mln) and some large ones. */
export const amount: fc.Arbitrary<Cents> = fc
  .oneof(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: -(2 ** 44), max: 2 ** 44 }), fc.constantFrom(0, 1, -1, 49_999, 50_000, 50_001, 99_999, 100_000))
  .map((n) => n as Cents);

/** Budget lines of one year and phase on allowed cells (valid for CBS). */
export function validLines(year: number, maxLength = 30): fc.Arbitrary<BudgetLine[]> {
  const cells = allowedCells(year);
  const cell = (side: "lasten" | "baten"): fc.Arbitrary<[string, string]> => fc.constantFrom(...(side === "lasten" ? cells.lasten : cells.baten));
  const line = fc.oneof(
    fc.record({ cell: cell("lasten"), cents: amount }).map(({ cell: [taakveld, categorie], cents }) => ({ taakveld, categorie, expenses: cents, revenue: 0 as Cents })),
    fc.record({ cell: cell("baten"), cents: amount }).map(({ cell: [taakveld, categorie], cents }) => ({ taakveld, categorie, expenses: 0 as Cents, revenue: cents })),
  );
  return fc.array(line, { maxLength }).map((parts) =>
    parts.map((p) => ({ programme: "p", year, phase: "primitief", nature: "structureel" as const, ...p })),
  );
}
