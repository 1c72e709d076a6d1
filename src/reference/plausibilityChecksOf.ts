import { cbsErrorData } from "./_internal/cbsErrors.js";
import { assertBoekjaar } from "./_internal/assert.js";
import { versionOf } from "./_internal/data.js";
import { IV3_PLAUSIBILITY_CHECKS } from "./generated/iv3Definitions.js";
import type { Boekjaar, PlausibilityCheck } from "./types.js";

const cache = new Map<Boekjaar, readonly PlausibilityCheck[]>();

/**
 * The CBS plausibility checks that apply to Iv3 deliveries of a boekjaar, as
 * the definition file of that year lists them (`controles`), with the CBS
 * description from fouten.json.
 *
 * From 2020 the files list PF001–PF009 with the periods and balance codes
 * each covers. The files of 2017–2019 (format version 1.0) hold a single
 * formula-based check, "Controle 01", which compares the EMU balance of the
 * lopende rekening with that of the financiële rekening with a relative
 * tolerance of 0.01 — the check fouten.json names PF001; it is returned as
 * PF001 with `threshold: "<= 0.01"` and no periods.
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The checks in CBS order (frozen).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { plausibilityChecksOf } from "opkoers/reference";
 *
 * plausibilityChecksOf(2026).map((c) => c.code).join(" "); //=> "PF001 PF002 PF003 PF004 PF005 PF006 PF007 PF008 PF009"
 * plausibilityChecksOf(2026)[5]?.scopes; //=> [{ periods: [0, 5] }]
 * plausibilityChecksOf(2018); //=> [{ code: "PF001", number: 1, description: "1. Saldo niet-financiële rekening = saldo financiële rekening", scopes: [{ threshold: "<= 0.01" }] }]
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function plausibilityChecksOf(boekjaar: number): readonly PlausibilityCheck[] {
  const year = assertBoekjaar(boekjaar);
  let checks = cache.get(year);
  if (checks === undefined) {
    const version = versionOf(IV3_PLAUSIBILITY_CHECKS, year);
    checks = Object.freeze(
      (version?.checks ?? []).map((check) =>
        Object.freeze({ code: check.code, number: check.number, description: cbsErrorData(check.code)?.[1] ?? "", scopes: check.scopes }),
      ),
    );
    cache.set(year, checks);
  }
  return checks;
}
