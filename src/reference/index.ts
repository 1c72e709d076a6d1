/**
 * The CBS Iv3 code lists as versioned data, per boekjaar 2017–2026:
 * taakvelden (with hoofdtaakveld), categorieën of lasten and baten (groups LR,
 * FR, IV), balance codes, kengetallen and beleidsindicatoren codes, the
 * forbidden taakveld × categorie combinations (grijze cellen), which
 * plausibility checks apply, the CBS error messages; the mapping of taakvelden
 * across the 2023 split and the 2025 renumbering; and the catalogue of
 * verplichte beleidsindicatoren.
 *
 * Bron: CBS. The lists are generated from the CBS Iv3 definition files
 * (GitHub `statistiekcbs/iv3_definities`, see {@link IV3_SOURCE}) by
 * `scripts/generate-reference.ts`; the package ships the generated module.
 *
 * @module opkoers/reference
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type {
  BalansCombination,
  Balanscode,
  Beleidsindicator,
  Boekjaar,
  CbsError,
  Categorie,
  CategorieGroup,
  Combination,
  Hoofdtaakveld,
  Iv3Code,
  PlausibilityCheck,
  PlausibilityScope,
  Taakveld,
  TaakveldCombination,
  TaakveldMapping,
  TaakveldMappingKind,
} from "./types.js";
export { balanscodesOf } from "./balanscodesOf.js";
export { beleidsindicatorCodesOf } from "./beleidsindicatorCodesOf.js";
export { beleidsindicatoren } from "./beleidsindicatoren.js";
export { BOEKJAREN } from "./boekjaren.js";
export { categorieenBatenOf } from "./categorieenBatenOf.js";
export { categorieenLastenOf } from "./categorieenLastenOf.js";
export { cbsErrorMessage } from "./cbsErrorMessage.js";
export { forbiddenCombinationsOf } from "./forbiddenCombinationsOf.js";
export { hoofdtaakveldenOf } from "./hoofdtaakveldenOf.js";
export { hoofdtaakveldOf } from "./hoofdtaakveldOf.js";
export { isBoekjaar } from "./isBoekjaar.js";
export { isForbiddenCombination } from "./isForbiddenCombination.js";
export { isValidBalanscode } from "./isValidBalanscode.js";
export { isValidCategorie } from "./isValidCategorie.js";
export { isValidTaakveld } from "./isValidTaakveld.js";
export { IV3_SOURCE } from "./iv3Source.js";
export { kengetallenOf } from "./kengetallenOf.js";
export { mapTaakveld } from "./mapTaakveld.js";
export { plausibilityChecksOf } from "./plausibilityChecksOf.js";
export { taakveldenOf } from "./taakveldenOf.js";
export { taakveldLabel } from "./taakveldLabel.js";
