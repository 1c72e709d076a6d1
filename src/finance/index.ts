/**
 * Financial rules: the structural balance and the supervision regime (GTK
 * 2020), deviations and begrotingsrechtmatigheid, multi-year arithmetic
 * (indexation, prudent inclusion of uncertain income, taakstellingen), the
 * financial kengetallen with their signalling categories and the
 * weerstandsvermogen rating — every outcome an explainable assessment that
 * names its rule and source.
 *
 * @module opkoers/finance
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type { BoundaryPlacement, ExactValue, RatingBoundary, RatingClass, RatingScale, YearAmount } from "./types.js";
export { exactValue, type ExactValueOptions } from "./exactValue.js";
export { FINANCE_RULES } from "./financeRules.js";
export { KENGETAL_IDS, KENGETAL_SCALES, type KengetalId } from "./kengetalScales.js";
export { rateRatio, type RateOptions, type Rating } from "./rateRatio.js";
export { supervisionRegime, type SupervisionInput, type SupervisionRegime } from "./supervisionRegime.js";
export { structuralBalance, type BalanceCorrection, type BalanceYear, type StructuralBalance, type StructuralBalanceOptions } from "./structuralBalance.js";
export { WEERSTANDSVERMOGEN_SCALE } from "./weerstandsvermogenScale.js";
export { indexForecast, type IndexBase, type IndexedForecast, type IndexedYear, type IndexOptions, type IndexRate } from "./indexForecast.js";
export { prudentIncome, type PrudentIncomeInput, type PrudentIncomeYear } from "./prudentIncome.js";
export { savingsTarget, type SavingsMeasure, type SavingsTargetInput, type SavingsTargetYear } from "./savingsTarget.js";
export { budgetDeviations, type Deviation, type DeviationOptions, type DeviationRow } from "./budgetDeviations.js";
export { DEVIATION_POLICIES, type DeviationPolicy } from "./deviationPolicies.js";
export { budgetLegality, type BudgetLegality, type LegalityOptions, type Overrun } from "./budgetLegality.js";
export { OVERRUN_CATEGORIES, type OverrunCategory, type OverrunCategoryInfo } from "./overrunCategories.js";
export { kengetallen, type Kengetal, type KengetalBalance, type KengetalHousingCosts, type KengetallenInput, type KengetallenOptions, type KengetalOperations } from "./kengetallen.js";
export { weerstandsvermogen, type Weerstandsvermogen, type WeerstandsvermogenOptions } from "./weerstandsvermogen.js";
