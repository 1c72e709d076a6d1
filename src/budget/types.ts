import type { Cents } from "../money/index.js";
import type { LocalizedText } from "../status/index.js";

/**
 * Whether an amount recurs every year (`"structureel"`) or not
 * (`"incidenteel"`, in principle at most three years — Commissie BBV,
 * notitie incidentele en structurele baten en lasten).
 *
 * @example
 * ```ts
 * import type { Nature } from "opkoers/budget";
 *
 * const nature: Nature = "incidenteel";
 * nature; //=> "incidenteel"
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export type Nature = "structureel" | "incidenteel";

/**
 * How a phase takes part in the arithmetic of a budget:
 *
 * | kind | Dutch | meaning |
 * | --- | --- | --- |
 * | `original` | begroting primitief | the budget as adopted, including the meerjarenraming years t+1..t+3 |
 * | `amendment` | begrotingswijziging | a numbered change; never declared in `phases`, it comes from `amendments` |
 * | `actual` | realisatie | what was booked: the whole year, or one quarter when `quarter` is set |
 * | `forecast` | prognose | an expectation, such as a voorjaarsnota or bestuursrapportage forecast |
 * | `other` | — | anything else a user wants to keep beside the budget |
 *
 * The amended budget (begroting na wijziging) is not a kind: it is always
 * derived as original + adopted amendments (see {@link amendedPhaseIds}).
 *
 * @example
 * ```ts
 * import type { PhaseKind } from "opkoers/budget";
 *
 * const kind: PhaseKind = "forecast";
 * kind; //=> "forecast"
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export type PhaseKind = "original" | "amendment" | "actual" | "forecast" | "other";

/**
 * A phase of the budget (a "version" of the amounts), declared as data in
 * {@link BudgetDocument.phases}; any number of them, with ids the user
 * chooses — a voorjaarsnota forecast is just another phase.
 *
 * @example
 * ```ts
 * import type { Phase } from "opkoers/budget";
 *
 * const q1: Phase = { id: "realisatie-q1", kind: "actual", quarter: 1, label: "Realisatie 1e kwartaal" };
 * q1.quarter; //=> 1
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface Phase {
  /** Unique id within the document, used by every line of the phase (e.g. `"primitief"`, `"realisatie"`). */
  readonly id: string;
  /** How the phase takes part in the arithmetic. */
  readonly kind: PhaseKind;
  /** A label for tables, e.g. `"Begroting 2024 primitief"`. */
  readonly label?: string;
  /** For an `actual` phase that covers one quarter: 1–4. Its amounts are those booked in that quarter (periodic, not cumulative). */
  readonly quarter?: 1 | 2 | 3 | 4;
}

/**
 * One line of a budget: an amount of lasten (expenses) and baten (revenue)
 * for a programme, taakveld, year and phase. Amounts keep their natural sign
 * (a correction may be negative); the balance (saldo) is revenue − expenses.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { BudgetLine } from "opkoers/budget";
 *
 * const line: BudgetLine = {
 *   programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "primitief",
 *   expenses: euro(46634000), revenue: euro(4742000), nature: "structureel",
 *   description: "Volksgezondheid",
 * };
 * line.revenue - line.expenses; //=> -4189200000
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface BudgetLine {
  /** The programme's code, as declared in {@link BudgetDocument.programmes}. */
  readonly programme: string;
  /** The taakveld code, a string such as `"6.71a"` or `"0.10"` (never a number: `"0.10"` is not `"0.1"`). */
  readonly taakveld: string;
  /** The economische categorie (Iv3), e.g. `"3.4.1"`. */
  readonly categorie?: string;
  /** The municipality's own cost centre (kostenplaats). */
  readonly costCentre?: string;
  /** The year the amount belongs to (the begrotingsjaar, or t+1..t+3 for the meerjarenraming). */
  readonly year: number;
  /** The id of the phase (see {@link Phase}). */
  readonly phase: string;
  /** Lasten, in cents. */
  readonly expenses: Cents;
  /** Baten, in cents. */
  readonly revenue: Cents;
  /** Structureel or incidenteel. */
  readonly nature: Nature;
  /** For a toevoeging (expenses) or onttrekking (revenue) on taakveld 0.10: the reserve's code. */
  readonly reserve?: string;
  /** What the line is for. */
  readonly description?: string;
}

