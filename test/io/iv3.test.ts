import { existsSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { BudgetLine } from "opkoers/budget";
import { euro, type Cents } from "opkoers/money";
import { checkCbsDelivery, Iv3DeliverySchema, parseIv3Delivery, toIv3Delivery, type Iv3Delivery } from "opkoers/io";
import { BOEKJAREN, categorieenLastenOf, isForbiddenCombination, taakveldenOf } from "opkoers/reference";
import { cbsValidator, cbsValidatorWithErrors, deliveryOptions, emptyDelivery, FIXTURE_SCHEMA, SHARED_SCHEMA, validLines } from "./_support.js";

const validate = cbsValidator();
const validateWithErrors = cbsValidatorWithErrors();
const THOUSAND = 100_000n;
/** An empty selection is an error (issue 18), so the properties run on at least one line. */
const nonEmptyLines = (year: number): fc.Arbitrary<BudgetLine[]> => validLines(year).filter((lines) => lines.length > 0);

/** Round n/THOUSAND half up (away from zero at .5), an independent oracle with bigints. */
function halfUpThousands(cents: bigint): bigint {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const rounded = (magnitude + THOUSAND / 2n) / THOUSAND;
  return negative ? -rounded : rounded;
}

/** Per taakveld × categorie: the exact sum of the lines of a side. */
function exactCells(lines: readonly BudgetLine[], side: "expenses" | "revenue"): Map<string, bigint> {
  const cells = new Map<string, bigint>();
  for (const line of lines) {
    if (line[side] === 0) continue;
    const key = `${line.taakveld}|${line.categorie ?? ""}`;
    cells.set(key, (cells.get(key) ?? 0n) + BigInt(line[side]));
  }
  for (const [key, value] of cells) if (value === 0n) cells.delete(key);
  return cells;
}

describe("the CBS schema fixture", () => {
  it.skipIf(!existsSync(SHARED_SCHEMA))("equals ../shared/data/iv3/iv3_data_schema_v2_1_1.json (skipped when ../shared is absent)", () => {
    expect(readFileSync(FIXTURE_SCHEMA, "utf8")).toBe(readFileSync(SHARED_SCHEMA, "utf8"));
  });
  it("accepts the empty delivery and rejects what CBS rejects", () => {
    expect(validateWithErrors(emptyDelivery())).toEqual({ valid: true, errors: null });
    expect(validate({ ...emptyDelivery(), extra: 1 })).toBe(false);
    expect(validate({ ...emptyDelivery(), contact: { ...emptyDelivery().contact, email: "geen adres" } })).toBe(false);
  });
});

describe("toIv3Delivery", () => {
  test.prop([fc.constantFrom(2020, 2023, 2026).chain((year) => nonEmptyLines(year).map((lines) => ({ year, lines }))), fc.constantFrom<0 | 5>(0, 5), fc.constantFrom<"largestRemainder" | "halfUp">("largestRemainder", "halfUp")])(
    "makes a delivery that CBS's schema accepts (ajv) and whose codes pass DF001 and DF002",
    ({ year, lines }, periode, rounding) => {
      const { delivery } = toIv3Delivery(lines, { ...deliveryOptions(year, periode), rounding });
      expect(validateWithErrors(JSON.parse(JSON.stringify(delivery)))).toEqual({ valid: true, errors: null });
      const checks = checkCbsDelivery(delivery);
      for (const check of checks.slice(0, 2)) expect(check.status).not.toBe("fail");
    },
  );

  test.prop([nonEmptyLines(2024)])("largest remainder: every cell within one thousand of its exact sum, and the table totals are the exact totals rounded half up", (lines) => {
    const result = toIv3Delivery(lines, deliveryOptions(2024));
    for (const [side, table] of [["expenses", "lasten"], ["revenue", "baten"]] as const) {
      const exact = exactCells(lines, side);
      const cells = new Map(result.delivery.data[table].map((cell) => [`${cell.taakveld}|${cell.categorie}`, BigInt(cell.bedrag)]));
      for (const key of cells.keys()) expect(exact.has(key)).toBe(true);
      expect([...cells.values()].every((bedrag) => bedrag !== 0n)).toBe(true);
      let exactTotal = 0n;
      let roundedTotal = 0n;
      for (const [key, cents] of exact) {
        const bedrag = cells.get(key) ?? 0n; // a cell that rounds to 0 is left out
        const difference = bedrag * THOUSAND - cents;
        expect(difference < THOUSAND && difference > -THOUSAND).toBe(true);
        exactTotal += cents;
        roundedTotal += bedrag;
      }
      expect(roundedTotal).toBe(halfUpThousands(exactTotal));
      expect(result.rounding[table].roundedTotal).toBe(Number(roundedTotal));
      expect(result.rounding[table].exactTotal).toBe(Number(exactTotal));
      expect(result.rounding[table].discrepancy).toBe(0);
    }
  });

  test.prop([nonEmptyLines(2024)])("halfUp: every cell is its exact sum rounded half up; the discrepancy is reported", (lines) => {
    const result = toIv3Delivery(lines, { ...deliveryOptions(2024), rounding: "halfUp" });
    const exact = exactCells(lines, "expenses");
    let exactTotal = 0n;
    let roundedTotal = 0n;
    const cells = new Map(result.delivery.data.lasten.map((cell) => [`${cell.taakveld}|${cell.categorie}`, BigInt(cell.bedrag)]));
    for (const [key, cents] of exact) {
      const bedrag = cells.get(key) ?? 0n;
      expect(bedrag).toBe(halfUpThousands(cents));
      exactTotal += cents;
      roundedTotal += bedrag;
    }
    expect(result.rounding.lasten.discrepancy).toBe(Number(roundedTotal - halfUpThousands(exactTotal)));
    expect(result.rounding.lasten.largestCellDifference).toBeLessThanOrEqual(50_000);
  });

  test.prop([validLines(2025).filter((lines) => lines.length > 0)])("with largest remainder a balanced budget still passes PF006 with tolerance 0", (lines) => {
    let balance = 0n;
    for (const line of lines) balance += BigInt(line.expenses) - BigInt(line.revenue);
    // Balance the budget on 0.10 Mutaties reserves (categorie 7.1), as 0.10/0.11 close the books.
    const closing: BudgetLine = { programme: "p", year: 2025, phase: "primitief", nature: "structureel", taakveld: "0.10", categorie: "7.1", expenses: 0 as Cents, revenue: Number(balance) as Cents };
    const { delivery } = toIv3Delivery([...lines, closing], { ...deliveryOptions(2025), periode: 0 });
    expect(checkCbsDelivery(delivery)[4]?.status).toBe("pass");
  });

  test.prop([fc.constantFrom(2021, 2024, 2026).chain((year) => nonEmptyLines(year).map((lines) => ({ year, lines })))])(
    "export, JSON, import and export again gives the same delivery; the imported figures are the delivery's (× € 1.000)",
    ({ year, lines }) => {
      const first = toIv3Delivery(lines, deliveryOptions(year));
      const imported = parseIv3Delivery(JSON.parse(JSON.stringify(first.delivery)));
      expect(imported.ok).toBe(true);
      if (!imported.ok) return;
      const cells = [...first.delivery.data.lasten, ...first.delivery.data.baten];
      expect(imported.value.lines.map((l) => l.expenses + l.revenue)).toEqual(cells.map((c) => c.bedrag * 100_000));
      if (imported.value.lines.length === 0) {
        // Every cell rounded to 0 thousand: nothing to deliver again, which is an error, not an empty delivery.
        expect(() => toIv3Delivery(imported.value.lines, deliveryOptions(year))).toThrowError(expect.objectContaining({ code: "invalid_option" }));
        return;
      }
      const again = toIv3Delivery(imported.value.lines, deliveryOptions(year));
      expect(again.delivery).toEqual(first.delivery);
      expect(again.rounding.lasten.largestCellDifference).toBe(0);
    },
  );

  it("leaves out other years and phases, and writes kengetallen, beleidsindicatoren and remarks", () => {
    const lines: BudgetLine[] = [
      { programme: "p", year: 2024, phase: "primitief", nature: "structureel", taakveld: "0.1", categorie: "1.1", expenses: euro(2000), revenue: 0 as Cents },
      { programme: "p", year: 2024, phase: "bw-1", nature: "incidenteel", taakveld: "0.1", categorie: "1.1", expenses: euro(1000), revenue: 0 as Cents },
      { programme: "p", year: 2024, phase: "prognose", nature: "structureel", taakveld: "0.1", categorie: "1.1", expenses: euro(9000), revenue: 0 as Cents },
      { programme: "p", year: 2025, phase: "primitief", nature: "structureel", taakveld: "0.1", categorie: "1.1", expenses: euro(9000), revenue: 0 as Cents },
    ];
    const result = toIv3Delivery(lines, {
      ...deliveryOptions(2024, 0),
      phases: ["primitief", "bw-1"],
      kengetallen: [{ verslagperiode: "Beg_2024", kengetal: "fk.1", waarde: "54" }],
      beleidsindicatoren: [{ verslagperiode: "Beg_2024", beleidsindicator: "bi.1", waarde: "8.4" }],
      opmerkingen: [{ tekst: "Inclusief begrotingswijziging 1.", auteur: "Team F&C" }],
      detailsOpenbaar: true,
    });
    expect(result.delivery.data.lasten).toEqual([{ taakveld: "0.1", categorie: "1.1", bedrag: 3 }]);
    expect([result.linesUsed, result.linesLeftOut]).toEqual([2, 2]);
    expect(result.delivery.data.kengetallen).toHaveLength(1);
    expect(result.delivery.metadata).toMatchObject({ status: "Begroting", details_openbaar: true, export_software: "opkoers", financieel_pakket: "onbekend" });
    expect(validate(result.delivery)).toBe(true);
    expect(result.rounding.description.en).toContain("largest-remainder");
  });

  it("orders the cells by CBS code", () => {
    const codes = ["0.10", "0.9", "0.2", "6.71a", "6.71", "6.2"];
    const lines = codes.map((taakveld): BudgetLine => ({ programme: "p", year: 2022, phase: "x", nature: "structureel", taakveld, categorie: "3.8", expenses: euro(5000), revenue: 0 as Cents }));
    expect(toIv3Delivery(lines, deliveryOptions(2022)).delivery.data.lasten.map((c) => c.taakveld)).toEqual(["0.2", "0.9", "0.10", "6.2", "6.71", "6.71a"]);
  });

  it("throws for a line without a categorie, for metadata the CBS schema rejects, and for bad options", () => {
    const line: BudgetLine = { programme: "p", year: 2024, phase: "x", nature: "structureel", taakveld: "0.1", expenses: euro(1), revenue: 0 as Cents };
    expect(() => toIv3Delivery([line], deliveryOptions(2024))).toThrowError(expect.objectContaining({ code: "missing_categorie" }));
    const good = { ...line, categorie: "1.1" };
    expect(() => toIv3Delivery([good], { ...deliveryOptions(2024), contact: { naam: "A", email: "a@b", telefoon: "1" } })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => toIv3Delivery([good], { ...deliveryOptions(2024), datum: "2024-07-10" })).toThrowError(/datum/);
    expect(() => toIv3Delivery([good], { ...deliveryOptions(2024), rounding: "down" as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => toIv3Delivery([good], { ...deliveryOptions(2024), boekjaar: 2024.5 })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => toIv3Delivery({} as never, deliveryOptions(2024))).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
    expect(() => toIv3Delivery([{ ...line, categorie: "1.1", expenses: 1.5 as Cents }], deliveryOptions(2024))).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
    const big = { ...line, categorie: "1.1", expenses: Number.MAX_SAFE_INTEGER as Cents };
    expect(() => toIv3Delivery([big, big], deliveryOptions(2024))).toThrowError(expect.objectContaining({ code: "amount_out_of_range" }));
  });
});

describe("parseIv3Delivery", () => {
  const withLasten = (lasten: unknown): unknown => ({ ...emptyDelivery(), data: { ...emptyDelivery().data, lasten } });

  it("reads amounts exactly, with the default phase, programme and nature, and options", () => {
    const json = { ...emptyDelivery(2023, 0), data: { ...emptyDelivery().data, lasten: [{ taakveld: "6.71a", categorie: "3.8", bedrag: 0.01, details: { bron: "x" } }], baten: [{ taakveld: "0.7", categorie: "4.3.1", bedrag: -12.34567 }] } };
    const result = parseIv3Delivery(json);
    expect(result.ok && result.value.lines).toEqual([
      { programme: "6", taakveld: "6.71a", categorie: "3.8", year: 2023, phase: "begroting", expenses: 1000, revenue: 0, nature: "structureel" },
      { programme: "0", taakveld: "0.7", categorie: "4.3.1", year: 2023, phase: "begroting", expenses: 0, revenue: -1234567, nature: "structureel" },
    ]);
    expect(result.ok && result.value.delivery.data.lasten[0]).toEqual({ taakveld: "6.71a", categorie: "3.8", bedrag: 0.01 });
    const custom = parseIv3Delivery(json, { phase: "rek", programme: (t) => `hoofdtaakveld-${t.charAt(0)}`, nature: "incidenteel" });
    expect(custom.ok && custom.value.lines[0]).toMatchObject({ phase: "rek", programme: "hoofdtaakveld-6", nature: "incidenteel" });
    expect(parseIv3Delivery({ ...emptyDelivery(2023, 2), data: json.data }, { programme: "iv3" })).toMatchObject({ ok: true, value: { lines: [{ phase: "realisatie-q2", programme: "iv3" }, {}] } });
  });

  it("reports amounts that are not whole cents, out of range, empty codes and a boekjaar that is not a year", () => {
    const result = parseIv3Delivery({
      ...withLasten([{ taakveld: "0.1", categorie: "1.1", bedrag: 0.000001 }, { taakveld: "0.1", categorie: "1.1", bedrag: 1e300 }, { taakveld: " ", categorie: "1.1", bedrag: 1 }]) as object,
      metadata: { ...emptyDelivery().metadata, boekjaar: 2023.5 },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["metadata.boekjaar", "invalid_boekjaar"],
      ["data.lasten.0.bedrag", "fraction_of_cent"],
      ["data.lasten.1.bedrag", "amount_out_of_range"],
      ["data.lasten.2.taakveld", "empty_code"],
    ]);
  });

  it("reports structure errors with their paths, as the CBS schema would", () => {
    const result = parseIv3Delivery(JSON.parse('{"__proto__": {"x": 1}, "metadata": {}, "contact": {}, "data": {}}'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
    const bedrag = parseIv3Delivery(withLasten([{ taakveld: "0.1", categorie: "1.1", bedrag: "1.234,5" }]));
    expect(!bedrag.ok && bedrag.issues.map((i) => i.path.join("."))).toEqual(["data.lasten.0.bedrag"]);
  });

  it("throws only for bad options", () => {
    expect(() => parseIv3Delivery(emptyDelivery(), { phase: "" })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => parseIv3Delivery(emptyDelivery(), { nature: "x" as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => parseIv3Delivery(emptyDelivery(), { programme: 3 as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
  });

  // Malformed input: random JSON, JSON with __proto__ / constructor keys, wrong types, huge and tiny
  // numbers in the amounts, Dutch number look-alikes as strings.
  const weirdAmount = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom<unknown>(1e21, -1e21, 2 ** 53, 9.007199254740991e10, 9.007199254740992e10, 1e-7, 0.1 + 0.2, -0, "1.234,5", "12", "1e3", null, true, [], {}, "NaN"),
  );
  const weirdKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "details", "bedrag", "taakveld", "hasOwnProperty");
  const weirdCell = fc.record({ taakveld: fc.oneof(fc.string(), fc.constantFrom("0.1", "6.71a")), categorie: fc.oneof(fc.string(), fc.constant("3.8")), bedrag: weirdAmount }).chain((cell) =>
    fc.option(fc.tuple(weirdKey, fc.jsonValue()), { nil: undefined }).map((extra) => (extra === undefined ? cell : (JSON.parse(`{${JSON.stringify(extra[0])}:${JSON.stringify(extra[1])},${JSON.stringify(cell).slice(1)}`) as unknown))),
  );

  test.prop([fc.oneof(fc.jsonValue(), fc.anything(), fc.array(weirdCell).map(withLasten))])("never throws, and every amount it reads is the delivered bedrag × € 1.000 in exact cents", (input) => {
    const result = parseIv3Delivery(input);
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      return;
    }
    const cells = [...result.value.delivery.data.lasten, ...result.value.delivery.data.baten];
    expect(result.value.lines).toHaveLength(cells.length);
    result.value.lines.forEach((line, i) => {
      const cents = line.expenses + line.revenue;
      expect(Number.isSafeInteger(cents)).toBe(true);
      const bedrag = (cells[i] as { bedrag: number }).bedrag;
      // Independent of the decimal parser: the double nearest to the exact cents, divided back, is the bedrag.
      expect(cents / 100_000).toBeCloseTo(bedrag, 9);
      expect(Math.abs(cents - bedrag * 100_000)).toBeLessThanOrEqual(Math.max(1e-6, Math.abs(bedrag) * 100_000 * Number.EPSILON * 4));
    });
  });

  // Random edits of a valid delivery: ajv on CBS's schema and the zod schema must agree on every one.
  const edit = fc.oneof(
    fc.record({ kind: fc.constant("set" as const), path: fc.array(fc.oneof(fc.constantFrom("metadata", "contact", "data", "lasten", "baten", "kengetallen", "opmerkingen", "boekjaar", "periode", "datum", "email", "naam", "status", "overheidslaag", "tekst", "details", "__proto__"), fc.nat({ max: 2 })), { minLength: 1, maxLength: 4 }), value: fc.oneof(fc.jsonValue(), fc.constantFrom<unknown>("", " ", "a@b.nl", "2024-01-01T10:00:00", "12:00:00+01:00", "x\ny", 0, 5, 6, 2.5, "Begroting", "GR", [], {}, { tekst: "t" })) }),
    fc.record({ kind: fc.constant("delete" as const), path: fc.array(fc.constantFrom("metadata", "contact", "data", "lasten", "baten", "balans_standen", "naam", "datum", "kengetallen", "opmerkingen"), { minLength: 1, maxLength: 3 }) }),
  );
  function applyEdit(target: unknown, e: { kind: "set" | "delete"; path: (string | number)[]; value?: unknown }): void {
    let node = target as Record<string | number, unknown>;
    for (const key of e.path.slice(0, -1)) {
      if (!Object.hasOwn(node, key)) return; // never walk into a prototype ("__proto__")
      const next = node[key];
      if (typeof next !== "object" || next === null) return;
      node = next as Record<string | number, unknown>;
    }
    const last = e.path[e.path.length - 1] as string | number;
    if (e.kind === "delete") delete node[last];
    else Object.defineProperty(node, last, { value: e.value, enumerable: true, writable: true, configurable: true });
  }
  const baseDelivery = (): Iv3Delivery => ({
    ...emptyDelivery(),
    opmerkingen: [{ tekst: "ok" }],
    data: { ...emptyDelivery().data, lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 1 }], kengetallen: [{ verslagperiode: "Rek_2023", kengetal: "fk.1", waarde: "1" }] },
  });

  test.prop([fc.array(edit, { minLength: 1, maxLength: 3 })])("the zod schema accepts exactly what ajv accepts with CBS's schema", (edits) => {
    const delivery = JSON.parse(JSON.stringify(baseDelivery())) as unknown;
    for (const e of edits) applyEdit(delivery, e);
    const data = JSON.parse(JSON.stringify(delivery)) as unknown;
    expect(Iv3DeliverySchema.safeParse(data).success).toBe(validate(data));
  });

  it("the zod schema and ajv agree on hand-picked edge cases", () => {
    const cases: unknown[] = [
      { ...baseDelivery(), metadata: { ...baseDelivery().metadata, periode: 5.0 } },
      { ...baseDelivery(), metadata: { ...baseDelivery().metadata, periode: 6 } },
      { ...baseDelivery(), metadata: { ...baseDelivery().metadata, datum: "10:00:00" } },
      { ...baseDelivery(), metadata: { ...baseDelivery().metadata, datum: "vandaag 25:00:00" } },
      { ...baseDelivery(), metadata: { ...baseDelivery().metadata, overheidsnaam: "regel\nregel" } },
      { ...baseDelivery(), contact: { ...baseDelivery().contact, email: "a@[1.2.3.4]" } },
      { ...baseDelivery(), data: { ...baseDelivery().data, lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 1, details: [] }] } },
      { ...baseDelivery(), data: { ...baseDelivery().data, lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 1, extra: 1 }] } },
      { ...baseDelivery(), data: { ...baseDelivery().data, kengetallen: [{ verslagperiode: "R", kengetal: "fk.1", waarde: 1 }] } },
      JSON.parse(`{"__proto__": 1, ${JSON.stringify(baseDelivery()).slice(1)}`),
    ];
    for (const item of cases) expect([Iv3DeliverySchema.safeParse(item).success, item]).toEqual([validate(item), item]);
  });

  test.prop([fc.array(fc.record({ t: fc.constantFrom("0.1", "6.1", "7.2"), c: fc.constantFrom("1.1", "3.8"), bedrag: fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100) }), { maxLength: 20 })])(
    "import then export gives the same delivery (in whole thousands after rounding)",
    (cells) => {
      const json = withLasten(cells.map(({ t, c, bedrag }) => ({ taakveld: t, categorie: c, bedrag })));
      const imported = parseIv3Delivery(json);
      expect(imported.ok).toBe(true);
      if (!imported.ok) return;
      if (imported.value.lines.length === 0) {
        expect(() => toIv3Delivery(imported.value.lines, deliveryOptions(2023))).toThrowError(expect.objectContaining({ code: "invalid_option" }));
        return;
      }
      const exported = toIv3Delivery(imported.value.lines, deliveryOptions(2023));
      const again = parseIv3Delivery(JSON.parse(JSON.stringify(exported.delivery)));
      if (again.ok && again.value.lines.length === 0) return; // every cell was 0 after rounding
      expect(again.ok && toIv3Delivery(again.value.lines, deliveryOptions(2023)).delivery).toEqual(exported.delivery);
      let total = 0n;
      for (const line of imported.value.lines) total += BigInt(line.expenses);
      expect(BigInt(exported.rounding.lasten.roundedTotal)).toBe(halfUpThousands(total));
    },
  );
});

