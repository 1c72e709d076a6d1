import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { BOEKJAREN, DomainError, isValidTaakveld, mapTaakveld, taakveldenOf, type Boekjaar, type TaakveldMappingKind } from "opkoers/reference";
import { linksInto, NEW_CODES } from "../../src/reference/_internal/transitions.js";

const thrownCode = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : error;
  }
  return "nothing thrown";
};

const bookable = (year: Boekjaar): string[] => taakveldenOf(year).filter((t) => t.bookable).map((t) => t.code);

const year = fc.constantFrom(...BOEKJAREN);
/** A taakveld of one boekjaar and another boekjaar to map it to. */
const mapping = fc.tuple(year, year).chain(([from, to]) => fc.constantFrom(...taakveldenOf(from).map((t) => t.code)).map((code) => ({ code, from, to })));

const INVERSE: Readonly<Record<TaakveldMappingKind, TaakveldMappingKind>> = {
  same: "same",
  renumbered: "renumbered",
  split: "merged",
  merged: "split",
  regrouped: "regrouped",
  none: "none",
};

describe("mapTaakveld", () => {
  it("maps every 2022 taakveld to bookable 2023 taakvelden", () => {
    for (const code of bookable(2022)) {
      const m = mapTaakveld(code, 2022, 2023);
      expect(m.targets.length, code).toBeGreaterThan(0);
      for (const t of m.targets) expect(bookable(2023), `${code} → ${t}`).toContain(t);
    }
  });

  it("maps every 2024 taakveld with amounts to bookable 2025 taakvelden", () => {
    for (const code of bookable(2024)) {
      const m = mapTaakveld(code, 2024, 2025);
      expect(m.targets.length, code).toBeGreaterThan(0);
      for (const t of m.targets) expect(bookable(2025), `${code} → ${t}`).toContain(t);
    }
  });

  it("accounts for every change between consecutive lists: each code that goes has a successor, each that comes a predecessor or is declared new", () => {
    const declaredNew = new Set(NEW_CODES.flatMap((n) => n.codes.map((c) => `${n.year} ${c}`)));
    for (const y of BOEKJAREN.slice(1)) {
      const links = linksInto(y);
      for (const code of bookable((y - 1) as Boekjaar)) expect(links.some((l) => l.from === code), `${y - 1} ${code} has no successor in ${y}`).toBe(true);
      for (const code of bookable(y)) {
        const linked = links.some((l) => l.to === code);
        expect(linked || declaredNew.has(`${y} ${code}`), `${y} ${code} has no predecessor in ${y - 1}`).toBe(true);
        expect(linked && declaredNew.has(`${y} ${code}`), `${y} ${code} is declared new but has a predecessor`).toBe(false);
      }
      for (const l of links) {
        expect(isValidTaakveld(l.from, y - 1) && isValidTaakveld(l.to, y), `${l.from} → ${l.to} in ${y}`).toBe(true);
      }
    }
  });

  test.prop([mapping])("targets are bookable taakvelden of toYear; the source group holds the code or its children", ({ code, from, to }) => {
    const m = mapTaakveld(code, from, to);
    const targets = bookable(to);
    for (const t of m.targets) expect(targets).toContain(t);
    expect(new Set(m.targets).size).toBe(m.targets.length);
    const heading = !taakveldenOf(from).find((t) => t.code === code)?.bookable;
    // A heading (6.82 in 2024) stands for its children 6.82a, 6.82b.
    const children = taakveldenOf(from).filter((t) => t.bookable && t.code.length === code.length + 1 && t.code.startsWith(code)).map((t) => t.code);
    if (heading) {
      expect(children.length).toBeGreaterThan(0);
      for (const child of children) expect(m.sourceGroup).toContain(child);
      expect(m.sourceGroup).not.toContain(code);
    } else expect(m.sourceGroup).toContain(code);
    for (const s of m.sourceGroup) expect(bookable(from)).toContain(s);
    expect(m.kind === "none").toBe(m.targets.length === 0);
  });

  test.prop([mapping])("mapping back from any target gives the source group, with the inverse kind", ({ code, from, to }) => {
    const m = mapTaakveld(code, from, to);
    fc.pre(taakveldenOf(from).find((t) => t.code === code)?.bookable === true);
    for (const target of m.targets) {
      const back = mapTaakveld(target, to, from);
      expect(back.targets).toEqual(m.sourceGroup);
      expect(back.sourceGroup).toEqual(m.targets);
      if (m.sourceGroup.length === 1 && m.targets.length === 1) expect(back.kind).toBe(m.kind);
      else if (m.sourceGroup.length === 1) expect([m.kind, back.kind]).toEqual(["split", "merged"]);
      else if (m.targets.length === 1) expect([m.kind, back.kind]).toEqual(["merged", "split"]);
      else expect([m.kind, back.kind]).toEqual(["regrouped", INVERSE.regrouped]);
    }
  });

  test.prop([year.chain((y) => fc.constantFrom(...bookable(y)).map((code) => ({ code, y })))])("within one boekjaar a bookable code maps to itself", ({ code, y }) => {
    expect(mapTaakveld(code, y, y)).toMatchObject({ kind: "same", sourceGroup: [code], targets: [code] });
  });

  it("states the split of 2023 and the renumbering of 2025", () => {
    expect(mapTaakveld("6.81", 2022, 2023)).toMatchObject({ kind: "split", targets: ["6.81a", "6.81b"] });
    expect(mapTaakveld("6.81a", 2023, 2025)).toMatchObject({ kind: "renumbered", targets: ["6.811"] });
    expect(mapTaakveld("6.82b", 2024, 2026)).toMatchObject({ kind: "renumbered", targets: ["6.822"] });
    expect(mapTaakveld("6.6", 2024, 2025)).toMatchObject({ kind: "renumbered", targets: ["6.60"] });
    expect(mapTaakveld("6.2", 2022, 2025)).toMatchObject({ kind: "split", targets: ["6.21", "6.22", "6.23"] });
    expect(mapTaakveld("6.751", 2025, 2024)).toMatchObject({ kind: "regrouped", targets: ["6.72a", "6.72b", "6.72c", "6.72d", "6.73a", "6.73b", "6.73c", "6.74a", "6.74b", "6.74c"] });
    expect(mapTaakveld("6.792", 2025, 2024)).toMatchObject({ kind: "none", targets: [] });
    expect(mapTaakveld("6.2", 2022, 2023).notes).toEqual(['2023: the CBS name of 6.2 changed from "Wijkteams" to "Toegang en eerstelijnsvoorzieningen".']);
    expect(mapTaakveld("7.1", 2017, 2026)).toEqual({ code: "7.1", fromYear: 2017, toYear: 2026, kind: "same", sourceGroup: ["7.1"], targets: ["7.1"], notes: [] });
  });

  it("rejects a code of another boekjaar and years outside 2017–2026", () => {
    expect(thrownCode(() => mapTaakveld("6.71a", 2022, 2023))).toBe("unknown_code");
    expect(thrownCode(() => mapTaakveld("6.1", 2016, 2023))).toBe("unknown_boekjaar");
    expect(thrownCode(() => mapTaakveld("6.1", 2023, 2027))).toBe("unknown_boekjaar");
  });
});
