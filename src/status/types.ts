/**
 * A text in Dutch and English, for labels and for the sentences of an
 * assessment that a controller can paste into a report.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "opkoers/status";
 *
 * const label: LocalizedText = { nl: "op schema", en: "on track" };
 * label.nl; //=> "op schema"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export interface LocalizedText {
  /** Dutch. */
  readonly nl: string;
  /** English. */
  readonly en: string;
}

/**
 * How serious the outcome of a rule is.
 *
 * @example
 * ```ts
 * import type { Severity } from "opkoers/status";
 *
 * const severity: Severity = "warning";
 * severity; //=> "warning"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export type Severity = "info" | "warning" | "error";

/**
 * A rule that opkoers applies, as data: a stable id, a severity, what it
 * checks in Dutch and English, and the source it comes from (a BBV article,
 * the GTK 2020, a CBS check, a municipality's financial regulation).
 *
 * @example
 * ```ts
 * import type { Rule } from "opkoers/status";
 *
 * const rule: Rule = {
 *   id: "cbs.PF006",
 *   severity: "error",
 *   description: { nl: "Totaal lasten taakvelden = totaal baten taakvelden", en: "Total expenses equal total revenue over all taakvelden" },
 *   source: "CBS Iv3 fouten.json, PF006",
 * };
 * rule.id; //=> "cbs.PF006"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export interface Rule {
  /** Stable id, dotted: `"indicator.progress.linear"`, `"gtk2020.repressive"`, `"cbs.PF006"`. */
  readonly id: string;
  /** How serious a failing outcome is. */
  readonly severity: Severity;
  /** What the rule checks. */
  readonly description: LocalizedText;
  /** Where the rule comes from, as a citation a reader can look up. */
  readonly source: string;
}

/**
 * The explainable result of applying a rule: never a bare colour, but the
 * status together with the rule that decided it, the inputs and thresholds it
 * used, and a sentence in Dutch and English.
 *
 * @typeParam S - The status vocabulary, e.g. `IndicatorStatus`.
 *
 * @example
 * ```ts
 * import type { Assessment } from "opkoers/status";
 *
 * const assessment: Assessment<"onTrack" | "atRisk"> = {
 *   status: "onTrack",
 *   ruleId: "indicator.progress.linear",
 *   subject: "gli-deelnemers",
 *   inputs: { value: 60, expected: 50 },
 *   thresholds: { atRiskBelow: 0.9 },
 *   message: { nl: "60 deelnemers, verwacht 50: op schema.", en: "60 participants, 50 expected: on track." },
 * };
 * assessment.status; //=> "onTrack"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export interface Assessment<S extends string = string> {
  /** The outcome. */
  readonly status: S;
  /** The id of the {@link Rule} that decided it. */
  readonly ruleId: string;
  /** What was assessed: an id, a code or a path (e.g. a programme code or an indicator id). */
  readonly subject?: string;
  /** The input values the rule used (JSON-serialisable). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** The thresholds and options the rule used (JSON-serialisable). */
  readonly thresholds: Readonly<Record<string, unknown>>;
  /** The outcome in a sentence, in Dutch and English. */
  readonly message: LocalizedText;
  /** How serious the outcome is, when that is not implied by the status. */
  readonly severity?: Severity;
}