describe("internals", () => {
  it("keeps the balance tables of a delivery it reads, without their details", async () => {
    const json = {
      ...emptyDelivery(),
      data: {
        ...emptyDelivery().data,
        balans_lasten: [{ balanscode: "A23", categorie: "6.1", bedrag: 5, details: {} }],
        balans_baten: [{ balanscode: "P111", categorie: "7.1", bedrag: 2 }],
        balans_standen: [{ balanscode: "A23", standper: "ultimo", bedrag: 1500, details: { bron: "x" } }],
      },
    };
    expect(validate(json)).toBe(true);
    const result = parseIv3Delivery(json);
    expect(result.ok && result.value.delivery.data).toMatchObject({
      balans_lasten: [{ balanscode: "A23", categorie: "6.1", bedrag: 5 }],
      balans_standen: [{ balanscode: "A23", standper: "ultimo", bedrag: 1500 }],
    });
    expect(result.ok && result.value.lines).toEqual([]);
    const { compareCodes } = await import("../../src/io/_internal/compareCodes.js");
    const codes = ["x.1", "0.10", "6.71a", "0.9", "6", "6.71", "01.1", "1.1", "0.x", "6.7.1", "abc"];
    const sorted = [...codes].sort(compareCodes);
    expect(sorted).toEqual(["0.9", "0.10", "0.x", "01.1", "1.1", "6", "6.7.1", "6.71", "6.71a", "abc", "x.1"]);
    for (const a of codes) for (const b of codes) expect(Math.sign(compareCodes(a, b)) + Math.sign(compareCodes(b, a))).toBe(0);
  });
});

