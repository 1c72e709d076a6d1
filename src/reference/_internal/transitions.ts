import type { Boekjaar, Taakveld } from "../types.js";
import { FIRST_BOEKJAAR, taakveldIndex } from "./data.js";

/**
 * How the taakvelden of one boekjaar continue in the next one.
 *
 * Most links are DERIVED from the CBS lists themselves (see `linksInto`):
 *  1. the same code, bookable in both years → the same taakveld (its name may change: 6.2 "Wijkteams"
 *     became "Toegang en eerstelijnsvoorzieningen" in 2023);
 *  2. a code that the next year keeps only as a heading without amounts (every cell grey: 6.71, 6.72, 6.81,
 *     6.82 in 2023) → its children in that list, the code plus one letter (6.71 → 6.71a, 6.71b, 6.71c, 6.71d);
 *  3. a code that disappears → the new code with exactly the same CBS name (6.71a "Huishoudelijke hulp (WMO)"
 *     → 6.711 "Huishoudelijke hulp (WMO)" in 2025).
 *
 * What the lists cannot tell is HAND-WRITTEN below, from reference/bbv-domain.md §2.3 ("Taakvelden that
 * changed"; CBS files 2022–2026 diffed). Each group says which codes of the year before compare, as a
 * total, with which codes of the year itself. Codes that CBS introduced without a predecessor are listed in
 * `newCodes`, so that a test can check that every change between two lists is accounted for.
 */
interface HandGroup {
  /** The boekjaar in which the new codes start. */
  readonly year: Boekjaar;
  /** Bookable codes of `year - 1`. */
  readonly from: readonly string[];
  /** Bookable codes of `year`. */
  readonly to: readonly string[];
  /** Why, with the source. */
  readonly note: string;
}

const JEUGD_2023 = ["6.72a", "6.72b", "6.72c", "6.72d", "6.73a", "6.73b", "6.73c", "6.74a", "6.74b", "6.74c"];

/** Hand-written links between consecutive boekjaren (bbv-domain.md §2.3). */
export const HAND_GROUPS: readonly HandGroup[] = [
  {
    // 2017–2022 had two jeugd taakvelden: 6.72 Maatwerkdienstverlening 18- and 6.82 Geëscaleerde zorg 18-.
    // 2023 split youth care into 6.72a–d, 6.73a–c (met verblijf), 6.74a–c (GGZ, crisis, gesloten) and
    // 6.82a–b. The children 6.72a–d and 6.82a–b follow from the codes (rule 2); which old code 6.73 and
    // 6.74 came from is not in the CBS files, so both old codes link to them and only the group total of
    // jeugd (6.72 + 6.82) compares across 2022/2023.
    year: 2023,
    from: ["6.72", "6.82"],
    to: ["6.73a", "6.73b", "6.73c", "6.74a", "6.74b", "6.74c"],
    note: "2023: 6.73a–c and 6.74a–c are new jeugdhulp taakvelden carved out of 6.72 and 6.82 (Maatwerkdienstverlening / Geëscaleerde zorg 18-); which part came from which is not in the CBS lists, so only the jeugd total compares (bbv-domain.md §2.3).",
  },
  {
    year: 2025,
    from: ["6.2"],
    to: ["6.21", "6.22", "6.23"],
    note: "2025: 6.2 Toegang en eerstelijnsvoorzieningen was split into 6.21 WMO, 6.22 Jeugd and 6.23 Integraal (bbv-domain.md §2.3).",
  },
  {
    year: 2025,
    from: ["6.6"],
    to: ["6.60"],
    note: "2025: 6.6 Maatwerkvoorzieningen (WMO) was replaced by 6.60 Hulpmiddelen en diensten (WMO) (bbv-domain.md §2.3).",
  },
  {
    // The 2025 jeugdhulp codes are ordered by the level of purchase (lokaal/regionaal/landelijk), not by
    // type of care as in 2023, so no code maps one-to-one.
    year: 2025,
    from: JEUGD_2023,
    to: ["6.751", "6.752", "6.753", "6.761", "6.762", "6.763"],
    note: "2025: jeugdhulp 6.72a–d, 6.73a–c and 6.74a–c (by type of care) were regrouped into 6.751–6.753 ambulant and 6.761–6.763 met verblijf (lokaal / regionaal / landelijk); only the group total compares (bbv-domain.md §2.3).",
  },
];

/**
 * Codes that CBS introduced without any predecessor (bbv-domain.md §2.3), per boekjaar and hoofdtaakveld.
 * Amounts booked on them used to be booked on other taakvelden, which the CBS lists do not name; a series of
 * that hoofdtaakveld that crosses the year is therefore not fully comparable, and the mapping says so.
 */
