import type { DocumentType } from "./types.js";

/**
 * Every {@link DocumentType}.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPES } from "opkoers/policy";
 *
 * DOCUMENT_TYPES; //=> ["begroting", "bestuursrapportage", "jaarverslag"]
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export const DOCUMENT_TYPES: readonly DocumentType[] = ["begroting", "bestuursrapportage", "jaarverslag"];