describe("toIv3Delivery: an empty selection or an unknown phase is an error (issue 18)", () => {
  const line = (year: number, phase: string, expenses: number): BudgetLine => ({ programme: "p", year, phase, nature: "structureel", taakveld: "0.1", categorie: "1.1", expenses: euro(expenses), revenue: 0 as Cents });
  const lines = [line(2024, "primitief", 1000), line(2024, "bw-1", 500), line(2025, "primitief", 900), line(2026, "bw-2", 100)];

  it("a misspelt phase is unknown_phase, naming it and the phases the lines have", () => {
    expect(() => toIv3Delivery(lines, { ...deliveryOptions(2024), phases: ["primitief", "bw1"] })).toThrowError(
      expect.objectContaining({ code: "unknown_phase", message: expect.stringMatching(/"bw1".*"primitief", "bw-1", "bw-2"/) }),
    );
    expect(() => toIv3Delivery(lines, { ...deliveryOptions(2024), phases: ["Primitief"] })).toThrowError(expect.objectContaining({ code: "unknown_phase" }));
  });

  it("a boekjaar without lines is an error naming the boekjaar and the years there are", () => {
    expect(() => toIv3Delivery(lines, deliveryOptions(2023))).toThrowError(expect.objectContaining({ code: "invalid_option", message: expect.stringMatching(/boekjaar 2023.*year 2024, 2025, 2026/) }));
    expect(() => toIv3Delivery([], deliveryOptions(2024))).toThrowError(expect.objectContaining({ code: "invalid_option", message: expect.stringContaining("no lines were given") }));
    expect(() => toIv3Delivery(lines, { ...deliveryOptions(2024), phases: [] })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
  });

  it("a phase that has lines only in other years selects nothing in the boekjaar: an error naming the phases of that year", () => {
    expect(() => toIv3Delivery(lines, { ...deliveryOptions(2024), phases: ["bw-2"] })).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringMatching(/boekjaar 2024 in phase "bw-2".*"primitief", "bw-1"/) }),
    );
    // An amendment that only changes later years is fine next to a phase that has lines in the boekjaar.
    expect(toIv3Delivery(lines, { ...deliveryOptions(2024), phases: ["primitief", "bw-2"] }).linesUsed).toBe(1);
  });

  test.prop([fc.anything(), fc.anything()])("any value as lines or options: a delivery or a DomainError, never a TypeError", (value, options) => {
    for (const call of [() => toIv3Delivery(value as never, deliveryOptions(2024)), () => toIv3Delivery(lines, options as never), () => toIv3Delivery([value] as never, deliveryOptions(2024))]) {
      try {
        call();
      } catch (error) {
        expect(error).toMatchObject({ name: "DomainError" });
      }
    }
  });

  it("every option with a wrongly typed value: only DomainError", () => {
    const keys = ["boekjaar", "periode", "phases", "status", "overheidslaag", "overheidsnummer", "overheidsnaam", "datum", "detailsOpenbaar", "financieelPakket", "exportSoftware", "contact", "opmerkingen", "kengetallen", "beleidsindicatoren", "rounding", "bookResultaat"];
    for (const value of [null, 0, 1.5, "", "x", [], [null], [1], {}, true, Symbol("s"), 1n]) {
      for (const key of keys) {
        try {
          toIv3Delivery(lines, { ...deliveryOptions(2024), [key]: value } as never);
        } catch (error) {
          expect(error, `${key}: ${String(value)}`).toMatchObject({ name: "DomainError" });
        }
      }
      for (const key of ["year", "phase", "taakveld", "categorie", "expenses", "revenue"]) {
        try {
          toIv3Delivery([{ ...line(2024, "primitief", 1), [key]: value }] as never, deliveryOptions(2024));
        } catch (error) {
          expect(error, `line.${key}: ${String(value)}`).toMatchObject({ name: "DomainError" });
        }
      }
    }
    expect(() => toIv3Delivery(lines, { ...deliveryOptions(2024), phases: "primitief" as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => toIv3Delivery([null] as never, deliveryOptions(2024))).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
  });
});

