import type { BudgetDocument, Figures, OverviewColumn, PresentedOverview } from "../budget/index.js";
import type { Deadline, IsoDate } from "../calendar/index.js";
import type { DeviationPolicy, DeviationRow, StructuralBalance, SupervisionRegime } from "../finance/index.js";
import type { ActivityAssessment, AttentionItem, GoalAssessment, Indicator, IndicatorAssessment, Municipality, PlanningDocument, ProgrammeSummary } from "../policy/index.js";
import type { LocalizedText, StatusScale } from "../status/index.js";

/**
 * The output formats of a report: `text` for the terminal, `markdown` for
 * pasting into documents, `html` (one self-contained file with tables and
 * SVG charts) and `json` (the computed {@link Report}, with every assessment,
 * for other tools).
 *
 * @example
 * ```ts
 * import type { ReportFormat } from "opkoers/report";
 *
 * const format: ReportFormat = "html";
 * format; //=> "html"
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export type ReportFormat = "text" | "markdown" | "html" | "json";

/**
 * The language of a rendered report's labels and sentences: Dutch (`nl`) or
 * English (`en`). Names and texts from the documents themselves stay as written.
 *
 * @example
 * ```ts
 * import type { ReportLanguage } from "opkoers/report";
 *
 * const lang: ReportLanguage = "en";
 * lang; //=> "en"
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export type ReportLanguage = "nl" | "en";

/**
 * What an Iv3 export needs beyond the figures: the CBS number of the
 * municipality (default: the digits of the planning document's `GM` code) and
 * the contact person CBS asks for.
 *
 * @example
 * ```ts
 * import type { Iv3Settings } from "opkoers/report";
 *
 * const iv3: Iv3Settings = { contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" } };
 * iv3.contact?.naam; //=> "P. Afzender"
 * ```
 *
 * @category Report input
 * @since 0.1.0
 */
export interface Iv3Settings {
  /** The CBS number, four digits (`"0034"`); default: from the municipality code `GM0034`. */
  readonly overheidsnummer?: string;
  /** The contact person of the delivery. */
  readonly contact?: {
    /** Name. */
    readonly naam: string;
    /** E-mail address. */
    readonly email: string;
    /** Telephone number. */
    readonly telefoon: string;
  };
  /** The financial package the figures come from. */
  readonly financieelPakket?: string;
}

/**
 * The input of a status report (the "report envelope", a JSON object): a
 * planning document, optionally the budget document with its figures, and the
 * settings of the report. A bare planning document is read as
 * `{ planning: <document> }`. Its JSON Schema is {@link reportInputJsonSchema}.
 *
 * @example
 * ```ts
 * import type { ReportInput } from "opkoers/report";
 *
 * const input: ReportInput = {
 *   planning: { type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [] },
 *   asOf: "2024-10-20",
 *   scale: "threeColour",
 * };
 * input.planning.year; //=> 2024
 * ```
 *
 * @category Report input
 * @since 0.1.0
 */
export interface ReportInput {
  /** The planning document (begroting, bestuursrapportage or jaarverslag). */
  readonly planning: PlanningDocument;
  /** The budget document with the figures per programme, taakveld and phase. */
  readonly budget?: BudgetDocument;
  /** The date the report is made for (the peildatum); `--as-of` overrides it. */
  readonly asOf?: IsoDate;
  /** The id of the status scale whose colours and labels the report shows (a preset or one of the document's `statusScales`); default `"threeColour"`. */
  readonly scale?: string;
  /** The id of the deviation policy (see `DEVIATION_POLICIES` in opkoers/finance); default `"nieuwkoop2017"`. */
  readonly deviationPolicy?: string;
  /** Deadlines due within this many days before or after `asOf` are listed; default 30. */
  readonly windowDays?: number;
  /** When P&C deadlines were met: deadline id (`"begroting.2024"`, `"iv3.2024-Q1"`) → date delivered. */
  readonly submissions?: Readonly<Record<string, IsoDate>>;
  /** What an Iv3 export of the budget needs. */
  readonly iv3?: Iv3Settings;
}

