import type { ParseResult } from "../errors/Issue.js";
import { languageOption } from "../errors/_internal/languageOption.js";
import { parseIn } from "../errors/_internal/schemas.js";
import { PlanningDocumentSchema } from "./schemas.js";
import type { PlanningDocument } from "./types.js";

/**
 * Options of {@link parsePlanningDocument}.
 *
 * @example
 * ```ts
 * import type { ParsePlanningOptions } from "opkoers/policy";
 *
 * const options: ParsePlanningOptions = { lang: "nl" };
 * options.lang; //=> "nl"
 * ```
 *
 * @category Documents
 * @since 0.2.0
 */
export interface ParsePlanningOptions {
  /** The language of the issues' messages: `"en"` (default) or `"nl"`. */
  readonly lang?: "nl" | "en";
}

/**
 * Read a planning document (begroting, bestuursrapportage, jaarverslag) from
 * parsed JSON. Never throws for bad data: every problem comes back as an
 * {@link Issue} with the path from the document root, a code and a message —
 * zod's codes for structure (`invalid_type`, `unrecognized_keys`,
 * `invalid_value`, …) and `custom` for the cross-field rules (unknown linked
 * ids, duplicate ids, start after end, comparator against direction,
 * unknown status scale, …). Unknown keys are rejected, so a `"__proto__"` key
 * in the JSON is reported, not copied (no prototype pollution). The value
 * returned is a new object; the input is not changed.
 *
 * @param json - The document as parsed from JSON (`JSON.parse(text)`).
 * @param options - `lang`: the language of the issues' messages, `"en"` (default) or `"nl"` (zod's Dutch locale for
 * its own messages, chosen for this parse only; zod's global configuration is not touched).
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @throws {@link DomainError} `invalid_option` – when `lang` is not "nl" or "en".
 * @throws Never for bad data: even an input that makes validation itself fail (e.g. nesting too deep) comes back as an issue with code `"parse_failed"`.
 *
 * @example
 * ```ts
 * import { parsePlanningDocument } from "opkoers/policy";
 *
 * parsePlanningDocument({ type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [] }).ok; //=> true
 * const bad = parsePlanningDocument({ type: "begroting", municipality: { code: "Almere" }, year: 2024, programmes: [] });
 * bad.ok ? [] : bad.issues.map((issue) => issue.path.join(".")); //=> ["municipality.code"]
 * const polluted = parsePlanningDocument(JSON.parse('{"type":"jaarverslag","municipality":{"code":"GM0034"},"year":2024,"programmes":[],"__proto__":{"polluted":1}}'));
 * polluted.ok ? "" : polluted.issues[0]?.code; //=> "unrecognized_keys"
 * const dutch = parsePlanningDocument({ type: "begroting", municipality: { code: "GM0034" }, year: "2024", programmes: [] }, { lang: "nl" });
 * dutch.ok ? "" : dutch.issues[0]?.message; //=> "Ongeldige invoer: verwacht getal, ontving string"
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export function parsePlanningDocument(json: unknown, options: ParsePlanningOptions = {}): ParseResult<PlanningDocument> {
  const lang = languageOption((options as { readonly lang?: unknown } | undefined)?.lang, "parsePlanningDocument");
  try {
    const result = parseIn(PlanningDocumentSchema, json, lang);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: result.issues };
  } catch (error) {
    return { ok: false, issues: [{ path: [], code: "parse_failed", message: `${lang === "nl" ? "Het document kon niet worden gecontroleerd" : "The document could not be validated"}: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
