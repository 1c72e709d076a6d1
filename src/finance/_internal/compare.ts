import type { BudgetDocument, BudgetLine } from "../../budget/index.js";
import { phasesOf } from "../../budget/index.js";
import type { Cents } from "../../money/index.js";
import { assertObject, assertYear } from "./assert.js";
import { describe, fail } from "./fail.js";
import { checkDocument, isDocument, selectLines, toCents } from "./lines.js";

/** A group of lines compared between two phase sets. */
export interface ComparedGroup {
  readonly subject: string;
  readonly key: Readonly<Record<string, string | null>>;
  readonly amendedExpenses: Cents;
  readonly amendedRevenue: Cents;
  readonly actualExpenses: Cents;
  readonly actualRevenue: Cents;
}

/** The options every amended-vs-actual comparison shares. */
export interface CompareSelection {
  readonly year?: number;
  readonly amendedPhases?: readonly string[];
  readonly actualPhases?: readonly string[];
}

export type GroupDimension = "programme" | "taakveld" | "categorie" | "costCentre";
const GROUP_DIMENSIONS: readonly GroupDimension[] = ["programme", "taakveld", "categorie", "costCentre"];

/**
 * The default actual phases of a document for a year: its whole-year actual phase, or else its quarterly ones
 * (quarters are parts of the year and add up). Two whole-year actual phases with lines in the year are two
 * versions of the realisatie, not parts of it: adding them would double the figures, so the caller must choose.
 */
function defaultActual(doc: BudgetDocument, year: unknown): readonly string[] {
  const actual = phasesOf(doc).filter((p) => p.kind === "actual");
  const whole = actual.filter((p) => p.quarter === undefined);
  const withLines = whole.filter((p) => doc.lines.some((l) => l.phase === p.id && l.year === year));
  if (withLines.length > 1) {
    fail(
      "invalid_option",
      `The budget has ${withLines.length} whole-year actual phases with lines in ${String(year)} (${withLines.map((p) => JSON.stringify(p.id)).join(", ")}): they are versions of the realisatie, not parts of it, and adding them would double the figures; give actualPhases to say which one to compare.`,
      { option: "actualPhases", phases: withLines.map((p) => p.id) },
    );
  }
  return (whole.length > 0 ? (withLines.length === 1 ? withLines : whole) : actual).map((p) => p.id);
}

/** Compare amended and actual lasten/baten of one year, grouped by the dimensions. */
export function compareGroups(
  source: BudgetDocument | readonly BudgetLine[],
  selection: CompareSelection,
  by: readonly GroupDimension[],
  exclude: (line: BudgetLine) => boolean = () => false,
): { readonly year: number; readonly groups: readonly ComparedGroup[]; readonly actualLines: readonly BudgetLine[]; readonly actualPhases: readonly string[] } {
  assertObject(selection, "The options");
  if (!Array.isArray(by) || by.length === 0) fail("invalid_option", `by must be a non-empty array of dimensions, but it is ${describe(by)}.`, { option: "by" });
  for (const d of by as readonly GroupDimension[]) if (!GROUP_DIMENSIONS.includes(d)) fail("invalid_option", `by contains ${describe(d)}; use ${GROUP_DIMENSIONS.join(", ")}.`, { option: "by", value: d });
  let year = selection.year;
  let actualPhases = selection.actualPhases;
  if (isDocument(source)) {
    checkDocument(source, "The budget");
    year ??= source.budgetYear;
    actualPhases ??= defaultActual(source, year);
  } else if (selection.amendedPhases === undefined || actualPhases === undefined) {
    fail("invalid_option", "For plain budget lines, amendedPhases and actualPhases must both be given (a document has defaults).", { option: "amendedPhases/actualPhases" });
  }
  assertYear(year, "year");
  const amended = selectLines(source, selection.amendedPhases, "The amended budget").filter((l) => l.year === year && !exclude(l));
  const actual = selectLines(source, actualPhases, "The actual figures").filter((l) => l.year === year && !exclude(l));
  const groups = new Map<string, { key: Record<string, string | null>; ae: bigint; ar: bigint; xe: bigint; xr: bigint }>();
  const add = (line: BudgetLine, isActual: boolean): void => {
    const key: Record<string, string | null> = {};
    for (const d of by as readonly GroupDimension[]) key[d] = line[d] ?? null;
    const subject = by.map((d) => key[d] ?? "-").join("/");
    let g = groups.get(subject);
    if (g === undefined) {
      g = { key, ae: 0n, ar: 0n, xe: 0n, xr: 0n };
      groups.set(subject, g);
    }
    if (isActual) {
      g.xe += BigInt(line.expenses);
      g.xr += BigInt(line.revenue);
    } else {
      g.ae += BigInt(line.expenses);
      g.ar += BigInt(line.revenue);
    }
  };
  for (const line of amended) add(line, false);
  for (const line of actual) add(line, true);
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    year,
    actualLines: actual,
    actualPhases: actualPhases ?? [],
    groups: sorted.map(([subject, g]) => ({
      subject,
      key: g.key,
      amendedExpenses: toCents(g.ae, `the amended lasten of ${subject}`),
      amendedRevenue: toCents(g.ar, `the amended baten of ${subject}`),
      actualExpenses: toCents(g.xe, `the actual lasten of ${subject}`),
      actualRevenue: toCents(g.xr, `the actual baten of ${subject}`),
    })),
  };
}
