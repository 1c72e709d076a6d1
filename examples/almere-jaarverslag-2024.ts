// Almere, jaarverslag 2024 (sociaal domein, excerpts) — planned next to realised as typed policy data, and the
// status on a date.
// Seed 004: ../shared/seeds/004_574ff0f64aecf398.txt: per section "Wat hadden we gepland (begroting)" and "Wat
// hebben we gerealiseerd (verantwoording)". Six of its sections are modelled: inburgering, the Aanvalsplan
// Energie en Armoede, Beschermd Wonen, Housing First, the Woonzorgvisie and the wijkteams.
//
// Built ONLY from the seed. Every text field (goal statement = the section heading, planned, realised,
// description, note, reason) is a verbatim quote; fragments are joined with " … ", and our own remarks stand in
// [square brackets]. test/examples checks the quotes against the seed file. Dates in words become ISO dates as
// in the other seed examples: "in 2024" as a due date is its last day (31 december 2024), a month or "halverwege
// 2024" for something that happened is its last day ("at the latest"), exact dates stay exact.
//   - Dates of decisions are not in the seed. A revision needs one, so each gets the LATEST date the text allows,
//     said in the reason: a postponement reported in the jaarverslag 2024 was decided by 31 december 2024; the
//     first Beschermd Wonen postponement is in the begroting 2024, whose pages were built on 13 november 2023
//     (seed 000).
//   - The seed's table "Doelstellingen bij dit programma" lost its status icons, so there are no reported
//     statuses. A goal gets one only where the text itself says it: "is uitgesteld", "enigszins vertraagd",
//     "als afgerond beschouwen" — the note quotes the words, and the level on the jaarverslag scale is our reading.
//   - The programme's name is not in the excerpt.
//   - Goal rule: worst of, with one change: a STOPPED activity counts as achieved for its goal, because the only
//     stopped activity here, the pilot Toeleiding naar werk, stopped as the begroting planned ("In 2024 stopt
//     naar verwachting de pilot Toeleiding naar werk"). The library default counts stopped as off track.
//
// Default date: 1 januari 2025, the first day after the verslagjaar: everything planned "in 2024" is due,
// the view the jaarverslag is written from; the Iv3 Q4 2024 delivery to CBS is due within 30 days.
//
// Run: npx tsx examples/almere-jaarverslag-2024.ts [asOf]
import { pathToFileURL } from "node:url";
import { isIsoDate, type IsoDate } from "../src/calendar/index.js";
import { ACTIVITY_AS_GOAL_STATUS, programmeSummary, type Jaarverslag, type Programme, type ProgrammeSummary, type SummaryOptions } from "../src/policy/index.js";
import { deadlinesAhead, printSummary, validated } from "./_print.js";

/** The date the summary is printed for by default: the first day after the verslagjaar 2024. */
export const DEFAULT_AS_OF: IsoDate = "2025-01-01";

/** How activity statuses count for goals here: as the library's default, except that a stopped pilot (stopped as planned) counts as achieved. */
export const ACTIVITY_AS = { ...ACTIVITY_AS_GOAL_STATUS, stopped: "achieved" } as const;

