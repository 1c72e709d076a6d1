import type { BudgetLine } from "../budget/index.js";
import { issuesFromZod } from "../errors/issuesFromZod.js";
import { roundForPresentation, type Cents } from "../money/index.js";
import type { LocalizedText } from "../status/index.js";
import { compareCodes } from "./_internal/compareCodes.js";
import { describe, fail } from "./_internal/fail.js";
import { Iv3DeliverySchema } from "./schemas.js";
import type { Iv3Amount, Iv3Beleidsindicator, Iv3Contact, Iv3Delivery, Iv3Kengetal, Iv3Metadata, Iv3Remark } from "./types.js";

/**
 * How {@link toIv3Delivery} rounds cents to the whole thousands of euros of
 * an Iv3 delivery:
 *
 * - `"largestRemainder"` (default): per table (lasten, baten), every cell is
 *   its exact amount rounded down or up to a whole thousand, so that the
 *   cells add up to the exact table total rounded half up. The totals are
 *   then right, and a budget whose lasten equal its baten still passes PF006
 *   after rounding.
 * - `"halfUp"`: every cell is rounded half up on its own (what a spreadsheet
 *   does); the table totals may be off by a few thousand, reported as
 *   `discrepancy`.
 *
 * @example
 * ```ts
 * import type { Iv3Rounding } from "opkoers/io";
 *
 * const rounding: Iv3Rounding = "halfUp";
 * rounding; //=> "halfUp"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export type Iv3Rounding = "largestRemainder" | "halfUp";

/**
 * Options for {@link toIv3Delivery}: the metadata and contact of the
 * delivery, which lines to include, and the rounding.
 *
 * @example
 * ```ts
 * import type { Iv3DeliveryOptions } from "opkoers/io";
 *
 * const options: Iv3DeliveryOptions = {
 *   boekjaar: 2025, periode: 0, phases: ["primitief"], overheidsnummer: "0034", overheidsnaam: "Almere",
 *   datum: "2024-11-14T16:00:00+01:00", contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" },
 * };
 * options.periode; //=> 0
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3DeliveryOptions {
  /** The boekjaar; only lines of this year are included (the meerjarenraming years are left out). */
  readonly boekjaar: number;
  /** The Iv3 period: 0 begroting, 1–4 quarters, 5 jaarrekening. */
  readonly periode: Iv3Metadata["periode"];
  /**
   * Only lines of these phases (e.g. the original budget and its adopted
   * amendments); default: every line given. A phase that no line has (in any
   * year) is an error (`unknown_phase`), so that a misspelt phase never gives
   * an empty or partial delivery.
   */
  readonly phases?: readonly string[];
  /** `"Begroting"` or `"Realisatie"`; default `"Begroting"` for period 0 and `"Realisatie"` otherwise. */
  readonly status?: Iv3Metadata["status"];
  /** Default `"Gemeente"`. */
  readonly overheidslaag?: Iv3Metadata["overheidslaag"];
  /** The CBS number of the municipality, e.g. `"0034"`. */
  readonly overheidsnummer: string;
  /** The name of the municipality. */
  readonly overheidsnaam: string;
  /** When the delivery is made (opkoers reads no clock): text ending in `HH:MM:SS` and an optional zone, e.g. `"2024-07-10T09:00:00Z"`. */
  readonly datum: string;
  /** Whether CBS may publish the details; default `false`. */
  readonly detailsOpenbaar?: boolean;
  /** The financial package; default `"onbekend"`. */
  readonly financieelPakket?: string;
  /** The exporting software; default `"opkoers"`. */
  readonly exportSoftware?: string;
  /** The contact person. */
  readonly contact: Iv3Contact;
  /** Remarks for CBS. */
  readonly opmerkingen?: readonly Iv3Remark[];
  /** Kengetallen to include (values as text). */
  readonly kengetallen?: readonly Iv3Kengetal[];
  /** Beleidsindicatoren to include (values as text). */
  readonly beleidsindicatoren?: readonly Iv3Beleidsindicator[];
  /** The rounding to thousands; default `"largestRemainder"`. */
  readonly rounding?: Iv3Rounding;
  /**
   * Book the resultaat (saldo) of the selected lines on taakveld **0.11**
   * "Resultaat van de rekening van baten en lasten", categorie **7.1**
   * "Mutatie reserves", so that total lasten equal total baten (CBS check
   * PF006): a surplus (baten > lasten, voordelig) as lasten on 0.11, a deficit
   * as baten on 0.11, in exact cents before rounding, so that with the
   * default largest-remainder rounding the two tables add up to the same
   * thousands (with `"halfUp"` they may still differ by the reported
   * `discrepancy`). Default `false`.
   *
   * Why categorie 7.1: it is the only categorie the CBS definition files allow
   * on taakveld 0.11 — every other lasten and baten categorie is a grijze cel
   * on 0.11 in `iv3_definities_Gemeente_2020.json` … `_2026.json` (2017–2019
   * also leave 7.4 and 7.5 open on the baten side, never on lasten), and 7.1
   * is allowed only on 0.10 and 0.11 (Bron: CBS,
   * `statistiekcbs/iv3_definities`, `grijze_cellen`; see
   * `isForbiddenCombination` in `opkoers/reference`).
   *
   * Why not the default: booking the balancing line makes PF006 pass by
   * construction, so a selection that is missing lines (a phase left out, a
   * line with a wrong year) would no longer show up as a PF006 failure. Set it
   * when the lines are the complete begroting or jaarrekening; the amount
   * booked is in {@link Iv3Export.resultaat}. Lines that are already on 0.11
   * count in the saldo, so a delivery that was read back is not booked twice.
   */
  readonly bookResultaat?: boolean;
}

