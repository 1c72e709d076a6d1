import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { BOEKJAREN, beleidsindicatorCodesOf, beleidsindicatoren, DomainError, hoofdtaakveldenOf } from "opkoers/reference";

describe("beleidsindicatoren catalogue", () => {
  const all = beleidsindicatoren();

  it("numbers 1–39, once each, in order", () => {
    expect(all.map((b) => b.number)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
  });

  it("ends nrs. 7 and 25 in 2018, and no other", () => {
    expect(all.filter((b) => b.endedIn !== undefined).map((b) => [b.number, b.endedIn])).toEqual([
      [7, 2018],
      [25, 2018],
    ]);
    expect(beleidsindicatoren(2017).map((b) => b.number)).toContain(7);
    expect(beleidsindicatoren(2018).map((b) => b.number)).not.toContain(7);
    expect(beleidsindicatoren(2018).map((b) => b.number)).not.toContain(25);
  });

  it("marks the entries the reference calls UNCONFIRMED (12, 13, 15, 20)", () => {
    expect(all.filter((b) => b.unconfirmed !== undefined).map((b) => b.number)).toEqual([12, 13, 15, 20]);
    for (const b of all) if (b.unconfirmed !== undefined) expect(b.unconfirmed).toContain("UNCONFIRMED");
  });

  it("links 1–5 to the Iv3 codes bi.1–bi.5, whose CBS names start with the indicator's name", () => {
    for (const b of all) {
      expect(b.iv3Code !== undefined, String(b.number)).toBe(b.number <= 5);
      if (b.iv3Code === undefined) continue;
      const code = beleidsindicatorCodesOf(2026).find((c) => c.code === b.iv3Code);
      expect(code?.label.startsWith(b.name)).toBe(true);
    }
  });

  it("names a valid hoofdtaakveld, a unit, a source and a public document for each", () => {
    const heads = hoofdtaakveldenOf(2026).map((h) => h.code);
    for (const b of all) {
      expect(heads).toContain(b.taakveld);
      expect(b.unit.length * b.source.length * b.name.length).toBeGreaterThan(0);
      expect(b.evidence).toMatch(/^https:\/\//);
    }
  });

  test.prop([fc.constantFrom(...BOEKJAREN)])("a boekjaar gives exactly the entries in force then", (year) => {
    const inForce = beleidsindicatoren(year);
    expect(inForce).toEqual(all.filter((b) => b.fromBoekjaar <= year && (b.endedIn === undefined || year < b.endedIn)));
  });

  test.prop([fc.integer().filter((y) => y < 2017 || y > 2026)])("a boekjaar outside 2017–2026 throws unknown_boekjaar", (year) => {
    expect(() => beleidsindicatoren(year)).toThrow(DomainError);
  });
});
