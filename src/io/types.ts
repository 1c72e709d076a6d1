/**
 * The `metadata` of an Iv3 delivery (CBS `iv3_data_schema_v2_1_1.json`): who
 * delivers, for which boekjaar and period, and with which software.
 *
 * @example
 * ```ts
 * import type { Iv3Metadata } from "opkoers/io";
 *
 * const metadata: Iv3Metadata = {
 *   overheidslaag: "Gemeente", overheidsnummer: "0034", overheidsnaam: "Almere",
 *   boekjaar: 2023, periode: 5, status: "Realisatie", datum: "2024-07-10T09:00:00Z",
 *   details_openbaar: false, financieel_pakket: "onbekend", export_software: "opkoers",
 * };
 * metadata.periode; //=> 5
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Metadata {
  /** The kind of government: `"Gemeente"`, `"Provincie"` or `"GR"` (gemeenschappelijke regeling). */
  readonly overheidslaag: "Gemeente" | "Provincie" | "GR";
  /** The CBS number of the government, as text (`"0034"` for Almere). */
  readonly overheidsnummer: string;
  /** Its name. */
  readonly overheidsnaam: string;
  /** The boekjaar the figures belong to. */
  readonly boekjaar: number;
  /**
   * The delivery period: `0` begroting, `1`–`4` the quarters, `5` the annual
   * figures (jaarrekening). The CBS schema allows 0–5; which checks run for
   * which period is in `plausibilityChecksOf` (`opkoers/reference`).
   */
  readonly periode: 0 | 1 | 2 | 3 | 4 | 5;
  /** `"Begroting"` (budget) or `"Realisatie"` (actuals). */
  readonly status: "Begroting" | "Realisatie";
  /** When the delivery was made: text that ends in a time `HH:MM:SS` with an optional zone, as the CBS pattern asks (`"2024-07-10T09:00:00Z"`). */
  readonly datum: string;
  /** Whether CBS may publish the details. */
  readonly details_openbaar: boolean;
  /** The financial package the figures come from. */
  readonly financieel_pakket: string;
  /** The software that made the file. */
  readonly export_software: string;
}

/**
 * The `contact` of an Iv3 delivery: the person CBS can ask about it.
 *
 * @example
 * ```ts
 * import type { Iv3Contact } from "opkoers/io";
 *
 * const contact: Iv3Contact = { naam: "P. Afzender", email: "p.afzender@gemeente.nl", telefoon: "0612345678" };
 * contact.email; //=> "p.afzender@gemeente.nl"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Contact {
  /** Name; must contain a non-space character. */
  readonly naam: string;
  /** E-mail address, matching the CBS pattern (a top-level domain of 2–4 letters). */
  readonly email: string;
  /** Telephone number. */
  readonly telefoon: string;
}

/**
 * A remark (opmerking) that comes with an Iv3 delivery.
 *
 * @example
 * ```ts
 * import type { Iv3Remark } from "opkoers/io";
 *
 * const remark: Iv3Remark = { tekst: "Inclusief de eerste begrotingswijziging." };
 * remark.tekst.length > 0; //=> true
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Remark {
  /** The remark (one line of text). */
  readonly tekst: string;
  /** Who wrote it. */
  readonly auteur?: string;
}

/**
 * One cell of the Iv3 lasten or baten table: an amount in thousands of euros
 * on a taakveld × categorie.
 *
 * @example
 * ```ts
 * import type { Iv3Amount } from "opkoers/io";
 *
 * const cell: Iv3Amount = { taakveld: "0.1", categorie: "1.1", bedrag: 10127 };
 * cell.bedrag; //=> 10127
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Amount {
  /** The taakveld code. */
  readonly taakveld: string;
  /** The economische categorie code. */
  readonly categorie: string;
  /** The amount in thousands of euros (lasten or baten with their natural sign). */
  readonly bedrag: number;
}

