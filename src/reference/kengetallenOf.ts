import { assertBoekjaar, shortList } from "./_internal/data.js";
import type { Iv3Code } from "./types.js";

/**
 * The financial kengetallen codes of the CBS Iv3 list of a boekjaar (`fk.1`
 * Netto schuldquote … `fk.6` Belastingcapaciteit). The files of 2017–2019
 * have no kengetallen list, so those years return an empty list.
 *
 * @param boekjaar - The boekjaar, 2017–2026.
 * @returns The kengetallen codes (frozen; empty for 2017–2019).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { kengetallenOf } from "opkoers/reference";
 *
 * kengetallenOf(2026).map((k) => k.code); //=> ["fk.1", "fk.2", "fk.3", "fk.4", "fk.5", "fk.6"]
 * kengetallenOf(2019); //=> []
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function kengetallenOf(boekjaar: number): readonly Iv3Code[] {
  return shortList("kengetallen", assertBoekjaar(boekjaar));
}
