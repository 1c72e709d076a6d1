import type { Rule } from "../status/index.js";

/**
 * The rules that the finance functions apply, as data with ids and sources.
 * Every assessment they return names one of these ids in `ruleId`.
 *
 * | id | used by | source |
 * | --- | --- | --- |
 * | `gtk2020.structuralBalance` | {@link structuralBalance} | Gemeentewet art. 189 lid 2; GTK 2020 §7.1–7.3 |
 * | `gtk2020.regime` | {@link supervisionRegime} (the outcome) | Gemeentewet art. 203; GTK 2020 §6.2–6.4 |
 * | `gtk2020.regime.balance` | {@link supervisionRegime} (evenwicht in t or the last jaarschijf) | Gemeentewet art. 189 lid 2, art. 203 lid 1; GTK 2020 §6.2, §7.1 |
 * | `gtk2020.regime.begrotingOnTime` | {@link supervisionRegime} | Gemeentewet art. 191 lid 2, art. 203 lid 2 |
 * | `gtk2020.regime.jaarstukkenOnTime` | {@link supervisionRegime} | Gemeentewet art. 200, art. 203 lid 2 |
 * | `gtk2020.savingsTarget` | {@link savingsTarget} | GTK 2020 §7.8 (taakstellingen), §7.1 (reëel evenwicht) |
 * | `fv.deviation.explanation` | {@link budgetDeviations} | Gemeentewet art. 212 (financiële verordening); BBV art. 28 onderdeel a |
 * | `bbv.legality.overrun` | {@link budgetLegality} (per programme) | Gemeentewet art. 189 lid 3; Kadernota Rechtmatigheid (Commissie BBV) |
 * | `bbv.legality.threshold` | {@link budgetLegality} (the total against the verantwoordingsgrens) | rechtmatigheidsverantwoording (from 2023); Kadernota Rechtmatigheid 2024 |
 * | `bbv.kengetal.signal` | {@link kengetallen} | Regeling BWBR0036853 (formulas); signaleringswaarden provinciaal toezicht |
 * | `nar.weerstandsvermogen` | {@link weerstandsvermogen} | NAR / Universiteit Twente waarderingstabel |
 *
 * @example
 * ```ts
 * import { FINANCE_RULES } from "opkoers/finance";
 *
 * FINANCE_RULES.find((rule) => rule.id === "gtk2020.regime")?.source; //=> "Gemeentewet art. 203; GTK 2020 §6.2 (bepalen van het toezichtregime), §6.3 (repressief), §6.4 (preventief)"
 * ```
 *
 * @category Rules
 * @since 0.1.0
 */
