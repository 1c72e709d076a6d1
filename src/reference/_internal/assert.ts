import { fail } from "./fail.js";
import type { Boekjaar } from "../types.js";

/** The first and last boekjaar with CBS data. */
export const FIRST_BOEKJAAR = 2017;
export const LAST_BOEKJAAR = 2026;

/** Check that a value is a boekjaar with CBS data, or throw `unknown_boekjaar` naming the argument. */
export function assertBoekjaar(value: unknown, argument = "boekjaar"): Boekjaar {
  if (typeof value === "number" && Number.isInteger(value) && value >= FIRST_BOEKJAAR && value <= LAST_BOEKJAAR) return value as Boekjaar;
  return fail(
    "unknown_boekjaar",
    `The ${argument} ${describe(value)} is not a boekjaar with CBS Iv3 code lists; opkoers ships ${FIRST_BOEKJAAR}–${LAST_BOEKJAAR}.`,
    { argument, value },
  );
}

/** Check that a code is a string, or throw `unknown_code`. */
export function assertCodeString(value: unknown, what: string): string {
  if (typeof value === "string") return value;
  return fail("unknown_code", `The ${what} must be a code string such as "0.10", not ${describe(value)}.`, { what, value });
}

export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value === null || value === undefined) return String(value);
  return typeof value;
}

/** Throw `unknown_code` for a code that is not in the list of a boekjaar. */
export function unknownCode(what: string, code: string, boekjaar: Boekjaar | undefined, hint = ""): never {
  const where = boekjaar === undefined ? "in any CBS list of 2017–2026" : `in the CBS ${what} list of ${boekjaar}`;
  return fail("unknown_code", `${JSON.stringify(code)} is not a ${what} ${where}.${hint === "" ? "" : ` ${hint}`}`, { what, code, boekjaar });
}
