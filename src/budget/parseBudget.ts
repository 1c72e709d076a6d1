import type { Issue, ParseResult } from "../errors/Issue.js";
import { languageOption } from "../errors/_internal/languageOption.js";
import { inLanguage, parseIn, say } from "../errors/_internal/schemas.js";
import { BudgetDocumentShellSchema } from "./schemas.js";
import type { BudgetDocument } from "./types.js";
import { checkAmendmentIdentity, checkAmendmentMutations, checkLineCodes } from "./_internal/amendmentChecks.js";
import { validateBudgetLines } from "./validateBudgetLines.js";
import { assertObject, show } from "./_internal/assertInput.js";
import { fail } from "./_internal/fail.js";

/**
 * Options for {@link parseBudget}.
 *
 * @example
 * ```ts
 * import type { ParseBudgetOptions } from "opkoers/budget";
 *
 * const options: ParseBudgetOptions = { isValidTaakveld: (code) => code !== "9.9" };
 * options.isValidTaakveld?.("9.9", 2024); //=> false
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export interface ParseBudgetOptions {
  /**
   * Checks a declared taakveld against an external code list (e.g. the CBS
   * list of the budget year); without it, a taakveld only has to be declared
   * by the document.
   */
  readonly isValidTaakveld?: (code: string, boekjaar: number) => boolean;
  /** The language of the issues' messages: `"en"` (default) or `"nl"` (zod's Dutch locale for this parse only). @since 0.2.0 */
  readonly lang?: "nl" | "en";
}

/**
 * Read a budget document from JSON data. Never throws for bad data: every
 * problem comes back as an {@link Issue} with the path where it is — a
 * missing programme, an amount that is not whole cents, a key that no budget
 * schema declares (`unrecognized_keys` at the path of its object: the schemas
 * are strict, so a misspelt `"Status"` is never dropped), a date that is no
 * real calendar day, a line whose phase, programme, taakveld or reserve the
 * document does not declare, a duplicate code or id, an amendment id that
 * clashes with a phase, a reserve on another taakveld than 0.10 (where the
 * BBV and Iv3 book reserve mutations). {@link applyAmendment} checks a new
 * amendment with the same schema and cross-checks.
 *
 * @param json - Parsed JSON (`unknown`).
 * @param options - An optional taakveld validator, and the language of the messages (`lang`, default `"en"`).
 * @returns `{ ok: true, value }`, or `{ ok: false, issues }` with every issue found.
 * @throws {@link DomainError} `invalid_option` – when the options are not an object , `isValidTaakveld` is not a function or `lang` is not "nl" or "en" (a programmer error; the document itself never throws).
 *
 * @example
 * ```ts
 * import { parseBudget } from "opkoers/budget";
 *
 * const doc = {
 *   budgetYear: 2024,
 *   programmes: [{ code: "gezondheid", name: "Gezondheid" }],
 *   taakvelden: ["7.1"],
 *   phases: [{ id: "primitief", kind: "original" }],
 *   lines: [
 *     { programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "primitief", expenses: 4663400000, revenue: 474200000, nature: "structureel" },
 *     { programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "begroting", expenses: 1, revenue: 0, nature: "structureel" },
 *     { taakveld: "7.1", year: 2024, phase: "primitief", expenses: 0.5, revenue: 0, nature: "structureel" },
 *   ],
 *   amendments: [],
 * };
 * const result = parseBudget(doc);
 * result.ok; //=> false
 * !result.ok && result.issues.map((issue) => [issue.path.join("."), issue.code]); //=> [["lines.2.programme", "invalid_type"], ["lines.2.expenses", "invalid_type"]]
 * doc.lines.pop();
 * const second = parseBudget(doc);
 * !second.ok && second.issues.map((issue) => [issue.path.join("."), issue.code]); //=> [["lines.1.phase", "unknown_phase"]]
 * const misspelt = parseBudget({ ...doc, lines: [], amendments: [{ id: "bw-1", number: 1, date: "2024-03-14", decision: "RB-1", Status: "rejected", mutations: [] }] });
 * !misspelt.ok && misspelt.issues.map((issue) => [issue.path.join("."), issue.message]); //=> [["amendments.0", 'Unrecognized key: "Status"']]
 * ```
 *
 * @category Budget
 * @since 0.1.0
 */
export function parseBudget(json: unknown, options: ParseBudgetOptions = {}): ParseResult<BudgetDocument> {
  assertObject(options, "The options of parseBudget");
  if (options.isValidTaakveld !== undefined && typeof options.isValidTaakveld !== "function") {
    fail("invalid_option", `isValidTaakveld must be a function (code, boekjaar) => boolean, but it is ${show(options.isValidTaakveld)}.`, { option: "isValidTaakveld" });
  }
  const lang = languageOption(options.lang, "parseBudget");
  return inLanguage(lang, () => checkDocument(json, options, lang));
}

