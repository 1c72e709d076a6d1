import type { ParseResult } from "../errors/Issue.js";
import { issuesFromZod } from "../errors/issuesFromZod.js";
import { PlanningDocumentSchema } from "./schemas.js";
import type { PlanningDocument } from "./types.js";

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
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @throws Never: even an input that makes validation itself fail (e.g. nesting too deep) comes back as an issue with code `"parse_failed"`.
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
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export function parsePlanningDocument(json: unknown): ParseResult<PlanningDocument> {
  try {
    const result = PlanningDocumentSchema.safeParse(json);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: issuesFromZod(result.error.issues) };
  } catch (error) {
    return { ok: false, issues: [{ path: [], code: "parse_failed", message: `The document could not be validated: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
