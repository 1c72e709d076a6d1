/**
 * One problem found in outside data (a JSON document, a CSV row, an Iv3
 * delivery): where it is, a stable code and a sentence that says what is wrong.
 *
 * @example
 * ```ts
 * import type { Issue } from "opkoers";
 *
 * const issue: Issue = { path: ["programmes", 0, "code"], code: "invalid_type", message: "Expected a string." };
 * issue.path.join("."); //=> "programmes.0.code"
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export interface Issue {
  /** Where the problem is: object keys and array indexes from the document root (for CSV: `[line, column]`, the line of the file as an editor numbers it, the header being line 1). */
  readonly path: readonly (string | number)[];
  /** A stable, machine-readable code (zod's issue codes for schema problems, or an opkoers/CBS code). */
  readonly code: string;
  /**
   * What is wrong, in a sentence: in English, or in Dutch when the parse function was given `lang: "nl"`
   * (the path, code and the numbers the sentence names are the same in both languages).
   */
  readonly message: string;
}

/**
 * The result of reading outside data: the value, or every issue found.
 * Reading never throws for bad data; it returns `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import type { ParseResult } from "opkoers";
 *
 * const result: ParseResult<number> = { ok: false, issues: [{ path: [], code: "custom", message: "Not a number." }] };
 * result.ok; //=> false
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export type ParseResult<T> =
  | {
      /** The data was valid. */
      readonly ok: true;
      /** The value that was read. */
      readonly value: T;
    }
  | {
      /** The data was not valid. */
      readonly ok: false;
      /** Every problem found, each with its path (never empty). */
      readonly issues: readonly Issue[];
    };