const sociaalDomein: Programme = {
  code: "sociaal-domein",
  name: "Sociaal domein [naam niet in de bron]",
  portfolioHolders: [],
  taakvelden: [],
  partners: ["SZW", "COA", "Randstad"],
  goals: [
    {
      id: "inburgering",
      statement: "We werken aan de uitvoering van het Beleidskader Inburgering 2021 – 2025",
      planned:
        "In 2023 zijn we gestart met banenmarkten voor vergunninghouders, en hebben we de pilot Toeleiding naar Werk voor asielzoekers en vergunninghouders georganiseerd. … In 2024 stopt naar verwachting de pilot Toeleiding naar werk. De overige activiteiten zetten we in 2024 voort. Ook blijven we het Almeerse inburgeringsaanbod aanbieden en verbeteren en werken we aan een nieuw monitorings- en evaluatiekader. We realiseren in 2024 een integrale aanpak voor vergunninghouders, gezinsmigranten, Oekraïense ontheemden en vluchtelingen die in Almere verblijven.",
      realised:
        "Het monitoring- en evaluatiekader is in de zomer van 2024 afgerond. … De pilot Toeleiding naar werk is gestopt en geëvalueerd. … Wij onderzoeken de mogelijkheden om de pilot voort te zetten. In 2024 is een start gemaakt met de integrale aanpak voor vergunninghouders, gezinsmigranten, Oekraïense ontheemden en vluchtelingen. In 2025 wordt er een vluchtelingenvisie en een nieuw beleidskader inburgering gerealiseerd.",
      indicatorIds: [],
      activityIds: ["pilot-toeleiding", "monitoringskader", "integrale-aanpak", "vluchtelingenvisie"],
    },
    {
      id: "energie-armoede",
      statement: "We voeren het Aanvalsplan Energie en Armoede verder uit",
      planned:
        "Een voorbeeld hiervan is om de energietoeslag 2023 beschikbaar te stellen aan huishoudens met een inkomen tot 125% van het sociaal minimum. … In 2024 gaan we onder andere onderzoeken of de ondersteuning vanuit de bijzondere bijstand nog passend is, gaan we verder met het verduurzamen van duizenden woningen en willen we een “stadspas” realiseren.",
      realised:
        "In 2024 hebben we concreet de norm voor energietoeslag verhoogd van 120% naar 125% van het sociaal minimum. … In de raadsbrief Afronding aanvalsplan Armoede en Energie van 10 december 2024 hebben we de raad geïnformeerd dat we het aanvalsplan hiermee als afgerond beschouwen maar wel door te werken aan dit onderwerp in ons reguliere werk. … Daarnaast hebben we een start gemaakt met de invoering van een stadspas.",
      indicatorIds: ["energietoeslag-norm"],
      activityIds: ["aanvalsplan", "stadspas"],
      reported: { scale: "jaarverslag", level: "gerealiseerd", note: "dat we het aanvalsplan hiermee als afgerond beschouwen [niveau 'gerealiseerd': onze lezing van deze woorden]" },
    },
    {
      id: "beschermd-wonen",
      statement: "De doordecentralisatie van het Beschermd Wonen is uitgesteld",
      planned: "We bereiden ons al een aantal jaren voor op een doordecentralisatie. … De ingangsdatum voor deze doordecentralisatie is met een jaar uitgesteld naar 1 januari 2025.",
      realised:
        "De doorcentralisatie van het Beschermd Wonen is opnieuw uitgesteld. Deze ligt nog steeds bij de Tweede Kamer ter goedkeuring. Nieuwe streefdatum voor de invoering is 1 januari 2026. We hebben ook in 2024 weer voorbereidingen getroffen voor de invoering van deze doordecentralisatie.",
      indicatorIds: [],
      activityIds: ["bw-doordecentralisatie"],
      reported: { scale: "jaarverslag", level: "uitgesteld", note: "De doordecentralisatie van het Beschermd Wonen is uitgesteld" },
    },
    {
      id: "housing-first",
      statement: "We zetten Housing First door en werken aan gezinsopvang",
      planned: "Onderdeel daarvan is we in Almere een Housing First pilot hebben, waarmee wij verwachten dat de behoefte aan opvang met 24-uurs begeleiding op termijn afneemt. De pilot loopt nog door in 2024.",
      realised:
        "Housing First was in 2024 nog een (regionale) pilot. Deze hebben we verlengd tot en met 2025 met het doel dit op te nemen in ons reguliere aanbod. In 2024 hebben we voor Almere iedereen die aan de pilot meedeed kunnen voorzien van een woning. We hebben 18 mensen kunnen plaatsen in 3 jaar met deze pilot.",
      indicatorIds: ["housing-first-geplaatst"],
      activityIds: ["pilot-housing-first"],
    },
    {
      id: "woonzorgvisie",
      statement: "Woonzorgvisie",
      planned: "In 2024 stellen we een integrale woonzorgvisie op voor alle aandachtsgroepen conform het landelijke wetsvoorstel: versterking regie op volkshuisvesting.",
      realised:
        "In april 2024 hebben we opdracht gegeven aan twee bureaus om ons te helpen met het maken van een Woonzorgvisie. … Het resultaat is een aanzet voor een woonzorgvisie, die nog steeds in ontwikkeling is. … Hierdoor is het proces enigszins vertraagd. In het eerste kwartaal van 2025 consulteren we de gemeenteraad voor het eerst over de tussenstand.",
      indicatorIds: [],
      activityIds: ["woonzorgvisie"],
      reported: { scale: "jaarverslag", level: "uitgesteld", note: "Hierdoor is het proces enigszins vertraagd. [niveau 'uitgesteld': onze lezing van deze woorden]" },
    },
    {
      id: "wijkteams",
      statement: "In 2024 ontwikkelen we de wijkteams verder",
      planned: "We hebben plannen voor gebiedsgerichte gezinsteams, die vanaf 1 januari 2025 gaan samenwerken met de wijkteams. … Ook evalueren we het experiment met verlengde inzet vanuit de wijkteams.",
      realised:
        "Doordat er geen financiële middelen meer beschikbaar waren, zijn we begin 2024 niet doorgegaan met de proeftuin ‘verlengde inzet wijkteams’ in Almere Buiten. Later in 2024 hebben we een alternatieve variant van deze proeftuin weten te organiseren met tijdelijke middelen. … Omdat deze proeftuinen pas konden starten halverwege 2024 en er een jaar nodig is om te kijken hoe dit verloopt zullen we dit pas in 2025 evalueren. We zijn in 2024 gestart met het 10 de wijkteam in Almere Hout en hebben een plek in deze wijk. Vanaf 1 januari 2025 kunnen we hier dezelfde dienstverlening bieden als in andere wijken.",
      indicatorIds: [],
      activityIds: ["proeftuin-wijkteams", "wijkteam-almere-hout"],
    },
  ],
  activities: [
    // ── Inburgering ──
    {
      // Organised in 2023, planned to stop in 2024 (end 31 december 2024), stopped and evaluated; no dates of its own.
      id: "pilot-toeleiding",
      name: "Pilot Toeleiding naar werk",
      kind: "pilot",
      description: "In 2023 zijn we gestart met banenmarkten voor vergunninghouders, en hebben we de pilot Toeleiding naar Werk voor asielzoekers en vergunninghouders georganiseerd. … In 2024 stopt naar verwachting de pilot Toeleiding naar werk.",
      plannedEnd: "2024-12-31",
      milestones: [],
      revisions: [],
      lifecycle: { state: "stopped" },
      evaluations: [
        {
          notes:
            "Alle betrokken partijen waren tevreden en positief over de pilot. … Voor zowel vergunninghouders als werkgevers zijn er obstakels zoals administratieve processen die veel tijd in beslag nemen. … De combinatie van inburgering en (fulltime) werk is voor veel inburgeraars een uitdaging.",
        },
      ],
      partners: ["SZW", "COA", "Randstad"],
    },
    {
      // "in de zomer van 2024 afgerond": completed, at the latest on 31 augustus 2024.
      id: "monitoringskader",
      name: "Nieuw monitorings- en evaluatiekader inburgering",
      kind: "project",
      description: "Ook blijven we het Almeerse inburgeringsaanbod aanbieden en verbeteren en werken we aan een nieuw monitorings- en evaluatiekader. … Het monitoring- en evaluatiekader is in de zomer van 2024 afgerond.",
      plannedEnd: "2024-12-31",
      milestones: [],
      revisions: [],
      lifecycle: { state: "completed", endedOn: "2024-08-31" },
    },
    {
      // Planned: realised in 2024. Realised: only "een start gemaakt" in 2024.
      id: "integrale-aanpak",
      name: "Integrale aanpak vergunninghouders, gezinsmigranten, Oekraïense ontheemden en vluchtelingen",
      kind: "measure",
      description:
        "We realiseren in 2024 een integrale aanpak voor vergunninghouders, gezinsmigranten, Oekraïense ontheemden en vluchtelingen die in Almere verblijven. … In 2024 is een start gemaakt met de integrale aanpak voor vergunninghouders, gezinsmigranten, Oekraïense ontheemden en vluchtelingen.",
      plannedEnd: "2024-12-31",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      id: "vluchtelingenvisie",
      name: "Vluchtelingenvisie en nieuw beleidskader inburgering",
      kind: "project",
      description: "In 2025 wordt er een vluchtelingenvisie en een nieuw beleidskader inburgering gerealiseerd.",
      milestones: [{ id: "gerealiseerd", label: "Vluchtelingenvisie en nieuw beleidskader inburgering gerealiseerd", due: "2025-12-31" }],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    // ── Energie en armoede ──
    {
      // Started in 2023 (at the latest 31 december 2023); declared completed in the raadsbrief of 10 december 2024.
      id: "aanvalsplan",
      name: "Aanvalsplan Armoede en Energie",
      kind: "project",
      description:
        "Sinds de start van het programma in 2023 hebben wij aan duizenden Almeerders de energietoeslag uitgekeerd … In de raadsbrief Afronding aanvalsplan Armoede en Energie van 10 december 2024 hebben we de raad geïnformeerd dat we het aanvalsplan hiermee als afgerond beschouwen",
      milestones: [],
      revisions: [],
      lifecycle: { state: "completed", startedOn: "2023-12-31", endedOn: "2024-12-10" },
    },
    {
      // Planned: realised in 2024. Realised: "een start gemaakt".
      id: "stadspas",
      name: "Stadspas",
      kind: "project",
      description: "In 2024 gaan we onder andere onderzoeken … en willen we een “stadspas” realiseren. … Daarnaast hebben we een start gemaakt met de invoering van een stadspas.",
      plannedEnd: "2024-12-31",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    // ── Beschermd Wonen ──
    {
      // Originally 1 januari 2024: "met een jaar uitgesteld naar 1 januari 2025"; then again to 1 januari 2026.
      id: "bw-doordecentralisatie",
      name: "Doordecentralisatie Beschermd Wonen",
      kind: "project",
      description: "Als centrumgemeente is Almere verantwoordelijk voor het opstellen van beleid en de besteding van middelen voor zorg en ondersteuning van kwetsbare inwoners met ernstige psychische problemen in heel Flevoland. We bereiden ons al een aantal jaren voor op een doordecentralisatie.",
      milestones: [{ id: "invoering", label: "Invoering doordecentralisatie Beschermd Wonen", due: "2024-01-01" }],
      revisions: [
        {
          subject: "milestone",
          milestoneId: "invoering",
          to: "2025-01-01",
          decidedOn: "2023-11-13",
          reason: "De ingangsdatum voor deze doordecentralisatie is met een jaar uitgesteld naar 1 januari 2025. [besluitdatum niet in de bron: uiterlijk 13 november 2023, de datum van de begroting 2024]",
        },
        {
          subject: "milestone",
          milestoneId: "invoering",
          to: "2026-01-01",
          decidedOn: "2024-12-31",
          reason: "De doorcentralisatie van het Beschermd Wonen is opnieuw uitgesteld. Deze ligt nog steeds bij de Tweede Kamer ter goedkeuring. [besluitdatum niet in de bron: uiterlijk 31 december 2024]",
        },
      ],
      lifecycle: { state: "started" },
    },
    // ── Housing First ──
    {
      // "De pilot loopt nog door in 2024" (planned end 31 december 2024), "verlengd tot en met 2025": an extension, not a delay.
      id: "pilot-housing-first",
      name: "Pilot Housing First",
      kind: "pilot",
      description: "Onderdeel daarvan is we in Almere een Housing First pilot hebben, waarmee wij verwachten dat de behoefte aan opvang met 24-uurs begeleiding op termijn afneemt. De pilot loopt nog door in 2024.",
      plannedEnd: "2024-12-31",
      milestones: [],
      revisions: [
        {
          subject: "end",
          to: "2025-12-31",
          kind: "extended",
          decidedOn: "2024-12-31",
          reason: "Deze hebben we verlengd tot en met 2025 met het doel dit op te nemen in ons reguliere aanbod. [besluitdatum niet in de bron: uiterlijk 31 december 2024]",
        },
      ],
      lifecycle: { state: "started" },
    },
    // ── Woonzorgvisie ──
    {
      // Planned in 2024 (end 31 december 2024); started with the opdracht in april 2024 (at the latest 30 april);
      // the raad is consulted "In het eerste kwartaal van 2025" (by 31 maart 2025).
      id: "woonzorgvisie",
      name: "Integrale woonzorgvisie",
      kind: "project",
      description:
        "In 2024 stellen we een integrale woonzorgvisie op voor alle aandachtsgroepen conform het landelijke wetsvoorstel: versterking regie op volkshuisvesting. … In april 2024 hebben we opdracht gegeven aan twee bureaus om ons te helpen met het maken van een Woonzorgvisie.",
      plannedEnd: "2024-12-31",
      milestones: [{ id: "raadsconsultatie", label: "Eerste consultatie van de gemeenteraad over de tussenstand", due: "2025-03-31" }],
      revisions: [],
      lifecycle: { state: "started", startedOn: "2024-04-30" },
    },
    // ── Wijkteams ──
    {
      // The evaluation planned in the begroting 2024 ("Ook evalueren we het experiment"), moved to 2025.
      id: "proeftuin-wijkteams",
      name: "Proeftuin verlengde inzet wijkteams (alternatieve variant)",
      kind: "pilot",
      description:
        "Later in 2024 hebben we een alternatieve variant van deze proeftuin weten te organiseren met tijdelijke middelen. … Omdat deze proeftuinen pas konden starten halverwege 2024 en er een jaar nodig is om te kijken hoe dit verloopt zullen we dit pas in 2025 evalueren.",
      milestones: [{ id: "evaluatie", label: "Evaluatie experiment verlengde inzet wijkteams", due: "2024-12-31" }],
      revisions: [
        {
          subject: "milestone",
          milestoneId: "evaluatie",
          to: "2025-12-31",
          decidedOn: "2024-12-31",
          reason: "Omdat deze proeftuinen pas konden starten halverwege 2024 en er een jaar nodig is om te kijken hoe dit verloopt zullen we dit pas in 2025 evalueren. [besluitdatum niet in de bron: uiterlijk 31 december 2024]",
        },
      ],
      lifecycle: { state: "started", startedOn: "2024-06-30" },
    },
    {
      id: "wijkteam-almere-hout",
      name: "10de wijkteam in Almere Hout",
      kind: "project",
      description: "We zijn in 2024 gestart met het 10 de wijkteam in Almere Hout en hebben een plek in deze wijk. Vanaf 1 januari 2025 kunnen we hier dezelfde dienstverlening bieden als in andere wijken.",
      milestones: [{ id: "volledige-dienstverlening", label: "Dezelfde dienstverlening als in andere wijken", due: "2025-01-01" }],
      revisions: [],
      lifecycle: { state: "started" },
    },
  ],
  indicators: [
    {
      id: "energietoeslag-norm",
      name: "Inkomensgrens energietoeslag (% van het sociaal minimum)",
      kind: "performance",
      unit: { kind: "percentage" },
      direction: "higherIsBetter",
      accumulation: "stock",
      baseline: { period: "2023", value: 120, note: "We krijgen van het Rijk geld om energietoeslag te geven aan huishoudens met een inkomen tot 120% van het sociaal minimum." },
      targets: [
        {
          period: "2024",
          comparator: "equal",
          value: 125,
          note: "Een voorbeeld hiervan is om de energietoeslag 2023 beschikbaar te stellen aan huishoudens met een inkomen tot 125% van het sociaal minimum. [in de begroting 2024; periode: het begrotingsjaar]",
        },
      ],
      measurements: [
        {
          period: "2024",
          value: { state: "available", value: 125 },
          source: "Jaarverslag 2024",
          note: "In 2024 hebben we concreet de norm voor energietoeslag verhoogd van 120% naar 125% van het sociaal minimum.",
        },
      ],
    },
    {
      // "18 mensen ... in 3 jaar": a running total at the end of 2024; the seed gives no target.
      id: "housing-first-geplaatst",
      name: "Mensen geplaatst met de pilot Housing First",
      kind: "context",
      unit: { kind: "count", label: "mensen" },
      direction: "higherIsBetter",
      accumulation: "cumulative",
      targets: [],
      measurements: [{ period: "2024", value: { state: "available", value: 18 }, source: "Jaarverslag 2024", note: "We hebben 18 mensen kunnen plaatsen in 3 jaar met deze pilot." }],
    },
  ],
};

const document: Jaarverslag = {
  type: "jaarverslag",
  municipality: { code: "GM0034", name: "Almere" },
  year: 2024,
  title: "Jaarverslag 2024",
  programmes: [sociaalDomein],
};

/**
 * Almere's jaarverslag 2024 (six sections of the sociaal domein) as a planning document, validated with
 * `parsePlanningDocument`. Plain JSON-serialisable data.
 */
export function almereJaarverslag2024(): Jaarverslag {
  return validated(document);
}

/** The options the summary is computed with: the date, the P&C deadlines of 2024 still ahead on it, and {@link ACTIVITY_AS}. */
export function summaryOptions(asOf: IsoDate = DEFAULT_AS_OF): SummaryOptions {
  return { asOf, deadlines: deadlinesAhead(2024, asOf), windowDays: 30, activityAs: ACTIVITY_AS };
}

/** The programme summary on `asOf`, as computed by `programmeSummary`. */
export function assess(asOf: IsoDate = DEFAULT_AS_OF): ProgrammeSummary {
  return programmeSummary(almereJaarverslag2024().programmes[0] as Programme, summaryOptions(asOf));
}

/** The printed status summary on `asOf` (Dutch text). */
export function summarise(asOf: IsoDate = DEFAULT_AS_OF): string {
  const doc = almereJaarverslag2024();
  const programme = doc.programmes[0] as Programme;
  const options = summaryOptions(asOf);
  return printSummary(doc, programme, programmeSummary(programme, options), options, {
    ...(asOf === DEFAULT_AS_OF ? { why: "de eerste dag na het verslagjaar 2024" } : {}),
    remarks: [
      "de bron geeft geen status per doel; een gerapporteerde status staat er alleen waar de tekst hem zelf noemt (zie de toelichting).",
      "besluitdata van herzieningen staan niet in de bron: de reden noemt de uiterste datum die de tekst toelaat.",
    ],
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asOf = process.argv[2] ?? DEFAULT_AS_OF;
  if (!isIsoDate(asOf)) {
    process.stderr.write(`Usage: npx tsx examples/almere-jaarverslag-2024.ts [YYYY-MM-DD]; "${asOf}" is not an ISO date.\n`);
    process.exit(2);
  }
  process.stdout.write(summarise(asOf));
}
