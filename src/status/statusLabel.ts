import { DomainError } from "../errors/DomainError.js";
import type { AnyStatus, LocalizedText } from "./types.js";

const LABELS: Readonly<Record<AnyStatus, LocalizedText>> = {
  achieved: { nl: "behaald", en: "achieved" },
  onTrack: { nl: "op schema", en: "on track" },
  atRisk: { nl: "aandacht", en: "at risk" },
  offTrack: { nl: "niet op schema", en: "off track" },
  notAchieved: { nl: "niet behaald", en: "not achieved" },
  noData: { nl: "geen gegevens", en: "no data" },
  noTarget: { nl: "geen streefwaarde", en: "no target" },
  notStarted: { nl: "nog niet gestart", en: "not started" },
  inProgress: { nl: "in uitvoering", en: "in progress" },
  completed: { nl: "afgerond", en: "completed" },
  delayed: { nl: "vertraagd", en: "delayed" },
  stopped: { nl: "gestopt", en: "stopped" },
  cancelled: { nl: "geannuleerd", en: "cancelled" },
  upcoming: { nl: "gepland", en: "upcoming" },
  due: { nl: "binnenkort", en: "due" },
  overdue: { nl: "verlopen", en: "overdue" },
};

/**
 * The label of a computed status in Dutch and English (independent of any
 * scale; for a municipality's own words use a {@link StatusScale}).
 *
 * @param status - An indicator, goal, activity or milestone status.
 * @returns The label, e.g. `{ nl: "op schema", en: "on track" }`.
 * @throws {@link DomainError} `invalid_option` – when `status` is not a status opkoers knows.
 *
 * @example
 * ```ts
 * import { statusLabel } from "opkoers/status";
 *
 * statusLabel("onTrack"); //=> { nl: "op schema", en: "on track" }
 * statusLabel("delayed").nl; //=> "vertraagd"
 * statusLabel("groen" as never); //=> throws invalid_option
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export function statusLabel(status: AnyStatus): LocalizedText {
  if (typeof status !== "string" || !Object.hasOwn(LABELS, status)) {
    throw new DomainError("invalid_option", `${JSON.stringify(status) ?? String(status)} is not a status; see INDICATOR_STATUSES, ACTIVITY_STATUSES and MILESTONE_STATUSES.`, { value: status });
  }
  return LABELS[status];
}
