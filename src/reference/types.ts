/**
 * A boekjaar (financial year) for which opkoers ships the CBS Iv3 code lists:
 * 2017 up to and including 2026 (see {@link BOEKJAREN}). Functions take a
 * plain `number` and throw `unknown_boekjaar` for any other year; use
 * {@link isBoekjaar} to narrow a number to this type.
 *
 * @example
 * ```ts
 * import type { Boekjaar } from "opkoers/reference";
 *
 * const year: Boekjaar = 2025;
 * year; //=> 2025
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export type Boekjaar = 2017 | 2018 | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | 2025 | 2026;

/**
 * A taakveld (functional classification code) from the CBS Iv3 list of one
 * boekjaar, such as `"6.1"` Samenkracht en burgerparticipatie or `"0.10"`
 * Mutaties reserves. Codes are strings: `"0.10"` is not `"0.1"`.
 *
 * @example
 * ```ts
 * import { taakveldenOf } from "opkoers/reference";
 *
 * const bestuur = taakveldenOf(2024)[0];
 * bestuur; //=> { code: "0.1", label: "Bestuur", hoofdtaakveld: "0", bookable: true }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface Taakveld {
  /** The CBS code, exactly as CBS writes it (`"0.10"`, `"6.71a"`, `"6.711"`). */
  readonly code: string;
  /** The CBS name (omschrijving), trimmed. */
  readonly label: string;
  /** The hoofdtaakveld, `"0"` … `"8"` (the CBS node `"0."` without its dot). */
  readonly hoofdtaakveld: string;
  /**
   * `false` when the CBS file of that boekjaar marks every categorie of both
   * lasten and baten as a grijze cel for this taakveld, so no amount may be
   * booked on it. That is the case for the old codes 6.71, 6.72, 6.81 and 6.82
   * in 2023–2024: CBS keeps them in the list next to their successors
   * (6.71a … 6.82b) but no longer accepts amounts on them. `true` otherwise.
   */
  readonly bookable: boolean;
}

/**
 * A hoofdtaakveld (main functional area), `"0"` Bestuur en ondersteuning …
 * `"8"` Volkshuisvesting, with the CBS name as CBS writes it (in capitals).
 *
 * @example
 * ```ts
 * import { hoofdtaakveldenOf } from "opkoers/reference";
 *
 * hoofdtaakveldenOf(2026)[6]; //=> { code: "6", label: "SOCIAAL DOMEIN" }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface Hoofdtaakveld {
  /** `"0"` … `"8"`. */
  readonly code: string;
  /** The CBS name, trimmed (CBS writes it in capitals). */
  readonly label: string;
}

/**
 * The group of an economische categorie in the CBS list: `LR` lopende
 * rekening (current account), `FR` financiële rekening (financial account,
 * categorie 6.1) or `IV` interne verrekeningen (internal settlements, 7.x).
 *
 * @example
 * ```ts
 * import type { CategorieGroup } from "opkoers/reference";
 *
 * const group: CategorieGroup = "IV";
 * group; //=> "IV"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export type CategorieGroup = "LR" | "FR" | "IV";

/**
 * An economische categorie (economic category) from the CBS Iv3 list of lasten
 * or of baten of one boekjaar, such as `"1.1"` Salarissen en sociale lasten
 * or `"7.1"` Mutatie reserves.
 *
 * @example
 * ```ts
 * import { categorieenLastenOf } from "opkoers/reference";
 *
 * categorieenLastenOf(2026)[0]; //=> { code: "1.1", label: "Salarissen en sociale lasten", group: "LR" }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface Categorie {
  /** The CBS code (`"3.4.1"`). */
  readonly code: string;
  /** The CBS name, trimmed. */
  readonly label: string;
  /** Lopende rekening, financiële rekening or interne verrekeningen. */
  readonly group: CategorieGroup;
}

/**
 * A balance code (balanscode) from the CBS Iv3 list of one boekjaar, such as
 * `"A23"` Liquide middelen or `"P111"` Algemene reserve.
 *
 * @example
 * ```ts
 * import { balanscodesOf } from "opkoers/reference";
 *
 * balanscodesOf(2026).find((b) => b.code === "P111");
 * //=> { code: "P111", label: "Eigen vermogen: Algemene reserve", group: "P1", side: "passiva" }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface Balanscode {
  /** The CBS code (`"A1331a"`). */
  readonly code: string;
  /** The CBS name, trimmed. */
  readonly label: string;
  /** `A1` vaste activa, `A2` vlottende activa, `P1` vaste passiva, `P2` vlottende passiva. */
  readonly group: "A1" | "A2" | "P1" | "P2";
  /** Activa (assets) or passiva (liabilities). */
  readonly side: "activa" | "passiva";
}