/**
 * One cell of the Iv3 balance-mutation tables (balans_lasten, balans_baten).
 * opkoers does not model the balance; it writes these tables empty and reads
 * them back unchanged.
 *
 * @example
 * ```ts
 * import type { Iv3BalanceMutation } from "opkoers/io";
 *
 * const cell: Iv3BalanceMutation = { balanscode: "A23", categorie: "6.1", bedrag: 12 };
 * cell.balanscode; //=> "A23"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3BalanceMutation {
  /** The balance code. */
  readonly balanscode: string;
  /** The categorie code. */
  readonly categorie: string;
  /** The amount in thousands of euros. */
  readonly bedrag: number;
}

/**
 * One balance position (balans_standen) of an Iv3 delivery.
 *
 * @example
 * ```ts
 * import type { Iv3BalancePosition } from "opkoers/io";
 *
 * const stand: Iv3BalancePosition = { balanscode: "A23", standper: "ultimo", bedrag: 1500 };
 * stand.standper; //=> "ultimo"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3BalancePosition {
  /** The balance code. */
  readonly balanscode: string;
  /** The date of the position (`standper` code, e.g. `"primo"`, `"ultimo"`). */
  readonly standper: string;
  /** The amount in thousands of euros. */
  readonly bedrag: number;
}

/**
 * A kengetal (financial ratio, `fk.1` … `fk.6`) in an Iv3 delivery. CBS wants
 * the value as text.
 *
 * @example
 * ```ts
 * import type { Iv3Kengetal } from "opkoers/io";
 *
 * const ratio: Iv3Kengetal = { verslagperiode: "Rek_2023", kengetal: "fk.1", waarde: "54" };
 * ratio.kengetal; //=> "fk.1"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Kengetal {
  /** The reporting period code (`"Rek_2023"`, `"Beg_2024"`, `"MJR_2025"` …). */
  readonly verslagperiode: string;
  /** The kengetal code (`"fk.1"` … `"fk.6"`). */
  readonly kengetal: string;
  /** The value, as text. */
  readonly waarde: string;
}

/**
 * A beleidsindicator (`bi.1` … `bi.5`, the eigen-gegevens indicators) in an
 * Iv3 delivery. CBS wants the value as text.
 *
 * @example
 * ```ts
 * import type { Iv3Beleidsindicator } from "opkoers/io";
 *
 * const fte: Iv3Beleidsindicator = { verslagperiode: "Rek_2023", beleidsindicator: "bi.1", waarde: "8.4" };
 * fte.beleidsindicator; //=> "bi.1"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Beleidsindicator {
  /** The reporting period code. */
  readonly verslagperiode: string;
  /** The indicator code (`"bi.1"` … `"bi.5"`). */
  readonly beleidsindicator: string;
  /** The value, as text. */
  readonly waarde: string;
}

/**
 * The `data` of an Iv3 delivery. Amounts are in thousands of euros.
 *
 * @example
 * ```ts
 * import type { Iv3Data } from "opkoers/io";
 *
 * const data: Iv3Data = { lasten: [], baten: [], balans_lasten: [], balans_baten: [], balans_standen: [] };
 * data.lasten.length; //=> 0
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Data {
  /** The lasten (expenses) per taakveld × categorie. */
  readonly lasten: readonly Iv3Amount[];
  /** The baten (revenue) per taakveld × categorie. */
  readonly baten: readonly Iv3Amount[];
  /** Lasten on the balance (per balance code × categorie). */
  readonly balans_lasten: readonly Iv3BalanceMutation[];
  /** Baten on the balance. */
  readonly balans_baten: readonly Iv3BalanceMutation[];
  /** Balance positions. */
  readonly balans_standen: readonly Iv3BalancePosition[];
  /** Kengetallen, when delivered. */
  readonly kengetallen?: readonly Iv3Kengetal[];
  /** Beleidsindicatoren, when delivered. */
  readonly beleidsindicatoren?: readonly Iv3Beleidsindicator[];
}

