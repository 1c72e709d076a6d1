import { IV3_CBS_ERRORS } from "../generated/iv3Definitions.js";
import type { CbsErrorData } from "./dataTypes.js";

let byCode: ReadonlyMap<string, CbsErrorData> | undefined;

/** The fouten.json entry of a CBS error code, if any. */
export function cbsErrorData(code: string): CbsErrorData | undefined {
  byCode ??= new Map(IV3_CBS_ERRORS.map((entry) => [entry[0], entry]));
  return byCode.get(code);
}
