/**
 * The shape of the generated module `../generated/iv3Definitions.ts`, written
 * by `scripts/generate-reference.ts` from the CBS definition files. Internal:
 * the public API reads it through the look-up functions of `opkoers/reference`.
 *
 * Lists are stored once per distinct version (`years` names every boekjaar
 * whose CBS file holds exactly that list), so identical lists and labels are
 * not repeated for every boekjaar. Items are `[code, label]` tuples with the
 * label trimmed.
 */

/** `[code, label]` with the label trimmed. */
export type CodeLabel = readonly [code: string, label: string];

/** One version of a list, shared by the boekjaren in `years`. */
export interface Versioned {
  readonly years: readonly number[];
}

/** A hoofdtaakveld ("0" for the CBS node "0.") and its taakvelden, in CBS file order. */
export interface HoofdtaakveldData {
  readonly code: string;
  readonly label: string;
  readonly taakvelden: readonly CodeLabel[];
}

export interface TaakveldVersion extends Versioned {
  readonly hoofdtaakvelden: readonly HoofdtaakveldData[];
}

export interface CategorieVersion extends Versioned {
  readonly LR: readonly CodeLabel[];
  readonly FR: readonly CodeLabel[];
  readonly IV: readonly CodeLabel[];
}

export interface BalanscodeVersion extends Versioned {
  readonly A1: readonly CodeLabel[];
  readonly A2: readonly CodeLabel[];
  readonly P1: readonly CodeLabel[];
  readonly P2: readonly CodeLabel[];
}

export interface CodeListVersion extends Versioned {
  readonly items: readonly CodeLabel[];
}

export interface PlausibilityScopeData {
  readonly periods?: readonly number[];
  readonly balanscodes?: readonly string[];
  readonly excludedTaakvelden?: readonly string[];
  readonly threshold?: string;
}

export interface PlausibilityCheckData {
  readonly code: string;
  readonly number: number;
  readonly scopes: readonly PlausibilityScopeData[];
}

export interface PlausibilityVersion extends Versioned {
  readonly checks: readonly PlausibilityCheckData[];
}

/**
 * Forbidden cells of one table, per row code (taakveld or balance code), as
 * change points: `[firstYear, cells, firstYear, cells, …]`. The entry that
 * applies to a boekjaar is the last one whose year is ≤ that boekjaar (the
 * row itself must be in that boekjaar's list). `cells` is either
 * `"-a b c"` (these categorieën are forbidden), `"+a b"` (every categorie of
 * that boekjaar's list except these is forbidden) or `"-"` (none forbidden).
 */
export type GreyCellRows = Readonly<Record<string, readonly (number | string)[]>>;

export interface GreyCellData {
  readonly lasten: GreyCellRows;
  readonly baten: GreyCellRows;
  readonly balans_lasten: GreyCellRows;
  readonly balans_baten: GreyCellRows;
}

/** `[code, omschrijving, melding]` from fouten.json, trimmed. */
export type CbsErrorData = readonly [code: string, summary: string, message: string];

export interface Iv3Data {
  readonly taakvelden: readonly TaakveldVersion[];
  readonly categorieenLasten: readonly CategorieVersion[];
  readonly categorieenBaten: readonly CategorieVersion[];
  readonly balanscodes: readonly BalanscodeVersion[];
  readonly kengetallen: readonly CodeListVersion[];
  readonly beleidsindicatorCodes: readonly CodeListVersion[];
  readonly plausibilityChecks: readonly PlausibilityVersion[];
  readonly grijzeCellen: GreyCellData;
  readonly cbsErrors: readonly CbsErrorData[];
}
