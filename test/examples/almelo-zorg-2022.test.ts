// Almelo, Programma Zorg 2022 (seed 002): the printed summary matches the seed's targets (≥ 250 peuters, niveau
// ≥ 3, 100 deelnemers in twee jaar, 10 %), dates (1 augustus 2020, 01.01.2023, najaar 2021, begin 2022) and the
// € 9.600 of the VNG; every status is the library's assessment.
import { describe, expect, it } from "vitest";
import { daysBetween, periodEnd, parsePeriod } from "opkoers/calendar";
import { indicatorStatus, type Indicator, type Programme } from "opkoers/policy";
import { almeloZorg2022, assess, DEFAULT_AS_OF, summarise } from "../../examples/almelo-zorg-2022.js";

const doc = almeloZorg2022();
const programme = doc.programmes[0] as Programme;
const indicator = (id: string): Indicator => {
  const found = programme.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe("Almelo Zorg 2022: the document", () => {
  it("is Almelo's (GM0141) begroting 2022 with the four goals", () => {
    expect(doc).toMatchObject({ type: "begroting", year: 2022, municipality: { code: "GM0141" } });
    expect(programme.goals.map((g) => g.statement.slice(0, 8))).toEqual(["In 2022 ", "In 2022 ", "In 2022 ", "In 2022 "]);
    expect(programme.goals.map((g) => g.activityIds.length)).toEqual([5, 6, 4, 7]);
  });

  it("holds the targets of the text", () => {
    expect(indicator("vve-bereik")).toMatchObject({ unit: { kind: "count", label: "peuters" }, direction: "higherIsBetter", targets: [{ period: "2022", comparator: "atLeast", value: 250 }] });
    expect(indicator("vve-kwaliteit")).toMatchObject({ unit: { kind: "ordinal" }, targets: [{ period: "2022", comparator: "atLeast", value: 3 }] });
    expect(indicator("besparing-jeugdhulp-school")).toMatchObject({ unit: { kind: "percentage" }, targets: [{ comparator: "atLeast", value: 10 }] });
    const gli = indicator("gli-deelnemers");
    expect(gli).toMatchObject({ accumulation: "cumulative", baseline: { value: 0 }, targets: [{ comparator: "atLeast", value: 100 }] });
    // "in de loop van twee jaar" from voorjaar 2021: the target period ends two years after the end of voorjaar 2021 (31 mei).
    expect(periodEnd(parsePeriod(gli.targets[0]?.period ?? ""))).toBe("2023-05-31");
    expect(daysBetween("2021-05-31", periodEnd(parsePeriod(gli.targets[0]?.period ?? "")))).toBe(730);
  });

  it("has no measurements: a begroting holds no realisations", () => {
    expect(programme.indicators.every((i) => i.measurements.length === 0)).toBe(true);
  });
});

describe(`Almelo Zorg 2022: the summary on ${DEFAULT_AS_OF}`, () => {
  const summary = assess();
  const text = summarise();

  it("prints every target: ≥ 250 peuters, niveau ≥ 3, 100 deelnemers in twee jaar, 10 %", () => {
    expect(text).toContain("streefwaarde: ten minste 250 peuters in 2022");
    expect(text).toContain("streefwaarde: ten minste niveau 3 in 2022");
    expect(text).toContain("streefwaarde: ten minste 100 deelnemers in 2023-05");
    expect(text).toContain("streefwaarde: ten minste 10 % in 2022");
  });

  it("every indicator has no data (no realisation in the seed), as assessed and printed", () => {
    expect(summary.counts.indicators.noData).toBe(4);
    for (const a of summary.indicators) {
      expect(a.ruleId).toBe("indicator.status.noData");
      expect(text).toContain(`status: geen gegevens — ${a.message.nl}`);
    }
  });

  it("Het Jonge Kind runs since 1 augustus 2020; the signaalpunt eenzaamheid was realised in 2021", () => {
    expect(summary.activities.find((a) => a.subject === "jonge-kind")?.status).toBe("inProgress");
    expect(text).toContain("begonnen 1 augustus 2020");
    expect(summary.activities.find((a) => a.subject === "coalitie-eenzaamheid")?.milestones[0]?.status).toBe("achieved");
  });

  it("'najaar 2021' and 'begin 2022' have passed without a reported realisation: delayed, with the days", () => {
    const preventie = summary.activities.find((a) => a.subject === "preventieagenda");
    expect(preventie).toMatchObject({ status: "delayed", delay: { reason: "milestoneOverdue", days: 213, subject: "ondertekening" } });
    const bso = summary.activities.find((a) => a.subject === "bso-plus");
    expect(bso).toMatchObject({ status: "delayed", delay: { reason: "milestoneOverdue", days: 92, subject: "bso-plus-draait" } });
    expect(text).toContain(preventie?.message.nl);
    expect(summary.goals.map((g) => g.status)).toEqual(["atRisk", "onTrack", "onTrack", "atRisk"]);
  });

  it("the borging 'uiterlijk op 01.01.2023' is upcoming; the VNG's € 9.600 is printed", () => {
    expect(summary.activities.find((a) => a.subject === "zorg-naar-werk")?.milestones[0]).toMatchObject({ due: "2023-01-01", status: "upcoming", days: 184 });
    expect(text).toContain("1 januari 2023: gepland, over 184 dagen");
    expect(programme.activities.find((a) => a.id === "preventieagenda")?.budget?.amount).toBe(9_600_00);
    expect(text).toContain("budget: € 9.600,00");
  });

  it("the Iv3 Q2 figures to CBS are the P&C deadline due", () => {
    expect(summary.deadlinesDue.map((d) => d.id)).toEqual(["iv3.2022-Q2"]);
  });
});

describe("Almelo Zorg 2022 with realisations added by the test (not in the seed)", () => {
  it("the VVE targets are judged at the end of 2022: 250 peuters achieved, 249 not; niveau 3 achieved, 2 not", () => {
    const measured = (id: string, value: number): Indicator => ({ ...indicator(id), measurements: [{ period: "2022", value: { state: "available", value } }] });
    expect(indicatorStatus(measured("vve-bereik", 250), { asOf: "2023-01-01" }).status).toBe("achieved");
    expect(indicatorStatus(measured("vve-bereik", 249), { asOf: "2023-01-01" }).status).toBe("notAchieved");
    expect(indicatorStatus(measured("vve-kwaliteit", 3), { asOf: "2023-01-01" }).status).toBe("achieved");
    expect(indicatorStatus(measured("vve-kwaliteit", 2), { asOf: "2023-01-01" }).status).toBe("notAchieved");
  });

  it("on 2 januari 2023 the borging of 01.01.2023 is 1 day overdue", () => {
    const summary = assess("2023-01-02");
    expect(summary.activities.find((a) => a.subject === "zorg-naar-werk")).toMatchObject({ status: "delayed", delay: { reason: "milestoneOverdue", days: 1, subject: "borging" } });
  });
});
