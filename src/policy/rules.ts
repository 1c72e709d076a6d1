import type { Rule } from "../status/index.js";

const OWN = "opkoers default rule; thresholds and rule choice are options (docs: Programmes, goals and indicators)";

/**
 * The rules that the policy functions apply, as data. Every assessment
 * names one of these ids in `ruleId`.
 *
 * | id | used by |
 * | --- | --- |
 * | `indicator.status.progress` | {@link indicatorStatus}: progress from baseline to target against the expected (linear) progress |
 * | `indicator.status.trajectory` | the same, with the expected progress following the indicator's trajectory |
 * | `indicator.status.band` | {@link indicatorStatus} for a band target (between two bounds) |
 * | `indicator.status.noTarget` | no target for the period |
 * | `indicator.status.noData` | no available measurement |
 * | `activity.status.schedule` | {@link activityStatus} |
 * | `milestone.status.due` | the milestones in an activity assessment |
 * | `goal.status.worstOf` | {@link goalStatus}: the worst status of the linked items |
 * | `goal.status.weighted` | {@link goalStatus}: the weighted mean rank of the linked items |
 * | `goal.status.allRequired` | {@link goalStatus}: every linked item must be achieved or on track |
 *
 * @example
 * ```ts
 * import { POLICY_RULES } from "opkoers/policy";
 *
 * POLICY_RULES.find((rule) => rule.id === "goal.status.worstOf")?.description.en; //=> "A goal has the worst status of its linked indicators and activities."
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export const POLICY_RULES: readonly Rule[] = [
  {
    id: "indicator.status.progress",
    severity: "warning",
    description: {
      nl: "Een indicator is behaald als de laatste meting de streefwaarde haalt; anders op schema, aandacht of niet op schema naargelang de achterstand op de verwachte (lineaire) voortgang; niet behaald als de periode voorbij is.",
      en: "An indicator is achieved when its latest reading meets the target; otherwise on track, at risk or off track by how far progress lags the expected (linear) progress; not achieved once the period is over.",
    },
    source: OWN,
  },
  {
    id: "indicator.status.trajectory",
    severity: "warning",
    description: { nl: "Als indicator.status.progress, met de verwachte voortgang volgens het groeipad.", en: "As indicator.status.progress, with the expected progress following the trajectory." },
    source: OWN,
  },
  {
    id: "indicator.status.band",
    severity: "warning",
    description: {
      nl: "Een bandindicator is behaald binnen de band; net erbuiten (binnen de tolerantie) aandacht, verder erbuiten niet op schema; niet behaald als de periode voorbij is.",
      en: "A band indicator is achieved inside the band; just outside it (within the tolerance) at risk, further out off track; not achieved once the period is over.",
    },
    source: OWN,
  },
  {
    id: "indicator.status.noTarget",
    severity: "info",
    description: { nl: "Zonder streefwaarde voor de periode is er geen oordeel.", en: "Without a target for the period there is no judgement." },
    source: OWN,
  },
  {
    id: "indicator.status.noData",
    severity: "warning",
    description: { nl: "Zonder beschikbare meting (of alleen n.n.b.) is er geen oordeel.", en: "Without an available measurement (or only n.n.b.) there is no judgement." },
    source: OWN,
  },
  {
    id: "activity.status.schedule",
    severity: "warning",
    description: {
      nl: "Een activiteit is vertraagd als de geplande start of het geplande einde verstreken is, een mijlpaal verlopen is, of een datum is uitgesteld.",
      en: "An activity is delayed when its planned start or end has passed, a milestone is overdue, or a date was postponed.",
    },
    source: OWN,
  },
  {
    id: "milestone.status.due",
    severity: "warning",
    description: { nl: "Een mijlpaal is verlopen na de geplande datum als hij niet gehaald is; binnenkort binnen het venster.", en: "A milestone is overdue after its planned date unless achieved; due within the window." },
    source: OWN,
  },
  {
    id: "goal.status.worstOf",
    severity: "warning",
    description: { nl: "Een doel krijgt de slechtste status van zijn indicatoren en activiteiten.", en: "A goal has the worst status of its linked indicators and activities." },
    source: OWN,
  },
  {
    id: "goal.status.weighted",
    severity: "warning",
    description: {
      nl: "Een doel krijgt het gewogen gemiddelde van de rangen van zijn indicatoren en activiteiten (behaald 0 … niet behaald 4), afgerond.",
      en: "A goal has the weighted mean rank of its linked indicators and activities (achieved 0 … not achieved 4), rounded.",
    },
    source: OWN,
  },
  {
    id: "goal.status.allRequired",
    severity: "warning",
    description: {
      nl: "Een doel is alleen op schema als al zijn indicatoren en activiteiten behaald of op schema zijn; ontbreekt een oordeel, dan geen gegevens.",
      en: "A goal is on track only when all its linked items are achieved or on track; when any judgement is missing, no data.",
    },
    source: OWN,
  },
];
