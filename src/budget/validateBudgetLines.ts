import { assertObject } from "./_internal/assertInput.js";
import type { Issue, ParseResult } from "../errors/Issue.js";
import { languageOption } from "../errors/_internal/languageOption.js";
import { parseIn } from "../errors/_internal/schemas.js";
import { copyBudgetLine, isBudgetLine } from "./_internal/isBudgetLine.js";
import { BudgetLineSchema, BudgetLinesSchema } from "./schemas.js";
import type { BudgetLine } from "./types.js";

/**
 * Options for {@link validateBudgetLines}.
 *
 * @example
 * ```ts
 * import type { ValidateBudgetLinesOptions } from "opkoers/budget";
 *
 * const options: ValidateBudgetLinesOptions = { copy: true };
 * options.copy; //=> true
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface ValidateBudgetLinesOptions {
  /**
   * `false` (the default): on success the value is the input array itself,
   * nothing copied. `true`: a new array of new line objects, exactly as
   * {@link BudgetLinesSchema} returns them (keys in the schema's order, −0
   * amounts read as 0), at the cost of allocating every line.
   */
  readonly copy?: boolean;
  /** The language of the issues' messages: `"en"` (default) or `"nl"` (zod's Dutch locale for this parse only). @since 0.2.0 */
  readonly lang?: "nl" | "en";
}

/**
 * Validate a large list of budget lines fast: it accepts exactly what
 * {@link BudgetLinesSchema} (`z.array(BudgetLineSchema)`) accepts and reports
 * exactly the issues it reports, in a fraction of the time.
 *
 * Each element is checked by a hand-written test of the rules of
 * {@link BudgetLineSchema}: an object with a non-empty programme, taakveld and
 * phase, a whole year 1900–2999, amounts in whole cents within ±(2^53 − 1),
 * nature `"structureel"` or `"incidenteel"`, where present a non-empty
 * categorie, cost centre and reserve and a text description, and no other
 * key (the schema is strict: a misspelt `"Expenses"` is an
 * `unrecognized_keys` issue at the line's index, never dropped). Only the
 * elements that fail it go to the zod schema, to explain what is wrong: the
 * issues, their order, codes, messages and paths (`[index, key]`) are the
 * schema's own.
 *
 * By default nothing is copied: on success the value is the input array
 * itself. Pass `{ copy: true }` for the schema's output (new objects). The
 * input is never changed. It
 * does not check that programmes, taakvelden or phases are declared: that
 * needs the whole document ({@link parseBudget}, which reads its lines this
 * way, with `copy: true`).
 *
 * @param values - The lines, e.g. `JSON.parse(text)` (`unknown`).
 * @param options - Whether to copy the lines, and the language of the messages; see {@link ValidateBudgetLinesOptions}.
 * @returns `{ ok: true, value }` with the lines, or `{ ok: false, issues }` with every issue found.
 * @throws {@link DomainError} `invalid_option` – when `lang` is not "nl" or "en".
 * @throws Never for data (JSON, plain objects); only an exception thrown by a getter or proxy of the input itself escapes, as it would from the zod schema.
 *
 * @example
 * ```ts
 * import { validateBudgetLines } from "opkoers/budget";
 *
 * const lines: unknown[] = [
 *   { programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "primitief", expenses: 4663400000, revenue: 474200000, nature: "structureel" },
 *   { programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "primitief", expenses: "12,50", revenue: 0, nature: "structureel" },
 *   { programme: "", taakveld: "7.1", year: 24, phase: "primitief", expenses: 0, revenue: 0, nature: "structureel", note: "unknown" },
 * ];
 * const result = validateBudgetLines(lines);
 * !result.ok && result.issues.map((issue) => [issue.path.join("."), issue.code]); //=> [["1.expenses", "invalid_type"], ["2.programme", "too_small"], ["2.year", "too_small"], ["2", "unrecognized_keys"]]
 * const good = lines.slice(0, 1);
 * const checked = validateBudgetLines(good);
 * checked.ok && checked.value === good; //=> true
 * const copied = validateBudgetLines(good, { copy: true });
 * copied.ok && copied.value !== good && copied.value[0]?.expenses; //=> 4663400000
 * validateBudgetLines({ lines }).ok; //=> false
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export function validateBudgetLines(values: unknown, options: ValidateBudgetLinesOptions = {}): ParseResult<readonly BudgetLine[]> {
  assertObject(options, "The options");
  const lang = languageOption(options.lang, "validateBudgetLines");
  if (!Array.isArray(values)) {
    const result = parseIn(BudgetLinesSchema, values, lang);
    return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.issues };
  }
  const list: readonly unknown[] = values;
  const length = list.length;
  // The hot loops only test (and copy); every failure is explained afterwards, out of line.
  let failed: number[] | undefined;
  let lines: (BudgetLine | undefined)[] | undefined;
  if (options.copy === true) {
    lines = [];
    for (let i = 0; i < length; i++) {
      const value = list[i];
      if (isBudgetLine(value)) lines.push(copyBudgetLine(value));
      else {
        (failed ??= []).push(i);
        lines.push(undefined);
      }
    }
  } else {
    for (let i = 0; i < length; i++) if (!isBudgetLine(list[i])) (failed ??= []).push(i);
  }
  if (failed === undefined) return { ok: true, value: lines === undefined ? (list as readonly BudgetLine[]) : (lines as BudgetLine[]) };
  const issues: Issue[] = [];
  for (const index of failed) {
    const result = parseIn(BudgetLineSchema, list[index], lang);
    if (!result.success) for (const issue of result.issues) issues.push({ ...issue, path: [index, ...issue.path] });
    // Should the fast test ever reject a line the schema accepts (the tests prove it does not), the schema's answer stands.
    else if (lines !== undefined) lines[index] = result.data;
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: lines === undefined ? (list as readonly BudgetLine[]) : (lines as BudgetLine[]) };
}