/**
 * One change in a begrotingswijziging: a budget line without a phase, whose
 * amounts are the change (a decrease is negative).
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { Mutation } from "opkoers/budget";
 *
 * const more: Mutation = { programme: "gezondheid", taakveld: "7.1", year: 2024, expenses: euro(250000), revenue: euro(0), nature: "incidenteel" };
 * more.expenses; //=> 25000000
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export type Mutation = Omit<BudgetLine, "phase">;

/**
 * Whether a begrotingswijziging counts: only an `adopted` one (vastgesteld
 * by the raad) is part of the amended budget.
 *
 * @example
 * ```ts
 * import type { AmendmentStatus } from "opkoers/budget";
 *
 * const status: AmendmentStatus = "proposed";
 * status; //=> "proposed"
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export type AmendmentStatus = "proposed" | "adopted" | "rejected";

/**
 * A begrotingswijziging: a numbered list of mutations with the date and the
 * decision that adopted it. Each amendment is also a phase (kind
 * `"amendment"`, id {@link Amendment.id}) whose lines are its mutations.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { Amendment } from "opkoers/budget";
 *
 * const bw: Amendment = {
 *   id: "bw-2024-03", number: 3, date: "2024-07-04", decision: "RB-2024-112",
 *   mutations: [{ programme: "gezondheid", taakveld: "7.1", year: 2024, expenses: euro(250000), revenue: euro(0), nature: "incidenteel" }],
 * };
 * bw.mutations.length; //=> 1
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface Amendment {
  /** Unique phase id of the amendment (no other phase or amendment may use it). */
  readonly id: string;
  /** The amendment's number (unique within the document). */
  readonly number: number;
  /** The ISO date (`YYYY-MM-DD`) of the decision that adopted it. */
  readonly date: string;
  /** The decision: a raadsbesluit number or a reference to it. */
  readonly decision: string;
  /** Whether it counts; absent means `"adopted"`. */
  readonly status?: AmendmentStatus;
  /** What the amendment is about. */
  readonly description?: string;
  /** The changes. */
  readonly mutations: readonly Mutation[];
}

/**
 * A programme of the programmabegroting.
 *
 * @example
 * ```ts
 * import type { BudgetProgramme } from "opkoers/budget";
 *
 * const p: BudgetProgramme = { code: "gezondheid", name: "Gezondheid" };
 * p.name; //=> "Gezondheid"
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface BudgetProgramme {
  /** The code used by budget lines. */
  readonly code: string;
  /** The name as published. */
  readonly name: string;
}

/**
 * A reserve: the algemene reserve (`"general"`) or a bestemmingsreserve
 * (`"earmarked"`).
 *
 * @example
 * ```ts
 * import type { Reserve } from "opkoers/budget";
 *
 * const ar: Reserve = { code: "AR", name: "Algemene reserve", kind: "general" };
 * ar.kind; //=> "general"
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface Reserve {
  /** The code used by budget lines. */
  readonly code: string;
  /** The name as published. */
  readonly name: string;
  /** Algemene reserve or bestemmingsreserve. */
  readonly kind: "general" | "earmarked";
  /**
   * `true` for a dekkingsreserve kapitaallasten: a bestemmingsreserve that
   * covers the capital charges of an investment for its whole
   * afschrijvingstermijn. Only withdrawals from such a reserve may count as
   * structural in the structural balance (GTK 2020 §7.2–7.3; bbv-domain §13).
   * Default: not such a reserve.
   *
   * @since 0.2.0
   */
  readonly coversCapitalCharges?: boolean;
}

