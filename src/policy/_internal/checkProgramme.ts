import { say } from "../../errors/_internal/schemas.js";
import type { Programme } from "../types.js";
import { programmeTree, type PlainIssue } from "./plainIssue.js";

/** Goal links resolve within the programme and its sub-programmes (see ProgrammeSchema). */
export function checkProgramme(programme: Programme): PlainIssue[] {
  const tree = programmeTree(programme, []);
  const indicators = new Set(tree.flatMap(([p]) => p.indicators.map((indicator) => indicator.id)));
  const activities = new Set(tree.flatMap(([p]) => p.activities.map((activity) => activity.id)));
  const issues: PlainIssue[] = [];
  for (const [p, prefix] of tree) {
    p.goals.forEach((goal, g) => {
      goal.indicatorIds.forEach((id, j) => {
        if (!indicators.has(id)) issues.push({ path: [...prefix, "goals", g, "indicatorIds", j], message: say(`Goal "${goal.id}" links to indicator "${id}", which programme "${programme.code}" does not have.`, `Doel "${goal.id}" verwijst naar indicator "${id}", die programma "${programme.code}" niet heeft.`) });
      });
      goal.activityIds.forEach((id, j) => {
        if (!activities.has(id)) issues.push({ path: [...prefix, "goals", g, "activityIds", j], message: say(`Goal "${goal.id}" links to activity "${id}", which programme "${programme.code}" does not have.`, `Doel "${goal.id}" verwijst naar activiteit "${id}", die programma "${programme.code}" niet heeft.`) });
      });
    });
  }
  return issues;
}
