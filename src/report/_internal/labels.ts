import type { Cents } from "../../money/index.js";
import { formatAmount } from "../../money/index.js";
import { levelForStatus, statusLabel, type AnyStatus, type LocalizedText, type StatusScale } from "../../status/index.js";
import type { ReportLanguage } from "../types.js";

/** Labels and sentences of the rendered report, in Dutch and English. */
export const LABELS = {
  report: { nl: "Voortgangsrapportage", en: "Status report" },
  noReports: { nl: "Geen rapportages.", en: "No reports." },
  asOf: { nl: "Peildatum", en: "Report date" },
  scale: { nl: "Statusschaal", en: "Status scale" },
  programme: { nl: "Programma", en: "Programme" },
  ambition: { nl: "Ambitie", en: "Ambition" },
  goals: { nl: "Wat willen we bereiken? — doelen", en: "What do we want to achieve? — goals" },
  goal: { nl: "Doel", en: "Goal" },
  indicators: { nl: "Indicatoren", en: "Indicators" },
  indicator: { nl: "Indicator", en: "Indicator" },
  activities: { nl: "Wat gaan we daarvoor doen? — activiteiten", en: "What will we do? — activities" },
  activity: { nl: "Activiteit", en: "Activity" },
  status: { nl: "Status", en: "Status" },
  explanation: { nl: "Toelichting", en: "Explanation" },
  value: { nl: "Waarde", en: "Value" },
  target: { nl: "Streefwaarde", en: "Target" },
  baseline: { nl: "Nulmeting", en: "Baseline" },
  expectedPath: { nl: "Verwacht verloop", en: "Expected path" },
  measured: { nl: "Gemeten", en: "Measured" },
  attention: { nl: "Aandachtspunten", en: "Needs attention" },
  money: { nl: "Wat mag het kosten?", en: "What will it cost?" },
  moneyUnit: { nl: "bedragen × € 1.000", en: "amounts × € 1,000" },
  expenses: { nl: "Lasten", en: "Expenses" },
  revenue: { nl: "Baten", en: "Revenue" },
  balance: { nl: "Saldo", en: "Balance" },
  difference: { nl: "Verschil", en: "Difference" },
  deviations: { nl: "Afwijkingen", en: "Deviations" },
  deviationsPolicy: { nl: "Toelichtingsdrempel", en: "Explanation threshold" },
  side: { nl: "Soort", en: "Side" },
  amended: { nl: "Na wijziging", en: "Amended" },
  compared: { nl: "Realisatie / prognose", en: "Actual / forecast" },
  deviation: { nl: "Afwijking", en: "Deviation" },
  effect: { nl: "Effect", en: "Effect" },
  overview: { nl: "Overzicht van baten en lasten", en: "Overview of revenue and expenses" },
  overviewLine: { nl: "Onderdeel", en: "Line" },
  overviewProgrammes: { nl: "Programma's", en: "Programmes" },
  overviewGeneral: { nl: "Algemene dekkingsmiddelen, overhead, Vpb en onvoorzien", en: "General cover, overhead, corporate tax and contingencies" },
  saldoBL: { nl: "Saldo van baten en lasten", en: "Balance of revenue and expenses" },
  reserves: { nl: "Mutaties reserves (onttrekkingen − toevoegingen)", en: "Reserve mutations (withdrawals − additions)" },
  result: { nl: "Resultaat", en: "Result" },
  structural: { nl: "Structureel evenwicht", en: "Structural balance" },
  year: { nl: "Jaar", en: "Year" },
  structuralBalance: { nl: "Structureel saldo", en: "Structural balance" },
  incidentalBalance: { nl: "Incidenteel saldo", en: "Incidental balance" },
  totalBalance: { nl: "Totaal saldo", en: "Total balance" },
  supervision: { nl: "Financieel toezicht", en: "Financial supervision" },
  balanceAndSupervision: { nl: "Structureel evenwicht en toezicht", en: "Structural balance and supervision" },
  deadlines: { nl: "P&C-termijnen rond de peildatum", en: "P&C deadlines around the report date" },
  deadline: { nl: "Termijn", en: "Deadline" },
  due: { nl: "Uiterlijk", en: "Due" },
  days: { nl: "Dagen", en: "Days" },
  notes: { nl: "Opmerkingen", en: "Notes" },
  none: { nl: "Geen.", en: "None." },
  noDeadlines: { nl: "Geen P&C-termijnen binnen het venster.", en: "No P&C deadlines within the window." },
  window: { nl: "venster", en: "window" },
  chartFinances: { nl: "Lasten en baten per kolom", en: "Expenses and revenue per column" },
  municipality: { nl: "Gemeente", en: "Municipality" },
  documentType: { nl: "Document", en: "Document" },
  generatedBy: { nl: "Gemaakt met opkoers", en: "Made with opkoers" },
  counts: { nl: "Aantallen per status", en: "Counts per status" },
  period: { nl: "Periode", en: "Period" },
  legend: { nl: "Legenda", en: "Legend" },
  onvoorzien: { nl: "Onvoorzien", en: "Unforeseen" },
  contents: { nl: "Inhoud", en: "Contents" },
} as const satisfies Record<string, LocalizedText>;

/** A label in the language. */
export function t(key: keyof typeof LABELS, lang: ReportLanguage): string {
  return LABELS[key][lang];
}