/**
 * A code and its CBS name, for the short Iv3 lists: kengetallen (`fk.1` …
 * `fk.6`) and the Iv3 beleidsindicatoren (`bi.1` … `bi.5`).
 *
 * @example
 * ```ts
 * import { kengetallenOf } from "opkoers/reference";
 *
 * kengetallenOf(2024)[0]; //=> { code: "fk.1", label: "Netto schuldquote" }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface Iv3Code {
  /** The CBS code. */
  readonly code: string;
  /** The CBS name, trimmed. */
  readonly label: string;
}

/**
 * Where one of the CBS plausibility checks applies in one boekjaar, as the
 * definition file states it. A property that is absent means the file does
 * not restrict the check in that respect.
 *
 * @example
 * ```ts
 * import { plausibilityChecksOf } from "opkoers/reference";
 *
 * const pf005 = plausibilityChecksOf(2024).find((c) => c.code === "PF005");
 * pf005?.scopes[0]; //=> { periods: [1, 2, 3, 4, 5], excludedTaakvelden: ["0.5"] }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface PlausibilityScope {
  /**
   * The Iv3 delivery periods (`metadata.periode`, 0–5) the check runs for.
   * The files pair PF006 with 0 and 5 and the primo/ultimo balance checks
   * PF007/PF008 with 5 only, consistent with 0 = begroting, 1–4 = quarters
   * and 5 = the annual figures. Absent in the 2017–2019 files.
   */
  readonly periods?: readonly number[];
  /** The balance codes the check covers, when the file lists them (PF002, PF003). */
  readonly balanscodes?: readonly string[];
  /** Taakvelden the check leaves out (PF005 leaves out 0.5 Treasury from 2021). */
  readonly excludedTaakvelden?: readonly string[];
  /** The pass condition, where the file states one (2017–2019: `"<= 0.01"`, a relative difference). */
  readonly threshold?: string;
}

/**
 * A CBS plausibility check (PF001 … PF009) that applies in a boekjaar, with
 * its CBS description from fouten.json.
 *
 * @example
 * ```ts
 * import { plausibilityChecksOf } from "opkoers/reference";
 *
 * const pf006 = plausibilityChecksOf(2025).find((c) => c.code === "PF006");
 * pf006?.description; //=> "6. Totaal lasten taakvelden = totaal baten taakvelden"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface PlausibilityCheck {
  /** The CBS error code the check reports, `"PF001"` … `"PF009"`. */
  readonly code: string;
  /** The check's number in the CBS file. */
  readonly number: number;
  /** The CBS description (omschrijving in fouten.json). */
  readonly description: string;
  /** Where the check applies; one entry per CBS `calculatie`. */
  readonly scopes: readonly PlausibilityScope[];
}

/**
 * A CBS error code with its description and message (fouten.json): `SF…`
 * structure errors, `DF…` unknown codes, `PF…` plausibility checks.
 *
 * @example
 * ```ts
 * import { cbsErrorMessage } from "opkoers/reference";
 *
 * cbsErrorMessage("DF001").summary; //=> "onjuiste taakveld-code gebruikt"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface CbsError {
  /** The CBS code, such as `"PF006"`. */
  readonly code: string;
  /** The CBS description (omschrijving), trimmed. */
  readonly summary: string;
  /**
   * The CBS message (melding), trimmed, with the placeholders (`<fout>`,
   * `<goed>`, `<extra>`, `<onderdeel>`, `<extra_fout>`) filled in where a
   * value was given and left as they are otherwise.
   */
  readonly message: string;
}

/**
 * One cell of the Iv3 lasten or baten table: a taakveld × categorie
 * combination.
 *
 * @example
 * ```ts
 * import { isForbiddenCombination, type TaakveldCombination } from "opkoers/reference";
 *
 * const cell: TaakveldCombination = { side: "baten", taakveld: "0.7", categorie: "4.3.1" };
 * isForbiddenCombination(cell, 2026); //=> false
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface TaakveldCombination {
  /** The table: lasten (expenses) or baten (revenue). */
  readonly side: "lasten" | "baten";
  /** The taakveld code (row). */
  readonly taakveld: string;
  /** The categorie code (column), from the lasten or baten list. */
  readonly categorie: string;
}

/**
 * One cell of the Iv3 balance-mutation tables: a balance code × categorie
 * combination.
 *
 * @example
 * ```ts
 * import { isForbiddenCombination, type BalansCombination } from "opkoers/reference";
 *
 * const cell: BalansCombination = { side: "balans_lasten", balanscode: "A23", categorie: "6.1" };
 * isForbiddenCombination(cell, 2026); //=> false
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface BalansCombination {
  /** The table: balans_lasten or balans_baten. */
  readonly side: "balans_lasten" | "balans_baten";
  /** The balance code (row). */
  readonly balanscode: string;
  /** The categorie code (column), from the lasten or baten list. */
  readonly categorie: string;
}