/**
 * Options of {@link buildReport}: they override the settings of the
 * {@link ReportInput}.
 *
 * @example
 * ```ts
 * import type { BuildReportOptions } from "opkoers/report";
 *
 * const options: BuildReportOptions = { asOf: "2024-10-20", scale: "fourColour" };
 * options.scale; //=> "fourColour"
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export interface BuildReportOptions {
  /** The date of the report; default the input's `asOf`, else 31 December of the document's year. */
  readonly asOf?: IsoDate;
  /** The status scale id; default the input's, else `"threeColour"`. */
  readonly scale?: string;
  /** The deviation policy id; default the input's, else `"nieuwkoop2017"`. */
  readonly deviationPolicy?: string;
  /** The deadline window in days; default the input's, else 30. */
  readonly windowDays?: number;
}

/**
 * A P&C deadline near the report date, and where it stands: `delivered`
 * (the input's `submissions` say so), `overdue` (past and not delivered),
 * or `due` (today or later).
 *
 * @example
 * ```ts
 * import type { DeadlineItem } from "opkoers/report";
 *
 * const item: DeadlineItem = {
 *   deadline: { id: "iv3.2024-Q3", kind: "iv3", year: 2024, label: { nl: "Iv3 3e kwartaal 2024 naar CBS", en: "Iv3 Q3 2024 to CBS" }, due: "2024-10-30", source: "CBS" },
 *   state: "due",
 *   days: 10,
 * };
 * item.state; //=> "due"
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export interface DeadlineItem {
  /** The deadline (from `pcDeadlines` in opkoers/calendar). */
  readonly deadline: Deadline;
  /** Where it stands on the report date. */
  readonly state: "delivered" | "overdue" | "due";
  /** Days from the report date to the due date (negative: in the past). */
  readonly days: number;
  /** When it was delivered, for `delivered`. */
  readonly deliveredOn?: IsoDate;
}

/**
 * The money of one programme in a report: lasten, baten and saldo per column
 * (original, amended, actual or forecast), in cents, and the deviations of
 * the programme under the report's deviation policy.
 *
 * @example
 * ```ts
 * import type { ProgrammeFigures } from "opkoers/report";
 *
 * const finances: ProgrammeFigures = {
 *   source: "planning",
 *   columns: [{ id: "original", label: { nl: "Begroting", en: "Budget" } }],
 *   values: { original: { expenses: 4663400000, revenue: 474200000, balance: -4189200000 } as never },
 *   deviations: [],
 * };
 * finances.columns.length; //=> 1
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export interface ProgrammeFigures {
  /** `budget`: from the budget document; `planning`: from the programme's own `finances` (one column). */
  readonly source: "budget" | "planning";
  /** The columns, in order. */
  readonly columns: readonly {
    /** Column id: `original`, `amended`, `actual` or `forecast`. */
    readonly id: string;
    /** Column header. */
    readonly label: LocalizedText;
  }[];
  /** Figures per column id, in cents. */
  readonly values: Readonly<Record<string, Figures>>;
  /** The deviation rows of the programme (amended against actual or forecast); empty without those figures. */
  readonly deviations: readonly DeviationRow[];
}