function checkDocument(json: unknown, options: ParseBudgetOptions, lang: "nl" | "en"): ParseResult<BudgetDocument> {
  const structure = readStructure(json, lang);
  if (!structure.ok) return structure;
  const doc = structure.value;
  const issues: Issue[] = [];
  const add = (path: readonly (string | number)[], code: string, message: string): void => {
    issues.push({ path: [...path], code, message });
  };
  const unique = (values: readonly string[], path: string, what: { readonly en: string; readonly nl: string }): Set<string> => {
    const seen = new Set<string>();
    values.forEach((value, i) => {
      if (seen.has(value)) add([path, i], "duplicate", say(`${what.en} ${JSON.stringify(value)} is declared twice.`, `${what.nl} ${JSON.stringify(value)} staat twee keer in het document.`));
      seen.add(value);
    });
    return seen;
  };
  const programmes = unique(doc.programmes.map((p) => p.code), "programmes", { en: "The programme", nl: "Het programma" });
  const taakvelden = unique(doc.taakvelden, "taakvelden", { en: "The taakveld", nl: "Het taakveld" });
  const reserves = unique((doc.reserves ?? []).map((r) => r.code), "reserves", { en: "The reserve", nl: "De reserve" });
  const phases = unique(doc.phases.map((p) => p.id), "phases", { en: "The phase", nl: "De fase" });
  doc.phases.forEach((phase, i) => {
    if (phase.kind === "amendment") add(["phases", i, "kind"], "amendment_phase", say(`The phase ${JSON.stringify(phase.id)} has kind "amendment"; begrotingswijzigingen belong in "amendments", with their mutations.`, `De fase ${JSON.stringify(phase.id)} heeft kind "amendment"; begrotingswijzigingen horen in "amendments", met hun mutaties.`));
    if (phase.quarter !== undefined && phase.kind !== "actual") add(["phases", i, "quarter"], "quarter_not_actual", say(`Only an actual phase can cover a quarter, but ${JSON.stringify(phase.id)} is ${phase.kind}.`, `Alleen een realisatiefase (actual) kan een kwartaal beslaan, maar ${JSON.stringify(phase.id)} is ${phase.kind}.`));
  });
  if (options.isValidTaakveld !== undefined) {
    const valid = options.isValidTaakveld;
    doc.taakvelden.forEach((code, i) => {
      if (!valid(code, doc.budgetYear)) add(["taakvelden", i], "invalid_taakveld", say(`The taakveld ${JSON.stringify(code)} is not in the code list of ${doc.budgetYear}.`, `Het taakveld ${JSON.stringify(code)} staat niet in de codelijst van ${doc.budgetYear}.`));
    });
  }
  const declared = { programmes, taakvelden, reserves, phases };
  const amendmentIds = new Set<string>();
  const numbers = new Set<number>();
  doc.amendments.forEach((amendment, i) => {
    checkAmendmentIdentity(declared, amendmentIds, numbers, amendment, ["amendments", i], add);
    amendmentIds.add(amendment.id);
    numbers.add(amendment.number);
  });
  doc.lines.forEach((line, i) => {
    if (!phases.has(line.phase)) {
      const hint = amendmentIds.has(line.phase) ? say(" It is an amendment: put the line among that amendment's mutations.", " Het is een begrotingswijziging: zet de regel bij de mutaties van die wijziging.") : "";
      add(["lines", i, "phase"], "unknown_phase", `${say(`The phase ${JSON.stringify(line.phase)} is not declared by the document.`, `De fase ${JSON.stringify(line.phase)} staat niet in het document.`)}${hint}`);
    }
    checkLineCodes(declared, line, ["lines", i], add);
  });
  doc.amendments.forEach((amendment, i) => checkAmendmentMutations(declared, amendment, ["amendments", i], add));
  return issues.length === 0 ? { ok: true, value: doc } : { ok: false, issues };
}

/**
 * What `BudgetDocumentSchema.safeParse` answers — the same value, the same issues in the same order — with the
 * lines (nearly all of a large document) read by the fast {@link validateBudgetLines} instead of zod, copied as zod copies them.
 */
function readStructure(json: unknown, lang: "nl" | "en"): ParseResult<BudgetDocument> {
  const shell = parseIn(BudgetDocumentShellSchema, json, lang);
  const all = shell.success ? [] : shell.issues;
  // Not an object: zod stops there, and so does the shell.
  if (all.some((issue) => issue.path.length === 0 && issue.code !== "unrecognized_keys")) return { ok: false, issues: all };
  const lines = validateBudgetLines((json as { readonly lines?: unknown })["lines"], { copy: true, lang });
  // zod checks the keys in the schema's order, and "amendments" is the only key after "lines"; the shell's own
  // complaint about an absent "lines" key gives way to the one about the lines. The document's own unknown keys
  // (strict) come after all of them.
  const other = all.filter((issue) => issue.path[0] !== "lines" && issue.path.length > 0);
  const unknownKeys = all.filter((issue) => issue.path.length === 0);
  const lineIssues = lines.ok ? [] : lines.issues.map((issue) => ({ ...issue, path: ["lines", ...issue.path] }));
  if (all.length === 0 && lineIssues.length === 0 && shell.success && lines.ok) return { ok: true, value: { ...shell.data, lines: lines.value } };
  const at = other.findIndex((issue) => issue.path[0] === "amendments");
  const before = at === -1 ? other : other.slice(0, at);
  const after = at === -1 ? [] : other.slice(at);
  return { ok: false, issues: [...before, ...lineIssues, ...after, ...unknownKeys] };
}
