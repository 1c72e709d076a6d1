import { fc, test } from "@fast-check/vitest";
import {
  addDays,
  daysBetween,
  daysUntil,
  deadlinesDue,
  formatPeriod,
  isLate,
  isOverdue,
  pcDeadlines,
  periodEnd,
  periodsOfYear,
  type Deadline,
  type PcDeadlineOptions,
} from "opkoers/calendar";
import { describe, expect, it } from "vitest";
import { expectCode } from "./_expectCode.js";
import { modernDate } from "./_oracle.js";

const year = fc.integer({ min: 1900, max: 2200 });
const byId = (deadlines: readonly Deadline[]): Map<string, Deadline> => new Map(deadlines.map((d) => [d.id, d]));

describe("pcDeadlines", () => {
  it("gives the statutory calendar of 2025 with sources", () => {
    const calendar = pcDeadlines(2025);
    expect(calendar.map((d) => [d.id, d.kind, d.due])).toEqual([
      ["begroting.2025", "begroting", "2024-11-14"],
      ["iv3.begroting.2025", "iv3", "2024-11-14"],
      ["iv3.2025-Q1", "iv3", "2025-04-30"],
      ["iv3.2025-Q2", "iv3", "2025-07-30"],
      ["iv3.2025-Q3", "iv3", "2025-10-30"],
      ["iv3.2025-Q4", "iv3", "2026-01-30"],
      ["iv3.jaarrekening.2025", "iv3", "2026-07-14"],
      ["jaarstukken.2025", "jaarstukken", "2026-07-14"],
    ]);
    for (const d of calendar) {
      expect(d.year).toBe(2025);
      expect(d.label.nl.length).toBeGreaterThan(0);
      expect(d.label.en.length).toBeGreaterThan(0);
    }
    const ids = byId(calendar);
    expect(ids.get("begroting.2025")?.source).toBe("Gemeentewet art. 191 lid 2");
    expect(ids.get("jaarstukken.2025")?.source).toBe("Gemeentewet art. 200");
    // The default computes CBS's 30 days, so it cites CBS's 30 days (not BBV art. 74, which says one month).
    expect(ids.get("iv3.2025-Q1")?.source).toMatch(/^CBS, .*binnen 30 dagen na afloop van het kwartaal$/);
    expect(ids.get("iv3.2025-Q1")?.source).not.toContain("BBV");
    expect(ids.get("iv3.2025-Q3")?.label).toEqual({ nl: "Iv3 3e kwartaal 2025 naar CBS", en: "Iv3 Q3 2025 to CBS" });
  });

  it("reads 'vóór 15 november' as configured", () => {
    const inclusive = byId(pcDeadlines(2025, { beforeMeans: "onOrBefore" }));
    expect(inclusive.get("begroting.2025")?.due).toBe("2024-11-15");
    expect(inclusive.get("jaarstukken.2025")?.due).toBe("2026-07-15");
    expect(inclusive.get("iv3.2025-Q1")?.due).toBe("2025-04-30");
  });

  test.prop([year])("the default reading is one day before the named statutory day; quarters are 30 days after their end", (t) => {
    const calendar = byId(pcDeadlines(t));
    expect(calendar.get(`begroting.${t}`)?.due).toBe(addDays(`${t - 1}-11-15`, -1));
    expect(calendar.get(`jaarstukken.${t}`)?.due).toBe(addDays(`${t + 1}-07-15`, -1));
    for (const quarter of periodsOfYear(t, "quarter")) {
      expect(daysBetween(periodEnd(quarter), calendar.get(`iv3.${formatPeriod(quarter)}`)?.due ?? "")).toBe(30);
    }
  });

  test.prop([year, fc.record({ beforeMeans: fc.constantFrom("strictlyBefore" as const, "onOrBefore" as const), iv3: fc.boolean(), iv3QuarterDays: fc.integer({ min: 0, max: 92 }) })])(
    "is sorted by due date then id, with unique ids, all belonging to year t",
    (t, options) => {
      const calendar = pcDeadlines(t, options);
      expect(calendar.length).toBe(options.iv3 ? 8 : 2);
      expect(new Set(calendar.map((d) => d.id)).size).toBe(calendar.length);
      for (let i = 1; i < calendar.length; i++) {
        const [a, b] = [calendar[i - 1] as Deadline, calendar[i] as Deadline];
        expect(a.due < b.due || (a.due === b.due && a.id < b.id)).toBe(true);
      }
      for (const d of calendar) expect(d.year).toBe(t);
    },
  );

  test.prop([year, fc.integer({ min: -400, max: 400 })])("the two-weeks rule: due is the earlier of adoption + 14 days and the statutory day", (t, offset) => {
    const adoptedOn = addDays(`${t - 1}-11-01`, offset);
    const jaarAdopted = addDays(`${t + 1}-07-01`, offset);
    const calendar = byId(pcDeadlines(t, { begrotingAdoptedOn: adoptedOn, jaarstukkenAdoptedOn: jaarAdopted }));
    const begroting = calendar.get(`begroting.${t}`)?.due ?? "";
    const jaarstukken = calendar.get(`jaarstukken.${t}`)?.due ?? "";
    expect(begroting).toBe([addDays(adoptedOn, 14), `${t - 1}-11-14`].sort()[0]);
    expect(jaarstukken).toBe([addDays(jaarAdopted, 14), `${t + 1}-07-14`].sort()[0]);
    expect(calendar.get(`iv3.begroting.${t}`)?.due).toBe(begroting);
    expect(calendar.get(`iv3.jaarrekening.${t}`)?.due).toBe(jaarstukken);
  });

  it("adds custom and recurring moments", () => {
    const options: PcDeadlineOptions = {
      iv3: false,
      custom: [
        { id: "voorjaarsnota.2025", label: { nl: "Voorjaarsnota 2025", en: "Spring memorandum 2025" }, due: "2025-05-15" },
        { id: "kadernota", label: { nl: "Kadernota", en: "Framework memorandum" }, due: "2024-06-30", source: "Financiële verordening art. 4" },
      ],
      recurring: [
        { id: "berap", label: { nl: "Bestuursrapportage", en: "Interim report" }, every: "tertial", daysAfterEnd: 45, indices: [1, 2] },
        { id: "maand", label: { nl: "Maandrapportage", en: "Monthly report" }, every: "month", daysAfterEnd: 0, source: "afspraak directie" },
      ],
    };
    const calendar = pcDeadlines(2025, options);
    const ids = byId(calendar);
    expect(calendar.length).toBe(2 + 2 + 2 + 12);
    expect(ids.get("voorjaarsnota.2025")).toEqual({
      id: "voorjaarsnota.2025",
      kind: "custom",
      year: 2025,
      label: { nl: "Voorjaarsnota 2025", en: "Spring memorandum 2025" },
      due: "2025-05-15",
      source: "gemeentelijke P&C-planning",
    });
    expect(ids.get("kadernota")?.source).toBe("Financiële verordening art. 4");
    expect(ids.get("berap.2025-T1")).toMatchObject({ kind: "custom", due: "2025-06-14", label: { nl: "Bestuursrapportage 1e tertiaal 2025", en: "Interim report T1 2025" } });
    expect(ids.get("berap.2025-T2")?.due).toBe("2025-10-15");
    expect(ids.has("berap.2025-T3")).toBe(false);
    expect(ids.get("maand.2025-02")).toMatchObject({ due: "2025-02-28", source: "afspraak directie", label: { nl: "Maandrapportage februari 2025" } });
    expect(calendar[0]?.id).toBe("kadernota");
  });

  it("does not change its options", () => {
    const options: PcDeadlineOptions = Object.freeze({
      custom: Object.freeze([Object.freeze({ id: "x", label: Object.freeze({ nl: "x", en: "x" }), due: "2025-01-01" })]),
      recurring: Object.freeze([Object.freeze({ id: "r", label: Object.freeze({ nl: "r", en: "r" }), every: "quarter" as const, daysAfterEnd: 10, indices: Object.freeze([1]) })]),
    });
    expect(() => pcDeadlines(2025, options)).not.toThrow();
  });

  it("rejects bad years and options with clear errors", () => {
    expectCode(() => pcDeadlines(2024.5), "invalid_period");
    expectCode(() => pcDeadlines(1), "invalid_period");
    expectCode(() => pcDeadlines(9999), "invalid_period");
    expectCode(() => pcDeadlines(2025, null as never), "invalid_option");
    expectCode(() => pcDeadlines(2025, { beforeMeans: "uiterlijk" as never }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { iv3: "yes" as never }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { iv3QuarterDays: 30.5 }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { iv3QuarterDays: -1 }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { begrotingAdoptedOn: "2024-11-31" }), "invalid_date");
    const label = { nl: "a", en: "b" };
    expectCode(() => pcDeadlines(2025, { custom: [{ id: "", label, due: "2025-01-01" }] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { custom: [{ id: "a", label: { nl: "a" } as never, due: "2025-01-01" }] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { custom: [{ id: "a", label: null as never, due: "2025-01-01" }] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { custom: [{ id: "a", label, due: "2025-01-01", source: 3 as never }] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { custom: [null as never] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { custom: [{ id: "a", label, due: "01-01-2025" }] }), "invalid_date");
    expectCode(() => pcDeadlines(2025, { custom: [{ id: "begroting.2025", label, due: "2025-01-01" }] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { custom: [{ id: "a", label, due: "2025-01-01" }, { id: "a", label, due: "2025-02-01" }] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { recurring: [{ id: "r", label, every: "week" as never, daysAfterEnd: 1 }] }), "invalid_period");
    expectCode(() => pcDeadlines(2025, { recurring: [{ id: "r", label, every: "tertial", daysAfterEnd: 1.5 }] }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { recurring: [{ id: "r", label, every: "tertial", daysAfterEnd: 1, indices: [4] }] }), "invalid_option");
    expect(() => pcDeadlines(2025, { custom: [{ id: "jaarstukken.2025", label, due: "2025-01-01" }] })).toThrow(/"jaarstukken\.2025" occurs twice/);
  });
});

describe("pcDeadlines: the quarterly Iv3 term and its citation agree (issue 18)", () => {
  const quarters = (options: PcDeadlineOptions): [string, string][] =>
    pcDeadlines(2025, options)
      .filter((d) => /-Q\d$/.test(d.id))
      .map((d) => [d.due, d.source]);

  it("oneMonth (BBV art. 74 lid 2) runs to the last day of the month after the quarter; thirtyDays (CBS) to day 30", () => {
    const month = quarters({ iv3QuarterTerm: "oneMonth" });
    // Q1 ends 31 March, Q2 30 June, Q3 30 September, Q4 31 December.
    expect(month.map(([due]) => due)).toEqual(["2025-04-30", "2025-07-31", "2025-10-31", "2026-01-31"]);
    expect(quarters({ iv3QuarterTerm: "thirtyDays" }).map(([due]) => due)).toEqual(["2025-04-30", "2025-07-30", "2025-10-30", "2026-01-30"]);
    for (const [, source] of month) expect(source).toBe("BBV art. 74 lid 2: binnen één maand na afloop van het kwartaal");
    for (const [, source] of quarters({})) expect(source).toMatch(/^CBS, .*: binnen 30 dagen na afloop van het kwartaal$/);
    // A leap year: Q4 2027 + one month is 31 January 2028, Q1 2028 + one month 30 April.
    expect(pcDeadlines(2028, { iv3QuarterTerm: "oneMonth" }).find((d) => d.id === "iv3.2028-Q1")?.due).toBe("2028-04-30");
  });

  it("another number of days is cited as the municipality's own term, not as CBS's", () => {
    const own = quarters({ iv3QuarterDays: 45 });
    expect(own[0]).toEqual(["2025-05-15", "gemeentelijke P&C-planning: binnen 45 dagen na afloop van het kwartaal (CBS: binnen 30 dagen; BBV art. 74 lid 2: binnen één maand)"]);
    expectCode(() => pcDeadlines(2025, { iv3QuarterTerm: "oneMonth", iv3QuarterDays: 30 }), "invalid_option");
    expectCode(() => pcDeadlines(2025, { iv3QuarterTerm: "month" as never }), "invalid_option");
  });

  test.prop([year])("oneMonth is the last day of the next month, never earlier than thirtyDays and at most one day later", (t) => {
    const month = byId(pcDeadlines(t, { iv3QuarterTerm: "oneMonth" }));
    const days = byId(pcDeadlines(t));
    for (const quarter of periodsOfYear(t, "quarter")) {
      const id = `iv3.${formatPeriod(quarter)}`;
      const due = month.get(id)?.due ?? "";
      expect(addDays(due, 1).slice(8)).toBe("01");
      expect(due.slice(0, 7)).toBe(addDays(periodEnd(quarter), 1).slice(0, 7));
      expect(daysBetween(days.get(id)?.due ?? "", due)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(days.get(id)?.due ?? "", due)).toBeLessThanOrEqual(1);
    }
  });

  it("custom, recurring and indices that are not arrays are invalid_option, not a TypeError", () => {
    for (const value of [0, "x", {}, true, null]) {
      expectCode(() => pcDeadlines(2025, { custom: value as never }), "invalid_option");
      expectCode(() => pcDeadlines(2025, { recurring: value as never }), "invalid_option");
      expectCode(() => pcDeadlines(2025, { recurring: [{ id: "b", label: { nl: "B", en: "B" }, every: "tertial", daysAfterEnd: 1, indices: value as never }] }), "invalid_option");
    }
  });
});

describe("isOverdue, isLate, daysUntil", () => {
  const deadline: Deadline = { id: "d", kind: "custom", year: 2025, label: { nl: "d", en: "d" }, due: "2025-03-31", source: "test" };

  it("examples", () => {
    expect(isOverdue(deadline, "2025-03-31")).toBe(false);
    expect(isOverdue(deadline, "2025-04-01")).toBe(true);
    expect(isOverdue(deadline, "2025-04-01", "2025-03-31")).toBe(false);
    expect(isOverdue(deadline, "2025-04-05", "2025-04-03")).toBe(false);
    expect(isOverdue(deadline, "2025-04-02", "2025-04-03")).toBe(true);
    expect(isLate(deadline, "2025-03-31")).toBe(false);
    expect(isLate(deadline, "2025-04-01")).toBe(true);
    expect(daysUntil(deadline, "2025-03-01")).toBe(30);
    expect(daysUntil(deadline, "2025-04-10")).toBe(-10);
  });

  test.prop([modernDate, modernDate, fc.option(modernDate, { nil: undefined })])("overdue exactly when past due and not delivered by asOf", (due, asOf, submittedOn) => {
    const d = { ...deadline, due };
    const overdue = isOverdue(d, asOf, submittedOn);
    if (daysUntil(d, asOf) >= 0) expect(overdue).toBe(false);
    else expect(overdue).toBe(submittedOn === undefined || daysBetween(submittedOn, asOf) < 0);
    if (submittedOn !== undefined) {
      expect(isLate(d, submittedOn)).toBe(daysBetween(due, submittedOn) > 0);
      // Once delivered, a deadline is overdue on no day from the delivery on.
      if (daysBetween(submittedOn, asOf) >= 0) expect(overdue).toBe(false);
    }
  });

  test.prop([modernDate, fc.integer({ min: -5000, max: 5000 })])("daysUntil counts down to 0 on the due day", (due, n) => {
    expect(daysUntil({ ...deadline, due }, addDays(due, -n))).toBe(n);
  });

  it("rejects bad dates", () => {
    expectCode(() => isOverdue({ ...deadline, due: "2025-02-30" }, "2025-01-01"), "invalid_date");
    expectCode(() => isOverdue(deadline, "2025-1-1"), "invalid_date");
    expectCode(() => isOverdue(deadline, "2025-01-01", "yesterday"), "invalid_date");
    expectCode(() => isOverdue(undefined as never, "2025-01-01"), "invalid_date");
    expectCode(() => isLate(deadline, "2025-13-01"), "invalid_date");
    expectCode(() => daysUntil({ ...deadline, due: "" }, "2025-01-01"), "invalid_date");
    expectCode(() => daysUntil(deadline, "2025-00-01"), "invalid_date");
  });
});

describe("deadlinesDue", () => {
  const calendar = [...pcDeadlines(2024), ...pcDeadlines(2025), ...pcDeadlines(2026)];

  it("lists what is overdue or due soon and not delivered", () => {
    const sent = { "begroting.2024": "2023-11-09", "iv3.begroting.2024": "2023-11-10", "iv3.2024-Q1": "2024-04-29", "iv3.2024-Q2": "2024-08-02", "jaarstukken.2023": "2024-07-01" };
    expect(deadlinesDue(calendar, "2024-10-20", 30, sent).map((d) => d.id)).toEqual(["iv3.2024-Q3", "begroting.2025", "iv3.begroting.2025"]);
    expect(deadlinesDue(calendar, "2024-10-20", 0, sent).map((d) => d.id)).toEqual([]);
    expect(deadlinesDue(calendar, "2024-11-15", 0, { ...sent, "iv3.2024-Q3": "2024-10-30", "begroting.2025": "2024-11-15" }).map((d) => d.id)).toEqual(["iv3.begroting.2025"]);
    // A delivery dated after asOf is not known yet on asOf.
    expect(deadlinesDue(calendar, "2024-10-20", 30, { ...sent, "iv3.2024-Q3": "2024-10-25" }).map((d) => d.id)).toContain("iv3.2024-Q3");
  });

  it("keeps duplicates in a stable order", () => {
    const twice = [...pcDeadlines(2025), ...pcDeadlines(2025)];
    expect(deadlinesDue(twice, "2024-11-01", 14).map((d) => d.id)).toEqual(["begroting.2025", "begroting.2025", "iv3.begroting.2025", "iv3.begroting.2025"]);
  });

  it("ignores inherited object keys as ids", () => {
    const odd: Deadline = { id: "constructor", kind: "custom", year: 2025, label: { nl: "x", en: "x" }, due: "2025-01-10", source: "test" };
    expect(deadlinesDue([odd], "2025-01-01", 30).map((d) => d.id)).toEqual(["constructor"]);
  });

  test.prop([modernDate, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.dictionary(fc.constantFrom(...calendar.map((d) => d.id)), modernDate)])(
    "keeps exactly the undelivered deadlines within the window; a wider window keeps more",
    (asOf, w1, w2, submissions) => {
      const [small, large] = w1 <= w2 ? [w1, w2] : [w2, w1];
      const due = deadlinesDue(calendar, asOf, small, submissions);
      const ids = new Set(due.map((d) => d.id));
      for (const d of calendar) {
        const delivered = submissions[d.id] !== undefined && (submissions[d.id] as string) <= asOf;
        expect(ids.has(d.id)).toBe(!delivered && daysUntil(d, asOf) <= small);
      }
      const wider = new Set(deadlinesDue(calendar, asOf, large, submissions).map((d) => d.id));
      for (const id of ids) expect(wider.has(id)).toBe(true);
      for (let i = 1; i < due.length; i++) expect((due[i - 1] as Deadline).due <= (due[i] as Deadline).due).toBe(true);
    },
  );

  it("rejects bad arguments", () => {
    expectCode(() => deadlinesDue(calendar, "2024-10-20", -1), "invalid_option");
    expectCode(() => deadlinesDue(calendar, "2024-10-20", 1.5), "invalid_option");
    expectCode(() => deadlinesDue("x" as never, "2024-10-20", 1), "invalid_option");
    expectCode(() => deadlinesDue([null as never], "2024-10-20", 1), "invalid_option");
    expectCode(() => deadlinesDue([{ id: "x" } as never], "2024-10-20", 1), "invalid_date");
    expectCode(() => deadlinesDue(calendar, "20-10-2024", 1), "invalid_date");
    expectCode(() => deadlinesDue(calendar, "2024-10-20", 1, { "begroting.2024": "2023-11-31" }), "invalid_date");
  });
});
