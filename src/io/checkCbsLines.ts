import type { BudgetLine } from "../budget/index.js";
import { formatAmount, type Cents } from "../money/index.js";
import type { Assessment } from "../status/index.js";
import { assertYear, checkCodes, checkPf006, type CodeCell } from "./_internal/cbsChecks.js";
import { describe, fail } from "./_internal/fail.js";
import type { CbsCheckStatus } from "./types.js";

/**
 * Options for {@link checkCbsLines}.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { CbsLineCheckOptions } from "opkoers/io";
 *
 * const options: CbsLineCheckOptions = { period: 5, pf006Tolerance: euro(49000) };
 * options.period; //=> 5
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export interface CbsLineCheckOptions {
  /**
   * The Iv3 delivery period the lines are for (0 begroting, 1–4 quarters, 5
   * jaarrekening). When given, PF006 is `notApplicable` for a period the CBS
   * definition file does not run it for (PF006 runs for 0 and 5). Default:
   * PF006 runs.
   */
  readonly period?: 0 | 1 | 2 | 3 | 4 | 5;
  /**
   * The largest difference between total lasten and total baten that passes
   * PF006, in cents; default `0`. The CBS definition files do not state the
   * tolerance CBS's own validator uses (fouten.json only has the placeholder
   * "terwijl `<goed>` maximaal is toegestaan"), so choose it yourself — e.g.
   * the rounding of the figures you check.
   */
  readonly pf006Tolerance?: Cents;
  /**
   * Per line (by index in `lines`): the line of the file it was read from,
   * as {@link CsvBudget.rows} of `parseBudgetCsv` gives them. With it, every
   * offence carries its `line` and the messages name it (`line 7` / `regel
   * 7`); without it they name the line's index in the array (`lines[5]`).
   */
  readonly rows?: readonly number[];
}

/**
 * Run the CBS Iv3 checks on budget lines, against the code lists and
 * grijze cellen of each line's own year (its boekjaar), and report them with
 * CBS's own codes and messages (fouten.json) as assessments:
 *
 * | ruleId | checks | offending lines |
 * | --- | --- | --- |
 * | `cbs.DF001` | every taakveld is in the CBS list and accepts amounts (6.71, 6.72, 6.81 and 6.82 do not in 2023–2024) | `inputs.offending` |
 * | `cbs.DF002` | every categorie is in the CBS list of its side, and is not a grijze cel on its taakveld | `inputs.offending` |
 * | `cbs.PF006` | per year and phase: totaal lasten taakvelden = totaal baten taakvelden, within `pf006Tolerance` | — (totals in `inputs`) |
 *
 * A line takes part on the lasten side when its expenses are not zero and on
 * the baten side when its revenue is not zero; a line with both zero is
 * only checked for an unknown taakveld (it books no amount, and has no side
 * for its categorie). Lines without a
 * categorie are not checked for DF002; DF002 is `notApplicable` when no line
 * has one. Offending lines are listed with their index in `lines`, their
 * codes and the reason (see {@link CbsOffence}), and with the line of the
 * file when `rows` is given. The Dutch message is CBS's own (for the first
 * offending line, after its place); the English one lists up to three.
 * Reporting a grijze cel as DF002 ("code niet toegestaan als categorie") is
 * opkoers's reading: fouten.json has no separate code for it.
 *
 * @param lines - The budget lines (one phase and year, or several: PF006 is per year and phase).
 * @param options - The delivery period and the PF006 tolerance.
 * @returns DF001, DF002, then one PF006 assessment per year and phase (in order of first appearance).
 * @throws {@link DomainError} `unknown_boekjaar` – when a line's year is not 2017–2026 (no CBS code lists).
 * @throws {@link DomainError} `invalid_amount` – when `lines` is not an array of objects or an amount is not whole cents.
 * @throws {@link DomainError} `unknown_code` / `unknown_phase` – when a line's taakveld, categorie or phase is not text.
 * @throws {@link DomainError} `invalid_option` – when the options are not an object, or the period or the tolerance is not valid.
 * @throws {@link DomainError} `amount_out_of_range` – when a total is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { checkCbsLines } from "opkoers/io";
 *
 * const line = { programme: "p", year: 2025, phase: "begroting", nature: "structureel" } as const;
 * const checks = checkCbsLines([
 *   { ...line, taakveld: "0.1", categorie: "1.1", expenses: euro(1000), revenue: euro(0) },
 *   { ...line, taakveld: "6.2", categorie: "3.8", expenses: euro(500), revenue: euro(0) },
 *   { ...line, taakveld: "0.7", categorie: "7.1", expenses: euro(0), revenue: euro(1400) },
 * ], { period: 0 });
 * checks.map((c) => [c.ruleId, c.status]); //=> [["cbs.DF001", "fail"], ["cbs.DF002", "fail"], ["cbs.PF006", "fail"]]
 * checks[0]?.message.nl; //=> "Binnen het onderdeel lasten is de code 6.2 niet toegestaan als taakveld. Het taakveld staat niet in de CBS-lijst van 2025. 1 van de 3 taakvelden is niet toegestaan volgens de CBS-lijsten van 2025: lines[1]: taakveld 6.2 staat niet in de lijst van 2025."
 * checks[0]?.message.en; //=> "1 of 3 taakvelden is not allowed by the CBS lists of 2025: lines[1]: taakveld 6.2 is not in the 2025 list."
 * checks[1]?.inputs["offending"]; //=> [{ index: 2, path: ["lines", 2], side: "baten", taakveld: "0.7", categorie: "7.1", year: 2025, code: "7.1", reason: "forbiddenCombination" }]
 * checks[2]?.inputs["difference"]; //=> 10000
 *
 * // Lines read from a CSV file: give their rows, and the messages name the lines of the file.
 * const fromCsv = checkCbsLines([{ ...line, taakveld: "9.9", expenses: euro(5), revenue: euro(0) }], { rows: [4] });
 * fromCsv[0]?.message.nl; //=> "Regel 4: Binnen het onderdeel lasten is de code 9.9 niet toegestaan als taakveld. Het taakveld staat niet in de CBS-lijst van 2025. 1 van de 1 taakvelden is niet toegestaan volgens de CBS-lijsten van 2025: regel 4: taakveld 9.9 staat niet in de lijst van 2025."
 * fromCsv[0]?.message.en; //=> "1 of 1 taakvelden is not allowed by the CBS lists of 2025: line 4: taakveld 9.9 is not in the 2025 list."
 * ```
 *
 * @category CBS checks
 * @since 0.1.0
 */
