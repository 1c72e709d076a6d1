// Almere, jaarverslag 2024 (seed 004): planned versus realised. The printed summary matches the seed — the pilot
// Toeleiding naar werk stopped and evaluated, Beschermd Wonen postponed to 1 januari 2026, Housing First extended
// (not delayed), the Woonzorgvisie delayed — and every status is the library's assessment.
import { describe, expect, it } from "vitest";
import { activityStatus, goalStatus, plannedDates, type Activity, type Goal, type Programme } from "opkoers/policy";
import { ACTIVITY_AS, almereJaarverslag2024, assess, DEFAULT_AS_OF, summarise } from "../../examples/almere-jaarverslag-2024.js";

const doc = almereJaarverslag2024();
const programme = doc.programmes[0] as Programme;
const activity = (id: string): Activity => {
  const found = programme.activities.find((a) => a.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const goal = (id: string): Goal => {
  const found = programme.goals.find((g) => g.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe(`Almere jaarverslag 2024: the summary on ${DEFAULT_AS_OF}`, () => {
  const summary = assess();
  const text = summarise();
  const assessed = (id: string): (typeof summary.activities)[number] | undefined => summary.activities.find((a) => a.subject === id);

  it("every goal has its planned (begroting) and realised (verantwoording) text", () => {
    expect(doc.type).toBe("jaarverslag");
    expect(programme.goals.every((g) => g.planned !== undefined && g.realised !== undefined)).toBe(true);
  });

  it("the pilot Toeleiding naar werk: stopped and evaluated", () => {
    expect(assessed("pilot-toeleiding")).toMatchObject({ status: "stopped", state: "stopped" });
    expect(text).toContain(assessed("pilot-toeleiding")?.message.nl);
    expect(activity("pilot-toeleiding").evaluations?.[0]?.notes).toContain("Alle betrokken partijen waren tevreden en positief over de pilot.");
    expect(text).toContain('evaluatie: "Alle betrokken partijen waren tevreden');
  });

  it("a stopped pilot counts as achieved here (it stopped as planned), off track by the library's default", () => {
    const inburgering = summary.goals.find((g) => g.subject === "inburgering");
    expect(inburgering?.items.find((i) => i.id === "pilot-toeleiding")).toMatchObject({ status: "stopped", counts: "achieved" });
    // worst of: the integrale aanpak, planned for 2024 and only started, is past its planned end
    expect(inburgering?.status).toBe("atRisk");
    expect(goalStatus(goal("inburgering"), programme, { asOf: DEFAULT_AS_OF }).status).toBe("offTrack");
    expect(ACTIVITY_AS.stopped).toBe("achieved");
    expect(text).toContain("gestopt telt als behaald");
  });

  it("Beschermd Wonen: postponed from 1 januari 2024 to 2025, then to 1 januari 2026 — 731 days, with history", () => {
    const bw = assessed("bw-doordecentralisatie");
    expect(bw).toMatchObject({ status: "delayed", delay: { reason: "postponed", days: 731, subject: "invoering" } });
    expect(bw?.message.nl).toContain("731 dagen uitgesteld naar 1 januari 2026");
    expect(text).toContain(bw?.message.nl);
    const dates = plannedDates(activity("bw-doordecentralisatie"), DEFAULT_AS_OF);
    expect(dates.milestones[0]).toEqual({ id: "invoering", due: "2026-01-01", originalDue: "2024-01-01", postponedDays: 731 });
    expect(dates.applied.map((r) => r.to)).toEqual(["2025-01-01", "2026-01-01"]);
    expect(plannedDates(activity("bw-doordecentralisatie"), "2024-06-30").milestones[0]?.due).toBe("2025-01-01");
    expect(summary.goals.find((g) => g.subject === "beschermd-wonen")).toMatchObject({ status: "atRisk", agreement: "agree", reported: { level: "uitgesteld" } });
  });

  it("Housing First: extended to the end of 2025 — a decision, not a delay", () => {
    expect(assessed("pilot-housing-first")?.status).toBe("inProgress");
    expect(plannedDates(activity("pilot-housing-first"), DEFAULT_AS_OF)).toMatchObject({ end: "2025-12-31", originalEnd: "2024-12-31", endPostponedDays: 0 });
    expect(text).toContain("herziening: einde verlengd (besluit, geen vertraging) naar 31 december 2025");
    // without the extension it would be past its planned end
    expect(activityStatus({ ...activity("pilot-housing-first"), revisions: [] }, { asOf: DEFAULT_AS_OF })).toMatchObject({ status: "delayed", delay: { reason: "pastEnd", days: 1 } });
    expect(summary.goals.find((g) => g.subject === "housing-first")?.status).toBe("onTrack");
    expect(summary.indicators.find((i) => i.subject === "housing-first-geplaatst")).toMatchObject({ status: "noTarget" });
    expect(text).toContain("meting 2024: 18 mensen");
  });

  it("the energietoeslag norm: 125 % of the sociaal minimum achieved (from 120 %); the goal differs from 'afgerond' because the stadspas is only started", () => {
    expect(summary.indicators.find((i) => i.subject === "energietoeslag-norm")).toMatchObject({ status: "achieved", value: 125 });
    expect(assessed("aanvalsplan")?.status).toBe("completed");
    expect(assessed("stadspas")).toMatchObject({ status: "delayed", delay: { reason: "pastEnd" } });
    const energie = summary.goals.find((g) => g.subject === "energie-armoede");
    expect(energie).toMatchObject({ status: "atRisk", agreement: "disagree", reported: { level: "gerealiseerd" } });
    expect(text).toContain(energie?.message.nl);
  });

  it("the Woonzorgvisie: planned in 2024, 'enigszins vertraagd' — past its planned end, agreeing with the reported 'uitgesteld'", () => {
    expect(assessed("woonzorgvisie")).toMatchObject({ status: "delayed", delay: { reason: "pastEnd", days: 1 } });
    expect(summary.goals.find((g) => g.subject === "woonzorgvisie")).toMatchObject({ agreement: "agree" });
    // on the last day of 2024 the planned end has not passed yet, so computed and reported still differ
    expect(assess("2024-12-31").goals.find((g) => g.subject === "woonzorgvisie")).toMatchObject({ status: "onTrack", agreement: "disagree" });
  });

  it("the wijkteams: the evaluation moved to 2025 (365 days); Almere Hout's full service from 1 januari 2025 is due today", () => {
    expect(assessed("proeftuin-wijkteams")).toMatchObject({ status: "delayed", delay: { reason: "postponed", days: 365, subject: "evaluatie" } });
    expect(assessed("wijkteam-almere-hout")?.milestones[0]).toMatchObject({ due: "2025-01-01", status: "due", days: 0 });
    expect(text).toContain("1 januari 2025: binnenkort, vandaag");
  });

  it("the Iv3 Q4 2024 figures to CBS are the P&C deadline due", () => {
    expect(summary.deadlinesDue.map((d) => d.id)).toEqual(["iv3.2024-Q4"]);
    expect(text).toContain("uiterlijk 30 januari 2025");
  });
});