/**
 * Where the budget for onvoorzien (unforeseen expenses) is booked, so that an
 * amendment that draws on it can be recognised as covered by onvoorzien.
 *
 * @example
 * ```ts
 * import type { OnvoorzienLocation } from "opkoers/budget";
 *
 * const onvoorzien: OnvoorzienLocation = { taakveld: "0.8", costCentre: "onvoorzien" };
 * onvoorzien.taakveld; //=> "0.8"
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface OnvoorzienLocation {
  /** The programme, when onvoorzien is kept per programme. */
  readonly programme?: string;
  /** The taakveld (usually 0.8 Overige baten en lasten). */
  readonly taakveld: string;
  /** The cost centre, when the taakveld holds more than onvoorzien. */
  readonly costCentre?: string;
}

/**
 * A budget as one JSON document: what it declares (programmes, taakvelden,
 * reserves, phases) and its amounts (lines per phase, and the amendments
 * with their mutations). The amended budget is never stored: it is derived.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { BudgetDocument } from "opkoers/budget";
 *
 * const doc: BudgetDocument = {
 *   budgetYear: 2024,
 *   programmes: [{ code: "gezondheid", name: "Gezondheid" }],
 *   taakvelden: ["7.1"],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: [{ programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "primitief", expenses: euro(100), revenue: euro(0), nature: "structureel" }],
 *   amendments: [],
 * };
 * doc.lines.length; //=> 1
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface BudgetDocument {
  /** The municipality, e.g. `"Almere"`. */
  readonly municipality?: string;
  /** The begrotingsjaar t. */
  readonly budgetYear: number;
  /** The programmes; every line names one of them. */
  readonly programmes: readonly BudgetProgramme[];
  /** The taakvelden the document uses; every line names one of them. */
  readonly taakvelden: readonly string[];
  /** The reserves that lines on taakveld 0.10 may name. */
  readonly reserves?: readonly Reserve[];
  /** Where onvoorzien is budgeted, if the municipality wants it recognised. */
  readonly onvoorzien?: OnvoorzienLocation;
  /** The phases of the lines (not the amendments, which are phases of their own). */
  readonly phases: readonly Phase[];
  /** The amounts. */
  readonly lines: readonly BudgetLine[];
  /** The begrotingswijzigingen, in the order they were applied. */
  readonly amendments: readonly Amendment[];
}

/**
 * A property of a budget line that a rollup can group by. `hoofdtaakveld` is
 * the part of the taakveld code before the first dot (`"0.10"` → `"0"`,
 * `"6.71a"` → `"6"`).
 *
 * @example
 * ```ts
 * import type { Dimension } from "opkoers/budget";
 *
 * const by: Dimension[] = ["programme", "taakveld", "year"];
 * by.length; //=> 3
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export type Dimension = "programme" | "taakveld" | "hoofdtaakveld" | "categorie" | "costCentre" | "year" | "phase" | "nature" | "reserve";

/**
 * The values that identify one group of a rollup; only the dimensions grouped
 * by are present, and a line without a categorie, cost centre or reserve is
 * grouped under `null`.
 *
 * @example
 * ```ts
 * import type { RollupKey } from "opkoers/budget";
 *
 * const key: RollupKey = { programme: "gezondheid", year: 2024 };
 * key.year; //=> 2024
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export interface RollupKey {
  /** Programme code. */
  readonly programme?: string;
  /** Taakveld code. */
  readonly taakveld?: string;
  /** Hoofdtaakveld (`"0"` … `"8"`). */
  readonly hoofdtaakveld?: string;
  /** Economische categorie, or `null` when the lines have none. */
  readonly categorie?: string | null;
  /** Cost centre, or `null`. */
  readonly costCentre?: string | null;
  /** Year. */
  readonly year?: number;
  /** Phase id. */
  readonly phase?: string;
  /** Structureel or incidenteel. */
  readonly nature?: Nature;
  /** Reserve code, or `null`. */
  readonly reserve?: string | null;
}

