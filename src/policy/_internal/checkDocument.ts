import { joinList } from "../../errors/_internal/joinList.js";
import { say } from "../../errors/_internal/schemas.js";
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
    if (scaleIds.has(scale.id)) issues.push({ path: ["statusScales", i, "id"], message: say(`The scale id "${scale.id}" occurs twice.`, `Het schaal-id "${scale.id}" komt twee keer voor.`) });
    scaleIds.add(scale.id);
  });

  if (document.type === "bestuursrapportage") {
    const code = document.period;
    if (code.length === 4) issues.push({ path: ["period"], message: say(`A bestuursrapportage reports on part of the year (e.g. "${document.year}-T1"), not the whole year ${code}.`, `Een bestuursrapportage gaat over een deel van het jaar (bv. "${document.year}-T1"), niet over het hele jaar ${code}.`) });
    else if (lastMonthOrUndefined(code) !== undefined && Math.floor((lastMonthOrUndefined(code) ?? 0) / 12) !== document.year) issues.push({ path: ["period"], message: say(`The period ${code} is not in the year ${document.year}.`, `De periode ${code} ligt niet in het jaar ${document.year}.`) });
  }

  const tree = document.programmes.flatMap((programme, p) => programmeTree(programme, ["programmes", p]));
  const codes = new Set<string>();
  const ids = { goals: new Set<string>(), activities: new Set<string>(), indicators: new Set<string>() };
  for (const [programme, prefix] of tree) {
    if (codes.has(programme.code)) issues.push({ path: [...prefix, "code"], message: say(`The programme code "${programme.code}" occurs twice.`, `De programmacode "${programme.code}" komt twee keer voor.`) });
    codes.add(programme.code);
    for (const kind of ["goals", "activities", "indicators"] as const) {
      programme[kind].forEach((item, i) => {
        if (ids[kind].has(item.id)) issues.push({ path: [...prefix, kind, i, "id"], message: say(`The id "${item.id}" occurs twice among the ${kind} of the document.`, `Het id "${item.id}" komt twee keer voor onder de ${kind} van het document.`) });
        ids[kind].add(item.id);
      });
    }
  }
  for (const [programme, prefix] of tree) {
    programme.activities.forEach((activity, a) => {
      if (activity.budget !== undefined && !codes.has(activity.budget.programme)) {
        issues.push({ path: [...prefix, "activities", a, "budget", "programme"], message: say(`The budget link names programme "${activity.budget.programme}", which the document does not have.`, `De begrotingskoppeling noemt programma "${activity.budget.programme}", dat niet in het document staat.`) });
      }
    });
    programme.goals.forEach((goal, g) => {
      if (goal.reported === undefined) return;
      const scale = findScale(goal.reported.scale, own);
      if (scale === undefined) issues.push({ path: [...prefix, "goals", g, "reported", "scale"], message: say(`There is no status scale "${goal.reported.scale}" (presets: threeColour, fourColour, jaarverslag, almereKpi; or define it in statusScales).`, `Er is geen statusschaal "${goal.reported.scale}" (standaard: threeColour, fourColour, jaarverslag of almereKpi; of definieer haar in statusScales).`) });
      else if (findLevel(scale, goal.reported.level) === undefined) {
        const levels = scale.levels.map((level) => `"${level.code}"`);
        issues.push({ path: [...prefix, "goals", g, "reported", "level"], message: say(`Scale "${scale.id}" has no level "${goal.reported.level}"; its levels are ${joinList(levels, "and", "en")}.`, `Schaal "${scale.id}" heeft geen niveau "${goal.reported.level}"; haar niveaus zijn ${joinList(levels, "and", "nl")}.`) });
      }
    });
  }
  return issues;
}