/**
 * How one table (lasten or baten) was rounded to thousands.
 *
 * @example
 * ```ts
 * import type { Iv3TableRounding } from "opkoers/io";
 *
 * const r: Iv3TableRounding = { exactTotal: 420000 as never, roundedTotal: 4, discrepancy: 0, largestCellDifference: 60000 as never };
 * r.roundedTotal; //=> 4
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3TableRounding {
  /** The exact total of the table, in cents. */
  readonly exactTotal: Cents;
  /** The total of the rounded cells, in thousands of euros. */
  readonly roundedTotal: number;
  /** The total of the rounded cells minus the exact total rounded half up, in thousands; always 0 with `"largestRemainder"`. */
  readonly discrepancy: number;
  /** The largest difference between a rounded cell and its exact amount, in cents (below € 1.000; at most € 500 with `"halfUp"`). */
  readonly largestCellDifference: Cents;
}

/**
 * The result of {@link toIv3Delivery}: the delivery and how it was made.
 *
 * @example
 * ```ts
 * import type { Iv3Export } from "opkoers/io";
 *
 * type Method = Iv3Export["rounding"]["method"];
 * const method: Method = "largestRemainder";
 * method; //=> "largestRemainder"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Export {
  /** The delivery, ready for `JSON.stringify`; it satisfies CBS's `iv3_data_schema_v2_1_1.json`. */
  readonly delivery: Iv3Delivery;
  /** The rounding to thousands that was applied, stated. */
  readonly rounding: {
    /** The method. */
    readonly method: Iv3Rounding;
    /** Always thousands of euros. */
    readonly unit: "thousand";
    /** The rounding in a sentence, to put next to the delivery. */
    readonly description: LocalizedText;
    /** The lasten table. */
    readonly lasten: Iv3TableRounding;
    /** The baten table. */
    readonly baten: Iv3TableRounding;
  };
  /** How many lines went into the delivery. */
  readonly linesUsed: number;
  /** How many lines were left out (another year or phase). */
  readonly linesLeftOut: number;
  /**
   * The resultaat of the lines used: total baten − total lasten in exact
   * cents (positive = surplus, voordelig), and where it was booked on taakveld
   * 0.11 with categorie 7.1 (`"lasten"` for a surplus, `"baten"` for a
   * deficit), or `"none"` when `bookResultaat` is off or the saldo is 0.
   */
  readonly resultaat: {
    /** Total baten − total lasten of the lines used, in cents (before anything is booked on 0.11). */
    readonly exact: Cents;
    /** The table it was booked in on 0.11 / 7.1, or `"none"`. */
    readonly booked: "lasten" | "baten" | "none";
  };
}

/** Taakveld and categorie of the resultaat (see {@link Iv3DeliveryOptions.bookResultaat}). */
const RESULTAAT_TAAKVELD = "0.11";
const RESULTAAT_CATEGORIE = "7.1";

const DESCRIPTIONS: Readonly<Record<Iv3Rounding, LocalizedText>> = {
  largestRemainder: {
    nl: "Bedragen × € 1.000, per tabel afgerond met de methode van de grootste resten: elke cel naar beneden of naar boven, zodat de cellen optellen tot het exacte totaal, half naar boven afgerond.",
    en: "Amounts × € 1,000, rounded per table by the largest-remainder method: each cell down or up, so that the cells add up to the exact total rounded half up.",
  },
  halfUp: {
    nl: "Bedragen × € 1.000, elke cel afzonderlijk half naar boven afgerond; de totalen kunnen daardoor afwijken.",
    en: "Amounts × € 1,000, each cell rounded half up on its own; the totals may therefore differ.",
  },
};