export const FINANCE_RULES: readonly Rule[] = Object.freeze([
  {
    id: "gtk2020.structuralBalance",
    severity: "error",
    description: {
      nl: "Per jaarschijf worden de structurele lasten gedekt door structurele baten; reservemutaties zijn incidenteel, behalve structurele onttrekkingen aan een reserve die de kapitaallasten over de hele afschrijvingstermijn dekt; het resultaat op taakveld 0.11 telt niet mee.",
      en: "In each year, structural expenses are covered by structural revenue; reserve mutations are incidental, except structural withdrawals from a reserve that covers the capital charges for the whole write-off term; the result on taakveld 0.11 does not count.",
    },
    source: "Gemeentewet art. 189 lid 2; GTK 2020 §7.1 (structureel en reëel begrotingsevenwicht), §7.2 (structurele en incidentele baten en lasten), §7.3 (bestemmingsreserve kapitaallasten); CBS Iv3 definities: taakveld 0.11 resultaat (categorie 7.1)",
  },
  {
    id: "gtk2020.regime",
    severity: "error",
    description: {
      nl: "Repressief toezicht als de begroting structureel en reëel in evenwicht is in jaar t of uiterlijk in de laatste jaarschijf van de meerjarenraming, en begroting en jaarstukken tijdig zijn ingezonden; anders preventief toezicht.",
      en: "Repressive supervision when the budget is structurally and realistically balanced in year t or at the latest in the last year of the multi-year estimate, and the budget and the annual accounts were sent on time; preventive supervision otherwise.",
    },
    source: "Gemeentewet art. 203; GTK 2020 §6.2 (bepalen van het toezichtregime), §6.3 (repressief), §6.4 (preventief)",
  },
  {
    id: "gtk2020.regime.balance",
    severity: "error",
    description: {
      nl: "De begroting is structureel en reëel in evenwicht in jaar t, of het evenwicht wordt uiterlijk in de laatste jaarschijf van de meerjarenraming bereikt.",
      en: "The budget is structurally and realistically balanced in year t, or balance is reached at the latest in the last year of the multi-year estimate.",
    },
    source: "Gemeentewet art. 189 lid 2 en art. 203 lid 1; GTK 2020 §6.2 en §7.1",
  },
  {
    id: "gtk2020.regime.begrotingOnTime",
    severity: "error",
    description: {
      nl: "De begroting is binnen twee weken na vaststelling en in ieder geval vóór 15 november aan gedeputeerde staten gezonden.",
      en: "The budget was sent to the provincial executive within two weeks of adoption and in any case before 15 November.",
    },
    source: "Gemeentewet art. 191 lid 2 en art. 203 lid 2; GTK 2020 §6.2",
  },
  {
    id: "gtk2020.regime.jaarstukkenOnTime",
    severity: "error",
    description: {
      nl: "De jaarstukken zijn binnen twee weken na vaststelling en in ieder geval vóór 15 juli aan gedeputeerde staten gezonden.",
      en: "The annual accounts were sent to the provincial executive within two weeks of adoption and in any case before 15 July.",
    },
    source: "Gemeentewet art. 200 en art. 203 lid 2; GTK 2020 §6.2",
  },
  {
    id: "gtk2020.savingsTarget",
    severity: "warning",
    description: {
      nl: "Een taakstelling telt voor het reële evenwicht voor zover zij met besloten maatregelen is ingevuld; per jaar wordt gemeld wat nog openstaat.",
      en: "A savings target counts towards a realistic balance as far as it is filled by decided measures; for each year, what remains open is reported.",
    },
    source: "GTK 2020 §7.8 (taakstellingen) en §7.1 (reëel evenwicht: ramingen volledig, realistisch en haalbaar)",
  },
  {
    id: "fv.deviation.explanation",
    severity: "warning",
    description: {
      nl: "Een afwijking van de realisatie ten opzichte van de begroting na wijziging wordt toegelicht als zij de drempel van de financiële verordening overschrijdt.",
      en: "A deviation of actual from the amended budget is explained when it exceeds the threshold of the financial regulation.",
    },
    source: "Gemeentewet art. 212 (financiële verordening); BBV art. 28 onderdeel a (analyse van afwijkingen); drempels lokaal vastgesteld",
  },
  {
    id: "bbv.legality.overrun",
    severity: "warning",
    description: {
      nl: "Een overschrijding van de lasten van een programma (of van algemene dekkingsmiddelen, overhead, Vpb, onvoorzien of de reservemutaties van een programma) ten opzichte van de begroting na wijziging is begrotingsonrechtmatig; of zij meetelt voor het oordeel hangt af van de categorie.",
      en: "Expenses of a programme (or of the general cover, overhead, corporate income tax, unforeseen or a programme's reserve mutations) above the amended budget are a budget illegality; whether it counts towards the opinion depends on its category.",
    },
    source: "Gemeentewet art. 189 lid 3; BBV art. 17 (overzicht van baten en lasten: programma's, algemene dekkingsmiddelen, overhead, Vpb, onvoorzien, reservemutaties); Kadernota Rechtmatigheid (Commissie BBV), categorieën begrotingsoverschrijdingen",
  },
  {
    id: "bbv.legality.threshold",
    severity: "error",
    description: {
      nl: "Het totaal van de meetellende begrotingsonrechtmatigheden wordt vergeleken met de verantwoordingsgrens (een percentage van de totale lasten dat de raad vaststelt).",
      en: "The total of the budget illegalities that count is compared with the reporting threshold (a percentage of total expenses set by the council).",
    },
    source: "Rechtmatigheidsverantwoording (vanaf verslagjaar 2023); Kadernota Rechtmatigheid 2024 (Commissie BBV); https://www.rechtmatigheidsverantwoording.nl/achtergrondinformatie/",
  },
  {
    id: "bbv.kengetal.signal",
    severity: "info",
    description: {
      nl: "Een financieel kengetal, berekend volgens de regeling kengetallen, ingedeeld in signaleringscategorie A (minst risicovol), B of C (meest risicovol).",
      en: "A financial ratio, computed as the ministerial regulation prescribes, placed in signalling category A (least risky), B or C (most risky).",
    },
    source: "BBV art. 11 lid 2 onderdeel d; Regeling van 9 juli 2015, nr. 2015-0000387198 (BWBR0036853), bijlage 1, tekst zoals geconsolideerd op 5 november 2015 (netto schuldquote: D met art. 36 d, e, f en g); signaleringswaarden provinciaal toezicht (geen wettelijke norm), grenzen letterlijk gelezen",
  },
  {
    id: "nar.weerstandsvermogen",
    severity: "warning",
    description: {
      nl: "De ratio weerstandsvermogen (beschikbare / benodigde weerstandscapaciteit) gewaardeerd van A (uitstekend) tot F (ruim onvoldoende).",
      en: "The resilience ratio (available / required resistance capacity) rated from A (excellent) to F (clearly insufficient).",
    },
    source: "BBV art. 11 lid 1 (weerstandsvermogen); waarderingstabel NAR / Universiteit Twente (niet wettelijk), grenzen letterlijk gelezen (A: > 2,0; F: < 0,6), open grenzen bij de betere klasse",
  },
] as const satisfies readonly Rule[]);
