import { BELEIDSINDICATOR_CATALOGUE } from "./_internal/beleidsindicatorCatalogue.js";
import { assertBoekjaar } from "./_internal/assert.js";
import type { Beleidsindicator } from "./types.js";

/**
 * The catalogue of verplichte beleidsindicatoren (Regeling
 * beleidsindicatoren; the national numbering 1–39 used on
 * waarstaatjegemeente.nl and in begrotingen): number, name, unit, source,
 * hoofdtaakveld, and the boekjaren it applies to. Nr. 7 Hardekernjongeren and
 * nr. 25 Achterstandsleerlingen ended in 2018 ("vervallen met ingang van
 * 2018"). Indicators 1–5 are the "eigen gegevens" that are also delivered
 * through Iv3 (`iv3Code` `bi.1` … `bi.5`).
 *
 * The text of the regeling was not available: the catalogue is reconstructed
 * from municipal documents (each entry names one). Entries whose number,
 * source or status is UNCONFIRMED (12, 13, 15, 20) carry `unconfirmed`;
 * whether the full set still applies in 2024–2026 is itself unconfirmed, so
 * treat a list for those years as the best available, not as the law.
 *
 * @param boekjaar - Optional: only the indicators in force in this boekjaar (2017–2026). Without it, all 39.
 * @returns The indicators in number order (frozen entries).
 * @throws {@link DomainError} `unknown_boekjaar` – when `boekjaar` is given and not 2017–2026.
 *
 * @example
 * ```ts
 * import { beleidsindicatoren } from "opkoers/reference";
 *
 * beleidsindicatoren().length; //=> 39
 * beleidsindicatoren(2017).length; //=> 39
 * beleidsindicatoren(2018).length; //=> 37
 * beleidsindicatoren().find((b) => b.number === 25)?.endedIn; //=> 2018
 * beleidsindicatoren(2024).filter((b) => b.unconfirmed !== undefined).map((b) => b.number); //=> [12, 13, 15, 20]
 * beleidsindicatoren(2030); //=> throws unknown_boekjaar
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function beleidsindicatoren(boekjaar?: number): readonly Beleidsindicator[] {
  if (boekjaar === undefined) return BELEIDSINDICATOR_CATALOGUE;
  const year = assertBoekjaar(boekjaar);
  return BELEIDSINDICATOR_CATALOGUE.filter((b) => b.fromBoekjaar <= year && (b.endedIn === undefined || year < b.endedIn));
}