export function checkCbsLines(lines: readonly BudgetLine[], options: CbsLineCheckOptions = {}): readonly Assessment<CbsCheckStatus>[] {
  if (!Array.isArray(lines)) fail("invalid_amount", `checkCbsLines needs an array of budget lines, but it got ${describe(lines)}.`, { value: lines });
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    fail("invalid_option", `checkCbsLines's options are ${describe(options)}; use an object such as { period: 0 }.`, { value: options });
  }
  lines.forEach((line: unknown, index) => {
    if (typeof line !== "object" || line === null) fail("invalid_amount", `lines[${index}] is ${describe(line)}, not a budget line.`, { index });
    const { phase, taakveld, categorie } = line as Partial<Record<keyof BudgetLine, unknown>>;
    if (typeof phase !== "string") fail("unknown_phase", `lines[${index}] has phase ${describe(phase)}; a phase id is text.`, { index });
    if (typeof taakveld !== "string") fail("unknown_code", `lines[${index}] has taakveld ${describe(taakveld)}; a CBS code is text, such as "0.10".`, { index });
    if (categorie !== undefined && typeof categorie !== "string") fail("unknown_code", `lines[${index}] has categorie ${describe(categorie)}; a CBS code is text, such as "7.1".`, { index });
  });
  const { period, pf006Tolerance = 0 as Cents } = options;
  if (period !== undefined && !(Number.isInteger(period) && period >= 0 && period <= 5)) {
    fail("invalid_option", `period is ${describe(period)}; use an Iv3 period 0–5.`, { option: "period", value: period });
  }
  if (!Number.isSafeInteger(pf006Tolerance) || pf006Tolerance < 0) {
    fail("invalid_option", `pf006Tolerance is ${describe(pf006Tolerance)}; use a non-negative whole number of cents.`, { option: "pf006Tolerance", value: pf006Tolerance });
  }
  const { rows } = options;
  if (rows !== undefined && !(Array.isArray(rows) && rows.length === lines.length && rows.every((row) => Number.isSafeInteger(row) && row >= 1))) {
    fail("invalid_option", `rows is ${describe(rows)}; give the line of the file of every budget line (whole numbers from 1), as parseBudgetCsv's rows.`, { option: "rows" });
  }
  const cells: CodeCell[] = [];
  const groups = new Map<string, { year: number; phase: string; lasten: number; baten: number; exact: boolean; members: number[] }>();
  const checkedYears = new Set<number>();
  lines.forEach((line, index) => {
    const { year, expenses, revenue } = line;
    if (!checkedYears.has(year)) {
      assertYear(year, `lines[${index}]`);
      checkedYears.add(year);
    }
    if (!Number.isSafeInteger(expenses) || !Number.isSafeInteger(revenue)) {
      fail("invalid_amount", `lines[${index}] has amounts ${describe(expenses)} and ${describe(revenue)}; they must be whole cents.`, { index });
    }
    const categorie = line.categorie;
    const at = { index, path: ["lines", index] as const, ...(rows === undefined ? {} : { line: rows[index] as number }) };
    if (expenses !== 0) cells.push({ ...at, side: "lasten", taakveld: line.taakveld, categorie, year, amountless: false });
    else if (revenue === 0) cells.push({ ...at, side: "lasten", taakveld: line.taakveld, categorie: undefined, year, amountless: true });
    if (revenue !== 0) cells.push({ ...at, side: "baten", taakveld: line.taakveld, categorie, year, amountless: false });
    const key = `${year}\u0000${line.phase}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { year, phase: line.phase, lasten: 0, baten: 0, exact: true, members: [] }));
    group.lasten += expenses;
    group.baten += revenue;
    if (Math.abs(group.lasten) > Number.MAX_SAFE_INTEGER || Math.abs(group.baten) > Number.MAX_SAFE_INTEGER) group.exact = false;
    group.members.push(index);
  });
  const [df001, df002] = checkCodes(cells);
  const format = (cents: bigint): string => formatAmount(Number(cents) as Cents);
  const pf006 = [...groups.values()].map((group) => {
    let lasten = BigInt(group.lasten);
    let baten = BigInt(group.baten);
    if (!group.exact) {
      // A partial sum left the exact range of doubles: add up again exactly.
      lasten = 0n;
      baten = 0n;
      for (const i of group.members) {
        lasten += BigInt((lines[i] as BudgetLine).expenses);
        baten += BigInt((lines[i] as BudgetLine).revenue);
      }
    }
    return checkPf006({ subject: `${group.phase} ${group.year}`, year: group.year, period, lasten, baten, tolerance: BigInt(pf006Tolerance), format, unit: "euro" });
  });
  return [df001, df002, ...pf006];
}
