import type { Assessment } from "../status/index.js";
import { assertYear, checkCodes, checkIndicatorCodes, checkPf006, type CodeCell } from "./_internal/cbsChecks.js";
import { centsToUnits, numberToCents } from "./_internal/decimal.js";
import { describe, fail } from "./_internal/fail.js";
import type { CbsCheckStatus, Iv3Amount, Iv3Delivery } from "./types.js";

const THOUSAND = 100_000n;

/**
 * Options for {@link checkCbsDelivery}.
 *
 * @example
 * ```ts
 * import type { CbsDeliveryCheckOptions } from "opkoers/io";
 *
 * const options: CbsDeliveryCheckOptions = { pf006Tolerance: 49 };
 * options.pf006Tolerance; //=> 49
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export interface CbsDeliveryCheckOptions {
  /**
   * The largest difference between total lasten and total baten that passes
   * PF006, in thousands of euros (the unit of the delivery); default `0`.
   * The CBS files do not state the tolerance of CBS's own validator; see
   * {@link CbsLineCheckOptions.pf006Tolerance}.
   */
  readonly pf006Tolerance?: number;
}

function toCents(value: number, where: string): bigint {
  const cents = numberToCents(value, THOUSAND);
  if (typeof cents === "string") {
    const code = cents === "not_a_number" ? "invalid_amount" : cents;
    return fail(code, `${where} is ${describe(value)}, which is not an amount in thousands of euros in whole cents (${cents}).`, { value });
  }
  return BigInt(cents);
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What the checks read of a delivery, checked before they read it, so that a
 * value that is not a delivery (null, a number, a table that is not an array,
 * a cell without codes) is a DomainError that says where, never a TypeError.
 * A delivery from {@link parseIv3Delivery} or {@link toIv3Delivery} always
 * passes.
 */
function assertDeliveryShape(delivery: unknown): asserts delivery is Iv3Delivery {
  if (!isRecord(delivery)) fail("invalid_amount", `checkCbsDelivery needs an Iv3 delivery (an object with metadata and data; read one with parseIv3Delivery), but it got ${describe(delivery)}.`, { value: delivery });
  const { metadata, data } = delivery;
  if (!isRecord(metadata)) fail("unknown_boekjaar", `The delivery has no metadata (it is ${describe(metadata)}), so no boekjaar whose CBS code lists to check it against.`, { path: ["metadata"] });
  const { periode } = metadata;
  if (typeof periode !== "number" || !Number.isInteger(periode) || periode < 0 || periode > 5) {
    fail("invalid_period", `The delivery's metadata.periode is ${describe(periode)}; an Iv3 period is 0 (begroting), 1–4 (quarters) or 5 (jaarrekening).`, { path: ["metadata", "periode"], value: periode });
  }
  if (metadata["overheidsnaam"] !== undefined && typeof metadata["overheidsnaam"] !== "string") {
    fail("invalid_option", `The delivery's metadata.overheidsnaam is ${describe(metadata["overheidsnaam"])}; it must be text.`, { path: ["metadata", "overheidsnaam"] });
  }
  if (!isRecord(data)) fail("invalid_amount", `The delivery's data is ${describe(data)}; it must be an object with the tables lasten and baten.`, { path: ["data"] });
  for (const side of ["lasten", "baten"] as const) {
    const table = data[side];
    if (!Array.isArray(table)) fail("invalid_amount", `The delivery's data.${side} is ${describe(table)}; it must be an array of cells { taakveld, categorie, bedrag }.`, { path: ["data", side] });
    table.forEach((cell: unknown, index) => {
      if (!isRecord(cell)) fail("invalid_amount", `data.${side}[${index}] is ${describe(cell)}, not a cell { taakveld, categorie, bedrag }.`, { path: ["data", side, index] });
      for (const key of ["taakveld", "categorie"] as const) {
        if (typeof cell[key] !== "string") fail("unknown_code", `data.${side}[${index}].${key} is ${describe(cell[key])}; a CBS code is text, such as "0.10".`, { path: ["data", side, index, key] });
      }
      if (typeof cell["bedrag"] !== "number") fail("invalid_amount", `data.${side}[${index}].bedrag is ${describe(cell["bedrag"])}; it must be a number (thousands of euros).`, { path: ["data", side, index, "bedrag"] });
    });
  }
  for (const [table, key] of [["kengetallen", "kengetal"], ["beleidsindicatoren", "beleidsindicator"]] as const) {
    const entries = data[table];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) fail("unknown_code", `The delivery's data.${table} is ${describe(entries)}; it must be an array.`, { path: ["data", table] });
    entries.forEach((entry: unknown, index) => {
      if (!isRecord(entry) || typeof entry[key] !== "string") {
        fail("unknown_code", `data.${table}[${index}] is ${describe(entry)}, which has no ${key} code as text.`, { path: ["data", table, index] });
      }
    });
  }
}

