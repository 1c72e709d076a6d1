import { isIsoDate } from "../../calendar/index.js";
import type { Activity } from "../types.js";
import type { PlainIssue } from "./plainIssue.js";

/** The cross-field rules of an activity (see ActivitySchema). */
export function checkActivity(activity: Activity): PlainIssue[] {
  const issues: PlainIssue[] = [];
  // A date the schema already reported as no real day (2023-02-29) is not compared again: one issue per malformed date.
  if (activity.plannedStart !== undefined && activity.plannedEnd !== undefined && isIsoDate(activity.plannedStart) && isIsoDate(activity.plannedEnd) && activity.plannedStart > activity.plannedEnd) {
    issues.push({ path: ["plannedEnd"], message: `The planned end (${activity.plannedEnd}) lies before the planned start (${activity.plannedStart}).` });
  }
  const milestones = new Set<string>();
  activity.milestones.forEach((milestone, i) => {
    if (milestones.has(milestone.id)) issues.push({ path: ["milestones", i, "id"], message: `The milestone id "${milestone.id}" occurs twice in activity "${activity.id}".` });
    milestones.add(milestone.id);
  });
  activity.revisions.forEach((revision, i) => {
    if (revision.subject === "milestone" && revision.milestoneId !== undefined && !milestones.has(revision.milestoneId)) {
      issues.push({ path: ["revisions", i, "milestoneId"], message: `Activity "${activity.id}" has no milestone "${revision.milestoneId}".` });
    }
    if (revision.subject === "start" && activity.plannedStart === undefined) issues.push({ path: ["revisions", i, "subject"], message: "A revision of the planned start needs a plannedStart to revise." });
    if (revision.subject === "end" && activity.plannedEnd === undefined) issues.push({ path: ["revisions", i, "subject"], message: "A revision of the planned end needs a plannedEnd to revise." });
  });
  return issues;
}