/**
 * Lasten, baten and saldo of a set of lines.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { Figures } from "opkoers/budget";
 *
 * const f: Figures = { expenses: euro(10), revenue: euro(4), balance: euro(-6) };
 * f.balance; //=> -600
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export interface Figures {
  /** Lasten. */
  readonly expenses: Cents;
  /** Baten. */
  readonly revenue: Cents;
  /** Saldo = baten − lasten (negative = nadeel). */
  readonly balance: Cents;
}

/**
 * One group of a {@link Rollup}.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { RollupRow } from "opkoers/budget";
 *
 * const row: RollupRow = { key: { programme: "p" }, expenses: euro(1), revenue: euro(0), balance: euro(-1), lines: 1 };
 * row.lines; //=> 1
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export interface RollupRow extends Figures {
  /** The group. */
  readonly key: RollupKey;
  /** How many lines (and amendment mutations) were added up. */
  readonly lines: number;
}

/**
 * The result of {@link rollup}: one row per group, sorted by the dimensions
 * in order (codes in CBS order: `"0.9"` before `"0.10"`), and the total.
 *
 * @example
 * ```ts
 * import type { Rollup } from "opkoers/budget";
 *
 * const empty: Rollup = { by: [], rows: [], total: { expenses: 0 as never, revenue: 0 as never, balance: 0 as never } };
 * empty.rows.length; //=> 0
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export interface Rollup {
  /** The dimensions grouped by. */
  readonly by: readonly Dimension[];
  /** The groups. */
  readonly rows: readonly RollupRow[];
  /** The total over all groups. */
  readonly total: Figures;
}

/**
 * The programme × taakveld table that the BBV asks for as an appendix
 * (overzicht van baten en lasten per taakveld), see {@link crossTable}.
 *
 * @example
 * ```ts
 * import type { CrossTable } from "opkoers/budget";
 *
 * const table: CrossTable = { programmes: [], taakvelden: [], cells: [], byProgramme: [], byTaakveld: [], total: { expenses: 0 as never, revenue: 0 as never, balance: 0 as never } };
 * table.cells.length; //=> 0
 * ```
 *
 * @category Rollups
 * @since 0.1.0
 */
export interface CrossTable {
  /** The programme codes (rows), in the document's order, or sorted when built from bare lines. */
  readonly programmes: readonly string[];
  /** The taakveld codes used (columns), in CBS order. */
  readonly taakvelden: readonly string[];
  /** The non-empty cells. */
  readonly cells: readonly (Figures & {
    /** Programme code. */
    readonly programme: string;
    /** Taakveld code. */
    readonly taakveld: string;
  })[];
  /** Row totals. */
  readonly byProgramme: readonly (Figures & {
    /** Programme code. */
    readonly programme: string;
  })[];
  /** Column totals. */
  readonly byTaakveld: readonly (Figures & {
    /** Taakveld code. */
    readonly taakveld: string;
  })[];
  /** Grand total. */
  readonly total: Figures;
}

/**
 * The part of the overzicht van baten en lasten that a non-programme
 * taakveld belongs to:
 *
 * | part | Dutch |
 * | --- | --- |
 * | `generalCover` | algemene dekkingsmiddelen (0.5 treasury, 0.61–0.64 belastingen, 0.7 algemene uitkering, 0.8 overige baten en lasten) |
 * | `overhead` | overzicht kosten van overhead (0.4) |
 * | `vpb` | heffing vennootschapsbelasting (0.9) |
 * | `onvoorzien` | bedrag voor onvoorzien (where {@link BudgetDocument.onvoorzien} says) |
 * | `reserves` | toevoegingen en onttrekkingen aan reserves (0.10) |
 * | `result` | resultaat van de rekening van baten en lasten (0.11) |
 *
 * @example
 * ```ts
 * import type { OverviewPart } from "opkoers/budget";
 *
 * const part: OverviewPart = "overhead";
 * part; //=> "overhead"
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export type OverviewPart = "generalCover" | "overhead" | "vpb" | "onvoorzien" | "reserves" | "result";

/**
 * One entry of the classification of non-programme taakvelden (see
 * {@link GENERAL_TAAKVELDEN}).
 *
 * @example
 * ```ts
 * import type { TaakveldClassification } from "opkoers/budget";
 *
 * const entry: TaakveldClassification = { taakveld: "0.4", part: "overhead", label: { nl: "Overhead", en: "Overhead" } };
 * entry.part; //=> "overhead"
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface TaakveldClassification {
  /** The taakveld code. */
  readonly taakveld: string;
  /** The part of the overzicht it belongs to. */
  readonly part: Exclude<OverviewPart, "onvoorzien">;
  /** The line's label. */
  readonly label: LocalizedText;
}