/**
 * A cell of any of the four Iv3 tables (`side` tells which).
 *
 * @example
 * ```ts
 * import { forbiddenCombinationsOf, type Combination } from "opkoers/reference";
 *
 * const first: Combination | undefined = forbiddenCombinationsOf("lasten", 2026)[0];
 * first; //=> { side: "lasten", taakveld: "0.1", categorie: "3.1" }
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export type Combination = TaakveldCombination | BalansCombination;

/**
 * How a taakveld relates to the taakvelden of another boekjaar:
 *
 * | kind | meaning |
 * | --- | --- |
 * | `same` | the same code, one to one (the name may have changed; see `notes`) |
 * | `renumbered` | one code became one other code (6.71a → 6.711) |
 * | `split` | one code became several (6.71 → 6.71a–d; 6.2 → 6.21–6.23) |
 * | `merged` | several codes became one (the reverse of a split) |
 * | `regrouped` | a group of codes became another group; only the group totals compare (jeugdhulp 2023 and 2025) |
 * | `none` | no counterpart: the code did not exist (yet) or was discontinued |
 *
 * @example
 * ```ts
 * import { mapTaakveld, type TaakveldMappingKind } from "opkoers/reference";
 *
 * const kind: TaakveldMappingKind = mapTaakveld("6.71a", 2024, 2025).kind;
 * kind; //=> "renumbered"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export type TaakveldMappingKind = "same" | "renumbered" | "split" | "merged" | "regrouped" | "none";

/**
 * The counterpart of a taakveld in another boekjaar, for comparing a time
 * series across the 2023 split and the 2025 renumbering. The sum of the
 * amounts on `sourceGroup` in `fromYear` compares with the sum on `targets`
 * in `toYear`; state `kind` and `notes` next to such a comparison.
 *
 * @example
 * ```ts
 * import { mapTaakveld } from "opkoers/reference";
 *
 * const m = mapTaakveld("6.71", 2022, 2023);
 * m.kind; //=> "split"
 * m.targets; //=> ["6.71a", "6.71b", "6.71c", "6.71d"]
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface TaakveldMapping {
  /** The taakveld asked about. */
  readonly code: string;
  /** The boekjaar of `code`. */
  readonly fromYear: Boekjaar;
  /** The boekjaar mapped to. */
  readonly toYear: Boekjaar;
  /** How `sourceGroup` relates to `targets`. */
  readonly kind: TaakveldMappingKind;
  /**
   * The taakvelden of `fromYear` whose total compares with the total of
   * `targets`: `[code]` unless `code` shares its successors with other codes
   * (then all of them), or `code` is a heading without amounts (6.71 in 2023:
   * then its children).
   */
  readonly sourceGroup: readonly string[];
  /** The bookable taakvelden of `toYear` that `sourceGroup` maps to, in CBS order; empty for `none`. */
  readonly targets: readonly string[];
  /** Why: the basis of each step (CBS list, hand-written table) and name changes on the way. */
  readonly notes: readonly string[];
}

/**
 * A verplichte beleidsindicator (mandatory policy indicator of the Regeling
 * beleidsindicatoren, numbered 1–39 as on waarstaatjegemeente.nl).
 *
 * @example
 * ```ts
 * import { beleidsindicatoren } from "opkoers/reference";
 *
 * const halt = beleidsindicatoren().find((b) => b.number === 6);
 * halt?.name; //=> "Verwijzingen Halt"
 * halt?.source; //=> "Bureau Halt"
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export interface Beleidsindicator {
  /** The national number, 1–39. */
  readonly number: number;
  /** The indicator's name. */
  readonly name: string;
  /** The unit, as municipalities publish it (`"per 1.000 inwoners"`, `"%"`). */
  readonly unit: string;
  /** Where the value comes from (`"eigen begroting"` for 1–5, otherwise the supplier on waarstaatjegemeente.nl). */
  readonly source: string;
  /** The hoofdtaakveld it belongs to, `"0"` … `"8"`. */
  readonly taakveld: string;
  /** The first boekjaar it applies to. */
  readonly fromBoekjaar: number;
  /** The first boekjaar it no longer applies to ("vervallen met ingang van"); absent while in force. */
  readonly endedIn?: number;
  /** The code in the Iv3 `beleidsindicatoren` list (`"bi.1"` … `"bi.5"`), for the eigen-gegevens indicators 1–5. */
  readonly iv3Code?: string;
  /** A public document where the indicator is shown with this number, name and unit. */
  readonly evidence: string;
  /** What about this entry has no primary source (marked UNCONFIRMED in the reference); absent when confirmed. */
  readonly unconfirmed?: string;
}
