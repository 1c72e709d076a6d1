import { parseBudget, type BudgetDocument } from "../budget/index.js";
import type { Issue, ParseResult } from "../errors/Issue.js";
import { joinList } from "../errors/_internal/joinList.js";
import { languageOption } from "../errors/_internal/languageOption.js";
import { parseIn } from "../errors/_internal/schemas.js";
import { DEVIATION_POLICIES } from "../finance/index.js";
import { parsePlanningDocument } from "../policy/index.js";
import { STATUS_SCALE_PRESETS } from "../status/index.js";
import { ReportSettingsSchema } from "./schemas.js";
import type { Iv3Settings, ReportInput } from "./types.js";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const prefixed = (prefix: readonly (string | number)[], issues: readonly Issue[]): Issue[] => issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

function parseEnvelope(json: unknown, at: readonly (string | number)[], lang: "nl" | "en"): { input?: ReportInput; issues: Issue[] } {
  const nl = lang === "nl";
  if (!isObject(json) || !("planning" in json)) {
    // A bare planning document.
    const planning = parsePlanningDocument(json, { lang });
    return planning.ok ? { input: { planning: planning.value }, issues: [] } : { issues: prefixed(at, planning.issues) };
  }
  const issues: Issue[] = [];
  const settings = parseIn(ReportSettingsSchema, json, lang);
  if (!settings.success) issues.push(...prefixed(at, settings.issues));
  const planning = parsePlanningDocument(json["planning"], { lang });
  if (!planning.ok) issues.push(...prefixed([...at, "planning"], planning.issues));
  let budget: BudgetDocument | undefined;
  if (json["budget"] !== undefined) {
    const parsed = parseBudget(json["budget"], { lang });
    if (parsed.ok) budget = parsed.value;
    else issues.push(...prefixed([...at, "budget"], parsed.issues));
  }
  if (!planning.ok || !settings.success) return { issues };
  const doc = planning.value;
  const s = settings.data;
  if (s.scale !== undefined && ![...STATUS_SCALE_PRESETS, ...(doc.statusScales ?? [])].some((scale) => scale.id === s.scale)) {
    const known = joinList([...STATUS_SCALE_PRESETS, ...(doc.statusScales ?? [])].map((scale) => scale.id), "or", lang);
    issues.push({
      path: [...at, "scale"],
      code: "unknown_scale",
      message: nl
        ? `De statusschaal ${JSON.stringify(s.scale)} is geen standaardschaal en ook geen van de statusScales van het document (${known}).`
        : `The status scale ${JSON.stringify(s.scale)} is neither a preset nor one of the document's statusScales (${known}).`,
    });
  }
  if (s.deviationPolicy !== undefined && !Object.hasOwn(DEVIATION_POLICIES, s.deviationPolicy)) {
    issues.push({ path: [...at, "deviationPolicy"], code: "unknown_policy", message: nl ? `Het afwijkingenbeleid ${JSON.stringify(s.deviationPolicy)} is niet ${joinList(Object.keys(DEVIATION_POLICIES), "or", "nl")}.` : `The deviation policy ${JSON.stringify(s.deviationPolicy)} is not ${joinList(Object.keys(DEVIATION_POLICIES), "or", "en")}.` });
  }
  if (budget !== undefined && budget.budgetYear !== doc.year) {
    issues.push({ path: [...at, "budget", "budgetYear"], code: "year_mismatch", message: nl ? `De begroting is voor ${budget.budgetYear}, maar het planningsdocument voor ${doc.year}.` : `The budget is for ${budget.budgetYear}, but the planning document for ${doc.year}.` });
  }
  if (issues.length > 0) return { issues };
  const input: ReportInput = {
    planning: doc,
    ...(budget === undefined ? {} : { budget }),
    ...(s.asOf === undefined ? {} : { asOf: s.asOf }),
    ...(s.scale === undefined ? {} : { scale: s.scale }),
    ...(s.deviationPolicy === undefined ? {} : { deviationPolicy: s.deviationPolicy }),
    ...(s.windowDays === undefined ? {} : { windowDays: s.windowDays }),
    ...(s.submissions === undefined ? {} : { submissions: s.submissions }),
    ...(s.iv3 === undefined ? {} : { iv3: stripUndefined(s.iv3) as Iv3Settings }),
  };
  return { input, issues: [] };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Options of {@link parseReportInput}.
 *
 * @example
 * ```ts
 * import type { ParseReportOptions } from "opkoers/report";
 *
 * const options: ParseReportOptions = { lang: "nl" };
 * options.lang; //=> "nl"
 * ```
 *
 * @category Report input
 * @since 0.2.0
 */
export interface ParseReportOptions {
  /** The language of the issues' messages: `"en"` (default) or `"nl"`. */
  readonly lang?: "nl" | "en";
}

/**
 * Read the input of a status report from parsed JSON: a report envelope
 * `{ "planning": …, "budget": …, "asOf": …, "scale": …, … }` (see
 * {@link ReportInput}), an array of envelopes (one report each), or a bare
 * planning document. Never throws for bad data: every problem comes back as
 * an {@link Issue} with its path from the file's root — the planning
 * document's issues under `planning`, the budget's under `budget`, and for an
 * array the index first. Beyond the two documents' own rules it checks that
 * the scale and deviation policy exist and that the budget is for the
 * planning document's year.
 *
 * @param json - The file's contents as parsed JSON.
 * @param options - `lang`: the language of the issues' messages, `"en"` (default) or `"nl"`, for the envelope and
 * both documents alike (zod's Dutch locale for this parse only).
 * @returns `{ ok: true, value: inputs }` (one per report) or `{ ok: false, issues }`.
 * @throws {@link DomainError} `invalid_option` – when `lang` is not "nl" or "en".
 * @throws Never for bad data: a failure of validation itself comes back as an issue with code `"parse_failed"`.
 *
 * @example
 * ```ts
 * import { parseReportInput } from "opkoers/report";
 *
 * const planning = { type: "begroting", municipality: { code: "GM0034" }, year: 2024, programmes: [] };
 * parseReportInput(planning).ok; //=> true
 * parseReportInput({ planning, asOf: "2024-10-20" }).ok; //=> true
 * const bad = parseReportInput([{ planning, scale: "regenboog" }, { planning: { ...planning, year: "2024" } }]);
 * bad.ok ? [] : bad.issues.map((issue) => issue.path.join(".")); //=> ["0.scale", "1.planning.year"]
 * const dutch = parseReportInput({ planning, asOf: "2024-02-30" }, { lang: "nl" });
 * dutch.ok ? "" : dutch.issues[0]?.message; //=> "Een datum moet een echte kalenderdag zijn, geschreven als JJJJ-MM-DD, jaren 0001–9999."
 * ```
 *
 * @category Report input
 * @since 0.1.0
 */
export function parseReportInput(json: unknown, options: ParseReportOptions = {}): ParseResult<readonly ReportInput[]> {
  const lang = languageOption((options as { readonly lang?: unknown } | undefined)?.lang, "parseReportInput");
  const nl = lang === "nl";
  try {
    if (Array.isArray(json)) {
      if (json.length === 0) return { ok: false, issues: [{ path: [], code: "empty", message: nl ? "De lijst bevat geen rapportinvoer." : "The array holds no report envelope." }] };
      const results = json.map((item: unknown, i) => parseEnvelope(item, [i], lang));
      const issues = results.flatMap((r) => r.issues);
      if (issues.length > 0) return { ok: false, issues };
      return { ok: true, value: results.map((r) => r.input as ReportInput) };
    }
    const result = parseEnvelope(json, [], lang);
    return result.input === undefined ? { ok: false, issues: result.issues } : { ok: true, value: [result.input] };
  } catch (error) {
    return { ok: false, issues: [{ path: [], code: "parse_failed", message: `${nl ? "De invoer kon niet worden gecontroleerd" : "The input could not be validated"}: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