/**
 * A column of the overzicht van baten en lasten: a name and the phases whose
 * lines it adds up (e.g. amended = original + the adopted amendments).
 *
 * @example
 * ```ts
 * import type { OverviewColumn } from "opkoers/budget";
 *
 * const column: OverviewColumn = { id: "original", label: { nl: "Begroting primitief", en: "Original budget" }, phases: ["primitief"] };
 * column.phases; //=> ["primitief"]
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface OverviewColumn {
  /** Column id, e.g. `"original"`, `"amended"`, `"actual"`. */
  readonly id: string;
  /** Column header. */
  readonly label: LocalizedText;
  /** Phase ids whose lines the column adds up. */
  readonly phases: readonly string[];
}

/**
 * One line of the overzicht: a programme, or a non-programme taakveld, with
 * figures per column id (and `"difference"` when asked for).
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { OverviewLine } from "opkoers/budget";
 *
 * const line: OverviewLine = { code: "gezondheid", label: "Gezondheid", values: { original: { expenses: euro(1), revenue: euro(0), balance: euro(-1) } } };
 * line.values["original"]?.balance; //=> -100
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface OverviewLine {
  /** Programme code or taakveld code. */
  readonly code: string;
  /** Programme name or taakveld label (Dutch). */
  readonly label: string;
  /** For a non-programme line: its part. */
  readonly part?: OverviewPart;
  /** Figures per column id. */
  readonly values: Readonly<Record<string, Figures>>;
}

/**
 * A part of the saldo van baten en lasten that has a subtotal in the
 * overzicht: `"programmes"` (Totaal programma's, all programmes together) or
 * one of the non-programme parts (algemene dekkingsmiddelen, overhead, Vpb,
 * onvoorzien).
 *
 * @example
 * ```ts
 * import type { OverviewSubtotalPart } from "opkoers/budget";
 *
 * const part: OverviewSubtotalPart = "programmes";
 * part; //=> "programmes"
 * ```
 *
 * @category Overzicht
 * @since 0.2.0
 */
export type OverviewSubtotalPart = "programmes" | "generalCover" | "overhead" | "vpb" | "onvoorzien";

/**
 * The subtotal of one part of the overzicht (the "Totaal programma's", or the
 * algemene dekkingsmiddelen, overhead, Vpb or onvoorzien): the sum of that
 * part's lines, per column id (and the difference column when asked for).
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { OverviewSubtotal } from "opkoers/budget";
 *
 * const total: OverviewSubtotal = {
 *   part: "programmes",
 *   label: { nl: "Totaal programma's", en: "Total of the programmes" },
 *   lines: 2,
 *   values: { original: { expenses: euro(10), revenue: euro(4), balance: euro(-6) } },
 * };
 * total.values["original"]?.balance; //=> -600
 * ```
 *
 * @category Overzicht
 * @since 0.2.0
 */
export interface OverviewSubtotal {
  /** The part. */
  readonly part: OverviewSubtotalPart;
  /** The published name of the subtotal ("Totaal programma's", "Algemene dekkingsmiddelen", …). */
  readonly label: LocalizedText;
  /** How many lines of the overview the part has (programmes, or non-programme lines). */
  readonly lines: number;
  /** Lasten, baten and saldo of the part's lines together, per column id. */
  readonly values: Readonly<Record<string, Figures>>;
}

