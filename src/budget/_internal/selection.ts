import { show } from "./assertInput.js";
import { fail } from "./fail.js";

// One option vocabulary for the budget functions that select lines (issue 19): a singular name takes one value
// (`year: 2024`, `phase: "primitief"`), the plural takes a list (`years: [2024]`, `phases: ["primitief"]`). Every
// selecting function accepts both forms; giving both is an error, and so is an option name the function does not
// know — a misspelt or other function's option (`years` where only `year` was read) used to be ignored silently,
// so that every year was added up.

/** The selection read from the options: undefined = not given. */
export interface Selection {
  readonly years: readonly number[] | undefined;
  readonly phases: readonly string[] | undefined;
}

const SUGGEST: Readonly<Record<string, string>> = {
  jaar: "year or years",
  jaren: "years",
  fase: "phase or phases",
  fasen: "phases",
  fases: "phases",
  period: "year or years",
};

/** Throw `invalid_option` for an option name that is not in `known`. */
export function assertKnownOptions(options: object, known: readonly string[], fn: string): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const hint = SUGGEST[key];
    fail("invalid_option", `${fn} has no option ${JSON.stringify(key)}${hint === undefined ? "" : ` (use ${hint})`}; its options are ${known.join(", ")}.`, { option: key });
  }
}

/** Read `year`/`years` and `phase`/`phases` from options (already known to be an object). */
export function selectionOf(options: Readonly<Record<string, unknown>>): Selection {
  const { year, years, phase, phases } = options;
  if (year !== undefined && years !== undefined) fail("invalid_option", "Give year (one year) or years (a list), not both.", { option: "year" });
  if (phase !== undefined && phases !== undefined) fail("invalid_option", "Give phase (one phase id) or phases (a list), not both.", { option: "phase" });
  const isYear = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 9999;
  if (year !== undefined && !isYear(year)) fail("invalid_option", `year must be a whole year from 1 to 9999, but it is ${show(year)}.`, { option: "year", value: year });
  if (years !== undefined) {
    if (!Array.isArray(years)) fail("invalid_option", `years must be an array of years, but it is ${show(years)}.`, { option: "years", value: years });
    const bad = years.findIndex((y: unknown) => !isYear(y));
    if (bad !== -1) fail("invalid_option", `years[${bad}] must be a whole year from 1 to 9999, but it is ${show(years[bad])}.`, { option: "years", index: bad, value: years[bad] });
  }
  if (phase !== undefined && typeof phase !== "string") fail("invalid_option", `phase must be a phase id (a string), but it is ${show(phase)}.`, { option: "phase", value: phase });
  if (phases !== undefined) {
    if (!Array.isArray(phases)) fail("invalid_option", `phases must be an array of phase ids, but it is ${show(phases)}.`, { option: "phases", value: phases });
    const bad = phases.findIndex((p: unknown) => typeof p !== "string");
    if (bad !== -1) fail("invalid_option", `phases[${bad}] must be a phase id (a string), but it is ${show(phases[bad])}.`, { option: "phases", index: bad, value: phases[bad] });
  }
  return {
    years: year !== undefined ? [year] : (years as readonly number[] | undefined),
    phases: phase !== undefined ? [phase] : (phases as readonly string[] | undefined),
  };
}
