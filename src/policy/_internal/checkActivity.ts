import { say } from "../../errors/_internal/schemas.js";
import { isIsoDate } from "../../calendar/index.js";
import type { Activity } from "../types.js";
import type { PlainIssue } from "./plainIssue.js";

/** The cross-field rules of an activity (see ActivitySchema). */
export function checkActivity(activity: Activity): PlainIssue[] {
  const issues: PlainIssue[] = [];
  // A date the schema already reported as no real day (2023-02-29) is not compared again: one issue per malformed date.
  if (activity.plannedStart !== undefined && activity.plannedEnd !== undefined && isIsoDate(activity.plannedStart) && isIsoDate(activity.plannedEnd) && activity.plannedStart > activity.plannedEnd) {
    issues.push({ path: ["plannedEnd"], message: say(`The planned end (${activity.plannedEnd}) lies before the planned start (${activity.plannedStart}).`, `Het geplande einde (${activity.plannedEnd}) ligt vóór de geplande start (${activity.plannedStart}).`) });
  }
  const milestones = new Set<string>();
  activity.milestones.forEach((milestone, i) => {
    if (milestones.has(milestone.id)) issues.push({ path: ["milestones", i, "id"], message: say(`The milestone id "${milestone.id}" occurs twice in activity "${activity.id}".`, `Het mijlpaal-id "${milestone.id}" komt twee keer voor in activiteit "${activity.id}".`) });
    milestones.add(milestone.id);
  });
  activity.revisions.forEach((revision, i) => {
    if (revision.subject === "milestone" && revision.milestoneId !== undefined && !milestones.has(revision.milestoneId)) {
      issues.push({ path: ["revisions", i, "milestoneId"], message: say(`Activity "${activity.id}" has no milestone "${revision.milestoneId}".`, `Activiteit "${activity.id}" heeft geen mijlpaal "${revision.milestoneId}".`) });
    }
    if (revision.subject === "start" && activity.plannedStart === undefined) issues.push({ path: ["revisions", i, "subject"], message: say("A revision of the planned start needs a plannedStart to revise.", "Een herziening van de geplande start heeft een plannedStart nodig om te herzien.") });
    if (revision.subject === "end" && activity.plannedEnd === undefined) issues.push({ path: ["revisions", i, "subject"], message: say("A revision of the planned end needs a plannedEnd to revise.", "Een herziening van het geplande einde heeft een plannedEnd nodig om te herzien.") });
  });
  return issues;
}