/**
 * One programme of a report: its goals, indicators and activities with their
 * assessments (from `programmeSummary` of opkoers/policy), what needs
 * attention, and its finances.
 *
 * @example
 * ```ts
 * import { buildReport, type ProgrammeReport } from "opkoers/report";
 *
 * const report = buildReport({ planning: { type: "begroting", municipality: { code: "GM0034" }, year: 2024, programmes: [
 *   { code: "p", name: "P", portfolioHolders: [], goals: [], activities: [], indicators: [], taakvelden: [], partners: [] },
 * ] } }, { asOf: "2024-06-30" });
 * const programme: ProgrammeReport | undefined = report.programmes[0];
 * programme?.code; //=> "p"
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export interface ProgrammeReport {
  /** The programme code. */
  readonly code: string;
  /** The name. */
  readonly name: string;
  /** The ambitie, if the document states one. */
  readonly ambition?: string;
  /** How many goals, indicators and activities have each status. */
  readonly counts: ProgrammeSummary["counts"];
  /** Every goal with its statement and assessment. */
  readonly goals: readonly {
    /** The goal as the document states it. */
    readonly statement: string;
    /** The assessment. */
    readonly assessment: GoalAssessment;
  }[];
  /** Every indicator (definition, targets, measurements) with its assessment. */
  readonly indicators: readonly {
    /** The indicator as in the document. */
    readonly indicator: Indicator;
    /** The assessment. */
    readonly assessment: IndicatorAssessment;
  }[];
  /** Every activity with its name and assessment. */
  readonly activities: readonly {
    /** The activity's name. */
    readonly name: string;
    /** The assessment. */
    readonly assessment: ActivityAssessment;
  }[];
  /** What needs attention, most urgent first. */
  readonly attention: readonly AttentionItem[];
  /** The money, or `null` when neither the budget nor the programme has figures. */
  readonly finances: ProgrammeFigures | null;
}

/**
 * The budget part of a report: the overzicht van baten en lasten (× € 1.000),
 * the deviations that need an explanation, the structural balance per year
 * and the supervision regime — each `null` when the budget lacks what it needs,
 * with a note saying why.
 *
 * @example
 * ```ts
 * import type { BudgetReport } from "opkoers/report";
 *
 * type Regime = NonNullable<BudgetReport["supervision"]>["regime"];
 * const regime: Regime = "repressive";
 * regime; //=> "repressive"
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export interface BudgetReport {
  /** The begrotingsjaar. */
  readonly year: number;
  /** The columns of the overview. */
  readonly columns: readonly OverviewColumn[];
  /** The overzicht van baten en lasten in whole thousands of euros (totals add up). */
  readonly overview: PresentedOverview;
  /** The deviation policy applied, or `null` when there are no actual or forecast figures. */
  readonly deviationPolicy: DeviationPolicy | null;
  /** The deviations per programme (amended against actual or forecast). */
  readonly deviations: readonly DeviationRow[];
  /** The structural balance of t..t+3, or `null` when a year has no figures. */
  readonly structuralBalance: StructuralBalance | null;
  /** The supervision regime, or `null` when the structural balance is not known. */
  readonly supervision: SupervisionRegime | null;
}

/**
 * A computed status report of one planning document on one date. It holds
 * data only (amounts in cents, sentences in Dutch and English), so that the
 * JSON format is this object and the text, Markdown and HTML formats render
 * it in either language.
 *
 * @example
 * ```ts
 * import { buildReport } from "opkoers/report";
 *
 * const report = buildReport({ planning: { type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [] } }, { asOf: "2024-10-20" });
 * report.asOf; //=> "2024-10-20"
 * report.scale.id; //=> "threeColour"
 * report.deadlines.map((item) => item.deadline.id); //=> ["iv3.2024-Q3", "begroting.2025", "iv3.begroting.2025"]
 * ```
 *
 * @category Report
 * @since 0.1.0
 */
export interface Report {
  /** The report date. */
  readonly asOf: IsoDate;
  /** The deadline window in days. */
  readonly windowDays: number;
  /** Which document the report is on. */
  readonly document: {
    /** begroting, bestuursrapportage or jaarverslag. */
    readonly type: PlanningDocument["type"];
    /** The begrotingsjaar. */
    readonly year: number;
    /** The title, if any. */
    readonly title?: string;
    /** The municipality. */
    readonly municipality: Municipality;
  };
  /** The status scale whose labels and colours are shown. */
  readonly scale: StatusScale;
  /** Per programme. */
  readonly programmes: readonly ProgrammeReport[];
  /** The P&C deadlines within the window around the report date, earliest first. */
  readonly deadlines: readonly DeadlineItem[];
  /** The budget part, or `null` without a budget document. */
  readonly budget: BudgetReport | null;
  /** What could not be computed, and why. */
  readonly notes: readonly LocalizedText[];
}
