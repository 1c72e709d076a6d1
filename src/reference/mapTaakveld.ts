import { assertBoekjaar, assertCodeString, taakveldIndex, unknownCode } from "./_internal/data.js";
import { childrenOf, component, NEW_CODES } from "./_internal/transitions.js";
import type { Boekjaar, TaakveldMapping, TaakveldMappingKind } from "./types.js";

/**
 * The counterpart of a taakveld in another boekjaar, so that a time series per
 * taakveld can be compared across the 2023 split of the sociaal domein
 * (6.71 → 6.71a–d …) and the 2025 renumbering (6.71a → 6.711 …), with the
 * mapping stated. Works in both directions (2022 → 2025 and 2025 → 2022).
 *
 * The links between consecutive boekjaren are derived from the CBS lists
 * where the lists show them — the same code; a code kept only as a heading
 * whose children (code + letter) carry the amounts; a renumbered code with
 * the same CBS name — and hand-written from reference/bbv-domain.md §2.3
 * where they do not (6.2 → 6.21–6.23 and 6.6 → 6.60 in 2025; the jeugdhulp
 * regrouping of 2023 and 2025). The result's `sourceGroup` and `targets` are
 * the smallest groups whose totals compare; `notes` give the basis.
 *
 * Mind that a municipality may also have moved amounts between taakvelden
 * when the lists changed, and that 6.791/6.792 (PGB) and 6.91/6.92
 * (coördinatie en beleid) are new in 2025 without a named predecessor: such
 * a comparison is indicative, which the notes say.
 *
 * @param code - A taakveld of `fromYear`.
 * @param fromYear - The boekjaar of `code`, 2017–2026.
 * @param toYear - The boekjaar to map to, 2017–2026 (earlier or later).
 * @returns The mapping: kind, source group, targets and notes.
 * @throws {@link DomainError} `unknown_code` – when `code` is not a taakveld of `fromYear`.
 * @throws {@link DomainError} `unknown_boekjaar` – when `fromYear` or `toYear` is not 2017–2026.
 *
 * @example
 * ```ts
 * import { mapTaakveld } from "opkoers/reference";
 *
 * mapTaakveld("0.10", 2017, 2026).kind; //=> "same"
 * mapTaakveld("6.71", 2022, 2023).targets; //=> ["6.71a", "6.71b", "6.71c", "6.71d"]
 * mapTaakveld("6.71a", 2024, 2025).targets; //=> ["6.711"]
 * mapTaakveld("6.71", 2022, 2025).targets; //=> ["6.711", "6.712", "6.713", "6.714"]
 * const back = mapTaakveld("6.711", 2025, 2022);
 * back.kind; //=> "merged"
 * back.sourceGroup; //=> ["6.711", "6.712", "6.713", "6.714"]
 * back.targets; //=> ["6.71"]
 * mapTaakveld("6.2", 2024, 2025).kind; //=> "split"
 * mapTaakveld("6.72", 2022, 2023).kind; //=> "regrouped"
 * mapTaakveld("6.91", 2025, 2024).kind; //=> "none"
 * mapTaakveld("6.711", 2024, 2025); //=> throws unknown_code
 * ```
 *
 * @category Reference
 * @since 0.1.0
 */
export function mapTaakveld(code: string, fromYear: number, toYear: number): TaakveldMapping {
  const from = assertBoekjaar(fromYear, "fromYear");
  const to = assertBoekjaar(toYear, "toYear");
  const index = taakveldIndex(from);
  const taakveld = index.byCode.get(assertCodeString(code, "taakveld")) ?? unknownCode("taakveld", code, from);
  // A heading without amounts (6.71 in 2023) stands for its children.
  const children = taakveld.bookable ? [] : childrenOf(code, index.list).filter((c) => c.bookable).map((c) => c.code);
  const start = taakveld.bookable || children.length === 0 ? [code] : children;
  const lo = Math.min(from, to) as Boekjaar;
  const hi = Math.max(from, to) as Boekjaar;
  const { nodes, notes } = component(start, from, lo, hi);
  const inOrder = (year: Boekjaar): string[] => {
    const set = nodes.get(year) ?? new Set<string>();
    return taakveldIndex(year).list.filter((t) => set.has(t.code) && (t.bookable || year === from)).map((t) => t.code);
  };
  const sourceGroup = inOrder(from);
  const targets = from === to ? sourceGroup : inOrder(to);
  const allNotes = [...notes];
  if (!taakveld.bookable) allNotes.unshift(`${from}: ${code} is only a heading in the CBS list (every categorie is a grijze cel); its children ${children.join(", ")} carry the amounts.`);
  for (const { year, hoofdtaakveld, note } of NEW_CODES) {
    if (year > lo && year <= hi && hoofdtaakveld === taakveld.hoofdtaakveld) allNotes.push(note);
  }
  // Chronological: every note starts with its boekjaar (the sort is stable).
  allNotes.sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4)));
  // Count a heading and its children as one source unit.
  const sourceUnits = sourceGroup.length - (taakveld.bookable ? 0 : children.length - 1);
  return Object.freeze({
    code,
    fromYear: from,
    toYear: to,
    kind: kindOf(code, sourceUnits, targets),
    sourceGroup: Object.freeze(sourceGroup),
    targets: Object.freeze(targets),
    notes: Object.freeze([...new Set(allNotes)]),
  });
}

function kindOf(code: string, sources: number, targets: readonly string[]): TaakveldMappingKind {
  if (targets.length === 0) return "none";
  if (sources <= 1 && targets.length === 1) return targets[0] === code ? "same" : "renumbered";
  if (sources <= 1) return "split";
  return targets.length === 1 ? "merged" : "regrouped";
}