function roundTable(cells: Map<string, { taakveld: string; categorie: string; cents: number }>, method: Iv3Rounding): { entries: Iv3Amount[]; report: Iv3TableRounding } {
  const sorted = [...cells.values()]
    .filter((cell) => cell.cents !== 0)
    .sort((a, b) => compareCodes(a.taakveld, b.taakveld) || compareCodes(a.categorie, b.categorie));
  const table = roundForPresentation(
    sorted.map((cell) => cell.cents as Cents),
    { unit: "thousand", method: method === "halfUp" ? "independent" : "largestRemainder", rounding: "halfUp" },
  );
  let exactTotal = 0;
  let roundedTotal = 0;
  let largest = 0;
  const entries: Iv3Amount[] = [];
  sorted.forEach((cell, i) => {
    const bedrag = table.lines[i] as number;
    exactTotal += cell.cents;
    roundedTotal += bedrag;
    largest = Math.max(largest, Math.abs(table.lineDifferences[i] as number));
    if (bedrag !== 0) entries.push({ taakveld: cell.taakveld, categorie: cell.categorie, bedrag });
  });
  return { entries, report: { exactTotal: exactTotal as Cents, roundedTotal, discrepancy: table.discrepancy, largestCellDifference: largest as Cents } };
}

/**
 * Make an Iv3 delivery (the JSON file a municipality sends to CBS) from the
 * budget lines of one boekjaar, period and phase: lasten and baten added up
 * per taakveld × categorie, in thousands of euros, with the rounding stated
 * in the result (see {@link Iv3Rounding}; default largest remainder, so that
 * the totals hold). The balance tables are written empty (opkoers does not
 * model the balance). Cells that round to 0 thousand are left out (so
 * export → import → export gives the same delivery); the cells are in CBS
 * code order.
 *
 * The lines' codes are not checked here: run {@link checkCbsDelivery} (or
 * {@link checkCbsLines}) for DF001, DF002 and PF006. A budget whose lasten
 * and baten differ fails PF006 unless its resultaat is booked on taakveld
 * 0.11: set `bookResultaat` (categorie 7.1, see
 * {@link Iv3DeliveryOptions.bookResultaat}); the saldo is always reported in
 * `resultaat`.
 *
 * An empty selection is an error, never an empty delivery (which would pass
 * PF006 as 0 = 0): no lines, no line of the boekjaar, or none of the phases
 * asked for in it; and so is a phase in `phases` that no line has.
 *
 * @param lines - Budget lines, e.g. `linesOf(doc, ["primitief", "bw-1"])`.
 * @param options - Boekjaar, period, phases, metadata, contact, extra data and rounding.
 * @returns The delivery, the rounding per table, and how many lines were used and left out.
 * @throws {@link DomainError} `missing_categorie` – when an included line has no categorie.
 * @throws {@link DomainError} `unknown_phase` – when a phase in `phases` is the phase of no line (the message lists the phases the lines have).
 * @throws {@link DomainError} `invalid_option` – when no line is selected (the message names the boekjaar and phases asked for and the years or phases the lines have), an option is not valid, or the metadata, contact or extra data do not satisfy the CBS schema (the message lists the issues).
 * @throws {@link DomainError} `invalid_amount` – when `lines` is not an array of budget lines or an amount is not whole cents.
 * @throws {@link DomainError} `amount_out_of_range` – when a sum or the resultaat is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { toIv3Delivery } from "opkoers/io";
 *
 * const line = { programme: "p", year: 2025, phase: "primitief", revenue: euro(0), nature: "structureel" } as const;
 * const result = toIv3Delivery(
 *   [
 *     { ...line, taakveld: "0.1", categorie: "1.1", expenses: euro(1400) },
 *     { ...line, taakveld: "0.2", categorie: "1.1", expenses: euro(1400) },
 *     { ...line, taakveld: "0.3", categorie: "1.1", expenses: euro(1400) },
 *     { ...line, taakveld: "0.3", categorie: "1.1", expenses: euro(1000), year: 2026 },
 *   ],
 *   {
 *     boekjaar: 2025, periode: 0, overheidsnummer: "0034", overheidsnaam: "Almere", datum: "2024-11-14T16:00:00+01:00",
 *     contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" },
 *   },
 * );
 * result.delivery.data.lasten.map((cell) => cell.bedrag); //=> [2, 1, 1]
 * result.rounding.lasten.roundedTotal; //=> 4
 * result.delivery.metadata.status; //=> "Begroting"
 * result.linesLeftOut; //=> 1
 * result.resultaat; //=> { exact: -420000, booked: "none" }
 *
 * // The deficit of € 4.200 booked as baten on 0.11 (categorie 7.1): lasten and baten now both add up to 4.
 * const options = {
 *   boekjaar: 2025, periode: 0, overheidsnummer: "0034", overheidsnaam: "Almere", datum: "2024-11-14T16:00:00+01:00",
 *   contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" },
 * } as const;
 * const deficit = [{ ...line, taakveld: "0.1", categorie: "1.1", expenses: euro(4200) }];
 * const closed = toIv3Delivery(deficit, { ...options, bookResultaat: true });
 * closed.delivery.data.baten; //=> [{ taakveld: "0.11", categorie: "7.1", bedrag: 4 }]
 * closed.resultaat.booked; //=> "baten"
 *
 * toIv3Delivery(deficit, { ...options, phases: ["primitef"] }); //=> throws unknown_phase
 * toIv3Delivery(deficit, { ...options, boekjaar: 2024 }); //=> throws invalid_option
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export function toIv3Delivery(lines: readonly BudgetLine[], options: Iv3DeliveryOptions): Iv3Export {
  if (!Array.isArray(lines)) fail("invalid_amount", `toIv3Delivery needs an array of budget lines, but it got ${describe(lines)}.`, { value: lines });
  if (typeof options !== "object" || options === null || Array.isArray(options)) fail("invalid_option", `toIv3Delivery needs options, but it got ${describe(options)}.`, { value: options });
  const { boekjaar, periode, phases, rounding = "largestRemainder", bookResultaat = false } = options;
  if (typeof boekjaar !== "number" || !Number.isInteger(boekjaar)) fail("invalid_option", `boekjaar is ${describe(boekjaar)}; use a whole year.`, { option: "boekjaar", value: boekjaar });
  if (rounding !== "largestRemainder" && rounding !== "halfUp") {
    fail("invalid_option", `rounding is ${describe(rounding)}; use "largestRemainder" or "halfUp".`, { option: "rounding", value: rounding });
  }
  if (typeof bookResultaat !== "boolean") fail("invalid_option", `bookResultaat is ${describe(bookResultaat)}; use true or false.`, { option: "bookResultaat", value: bookResultaat });
  if (phases !== undefined && (!Array.isArray(phases) || !phases.every((phase) => typeof phase === "string"))) {
    fail("invalid_option", `phases is ${describe(phases)}; use an array of phase ids.`, { option: "phases", value: phases });
  }
  lines.forEach((line: unknown, index) => {
    const candidate = (typeof line === "object" && line !== null ? line : {}) as Partial<Record<keyof BudgetLine, unknown>>;
    if (typeof line !== "object" || line === null || typeof candidate.year !== "number" || typeof candidate.phase !== "string" || typeof candidate.taakveld !== "string" || !(candidate.categorie === undefined || typeof candidate.categorie === "string")) {
      fail("invalid_amount", `lines[${index}] is ${describe(line)}, not a budget line (a year, a phase, a taakveld and a categorie as text, amounts in cents).`, { index });
    }
  });
  const wanted = phases === undefined ? null : new Set(phases);
  if (wanted !== null) {
    const present = new Set(lines.map((line) => line.phase));
    const unknown = [...wanted].filter((phase) => !present.has(phase));
    if (unknown.length > 0) {
      fail(
        "unknown_phase",
        `No line has phase ${unknown.map((phase) => describe(phase)).join(", ")}; the lines have phase ${listOf([...present])}.`,
        { phases: unknown, known: [...present] },
      );
    }
  }
  const lasten = new Map<string, { taakveld: string; categorie: string; cents: number }>();
  const baten = new Map<string, { taakveld: string; categorie: string; cents: number }>();
  const add = (table: typeof lasten, taakveld: string, categorie: string, cents: number): void => {
    const key = `${taakveld}\u0000${categorie}`;
    const cell = table.get(key);
    if (cell === undefined) table.set(key, { taakveld, categorie, cents });
    else {
      cell.cents += cents;
      if (!Number.isSafeInteger(cell.cents)) fail("amount_out_of_range", `The sum on taakveld ${taakveld}, categorie ${categorie} is beyond ±(2^53 − 1) cents.`, { taakveld, categorie });
    }
  };
  let used = 0;
  let saldo = 0n;
  lines.forEach((line, index) => {
    if (line.year !== boekjaar || (wanted !== null && !wanted.has(line.phase))) return;
    if (!Number.isSafeInteger(line.expenses) || !Number.isSafeInteger(line.revenue)) {
      fail("invalid_amount", `lines[${index}] has amounts ${describe(line.expenses)} and ${describe(line.revenue)}; they must be whole cents.`, { index });
    }
    if (line.categorie === undefined) {
      fail("missing_categorie", `lines[${index}] (taakveld ${line.taakveld}) has no categorie; an Iv3 delivery needs the economische categorie of every amount.`, { index, taakveld: line.taakveld });
    }
    used++;
    saldo += BigInt(line.revenue) - BigInt(line.expenses);
    if (line.expenses !== 0) add(lasten, line.taakveld, line.categorie, line.expenses);
    if (line.revenue !== 0) add(baten, line.taakveld, line.categorie, line.revenue);
  });
  if (used === 0) {
    const years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
    const inYear = [...new Set(lines.filter((line) => line.year === boekjaar).map((line) => line.phase))];
    const what =
      lines.length === 0
        ? "no lines were given"
        : wanted === null || inYear.length === 0
          ? `the lines are of year ${listOf(years.map(String))}`
          : `the lines of ${boekjaar} have phase ${listOf(inYear)}`;
    fail(
      "invalid_option",
      `No line of boekjaar ${boekjaar}${wanted === null ? "" : ` in phase ${listOf([...wanted])}`} to deliver: ${what}. An Iv3 delivery of nothing would pass PF006 (0 = 0) without any figures.`,
      { option: "boekjaar", boekjaar, ...(wanted === null ? {} : { phases: [...wanted] }), years },
    );
  }
  if (saldo > BigInt(Number.MAX_SAFE_INTEGER) || saldo < -BigInt(Number.MAX_SAFE_INTEGER)) {
    fail("amount_out_of_range", `The resultaat (total baten − total lasten) of boekjaar ${boekjaar} is beyond ±(2^53 − 1) cents.`, { boekjaar });
  }
  const exactResultaat = Number(saldo);
  let booked: "lasten" | "baten" | "none" = "none";
  if (bookResultaat && exactResultaat !== 0) {
    // A surplus is booked as lasten on 0.11 and a deficit as baten, so that both tables add up to the same total.
    booked = exactResultaat > 0 ? "lasten" : "baten";
    add(booked === "lasten" ? lasten : baten, RESULTAAT_TAAKVELD, RESULTAAT_CATEGORIE, Math.abs(exactResultaat));
  }
  const roundedLasten = roundTable(lasten, rounding);
  const roundedBaten = roundTable(baten, rounding);
  const candidate = {
    metadata: {
      overheidslaag: options.overheidslaag ?? "Gemeente",
      overheidsnummer: options.overheidsnummer,
      overheidsnaam: options.overheidsnaam,
      boekjaar,
      periode,
      status: options.status ?? (periode === 0 ? "Begroting" : "Realisatie"),
      datum: options.datum,
      details_openbaar: options.detailsOpenbaar ?? false,
      financieel_pakket: options.financieelPakket ?? "onbekend",
      export_software: options.exportSoftware ?? "opkoers",
    },
    contact: options.contact,
    ...(options.opmerkingen === undefined ? {} : { opmerkingen: options.opmerkingen }),
    data: {
      lasten: roundedLasten.entries,
      baten: roundedBaten.entries,
      balans_lasten: [],
      balans_baten: [],
      balans_standen: [],
      ...(options.kengetallen === undefined ? {} : { kengetallen: options.kengetallen }),
      ...(options.beleidsindicatoren === undefined ? {} : { beleidsindicatoren: options.beleidsindicatoren }),
    },
  };
  const checked = Iv3DeliverySchema.safeParse(candidate);
  if (!checked.success) {
    const issues = issuesFromZod(checked.error.issues);
    fail(
      "invalid_option",
      `The delivery would not satisfy the CBS schema: ${issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
      { issues },
    );
  }
  return {
    delivery: checked.data,
    rounding: { method: rounding, unit: "thousand", description: DESCRIPTIONS[rounding], lasten: roundedLasten.report, baten: roundedBaten.report },
    linesUsed: used,
    linesLeftOut: lines.length - used,
    resultaat: { exact: exactResultaat as Cents, booked },
  };
}

/** `"a", "b" and "c"`, or `(none)`. */
function listOf(items: readonly string[]): string {
  if (items.length === 0) return "(none)";
  const shown = items.slice(0, 10).map((item) => (/^\d+$/.test(item) ? item : describe(item)));
  return `${shown.join(", ")}${items.length > 10 ? ` and ${items.length - 10} more` : ""}`;
}