describe("toIv3Delivery: the resultaat on taakveld 0.11 (issue 18)", () => {
  it("7.1 is the only categorie CBS allows on 0.11 on the lasten side, and it is allowed on the baten side, in every boekjaar 2017–2026", () => {
    for (const year of BOEKJAREN) {
      expect(taakveldenOf(year).find((t) => t.code === "0.11")?.bookable, String(year)).toBe(true);
      const lasten = categorieenLastenOf(year).filter((c) => !isForbiddenCombination({ side: "lasten", taakveld: "0.11", categorie: c.code }, year));
      expect(lasten.map((c) => c.code), String(year)).toEqual(["7.1"]);
      expect(isForbiddenCombination({ side: "baten", taakveld: "0.11", categorie: "7.1" }, year)).toBe(false);
    }
  });

  it("a surplus is booked as lasten on 0.11, a deficit as baten; without the option the saldo is only reported", () => {
    const base = { programme: "p", year: 2024, phase: "primitief", nature: "structureel" } as const;
    const surplus: BudgetLine[] = [
      { ...base, taakveld: "0.1", categorie: "1.1", expenses: euro(1_000_000), revenue: 0 as Cents },
      { ...base, taakveld: "0.7", categorie: "4.3.1", expenses: 0 as Cents, revenue: euro(1_100_000) },
    ];
    const plain = toIv3Delivery(surplus, deliveryOptions(2024, 0));
    expect(plain.resultaat).toEqual({ exact: euro(100_000), booked: "none" });
    expect(checkCbsDelivery(plain.delivery)[4]?.status).toBe("fail");
    const booked = toIv3Delivery(surplus, { ...deliveryOptions(2024, 0), bookResultaat: true });
    expect(booked.resultaat).toEqual({ exact: euro(100_000), booked: "lasten" });
    expect(booked.delivery.data.lasten).toEqual([{ taakveld: "0.1", categorie: "1.1", bedrag: 1000 }, { taakveld: "0.11", categorie: "7.1", bedrag: 100 }]);
    expect(checkCbsDelivery(booked.delivery).map((c) => c.status)).toEqual(["pass", "pass", "notApplicable", "notApplicable", "pass"]);
    expect(booked.linesUsed).toBe(2);
    const deficit = toIv3Delivery([surplus[0] as BudgetLine], { ...deliveryOptions(2024, 0), bookResultaat: true });
    expect(deficit.delivery.data.baten).toEqual([{ taakveld: "0.11", categorie: "7.1", bedrag: 1000 }]);
    expect(deficit.resultaat).toEqual({ exact: -euro(1_000_000), booked: "baten" });
    expect(() => toIv3Delivery(surplus, { ...deliveryOptions(2024), bookResultaat: "yes" as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
  });

  test.prop([fc.constantFrom(2020, 2023, 2026).chain((year) => nonEmptyLines(year).map((lines) => ({ year, lines }))), fc.constantFrom<0 | 5>(0, 5)])(
    "with bookResultaat every budget passes PF006 with tolerance 0, DF001 and DF002, and CBS's schema; the 0.11 cell is the rounded saldo",
    ({ year, lines }, periode) => {
      const result = toIv3Delivery(lines, { ...deliveryOptions(year, periode), bookResultaat: true });
      const checks = checkCbsDelivery(result.delivery);
      expect(checks.map((c) => c.status === "fail")).toEqual([false, false, false, false, false]);
      expect(checks[4]?.status).toBe("pass");
      expect(validate(JSON.parse(JSON.stringify(result.delivery)))).toBe(true);
      let saldo = 0n;
      for (const l of lines) saldo += BigInt(l.revenue) - BigInt(l.expenses);
      expect(BigInt(result.resultaat.exact)).toBe(saldo);
      expect(result.resultaat.booked).toBe(saldo > 0n ? "lasten" : saldo < 0n ? "baten" : "none");
      expect(result.rounding.lasten.roundedTotal).toBe(result.rounding.baten.roundedTotal);
      // Reading the delivery back and exporting it again books nothing more: 0.11 is counted in the saldo.
      const imported = parseIv3Delivery(JSON.parse(JSON.stringify(result.delivery)));
      if (!imported.ok || imported.value.lines.length === 0) return;
      const again = toIv3Delivery(imported.value.lines, { ...deliveryOptions(year, periode), bookResultaat: true });
      expect(again.resultaat.booked).toBe("none");
      expect(again.delivery).toEqual(result.delivery);
    },
  );
});

describe("parseIv3Delivery on options that are not options (issue 18)", () => {
  it("throws only DomainError invalid_option for null, arrays, numbers and a programme function that gives no code", () => {
    for (const value of [null, 0, "x", [], true, Symbol("s")]) {
      expect(() => parseIv3Delivery(emptyDelivery(), value as never)).toThrowError(expect.objectContaining({ code: "invalid_option" }));
      for (const key of ["phase", "programme", "nature"]) {
        try {
          parseIv3Delivery(emptyDelivery(), { [key]: value } as never);
        } catch (error) {
          expect(error).toMatchObject({ name: "DomainError", code: "invalid_option" });
        }
      }
    }
    const json = { ...emptyDelivery(), data: { ...emptyDelivery().data, lasten: [{ taakveld: "0.1", categorie: "1.1", bedrag: 1 }] } };
    expect(() => parseIv3Delivery(json, { programme: () => 7 as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => parseIv3Delivery(json, { programme: () => "" })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
  });
  test.prop([fc.anything(), fc.anything()])("any value as json and options: a result or a DomainError", (json, options) => {
    try {
      parseIv3Delivery(json, options as never);
    } catch (error) {
      expect(error).toMatchObject({ name: "DomainError" });
    }
  });
});