/**
 * Reserve mutations of one programme (taakveld 0.10): toevoegingen
 * (additions, booked as lasten) and onttrekkingen (withdrawals, booked as
 * baten), per column.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { ReserveMutationLine } from "opkoers/budget";
 *
 * const r: ReserveMutationLine = { programme: "p", label: "P", values: { original: { additions: euro(5), withdrawals: euro(2), balance: euro(-3) } } };
 * r.values["original"]?.balance; //=> -300
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface ReserveMutationLine {
  /** Programme code. */
  readonly programme: string;
  /** Programme name. */
  readonly label: string;
  /** Per column: additions, withdrawals and balance (withdrawals − additions). */
  readonly values: Readonly<Record<string, ReserveFigures>>;
}

/**
 * Toevoegingen, onttrekkingen and their balance.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { ReserveFigures } from "opkoers/budget";
 *
 * const r: ReserveFigures = { additions: euro(5), withdrawals: euro(2), balance: euro(-3) };
 * r.additions; //=> 500
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface ReserveFigures {
  /** Toevoegingen aan reserves (lasten on 0.10). */
  readonly additions: Cents;
  /** Onttrekkingen aan reserves (baten on 0.10). */
  readonly withdrawals: Cents;
  /** Onttrekkingen − toevoegingen. */
  readonly balance: Cents;
}

/**
 * The overzicht van baten en lasten (BBV art. 17 and 27) for one year, with
 * the phases side by side; see {@link overviewOfBatenLasten}.
 *
 * @example
 * ```ts
 * import type { BatenLastenOverview } from "opkoers/budget";
 *
 * type Saldo = BatenLastenOverview["saldo"];
 * const saldo: Saldo = {};
 * Object.keys(saldo).length; //=> 0
 * ```
 *
 * @category Overzicht
 * @since 0.1.0
 */
export interface BatenLastenOverview {
  /** The year shown. */
  readonly year: number;
  /** The columns, in order (`"difference"` is not among them; see {@link BatenLastenOverview.difference}). */
  readonly columns: readonly OverviewColumn[];
  /** The difference column: `to` − `from`, or `null` when not asked for. */
  readonly difference: {
    /** The id of the difference column in `values`. */
    readonly id: string;
    /** The column subtracted. */
    readonly from: string;
    /** The column subtracted from. */
    readonly to: string;
  } | null;
  /** Per programme: lasten, baten and saldo, without the non-programme taakvelden. */
  readonly programmes: readonly OverviewLine[];
  /** Algemene dekkingsmiddelen, overhead, Vpb and onvoorzien, per taakveld. */
  readonly general: readonly OverviewLine[];
  /**
   * The subtotal of each part of the saldo van baten en lasten, in the order of
   * the overzicht: always the "Totaal programma's" (all programmes), then each
   * non-programme part that has a line in {@link BatenLastenOverview.general}
   * (algemene dekkingsmiddelen, overhead, Vpb, onvoorzien). Together they add up to the saldo.
   */
  readonly subtotals: readonly OverviewSubtotal[];
  /** Saldo van baten en lasten: programmes + general. */
  readonly saldo: Readonly<Record<string, Figures>>;
  /** Toevoegingen and onttrekkingen aan reserves per programme. */
  readonly reserves: readonly ReserveMutationLine[];
  /** Total reserve mutations. */
  readonly reservesTotal: Readonly<Record<string, ReserveFigures>>;
  /** Resultaat = saldo van baten en lasten + (onttrekkingen − toevoegingen). */
  readonly result: Readonly<Record<string, Cents>>;
  /** What is booked on taakveld 0.11 (resultaat van de rekening), per column; zero when there is none. */
  readonly bookedResult: Readonly<Record<string, Figures>>;
}
