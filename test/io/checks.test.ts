import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { BudgetLine } from "opkoers/budget";
import { euro, type Cents } from "opkoers/money";
import { cbsErrorMessage, taakveldenOf } from "opkoers/reference";
import { CBS_RULES, checkCbsDelivery, checkCbsLines, type CbsOffence, type Iv3Delivery } from "opkoers/io";
import { amount, emptyDelivery, validLines } from "./_support.js";

const base = { programme: "p", phase: "primitief", nature: "structureel" } as const;
const line = (year: number, taakveld: string, categorie: string | undefined, expenses: number, revenue: number): BudgetLine => ({
  ...base,
  year,
  taakveld,
  ...(categorie === undefined ? {} : { categorie }),
  expenses: euro(expenses),
  revenue: euro(revenue),
});
const byRule = <T extends { ruleId: string }>(checks: readonly T[], id: string): T | undefined => checks.find((c) => c.ruleId === id);
const offending = (check: { inputs: Readonly<Record<string, unknown>> } | undefined): readonly CbsOffence[] => (check?.inputs["offending"] ?? []) as readonly CbsOffence[];

describe("CBS_RULES", () => {
  it("has CBS's own Dutch descriptions from fouten.json", () => {
    for (const rule of CBS_RULES) {
      const code = rule.id.replace("cbs.", "");
      expect(rule.description.nl).toBe(cbsErrorMessage(code).summary);
      expect(rule.source).toContain(code);
    }
  });
  it("names every rule the checks report", () => {
    const delivery = checkCbsDelivery(emptyDelivery());
    expect(delivery.map((c) => c.ruleId)).toEqual(CBS_RULES.map((r) => r.id));
  });
});

