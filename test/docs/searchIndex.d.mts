/** One row of a typedoc search index. */
export interface SearchRow {
  readonly kind: number;
  readonly name: string;
  readonly url: string;
  readonly parent?: string;
}
export declare const REFERENCE_KIND: number;
export declare function readSearchRows(siteDir: string): SearchRow[];
export declare function duplicateSearchEntries(rows: readonly SearchRow[]): string[];
export declare function navigationReferences(siteDir: string): string[];
