import { DomainError } from "../errors/DomainError.js";
import { GENERAL_TAAKVELDEN } from "./generalTaakvelden.js";
import type { OnvoorzienLocation, OverviewPart, TaakveldClassification } from "./types.js";

/**
 * The part of the overzicht van baten en lasten a budget line belongs to:
 * `"programme"` for the lasten and baten of a programme, or one of the
 * non-programme parts ({@link OverviewPart}).
 *
 * @example
 * ```ts
 * import type { LinePart } from "opkoers/budget";
 *
 * const part: LinePart = "result";
 * part; //=> "result"
 * ```
 *
 * @category Overzicht
 * @since 0.2.0
 */
export type LinePart = "programme" | OverviewPart;

/**
 * Options for {@link lineClassifier}.
 *
 * @example
 * ```ts
 * import type { LineClassifierOptions } from "opkoers/budget";
 *
 * const options: LineClassifierOptions = { onvoorzien: { taakveld: "0.8", costCentre: "onvoorzien" } };
 * options.onvoorzien?.taakveld; //=> "0.8"
 * ```
 *
 * @category Overzicht
 * @since 0.2.0
 */
export interface LineClassifierOptions {
  /** The classification of the non-programme taakvelden; default {@link GENERAL_TAAKVELDEN}. */
  readonly classification?: readonly TaakveldClassification[];
  /** Where onvoorzien is budgeted (see {@link BudgetDocument.onvoorzien}); default: not recognised. */
  readonly onvoorzien?: OnvoorzienLocation;
}

/**
 * What {@link lineClassifier} reads of a line.
 *
 * @example
 * ```ts
 * import type { ClassifiedLine } from "opkoers/budget";
 *
 * const line: ClassifiedLine = { programme: "zorg", taakveld: "6.1" };
 * line.taakveld; //=> "6.1"
 * ```
 *
 * @category Overzicht
 * @since 0.2.0
 */
export interface ClassifiedLine {
  /** The programme code. */
  readonly programme: string;
  /** The taakveld code. */
  readonly taakveld: string;
  /** The cost centre, if any. */
  readonly costCentre?: string | null | undefined;
}

const PARTS: readonly string[] = ["generalCover", "overhead", "vpb", "reserves", "result"];

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : typeof value;
}

function invalid(message: string, details: Readonly<Record<string, unknown>>): never {
  throw new DomainError("invalid_option", message, details);
}

/**
 * The one classification of budget lines into the parts of the overzicht
 * van baten en lasten (BBV art. 17; Iv3 taakvelden), shared by the budget
 * layer ({@link overviewOfBatenLasten}) and the finance rules (structural
 * balance, deviations, begrotingsrechtmatigheid), so that every rule counts
 * the same lines:
 *
 * 1. onvoorzien, where the document says it is budgeted (`onvoorzien`);
 * 2. the non-programme taakvelden of the classification (default
 *    {@link GENERAL_TAAKVELDEN}): algemene dekkingsmiddelen, overhead (0.4),
 *    Vpb (0.9), reserve mutations (0.10) and the resultaat (0.11);
 * 3. everything else is a programme's own lasten and baten.
 *
 * Taakveld 0.11 holds the resultaat of the rekening van baten en lasten (Iv3
 * categorie 7.1, booked so that PF006 holds): it is the balancing line, not
 * a last or baat of any rule about programmes, deviations or structural
 * balance (CBS Iv3 definitions; bbv-domain §13).
 *
 * @param options - The classification and where onvoorzien is budgeted.
 * @returns A function that gives the part of one line.
 * @throws {@link DomainError} `invalid_option` – when the options, the classification or a line is malformed (a line: when the returned function is called).
 *
 * @example
 * ```ts
 * import { lineClassifier } from "opkoers/budget";
 *
 * const partOf = lineClassifier({ onvoorzien: { taakveld: "0.8", costCentre: "onvoorzien" } });
 * partOf({ programme: "zorg", taakveld: "6.1" }); //=> "programme"
 * partOf({ programme: "financien", taakveld: "0.11" }); //=> "result"
 * partOf({ programme: "zorg", taakveld: "0.10" }); //=> "reserves"
 * partOf({ programme: "financien", taakveld: "0.8", costCentre: "onvoorzien" }); //=> "onvoorzien"
 * partOf({ programme: "financien", taakveld: "0.8" }); //=> "generalCover"
 * lineClassifier({ classification: [{ taakveld: "0.4", part: "programme" as never, label: { nl: "x", en: "x" } }] }); //=> throws invalid_option
 * ```
 *
 * @category Overzicht
 * @since 0.2.0
 */
export function lineClassifier(options: LineClassifierOptions = {}): (line: ClassifiedLine) => LinePart {
  if (typeof options !== "object" || options === null || Array.isArray(options)) invalid(`The options must be an object, but they are ${show(options)}.`, { option: "options" });
  const classification = options.classification ?? GENERAL_TAAKVELDEN;
  if (!Array.isArray(classification)) invalid(`classification must be an array, but it is ${show(classification)}.`, { option: "classification" });
  const parts = new Map<string, LinePart>();
  classification.forEach((entry: unknown, i) => {
    const e = entry as Partial<TaakveldClassification> | null;
    if (typeof e !== "object" || e === null || typeof e.taakveld !== "string" || !PARTS.includes(e.part as string)) {
      invalid(`classification[${i}] must be { taakveld, part, label } with part one of ${PARTS.join(", ")}, but it is ${show(entry)}${typeof e === "object" && e !== null ? ` (part ${show(e.part)})` : ""}.`, { option: "classification", index: i });
    }
    if (parts.has(e.taakveld)) invalid(`classification names taakveld ${JSON.stringify(e.taakveld)} twice.`, { option: "classification", value: e.taakveld });
    parts.set(e.taakveld, e.part as LinePart);
  });
  const onvoorzien = options.onvoorzien;
  if (onvoorzien !== undefined) {
    const o = onvoorzien as Partial<OnvoorzienLocation> | null;
    if (typeof o !== "object" || o === null || typeof o.taakveld !== "string" || (o.programme !== undefined && typeof o.programme !== "string") || (o.costCentre !== undefined && typeof o.costCentre !== "string")) {
      invalid(`onvoorzien must be { taakveld, programme?, costCentre? } with strings, but it is ${show(onvoorzien)}.`, { option: "onvoorzien" });
    }
  }
  return (line: ClassifiedLine): LinePart => {
    if (typeof line !== "object" || line === null || typeof line.taakveld !== "string" || typeof line.programme !== "string") {
      invalid(`A line must have a programme and a taakveld (strings), but it is ${show(line)}.`, { argument: "line" });
    }
    if (
      onvoorzien !== undefined &&
      line.taakveld === onvoorzien.taakveld &&
      (onvoorzien.programme === undefined || onvoorzien.programme === line.programme) &&
      (onvoorzien.costCentre === undefined || onvoorzien.costCentre === line.costCentre)
    ) {
      return "onvoorzien";
    }
    return parts.get(line.taakveld) ?? "programme";
  };
}
