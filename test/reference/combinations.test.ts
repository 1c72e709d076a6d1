import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  BOEKJAREN,
  balanscodesOf,
  categorieenBatenOf,
  categorieenLastenOf,
  DomainError,
  forbiddenCombinationsOf,
  isForbiddenCombination,
  taakveldenOf,
  type Combination,
} from "opkoers/reference";

const thrownCode = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : error;
  }
  return "nothing thrown";
};

const key = (c: Combination): string => `${c.side} ${"taakveld" in c ? c.taakveld : c.balanscode} ${c.categorie}`;

/** Any cell of any table of any boekjaar, with valid codes. */
const cell = fc.constantFrom(...BOEKJAREN).chain((year) =>
  fc.constantFrom("lasten", "baten", "balans_lasten", "balans_baten" as const).chain((side) => {
    const columns = side === "lasten" || side === "balans_lasten" ? categorieenLastenOf(year) : categorieenBatenOf(year);
    const categorie = fc.constantFrom(...columns.map((c) => c.code));
    return side === "lasten" || side === "baten"
      ? fc.record({ taakveld: fc.constantFrom(...taakveldenOf(year).map((t) => t.code)), categorie }).map((c) => ({ year, cell: { side, ...c } as Combination }))
      : fc.record({ balanscode: fc.constantFrom(...balanscodesOf(year).map((b) => b.code)), categorie }).map((c) => ({ year, cell: { side, ...c } as Combination }));
  }),
);

describe("isForbiddenCombination", () => {
  const forbidden = new Map<string, Set<string>>();
  const forbiddenSet = (side: Combination["side"], year: number): Set<string> => {
    const id = `${side} ${year}`;
    let set = forbidden.get(id);
    if (set === undefined) {
      set = new Set(forbiddenCombinationsOf(side, year).map(key));
      forbidden.set(id, set);
    }
    return set;
  };

  test.prop([cell])("answers true exactly for the cells forbiddenCombinationsOf lists", ({ year, cell }) => {
    expect(isForbiddenCombination(cell, year)).toBe(forbiddenSet(cell.side, year).has(key(cell)));
  });

  it("follows the CBS rules of bbv-domain.md §2.4 (2026)", () => {
    const y = 2026;
    for (const t of taakveldenOf(y)) {
      for (const side of ["lasten", "baten"] as const) {
        const onlyReserves = t.code === "0.10" || t.code === "0.11";
        // 7.1 Mutatie reserves only on 0.10 and 0.11; 0.10 and 0.11 take only 7.1.
        expect(isForbiddenCombination({ side, taakveld: t.code, categorie: "7.1" }, y), `${t.code} 7.1 ${side}`).toBe(!onlyReserves);
        if (onlyReserves) {
          const columns = side === "lasten" ? categorieenLastenOf(y) : categorieenBatenOf(y);
          for (const c of columns) expect(isForbiddenCombination({ side, taakveld: t.code, categorie: c.code }, y)).toBe(c.code !== "7.1");
        }
      }
    }
    // 0.7 baten: only 4.3.1. 0.9 lasten: only 2.1; no baten at all.
    for (const c of categorieenBatenOf(y)) expect(isForbiddenCombination({ side: "baten", taakveld: "0.7", categorie: c.code }, y)).toBe(c.code !== "4.3.1");
    for (const c of categorieenLastenOf(y)) expect(isForbiddenCombination({ side: "lasten", taakveld: "0.9", categorie: c.code }, y)).toBe(c.code !== "2.1");
    for (const c of categorieenBatenOf(y)) expect(isForbiddenCombination({ side: "baten", taakveld: "0.9", categorie: c.code }, y)).toBe(true);
  });

  it("forbids every cell of a heading without amounts (6.71 in 2023), and derives bookable from that", () => {
    for (const year of BOEKJAREN) {
      for (const t of taakveldenOf(year)) {
        const all = [
          ...categorieenLastenOf(year).map((c) => isForbiddenCombination({ side: "lasten", taakveld: t.code, categorie: c.code }, year)),
          ...categorieenBatenOf(year).map((c) => isForbiddenCombination({ side: "baten", taakveld: t.code, categorie: c.code }, year)),
        ];
        expect(t.bookable, `${t.code} ${year}`).toBe(!all.every(Boolean));
      }
    }
  });

  it("throws for codes that are not in the boekjaar, rather than answering", () => {
    expect(thrownCode(() => isForbiddenCombination({ side: "lasten", taakveld: "6.711", categorie: "3.8" }, 2024))).toBe("unknown_code");
    expect(thrownCode(() => isForbiddenCombination({ side: "lasten", taakveld: "6.1", categorie: "4.5.1" }, 2024))).toBe("unknown_code");
    // 1.1 Salarissen is a lasten categorie, not a baten one.
    expect(thrownCode(() => isForbiddenCombination({ side: "baten", taakveld: "6.1", categorie: "1.1" }, 2026))).toBe("unknown_code");
    expect(thrownCode(() => isForbiddenCombination({ side: "balans_baten", balanscode: "A23", categorie: "1.1" }, 2026))).toBe("unknown_code");
    expect(thrownCode(() => isForbiddenCombination({ side: "balans_lasten", balanscode: "6.1", categorie: "1.1" }, 2026))).toBe("unknown_code");
    expect(thrownCode(() => isForbiddenCombination({ side: "lasten", taakveld: "6.1", categorie: "1.1" } as Combination, 2016))).toBe("unknown_boekjaar");
    expect(thrownCode(() => isForbiddenCombination({ side: "kosten", taakveld: "6.1", categorie: "1.1" } as unknown as Combination, 2026))).toBe("invalid_option");
    expect(thrownCode(() => isForbiddenCombination(null as unknown as Combination, 2026))).toBe("invalid_option");
    expect(thrownCode(() => forbiddenCombinationsOf("kosten" as "lasten", 2026))).toBe("invalid_option");
  });

  it("forbiddenCombinationsOf lists each cell once, on its own side, for every table and boekjaar", () => {
    for (const year of BOEKJAREN) {
      for (const side of ["lasten", "baten", "balans_lasten", "balans_baten"] as const) {
        const cells = forbiddenCombinationsOf(side, year);
        expect(new Set(cells.map(key)).size, `${side} ${year}`).toBe(cells.length);
        expect(cells.every((c) => c.side === side)).toBe(true);
      }
    }
  });
});
