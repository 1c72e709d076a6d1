/**
 * Iv3 interoperability: the CBS checks (DF001, DF002, DF005, DF006, PF006)
 * on budget lines and on Iv3 deliveries, reported with CBS's own codes and
 * messages as assessments; Iv3 JSON deliveries in CBS's format
 * (`iv3_data_schema_v2_1_1.json`), made from budget lines in thousands of
 * euros with the rounding stated, and read back into budget lines; and
 * budget lines read from CSV files as municipalities and CBS publish them.
 *
 * Bron: CBS — the checks use the code lists, grijze cellen and messages of
 * `opkoers/reference`, generated from CBS's Iv3 definition files.
 *
 * @module opkoers/io
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type { Issue, ParseResult } from "../errors/Issue.js";
export type {
  CbsCheckStatus,
  CbsOffence,
  CbsOffenceReason,
  Iv3Amount,
  Iv3BalanceMutation,
  Iv3BalancePosition,
  Iv3Beleidsindicator,
  Iv3Contact,
  Iv3Data,
  Iv3Delivery,
  Iv3Kengetal,
  Iv3Metadata,
  Iv3Remark,
} from "./types.js";
export { CBS_RULES } from "./cbsRules.js";
export { checkCbsDelivery, type CbsDeliveryCheckOptions } from "./checkCbsDelivery.js";
export { checkCbsLines, type CbsLineCheckOptions } from "./checkCbsLines.js";
export { decodeText, type DecodedText } from "./decodeText.js";
export { parseBudgetCsv, type CsvBudget, type CsvColumn, type CsvColumns, type CsvEncoding, type CsvImportOptions } from "./parseBudgetCsv.js";
export { parseIv3Delivery, type Iv3Import, type ParseIv3Options } from "./parseIv3Delivery.js";
export { Iv3AmountSchema, Iv3ContactSchema, Iv3DeliverySchema, Iv3MetadataSchema } from "./schemas.js";
export { toIv3Delivery, type Iv3DeliveryOptions, type Iv3Export, type Iv3Rounding, type Iv3TableRounding } from "./toIv3Delivery.js";
