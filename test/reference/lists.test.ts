import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  BOEKJAREN,
  balanscodesOf,
  categorieenBatenOf,
  categorieenLastenOf,
  DomainError,
  hoofdtaakveldenOf,
  hoofdtaakveldOf,
  isBoekjaar,
  isValidBalanscode,
  isValidCategorie,
  isValidTaakveld,
  IV3_SOURCE,
  kengetallenOf,
  beleidsindicatorCodesOf,
  taakveldenOf,
  taakveldLabel,
} from "opkoers/reference";

const codeOf = (error: unknown): unknown => (error instanceof DomainError ? error.code : error);
const thrownCode = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return codeOf(error);
  }
  return "nothing thrown";
};

const boekjaar = fc.constantFrom(...BOEKJAREN);
/** A boekjaar and one of its taakvelden. */
const yearAndTaakveld = boekjaar.chain((year) => fc.constantFrom(...taakveldenOf(year)).map((taakveld) => ({ year, taakveld })));

describe("taakvelden per boekjaar", () => {
  it("counts 53 for 2017–2022, 71 for 2023–2024, 69 for 2025–2026", () => {
    expect(BOEKJAREN.map((year) => taakveldenOf(year).length)).toEqual([53, 53, 53, 53, 53, 53, 71, 71, 69, 69]);
  });

  it("has the old parents 6.71, 6.72, 6.81, 6.82 as the only codes without amounts, in 2023–2024 only", () => {
    for (const year of BOEKJAREN) {
      const headings = taakveldenOf(year).filter((t) => !t.bookable).map((t) => t.code);
      expect(headings, String(year)).toEqual(year === 2023 || year === 2024 ? ["6.71", "6.72", "6.81", "6.82"] : []);
    }
  });

  it("has nine hoofdtaakvelden 0–8 in every boekjaar, and every taakveld under one of them", () => {
    for (const year of BOEKJAREN) {
      expect(hoofdtaakveldenOf(year).map((h) => h.code)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8"]);
    }
  });

  it("keeps 0.10 and 0.1 apart", () => {
    expect(hoofdtaakveldOf("0.10")).toBe("0");
    expect(taakveldLabel("0.1", 2026)).toBe("Bestuur");
    expect(taakveldLabel("0.10", 2026)).toBe("Mutaties reserves");
    expect(isValidTaakveld("0.100", 2026)).toBe(false);
  });

  it("trims labels that CBS ends with a space (6.82a, 6.821 Jeugdbescherming)", () => {
    expect(taakveldLabel("6.82a", 2023)).toBe("Jeugdbescherming");
    expect(taakveldLabel("6.821", 2026)).toBe("Jeugdbescherming");
  });

  it.each(BOEKJAREN)("%i: every code is unique and every label trimmed and non-empty, in every list", (year) => {
    const lists = [taakveldenOf(year), hoofdtaakveldenOf(year), categorieenLastenOf(year), categorieenBatenOf(year), balanscodesOf(year), kengetallenOf(year), beleidsindicatorCodesOf(year)];
    for (const list of lists) {
      const codes = list.map((item) => item.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const { code, label } of list) {
        expect(label).toBe(label.trim());
        expect(label.length).toBeGreaterThan(0);
        expect(code).toBe(code.trim());
      }
    }
  });

  test.prop([yearAndTaakveld])("a listed taakveld is valid, has its label, and its hoofdtaakveld is the part before the first dot", ({ year, taakveld }) => {
    expect(isValidTaakveld(taakveld.code, year)).toBe(true);
    expect(taakveldLabel(taakveld.code, year)).toBe(taakveld.label);
    expect(hoofdtaakveldOf(taakveld.code)).toBe(taakveld.hoofdtaakveld);
    expect(taakveld.code.split(".")[0]).toBe(taakveld.hoofdtaakveld);
    expect(hoofdtaakveldenOf(year).some((h) => h.code === taakveld.hoofdtaakveld)).toBe(true);
  });

  test.prop([boekjaar, fc.string()])("a code that is not listed is not valid and has no label", (year, code) => {
    fc.pre(!taakveldenOf(year).some((t) => t.code === code));
    expect(isValidTaakveld(code, year)).toBe(false);
    expect(thrownCode(() => taakveldLabel(code, year))).toBe("unknown_code");
  });

  test.prop([boekjaar, fc.constantFrom("0.1", "0.10", "6.71", "8.3")])("a code with a space around it is not valid", (year, code) => {
    expect(isValidTaakveld(` ${code}`, year)).toBe(false);
    expect(isValidTaakveld(`${code} `, year)).toBe(false);
  });

  it("hoofdtaakveldOf accepts a code of any boekjaar and rejects codes of none", () => {
    expect(hoofdtaakveldOf("6.71a")).toBe("6");
    expect(hoofdtaakveldOf("6.711")).toBe("6");
    expect(hoofdtaakveldOf("6.2")).toBe("6");
    expect(thrownCode(() => hoofdtaakveldOf("6"))).toBe("unknown_code");
    expect(thrownCode(() => hoofdtaakveldOf(6.1 as unknown as string))).toBe("unknown_code");
  });
});

describe("categorieën and balance codes", () => {
  it("counts categorieën 35/37 (lasten/baten) until 2024 and 37/39 from 2025", () => {
    expect(BOEKJAREN.map((year) => categorieenLastenOf(year).length)).toEqual([35, 35, 35, 35, 35, 35, 35, 35, 37, 37]);
    expect(BOEKJAREN.map((year) => categorieenBatenOf(year).length)).toEqual([37, 37, 37, 37, 37, 37, 37, 37, 39, 39]);
  });

  it.each(BOEKJAREN)("%i: groups are LR, then FR (6.1 only), then IV (7.x)", (year) => {
    for (const list of [categorieenLastenOf(year), categorieenBatenOf(year)]) {
      const groups = list.map((c) => c.group);
      expect([...groups].sort((a, b) => "LR FR IV".indexOf(a) - "LR FR IV".indexOf(b))).toEqual(groups);
      expect(list.filter((c) => c.group === "FR").map((c) => c.code)).toEqual(["6.1"]);
      expect(list.filter((c) => c.group === "IV").every((c) => c.code.startsWith("7."))).toBe(true);
    }
  });

  test.prop([boekjaar, fc.string()])("isValidCategorie and isValidBalanscode agree with the lists", (year, code) => {
    expect(isValidCategorie(code, "lasten", year)).toBe(categorieenLastenOf(year).some((c) => c.code === code));
    expect(isValidCategorie(code, "baten", year)).toBe(categorieenBatenOf(year).some((c) => c.code === code));
    expect(isValidBalanscode(code, year)).toBe(balanscodesOf(year).some((b) => b.code === code));
  });

  test.prop([boekjaar.chain((year) => fc.constantFrom(...categorieenLastenOf(year)).map((c) => ({ year, c })))])("a listed categorie is valid", ({ year, c }) => {
    expect(isValidCategorie(c.code, "lasten", year)).toBe(true);
  });

  it.each(BOEKJAREN)("%i: balance codes: A-codes are activa in A1/A2, P-codes passiva in P1/P2", (year) => {
    for (const b of balanscodesOf(year)) {
      expect(b.side).toBe(b.code.startsWith("A") ? "activa" : "passiva");
      expect(b.group[0]).toBe(b.code[0]);
    }
  });

  it("rejects an unknown side", () => {
    expect(thrownCode(() => isValidCategorie("1.1", "balans" as "lasten", 2024))).toBe("invalid_option");
  });
});

describe("boekjaren", () => {
  it("are 2017 through 2026", () => {
    expect(BOEKJAREN).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(Object.isFrozen(BOEKJAREN)).toBe(true);
  });

  test.prop([fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(undefined))])("a year outside 2017–2026 throws unknown_boekjaar everywhere", (year) => {
    fc.pre(!isBoekjaar(year));
    const y = year as number;
    for (const run of [
      () => taakveldenOf(y),
      () => hoofdtaakveldenOf(y),
      () => isValidTaakveld("0.1", y),
      () => taakveldLabel("0.1", y),
      () => categorieenLastenOf(y),
      () => categorieenBatenOf(y),
      () => balanscodesOf(y),
      () => kengetallenOf(y),
      () => beleidsindicatorCodesOf(y),
      () => isValidCategorie("1.1", "lasten", y),
      () => isValidBalanscode("A23", y),
    ]) {
      expect(thrownCode(run)).toBe("unknown_boekjaar");
    }
  });

  test.prop([fc.integer({ min: 2017, max: 2026 })])("isBoekjaar accepts exactly the integers 2017–2026", (year) => {
    expect(isBoekjaar(year)).toBe(true);
    expect(isBoekjaar(year + 0.5)).toBe(false);
    expect(isBoekjaar(String(year))).toBe(false);
  });

  it("returns frozen lists that cannot be changed by a caller", () => {
    const list = taakveldenOf(2024);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(taakveldenOf(2024)).toBe(list);
  });

  it("credits CBS", () => {
    expect(IV3_SOURCE.credit).toBe("Bron: CBS");
    expect(IV3_SOURCE.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});