export const NEW_CODES: readonly { readonly year: Boekjaar; readonly hoofdtaakveld: string; readonly codes: readonly string[]; readonly note: string }[] = [
  {
    year: 2025,
    hoofdtaakveld: "6",
    codes: ["6.791", "6.792", "6.91", "6.92"],
    note: "2025: 6.791 PGB WMO, 6.792 PGB Jeugd, 6.91 Coördinatie en beleid WMO and 6.92 Coördinatie en beleid Jeugd are new; the CBS lists name no predecessor, so amounts may have moved to them from other sociaal-domein taakvelden (bbv-domain.md §2.3).",
  },
];

/** A link from a bookable taakveld of `year - 1` to a bookable taakveld of `year`. */
export interface Link {
  readonly year: Boekjaar;
  readonly from: string;
  readonly to: string;
  readonly note: string;
}

/** The children of a heading in a list: the code followed by one letter (6.71 → 6.71a …). */
export function childrenOf(code: string, list: readonly Taakveld[]): readonly Taakveld[] {
  return list.filter((t) => t.code.length === code.length + 1 && t.code.startsWith(code) && /[a-z]$/.test(t.code));
}

const linkCache = new Map<Boekjaar, readonly Link[]>();

/** Every link into `year` from `year - 1` (derived from the CBS lists, plus the hand-written groups). */
export function linksInto(year: Boekjaar): readonly Link[] {
  let links = linkCache.get(year);
  if (links !== undefined) return links;
  const out: Link[] = [];
  if (year > FIRST_BOEKJAAR) {
    const before = taakveldIndex((year - 1) as Boekjaar);
    const after = taakveldIndex(year);
    const bookableBefore = before.list.filter((t) => t.bookable);
    const bookableAfter = after.list.filter((t) => t.bookable);
    const appearing = bookableAfter.filter((t) => before.byCode.get(t.code)?.bookable !== true);
    for (const t of bookableBefore) {
      const next = after.byCode.get(t.code);
      if (next?.bookable === true) {
        // Rule 1: the same code.
        const note = next.label === t.label ? "" : `${year}: the CBS name of ${t.code} changed from "${t.label}" to "${next.label}".`;
        out.push({ year, from: t.code, to: t.code, note });
      } else if (next !== undefined) {
        // Rule 2: kept only as a heading; its children carry the amounts.
        const children = childrenOf(t.code, after.list).filter((c) => c.bookable);
        const names = children.map((c) => c.code).join(", ");
        for (const child of children) {
          out.push({ year, from: t.code, to: child.code, note: `${year}: ${t.code} is only a heading in the CBS list (every categorie is a grijze cel); its children ${names} carry the amounts.` });
        }
      } else {
        // Rule 3: gone; a new code with exactly the same CBS name continues it.
        for (const match of appearing.filter((a) => a.label === t.label)) {
          out.push({ year, from: t.code, to: match.code, note: `${year}: ${t.code} was renumbered ${match.code} (same CBS name "${t.label}").` });
        }
      }
    }
    for (const group of HAND_GROUPS) {
      if (group.year !== year) continue;
      for (const from of group.from) for (const to of group.to) out.push({ year, from, to, note: group.note });
    }
  }
  links = Object.freeze(out);
  linkCache.set(year, links);
  return links;
}

/** Every (year, code) node reachable from the start nodes using links between `lo` and `hi` only. */
export function component(start: readonly string[], startYear: Boekjaar, lo: Boekjaar, hi: Boekjaar): { readonly nodes: ReadonlyMap<number, ReadonlySet<string>>; readonly notes: readonly string[] } {
  const nodes = new Map<number, Set<string>>();
  const notes: string[] = [];
  const queue: [number, string][] = [];
  const visit = (year: number, code: string): void => {
    const set = nodes.get(year) ?? new Set<string>();
    if (set.has(code)) return;
    set.add(code);
    nodes.set(year, set);
    queue.push([year, code]);
  };
  for (const code of start) visit(startYear, code);
  while (queue.length > 0) {
    const [year, code] = queue.shift() as [number, string];
    if (year < hi) {
      for (const link of linksInto((year + 1) as Boekjaar)) if (link.from === code) {
        visit(year + 1, link.to);
        if (link.note !== "" && !notes.includes(link.note)) notes.push(link.note);
      }
    }
    if (year > lo) {
      for (const link of linksInto(year as Boekjaar)) if (link.to === code) {
        visit(year - 1, link.from);
        if (link.note !== "" && !notes.includes(link.note)) notes.push(link.note);
      }
    }
  }
  return { nodes, notes };
}
