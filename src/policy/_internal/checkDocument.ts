import { findLevel, findScale } from "../../status/index.js";
import type { PlanningDocument } from "../types.js";
import { lastMonthOrUndefined } from "./periodMonths.js";
import { programmeTree, type PlainIssue } from "./plainIssue.js";

/** The document-level rules (see PlanningDocumentSchema). */
export function checkDocument(document: PlanningDocument): PlainIssue[] {
  const issues: PlainIssue[] = [];
  const own = document.statusScales ?? [];
  const scaleIds = new Set<string>();
  own.forEach((scale, i) => {
    if (scaleIds.has(scale.id)) issues.push({ path: ["statusScales", i, "id"], message: `The scale id "${scale.id}" occurs twice.` });
    scaleIds.add(scale.id);
  });

  if (document.type === "bestuursrapportage") {
    const code = document.period;
    if (code.length === 4) issues.push({ path: ["period"], message: `A bestuursrapportage reports on part of the year (e.g. "${document.year}-T1"), not the whole year ${code}.` });
    else if (lastMonthOrUndefined(code) !== undefined && Math.floor((lastMonthOrUndefined(code) ?? 0) / 12) !== document.year) issues.push({ path: ["period"], message: `The period ${code} is not in the year ${document.year}.` });
  }

  const tree = document.programmes.flatMap((programme, p) => programmeTree(programme, ["programmes", p]));
  const codes = new Set<string>();
  const ids = { goals: new Set<string>(), activities: new Set<string>(), indicators: new Set<string>() };
  for (const [programme, prefix] of tree) {
    if (codes.has(programme.code)) issues.push({ path: [...prefix, "code"], message: `The programme code "${programme.code}" occurs twice.` });
    codes.add(programme.code);
    for (const kind of ["goals", "activities", "indicators"] as const) {
      programme[kind].forEach((item, i) => {
        if (ids[kind].has(item.id)) issues.push({ path: [...prefix, kind, i, "id"], message: `The id "${item.id}" occurs twice among the ${kind} of the document.` });
        ids[kind].add(item.id);
      });
    }
  }
  for (const [programme, prefix] of tree) {
    programme.activities.forEach((activity, a) => {
      if (activity.budget !== undefined && !codes.has(activity.budget.programme)) {
        issues.push({ path: [...prefix, "activities", a, "budget", "programme"], message: `The budget link names programme "${activity.budget.programme}", which the document does not have.` });
      }
    });
    programme.goals.forEach((goal, g) => {
      if (goal.reported === undefined) return;
      const scale = findScale(goal.reported.scale, own);
      if (scale === undefined) issues.push({ path: [...prefix, "goals", g, "reported", "scale"], message: `There is no status scale "${goal.reported.scale}" (presets: threeColour, fourColour, jaarverslag, almereKpi; or define it in statusScales).` });
      else if (findLevel(scale, goal.reported.level) === undefined) {
        issues.push({ path: [...prefix, "goals", g, "reported", "level"], message: `Scale "${scale.id}" has no level "${goal.reported.level}"; its levels are ${scale.levels.map((level) => `"${level.code}"`).join(", ")}.` });
      }
    });
  }
  return issues;
}