describe("checkCbsLines", () => {
  it("DF001: an unknown taakveld, and an old taakveld that accepts no amounts in 2023", () => {
    const checks = checkCbsLines([line(2023, "0.1", "1.1", 10, 0), line(2023, "6.2x", "3.8", 5, 0), line(2023, "6.71", "3.8", 0, 7), line(2022, "6.71", "3.8", 1, 0)]);
    const df001 = byRule(checks, "cbs.DF001");
    expect(df001?.status).toBe("fail");
    expect(offending(df001).map((o) => [o.index, o.side, o.code, o.reason])).toEqual([
      [1, "lasten", "6.2x", "unknownCode"],
      [2, "baten", "6.71", "notBookable"],
    ]);
    expect(df001?.message.nl).toBe(
      cbsErrorMessage("DF001", { onderdeel: "lasten", fout: "6.2x", extra: "Het taakveld staat niet in de CBS-lijst van 2023." }).message +
        " 2 van de 4 taakvelden zijn niet toegestaan volgens de CBS-lijsten van 2022 en 2023: lines[1]: taakveld 6.2x staat niet in de lijst van 2023; lines[2]: taakveld 6.71 accepteert in 2023 geen bedragen.",
    );
    expect(df001?.message.en).toContain("lines[2]: taakveld 6.71 accepts no amounts in 2023");
    expect(df001?.severity).toBe("error");
    expect(df001?.thresholds).toEqual({ boekjaren: [2022, 2023] });
  });

  it("DF002: an unknown categorie and a grijze cel; lines without a categorie are not checked", () => {
    const checks = checkCbsLines([line(2026, "0.10", "7.1", 5, 0), line(2026, "6.1", "7.1", 5, 0), line(2026, "6.1", "9.9", 0, 5), line(2026, "6.1", undefined, 5, 0)]);
    const df002 = byRule(checks, "cbs.DF002");
    expect(df002?.status).toBe("fail");
    expect(df002?.inputs["checked"]).toBe(3);
    expect(offending(df002).map((o) => [o.index, o.code, o.reason])).toEqual([
      [1, "7.1", "forbiddenCombination"],
      [2, "9.9", "unknownCode"],
    ]);
    expect(df002?.message.nl).toContain("De combinatie met taakveld 6.1 is een grijze cel in 2026.");
  });

  it("DF002 is notApplicable when no line has a categorie; everything is notApplicable for no lines", () => {
    expect(byRule(checkCbsLines([line(2024, "0.1", undefined, 1, 0)]), "cbs.DF002")?.status).toBe("notApplicable");
    expect(checkCbsLines([]).map((c) => c.status)).toEqual(["notApplicable", "notApplicable"]);
  });

  it("a line with both amounts zero is only checked for an unknown taakveld", () => {
    const checks = checkCbsLines([line(2024, "9.9", "3.5.2", 0, 0), line(2024, "6.71", "3.8", 0, 0)]);
    expect(offending(byRule(checks, "cbs.DF001")).map((o) => o.code)).toEqual(["9.9"]);
    expect(byRule(checks, "cbs.DF002")?.status).toBe("notApplicable");
  });

  it("PF006 per year and phase, with the tolerance and CBS's message", () => {
    const lines = [line(2024, "0.1", "1.1", 100, 0), line(2024, "0.7", "4.3.1", 0, 99.5), { ...line(2024, "0.1", "1.1", 3, 3), phase: "bw-1" }];
    const strict = checkCbsLines(lines);
    expect(strict.filter((c) => c.ruleId === "cbs.PF006").map((c) => [c.subject, c.status])).toEqual([
      ["primitief 2024", "fail"],
      ["bw-1 2024", "pass"],
    ]);
    const fail = strict[2];
    expect(fail?.inputs).toEqual({ totalExpenses: 10000, totalRevenue: 9950, difference: 50, unit: "cents" });
    expect(fail?.message.nl).toBe(`${cbsErrorMessage("PF006", { fout: "0,50", goed: "0,00" }).message} Totaal lasten taakvelden: 100,00; totaal baten taakvelden: 99,50.`);
    expect(checkCbsLines(lines, { pf006Tolerance: 50 as Cents })[2]?.status).toBe("pass");
    expect(checkCbsLines(lines, { pf006Tolerance: 49 as Cents })[2]?.status).toBe("fail");
  });

  it("PF006 is notApplicable for a period CBS does not run it for, and before 2020", () => {
    const lines = [line(2024, "0.1", "1.1", 100, 0)];
    expect(checkCbsLines(lines, { period: 2 })[2]?.status).toBe("notApplicable");
    expect(checkCbsLines(lines, { period: 0 })[2]?.status).toBe("fail");
    expect(checkCbsLines(lines, { period: 5 })[2]?.thresholds).toEqual({ tolerance: 0, periods: [0, 5] });
    const old = checkCbsLines([line(2018, "0.1", "1.1", 100, 0)])[2];
    expect(old?.status).toBe("notApplicable");
    expect(old?.message.en).toBe("Check PF006 is not in the CBS definition file of 2018.");
  });

  it("throws for years without code lists and for bad options", () => {
    expect(() => checkCbsLines([line(2030, "0.1", "1.1", 1, 0)])).toThrowError(expect.objectContaining({ code: "unknown_boekjaar" }));
    expect(() => checkCbsLines([], { period: 6 as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => checkCbsLines([], { pf006Tolerance: -1 as Cents })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => checkCbsLines("lines" as never)).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
    expect(() => checkCbsLines([{ ...line(2024, "0.1", "1.1", 1, 0), expenses: 0.5 as Cents }])).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
  });

  it("adds up exactly beyond 2^53 in partial sums", () => {
    const big = (2 ** 52) as Cents;
    const lines = [big, big, big, (-(2 ** 53 - 1)) as Cents].map((cents): BudgetLine => ({ ...base, year: 2024, taakveld: "0.1", categorie: "1.1", expenses: cents, revenue: 0 as Cents }));
    const pf006 = checkCbsLines([...lines, { ...line(2024, "0.7", "4.3.1", 0, 0), revenue: (2 ** 52 + 1) as Cents }])[2];
    expect(pf006?.inputs["difference"]).toBe(0);
    expect(pf006?.status).toBe("pass");
  });

  test.prop([fc.constantFrom(2017, 2020, 2023, 2025).chain((year) => validLines(year).map((lines) => ({ year, lines })))])(
    "lines on allowed cells pass DF001 and DF002",
    ({ lines }) => {
      const checks = checkCbsLines(lines);
      expect(checks[0]?.status).toBe(lines.length === 0 ? "notApplicable" : "pass");
      expect(checks[1]?.status).toBe(lines.some((l) => l.expenses !== 0 || l.revenue !== 0) ? "pass" : "notApplicable");
    },
  );

  test.prop([validLines(2024).filter((l) => l.length > 0), fc.nat(), fc.constantFrom("6.2x", "0.0", "6.71", "6.72", "10.1", "", "6.711")])(
    "one line moved to a code that is not allowed in 2024 is reported with its index",
    (lines, at, bad) => {
      const index = at % lines.length;
      const moved = lines.map((l, i) => (i === index ? { ...l, taakveld: bad, expenses: (l.expenses === 0 && l.revenue === 0 ? 1 : l.expenses) as Cents } : l));
      const df001 = checkCbsLines(moved)[0];
      expect(df001?.status).toBe("fail");
      const bookableCodes = new Set(taakveldenOf(2024).map((t) => t.code));
      expect(offending(df001).map((o) => [o.index, o.code, o.reason])).toEqual(
        offending(df001).map(() => [index, bad, bookableCodes.has(bad) ? "notBookable" : "unknownCode"]),
      );
      expect(offending(df001).length).toBeGreaterThan(0);
    },
  );

  test.prop([fc.array(fc.record({ e: amount, r: amount }), { maxLength: 40 }), fc.nat({ max: 2_000_000 })])(
    "PF006 passes exactly when |total lasten − total baten| ≤ tolerance",
    (amounts, tolerance) => {
      const lines = amounts.map(({ e, r }): BudgetLine => ({ ...base, year: 2025, taakveld: "0.8", categorie: "3.8", expenses: e, revenue: r }));
      let difference = 0n;
      for (const { e, r } of amounts) difference += BigInt(e) - BigInt(r);
      const pf006 = checkCbsLines(lines, { pf006Tolerance: tolerance as Cents }).find((c) => c.ruleId === "cbs.PF006");
      if (lines.length === 0) {
        expect(pf006).toBeUndefined();
        return;
      }
      const magnitude = difference < 0n ? -difference : difference;
      expect(pf006?.status).toBe(magnitude <= BigInt(tolerance) ? "pass" : "fail");
      expect(pf006?.inputs["difference"]).toBe(Number(difference));
    },
  );
});

describe("checkCbsDelivery", () => {
  const delivery = (data: Partial<Iv3Delivery["data"]>, boekjaar = 2023, periode: 0 | 1 | 2 | 3 | 4 | 5 = 5): Iv3Delivery => {
    const empty = emptyDelivery(boekjaar, periode);
    return { ...empty, data: { ...empty.data, ...data } };
  };

  it("passes a balanced delivery on allowed cells", () => {
    const checks = checkCbsDelivery(delivery({ lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 12.5 }], baten: [{ taakveld: "0.7", categorie: "4.3.1", bedrag: 12.5 }] }));
    expect(checks.map((c) => c.status)).toEqual(["pass", "pass", "notApplicable", "notApplicable", "pass"]);
    expect(checks[4]?.subject).toBe("Almelo 2023 periode 5");
  });

  it("DF001 for an unknown taakveld, DF002 for a grijze cel, PF006 for lasten ≠ baten, with paths", () => {
    const checks = checkCbsDelivery(
      delivery({
        lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 10 }, { taakveld: "6.21", categorie: "3.8", bedrag: 2 }],
        baten: [{ taakveld: "0.7", categorie: "3.8", bedrag: 10 }],
      }),
    );
    expect(checks.map((c) => [c.ruleId, c.status])).toEqual([
      ["cbs.DF001", "fail"],
      ["cbs.DF002", "fail"],
      ["cbs.DF005", "notApplicable"],
      ["cbs.DF006", "notApplicable"],
      ["cbs.PF006", "fail"],
    ]);
    expect(offending(checks[0]).map((o) => o.path)).toEqual([["data", "lasten", 1]]);
    expect(offending(checks[1]).map((o) => [o.path, o.reason])).toEqual([[["data", "baten", 0], "forbiddenCombination"]]);
    expect(checks[4]?.message.nl).toBe("Controle: Totaal lasten taakvelden is niet gelijk aan totaal baten taakvelden. Het gevonden verschil is 2, terwijl 0 maximaal is toegestaan. Totaal lasten taakvelden: 12 duizend; totaal baten taakvelden: 10 duizend.");
    expect(checkCbsDelivery(delivery({ lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 2 }] }), { pf006Tolerance: 2 })[4]?.status).toBe("pass");
    expect(checkCbsDelivery(delivery({ lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 2.5 }] }), { pf006Tolerance: 2 })[4]?.message.en).toContain("The difference is 2,5 thousand");
  });

  it("DF005 and DF006 for kengetallen and beleidsindicatoren codes", () => {
    const checks = checkCbsDelivery(
      delivery({
        kengetallen: [{ verslagperiode: "Rek_2023", kengetal: "fk.1", waarde: "54" }, { verslagperiode: "Rek_2023", kengetal: "fk.9", waarde: "1" }],
        beleidsindicatoren: [{ verslagperiode: "Rek_2023", beleidsindicator: "bi.1", waarde: "8,4" }],
      }),
    );
    expect(checks[2]?.status).toBe("fail");
    expect(offending(checks[2]).map((o) => [o.path, o.code])).toEqual([[["data", "kengetallen", 1], "fk.9"]]);
    expect(checks[2]?.message.nl).toBe(cbsErrorMessage("DF005", { onderdeel: "kengetallen", fout: "fk.9", extra: "De code staat niet in de CBS-lijst kengetallen van 2023." }).message +
        " 1 van de 2 kengetallen is niet toegestaan volgens de CBS-lijsten van 2023: kengetallen[1]: fk.9 staat niet in de lijst van 2023.",
    );
    expect(checks[3]?.status).toBe("pass");
  });

  it("a cell with bedrag 0 books nothing: only unknown codes count", () => {
    const checks = checkCbsDelivery(delivery({ lasten: [{ taakveld: "6.71", categorie: "3.8", bedrag: 0 }, { taakveld: "6.1", categorie: "7.1", bedrag: 0 }, { taakveld: "6.2x", categorie: "9.9", bedrag: 0 }] }));
    expect(offending(checks[0]).map((o) => o.code)).toEqual(["6.2x"]);
    expect(offending(checks[1]).map((o) => o.code)).toEqual(["9.9"]);
  });

  it("PF006 does not run for a quarterly delivery", () => {
    expect(checkCbsDelivery(delivery({ lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 2 }] }, 2023, 3))[4]?.status).toBe("notApplicable");
  });

  it("throws for a bedrag that is not whole cents, an unknown boekjaar or a bad tolerance", () => {
    expect(() => checkCbsDelivery(delivery({ lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 0.000001 }] }))).toThrowError(expect.objectContaining({ code: "fraction_of_cent" }));
    expect(() => checkCbsDelivery(delivery({ lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 1e300 }] }))).toThrowError(expect.objectContaining({ code: "amount_out_of_range" }));
    expect(() => checkCbsDelivery(delivery({ lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: Number.NaN }] }))).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
    expect(() => checkCbsDelivery(delivery({}, 2016))).toThrowError(expect.objectContaining({ code: "unknown_boekjaar" }));
    expect(() => checkCbsDelivery(delivery({}), { pf006Tolerance: -1 })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
  });
});