/**
 * Run the CBS checks on an Iv3 delivery, with the code lists of its
 * `metadata.boekjaar` and its `metadata.periode`, and report them with CBS's
 * codes and messages as assessments: `cbs.DF001` (taakvelden), `cbs.DF002`
 * (categorieën and grijze cellen), `cbs.DF005` (kengetallen codes),
 * `cbs.DF006` (beleidsindicatoren codes) and `cbs.PF006` (totaal lasten =
 * totaal baten, for the periods CBS runs it: 0 and 5). Offending cells are
 * listed in `inputs.offending` with their table, index and path
 * (`["data", "lasten", 3]`); see {@link checkCbsLines} for what each check
 * means. A cell with `bedrag` 0 books no amount: it is only checked for
 * unknown codes, not for a taakveld without amounts or a grijze cel.
 *
 * @param delivery - The delivery, e.g. from {@link toIv3Delivery} or {@link parseIv3Delivery}.
 * @param options - The PF006 tolerance in thousands of euros.
 * @returns DF001, DF002, DF005, DF006 and PF006, in that order (DF005/DF006 are `notApplicable` when the delivery has no kengetallen or beleidsindicatoren).
 * @throws {@link DomainError} `unknown_boekjaar` – when the boekjaar is not 2017–2026.
 * @throws {@link DomainError} `invalid_amount` / `fraction_of_cent` / `amount_out_of_range` – when a `bedrag` is not a finite number, has a fraction of a cent, or a total is out of range.
 * @throws {@link DomainError} `invalid_option` – when the options are not an object or the tolerance is not a non-negative amount.
 * @throws {@link DomainError} `invalid_amount` – when `delivery` is not an object with `data.lasten` and `data.baten` arrays of cells with a numeric `bedrag`.
 * @throws {@link DomainError} `unknown_code` – when a taakveld, categorie, kengetal or beleidsindicator code is not text.
 * @throws {@link DomainError} `invalid_period` – when `metadata.periode` is not 0–5.
 *
 * @example
 * ```ts
 * import { checkCbsDelivery, type Iv3Delivery } from "opkoers/io";
 *
 * const delivery: Iv3Delivery = {
 *   metadata: {
 *     overheidslaag: "Gemeente", overheidsnummer: "0034", overheidsnaam: "Almere", boekjaar: 2023, periode: 5,
 *     status: "Realisatie", datum: "2024-07-10T09:00:00Z", details_openbaar: false, financieel_pakket: "onbekend", export_software: "opkoers",
 *   },
 *   contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" },
 *   data: {
 *     lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 100 }, { taakveld: "6.71", categorie: "3.8", bedrag: 20 }],
 *     baten: [{ taakveld: "0.7", categorie: "4.3.1", bedrag: 115 }],
 *     balans_lasten: [], balans_baten: [], balans_standen: [],
 *   },
 * };
 * const checks = checkCbsDelivery(delivery, { pf006Tolerance: 5 });
 * checks.map((c) => [c.ruleId, c.status]);
 * //=> [["cbs.DF001", "fail"], ["cbs.DF002", "pass"], ["cbs.DF005", "notApplicable"], ["cbs.DF006", "notApplicable"], ["cbs.PF006", "pass"]]
 * checks[0]?.message.en; //=> "1 of 3 taakvelden is not allowed by the CBS lists of 2023: lasten[1]: taakveld 6.71 accepts no amounts in 2023."
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export function checkCbsDelivery(delivery: Iv3Delivery, options: CbsDeliveryCheckOptions = {}): readonly Assessment<CbsCheckStatus>[] {
  if (!isRecord(options)) fail("invalid_option", `checkCbsDelivery's options are ${describe(options)}; use an object such as { pf006Tolerance: 49 }.`, { value: options });
  assertDeliveryShape(delivery);
  const { pf006Tolerance = 0 } = options;
  const tolerance = typeof pf006Tolerance === "number" ? numberToCents(pf006Tolerance, THOUSAND) : "not_a_number";
  if (typeof tolerance === "string" || tolerance < 0) {
    fail("invalid_option", `pf006Tolerance is ${describe(pf006Tolerance)}; use a non-negative number of thousands of euros.`, { option: "pf006Tolerance", value: pf006Tolerance });
  }
  const { boekjaar, periode, overheidsnaam } = delivery.metadata;
  assertYear(boekjaar, "The delivery");
  const cells: CodeCell[] = [];
  const total = (side: "lasten" | "baten", entries: readonly Iv3Amount[]): bigint => {
    let sum = 0n;
    entries.forEach((entry, index) => {
      const cents = toCents(entry.bedrag, `data.${side}[${index}].bedrag`);
      cells.push({ index, path: ["data", side, index], side, taakveld: entry.taakveld, categorie: entry.categorie, year: boekjaar, amountless: cents === 0n });
      sum += cents;
    });
    return sum;
  };
  const lasten = total("lasten", delivery.data.lasten);
  const baten = total("baten", delivery.data.baten);
  const [df001, df002] = checkCodes(cells);
  const df005 = checkIndicatorCodes("DF005", (delivery.data.kengetallen ?? []).map((k) => k.kengetal), boekjaar);
  const df006 = checkIndicatorCodes("DF006", (delivery.data.beleidsindicatoren ?? []).map((b) => b.beleidsindicator), boekjaar);
  const pf006 = checkPf006({
    subject: `${overheidsnaam} ${boekjaar} periode ${periode}`,
    year: boekjaar,
    period: periode,
    lasten,
    baten,
    tolerance: BigInt(tolerance),
    format: (cents) => centsToUnits(cents, THOUSAND),
    unit: "thousand",
  });
  return [df001, df002, df005, df006, pf006];
}