/**
 * An Iv3 delivery (aanlevering) to CBS in the JSON format of CBS's
 * `iv3_data_schema_v2_1_1.json`: metadata, contact, optional remarks, data.
 * Property names are CBS's own (Dutch, snake_case) so that the object is the
 * file.
 *
 * @example
 * ```ts
 * import type { Iv3Delivery } from "opkoers/io";
 *
 * const delivery: Iv3Delivery = {
 *   metadata: {
 *     overheidslaag: "Gemeente", overheidsnummer: "0034", overheidsnaam: "Almere", boekjaar: 2023, periode: 5,
 *     status: "Realisatie", datum: "2024-07-10T09:00:00Z", details_openbaar: false, financieel_pakket: "onbekend", export_software: "opkoers",
 *   },
 *   contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" },
 *   data: { lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 10 }], baten: [], balans_lasten: [], balans_baten: [], balans_standen: [] },
 * };
 * delivery.data.lasten[0]?.bedrag; //=> 10
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Delivery {
  /** Who, what year and period, which software. */
  readonly metadata: Iv3Metadata;
  /** Contact person. */
  readonly contact: Iv3Contact;
  /** Remarks. */
  readonly opmerkingen?: readonly Iv3Remark[];
  /** The figures, in thousands of euros. */
  readonly data: Iv3Data;
}

/**
 * The outcome of a CBS check: `pass`, `fail`, or `notApplicable` when the
 * check does not apply (not listed for the boekjaar or the delivery period
 * in the CBS definition file, or nothing to check, such as categorieën on
 * lines that have none).
 *
 * @example
 * ```ts
 * import type { CbsCheckStatus } from "opkoers/io";
 *
 * const status: CbsCheckStatus = "fail";
 * status; //=> "fail"
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export type CbsCheckStatus = "pass" | "fail" | "notApplicable";

/**
 * Why a line or cell fails a CBS code check:
 *
 * | reason | code | meaning |
 * | --- | --- | --- |
 * | `unknownCode` | DF001–DF006 | the code is not in the CBS list of that boekjaar |
 * | `notBookable` | DF001 | the taakveld is in the list, but CBS accepts no amounts on it (6.71, 6.72, 6.81, 6.82 in 2023–2024) |
 * | `forbiddenCombination` | DF002 | the categorie is not allowed on this taakveld: a grijze cel of the CBS file |
 *
 * @example
 * ```ts
 * import type { CbsOffenceReason } from "opkoers/io";
 *
 * const reason: CbsOffenceReason = "forbiddenCombination";
 * reason; //=> "forbiddenCombination"
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export type CbsOffenceReason = "unknownCode" | "notBookable" | "forbiddenCombination";

/**
 * One line or cell that fails a CBS code check, as listed in the `inputs`
 * (`offending`) of the check's assessment.
 *
 * @example
 * ```ts
 * import type { CbsOffence } from "opkoers/io";
 *
 * const offence: CbsOffence = { index: 3, path: ["lines", 3], side: "lasten", taakveld: "6.2", categorie: "3.8", year: 2025, code: "6.2", reason: "unknownCode" };
 * offence.reason; //=> "unknownCode"
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export interface CbsOffence {
  /** The index of the line in the array checked (budget lines), or of the entry in its table (delivery). */
  readonly index: number;
  /** Where it is: `["lines", i]` for budget lines, `["data", "lasten", i]` (etc.) for a delivery. */
  readonly path: readonly (string | number)[];
  /** The line of the file the budget line was read from, when {@link checkCbsLines} was given `rows` (see {@link CbsLineCheckOptions.rows}). */
  readonly line?: number;
  /** The table: `lasten`, `baten`, `kengetallen` or `beleidsindicatoren`. */
  readonly side: "lasten" | "baten" | "kengetallen" | "beleidsindicatoren";
  /** The taakveld of the line (absent for kengetallen and beleidsindicatoren). */
  readonly taakveld?: string;
  /** The categorie of the line, if it has one. */
  readonly categorie?: string;
  /** The boekjaar whose code list was used. */
  readonly year: number;
  /** The code that is not allowed. */
  readonly code: string;
  /** Why. */
  readonly reason: CbsOffenceReason;
}