/** Values another engineer's sweep passes in every parameter: only a DomainError may come back (issue 18). */
const WRONG: readonly unknown[] = [null, undefined, 0, -1, 1.5, Number.NaN, "", "x", [], [null], [1], ["x"], [{}], {}, { a: 1 }, true, 10n, Symbol("s")];
const onlyDomainErrors = (call: () => unknown): void => {
  try {
    call();
  } catch (error) {
    expect(error).toMatchObject({ name: "DomainError" });
  }
};

describe("checkCbsLines and checkCbsDelivery on values that are not lines, deliveries or options (issue 18)", () => {
  const good = line(2024, "0.1", "1.1", 100, 0);
  it("throw only DomainError for a wrongly typed argument, option, line or field", () => {
    for (const value of WRONG) {
      onlyDomainErrors(() => checkCbsLines(value as never));
      onlyDomainErrors(() => checkCbsLines([good], value as never));
      onlyDomainErrors(() => checkCbsLines([value] as never));
      for (const key of ["year", "phase", "taakveld", "categorie", "expenses", "revenue"]) onlyDomainErrors(() => checkCbsLines([{ ...good, [key]: value }] as never));
      for (const key of ["period", "pf006Tolerance"]) onlyDomainErrors(() => checkCbsLines([good], { [key]: value } as never));
      onlyDomainErrors(() => checkCbsDelivery(value as never));
      onlyDomainErrors(() => checkCbsDelivery(emptyDelivery(), value as never));
      onlyDomainErrors(() => checkCbsDelivery(emptyDelivery(), { pf006Tolerance: value } as never));
      onlyDomainErrors(() => checkCbsDelivery({ ...emptyDelivery(), metadata: value } as never));
      onlyDomainErrors(() => checkCbsDelivery({ ...emptyDelivery(), data: value } as never));
      for (const key of ["boekjaar", "periode", "overheidsnaam"]) onlyDomainErrors(() => checkCbsDelivery({ ...emptyDelivery(), metadata: { ...emptyDelivery().metadata, [key]: value } } as never));
      for (const table of ["lasten", "baten", "kengetallen", "beleidsindicatoren"]) {
        onlyDomainErrors(() => checkCbsDelivery({ ...emptyDelivery(), data: { ...emptyDelivery().data, [table]: value } } as never));
        onlyDomainErrors(() => checkCbsDelivery({ ...emptyDelivery(), data: { ...emptyDelivery().data, [table]: [value] } } as never));
      }
      for (const key of ["taakveld", "categorie", "bedrag"]) {
        onlyDomainErrors(() => checkCbsDelivery({ ...emptyDelivery(), data: { ...emptyDelivery().data, lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 1, [key]: value }] } } as never));
      }
    }
  });

  it("names what is wrong and where", () => {
    expect(() => checkCbsDelivery(null as never)).toThrowError(expect.objectContaining({ code: "invalid_amount", message: expect.stringContaining("got null") }));
    expect(() => checkCbsDelivery({ ...emptyDelivery(), data: { ...emptyDelivery().data, baten: [null] } } as never)).toThrowError(expect.objectContaining({ code: "invalid_amount", details: { path: ["data", "baten", 0] } }));
    expect(() => checkCbsDelivery({ ...emptyDelivery(), data: { ...emptyDelivery().data, lasten: [{ taakveld: 1, categorie: "1.1", bedrag: 1 }] } } as never)).toThrowError(expect.objectContaining({ code: "unknown_code" }));
    expect(() => checkCbsDelivery({ ...emptyDelivery(), metadata: { ...emptyDelivery().metadata, periode: 7 } } as never)).toThrowError(expect.objectContaining({ code: "invalid_period" }));
    expect(() => checkCbsDelivery(emptyDelivery(), null as never)).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => checkCbsLines([good], null as never)).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => checkCbsLines([null] as never)).toThrowError(expect.objectContaining({ code: "invalid_amount", message: expect.stringContaining("lines[0] is null") }));
    expect(() => checkCbsLines([{ ...good, taakveld: 1 }] as never)).toThrowError(expect.objectContaining({ code: "unknown_code" }));
  });

  test.prop([fc.anything(), fc.anything()])("any value as delivery or lines, and as options: a result or a DomainError", (value, options) => {
    onlyDomainErrors(() => checkCbsDelivery(value as never, options as never));
    onlyDomainErrors(() => checkCbsLines(value as never, options as never));
    onlyDomainErrors(() => checkCbsLines([value] as never));
  });
});