/** Dutch amount text in English notation: swap the thousands and decimal separators. */
function toEnglishNotation(text: string): string {
  return text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/** An amount in cents as whole thousands (`46.634` / `46,634`). */
export function thousands(amount: Cents, lang: ReportLanguage): string {
  const nl = formatAmount(amount, { unit: "thousand" });
  return lang === "nl" ? nl : toEnglishNotation(nl);
}

/** A whole number in the language's notation (for presented overview values, already in thousands). */
export function wholeNumber(value: number, lang: ReportLanguage): string {
  const negative = value < 0;
  const digits = String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nl" ? "." : ",");
  return `${negative ? "-" : ""}${digits}`;
}

/** A plain number (indicator value) in the language's notation, at most 2 decimals. */
export function plainNumber(value: number, lang: ReportLanguage): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nl" ? "." : ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : (lang === "nl" ? "," : ".") + fraction}`;
}

/** The tone of a status: how a reader should feel about it, used for colours when the status is not on the scale. */
export type Tone = "good" | "warning" | "bad" | "neutral";

/** A status as shown: the word (always printed), the scale level and its colour, if any. */
export interface StatusView {
  readonly status: string;
  readonly word: string;
  readonly level?: string;
  readonly colour: string;
}

const NEUTRAL = "#616161";
const TONE_STATUS: Readonly<Record<Tone, AnyStatus | null>> = { good: "onTrack", warning: "atRisk", bad: "offTrack", neutral: null };

/** The tone of the statuses a scale need not cover (milestones, no data), for their colour. */
const FALLBACK_TONE: Partial<Readonly<Record<AnyStatus, Tone>>> = { overdue: "bad", due: "warning", achieved: "good", upcoming: "neutral", noData: "neutral", noTarget: "neutral" };

/** How a computed status of opkoers/status is shown on a scale: the level's colour, or for a status the scale does not cover, the colour of the level its tone maps to (grey when none). */
export function statusView(status: AnyStatus, scale: StatusScale, lang: ReportLanguage): StatusView {
  const level = levelForStatus(scale, status);
  if (level === undefined) return otherStatusView(status, statusLabel(status), FALLBACK_TONE[status] ?? "neutral", scale, lang);
  return { status, word: statusLabel(status)[lang], level: level.label[lang], colour: level.colour?.hex ?? NEUTRAL };
}

/** A status outside the policy vocabulary (deviation, balance, deadline): its word, coloured by the scale's colour for its tone. */
export function otherStatusView(status: string, word: LocalizedText, tone: Tone, scale: StatusScale, lang: ReportLanguage): StatusView {
  const representative = TONE_STATUS[tone];
  const level = representative === null ? undefined : levelForStatus(scale, representative);
  return { status, word: word[lang], colour: level?.colour?.hex ?? NEUTRAL };
}

/** Words of the statuses the report shows beside the policy statuses. */
export const OTHER_STATUSES = {
  withinThreshold: { word: { nl: "binnen de drempel", en: "within threshold" }, tone: "good" },
  explained: { word: { nl: "toegelicht", en: "explained" }, tone: "good" },
  needsExplanation: { word: { nl: "toelichting nodig", en: "needs explanation" }, tone: "warning" },
  balanced: { word: { nl: "in evenwicht", en: "balanced" }, tone: "good" },
  notBalanced: { word: { nl: "niet in evenwicht", en: "not balanced" }, tone: "bad" },
  undetermined: { word: { nl: "niet bepaald", en: "not determined" }, tone: "neutral" },
  repressive: { word: { nl: "repressief toezicht", en: "repressive supervision" }, tone: "good" },
  preventive: { word: { nl: "preventief toezicht", en: "preventive supervision" }, tone: "bad" },
  delivered: { word: { nl: "ingediend", en: "delivered" }, tone: "good" },
  met: { word: { nl: "voldaan", en: "met" }, tone: "good" },
  notMet: { word: { nl: "niet voldaan", en: "not met" }, tone: "bad" },
  unknown: { word: { nl: "onbekend", en: "unknown" }, tone: "neutral" },
  overdue: { word: { nl: "verlopen", en: "overdue" }, tone: "bad" },
  due: { word: { nl: "binnenkort", en: "due" }, tone: "warning" },
  voordeel: { word: { nl: "voordeel", en: "surplus" }, tone: "neutral" },
  nadeel: { word: { nl: "nadeel", en: "deficit" }, tone: "neutral" },
  neutraal: { word: { nl: "neutraal", en: "neutral" }, tone: "neutral" },
} as const satisfies Record<string, { readonly word: LocalizedText; readonly tone: Tone }>;

/** The view of one of {@link OTHER_STATUSES}. */
export function otherView(status: keyof typeof OTHER_STATUSES, scale: StatusScale, lang: ReportLanguage): StatusView {
  const entry = OTHER_STATUSES[status];
  return otherStatusView(status, entry.word, entry.tone, scale, lang);
}

/** The document type in words. */
export function documentTypeLabel(type: string, lang: ReportLanguage): string {
  const names: Readonly<Record<string, LocalizedText>> = {
    begroting: { nl: "Begroting", en: "Budget" },
    bestuursrapportage: { nl: "Bestuursrapportage", en: "Interim report" },
    jaarverslag: { nl: "Jaarverslag", en: "Annual report" },
  };
  return names[type]?.[lang] ?? type;
}

/** A date as `20 oktober 2024` / `20 October 2024`. */
export function longDate(iso: string, lang: ReportLanguage): string {
  const months = {
    nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  } as const;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${months[lang][m - 1] ?? m} ${y}`;
}
