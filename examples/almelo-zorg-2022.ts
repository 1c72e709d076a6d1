// Almelo, programmabegroting 2022, Programma Zorg — the four goals, their activities and targets as typed
// policy data, and the programme's status on a date.
// Seed 002: ../shared/seeds/002_fa25e37d4e3bbe44.txt ("Deze pagina is gebouwd op 12/01/2021").
// (examples/almelo-aanvullende-middelen.ts and examples/almelo-taakstelling.ts compute the money of doel 3.)
//
// Built ONLY from the seed. Every text field (ambition, goal statement, description, note) is a verbatim quote;
// fragments are joined with " … ", and our own remarks stand in [square brackets]. test/examples checks the
// quotes against the seed file. How dates in words become ISO dates (the same in every seed example):
//   - "vanaf 1 augustus 2020", "vanaf januari 2021" (from): the first day;
//   - "in 2022", "najaar 2021" (september–november), "begin 2022" (first quarter) as a due date: the LAST day
//     of that period, the latest date on which the text is still kept;
//   - a begroting holds plans, not realisations: the indicators have no measurements (their status is "geen
//     gegevens"), no milestone is achieved unless the text says it was, and an activity is "started" only when
//     the text says so (without a date when the text gives none). After a planned date has passed, the summary
//     says "vertraagd"/"verlopen": the plan's date passed and the source reports no realisation.
// Left out: the "Aanvullende rijksmiddelen gemeentefonds" bullet of doel 3 is a calculation, not an activity
// (see examples/almelo-aanvullende-middelen.ts); the GLI start "uitgesteld" has no dates, so it is told in the
// description and not modelled as a date revision. The seed names no taakvelden and gives no lasten/baten.
//
// Default date: 1 juli 2022, halfway through the begrotingsjaar — the 2022 targets and the GLI's two years
// are running, "najaar 2021" and "begin 2022" have passed, and the Iv3 Q2 delivery to CBS is due.
//
// Run: npx tsx examples/almelo-zorg-2022.ts [asOf]
import { pathToFileURL } from "node:url";
import { isIsoDate, type IsoDate } from "../src/calendar/index.js";
import { euro, parseAmount } from "../src/money/index.js";
import { programmeSummary, type Begroting, type Programme, type ProgrammeSummary, type SummaryOptions } from "../src/policy/index.js";
import { deadlinesAhead, printSummary, validated } from "./_print.js";

/** The date the summary is printed for by default: halfway through the begrotingsjaar 2022. */
export const DEFAULT_AS_OF: IsoDate = "2022-07-01";

const zorg: Programme = {
  code: "zorg",
  name: "Zorg",
  ambition:
    "Sinds 2019 werken we aan realisatie van onze vier strategische doelen. … De beschreven projecten dragen bij aan realisatie van onze doelen om de zelfredzaamheid van onze inwoners te bevorderen, talenten te ontwikkelen en waar nodig duurzaam goede zorg te kunnen leveren.",
  portfolioHolders: [],
  taakvelden: [],
  partners: ["VNG", "BMC", "IPW", "Samen14", "Menzis", "OZJT", "G40"],
  goals: [
    {
      id: "doel-1",
      statement: "In 2022 redden meer Almeloërs zich zonder hulp van de overheid, zo nodig met steun van naasten.",
      horizon: { year: 2022 },
      indicatorIds: ["gli-deelnemers"],
      activityIds: ["preventieagenda", "gli", "wonen-en-zorg", "coalitie-eenzaamheid", "sociale-basis"],
    },
    {
      id: "doel-2",
      statement: "In 2022 ontwikkelen 0- tot 23-jarige Almeloërs hun talenten beter op (voor)scholen.",
      horizon: { year: 2022 },
      indicatorIds: ["vve-bereik", "vve-kwaliteit", "besparing-jeugdhulp-school"],
      activityIds: ["vsv-twentse-belofte", "jonge-kind", "sgmw", "poh-jeugd", "jeugdhulp-onderwijs", "ombouw-dagbehandeling"],
    },
    {
      id: "doel-3",
      statement: "In 2022 komt de gemeente Almelo beter uit met de Rijksmiddelen voor Wmo en Jeugd.",
      horizon: { year: 2022 },
      indicatorIds: [],
      activityIds: ["budgetten-ontschotten", "regionale-samenwerking", "taakstelling", "lobby"],
    },
    {
      id: "doel-4",
      statement: "In 2022 krijgen Almeloërs die hierop zijn aangewezen meer doeltreffende zorg en steun die aansluit bij hun behoeften.",
      horizon: { year: 2022 },
      indicatorIds: [],
      activityIds: ["bso-plus", "ketenaanpak-mo", "doorbraakmethode", "gi-verwijsindex", "zorg-naar-werk", "zorg-en-veiligheid", "laaggeletterdheid"],
    },
  ],
  activities: [
    // ── Doel 1 ──
    {
      id: "preventieagenda",
      name: "Uitvoeren preventieagenda",
      kind: "measure",
      description:
        "Najaar 2021 wordt de preventieagenda ondertekend. … Vanuit de VNG ontvangen we voor de uitvoering van de preventieagenda een ondersteuningsbudget van 9.600,- euro en voor 2021 een uitvoeringsbudget van 40.000,- euro. Voor 2022 gaan we ook een aanvraag doen voor een uitvoeringsbudget bij de VNG.",
      milestones: [
        { id: "ondertekening", label: "Preventieagenda ondertekend (najaar 2021)", due: "2021-11-30" },
        { id: "aanvraag-2022", label: "Aanvraag uitvoeringsbudget 2022 bij de VNG", due: "2022-12-31" },
      ],
      revisions: [],
      lifecycle: { state: "planned" },
      budget: { programme: "zorg", amount: euro(9600), note: "ondersteuningsbudget van 9.600,- euro" },
      partners: ["VNG"],
    },
    {
      // Started in voorjaar 2021 (no day given: started without a date); "doorlooptijd van 2 jaar" from voorjaar 2021
      // ends in voorjaar 2023 — at the latest 31 mei 2023.
      id: "gli",
      name: "Gecombineerde leefstijl interventie (GLI)",
      kind: "project",
      description:
        "Door Corona is de start uitgesteld, het proces zal wel een doorlooptijd van 2 jaar houden. Voorjaar 2021 is op basis van het uitvoeringsplan GLI gestart met de werving van volwassen inwoners met een minimuminkomen en overgewicht.",
      plannedEnd: "2023-05-31",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      id: "wonen-en-zorg",
      name: "Wonen en zorg",
      kind: "measure",
      description:
        "We gaan een voorlichtingscampagne uitvoeren om ouderen beter voor te bereiden zodat zij in de toekomst veilig en zo zelfstandig mogelijk kunnen blijven wonen. … Om dat mogelijk te maken hebben we de blijverslening ingesteld, die ook in 2022 nog beschikbaar is.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      // "In 2021 is een signaalpunt eenzaamheid gerealiseerd": achieved, at the latest on 31 december 2021.
      id: "coalitie-eenzaamheid",
      name: "Coalitie tegen eenzaamheid",
      kind: "measure",
      description:
        "In 2021 is een signaalpunt eenzaamheid gerealiseerd. In 2022 willen we op basis van het beleidsplan Lokale coalitie KomErbijAlmelo verder bouwen aan de bekendheid van het signaalpunt, het netwerk, aan bestrijding van eenzaamheid en bevordering van een dementievriendelijke stad en samenleving.",
      milestones: [{ id: "signaalpunt", label: "Signaalpunt eenzaamheid gerealiseerd", due: "2021-12-31", achievedOn: "2021-12-31" }],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      id: "sociale-basis",
      name: "Sociale Basis op orde",
      kind: "project",
      description:
        "In 2021 zijn we gestart met het project Sociale Basis op orde. Dit project loopt door in 2022. Samen met BMC willen we in twee pilotwijken (De Riet/Nieuwland en De Kerkelanden) een beweging in gang zetten",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
      partners: ["BMC"],
    },
    // ── Doel 2 ──
    {
      id: "vsv-twentse-belofte",
      name: "Project vroegtijdige schoolverlaters/Twentse belofte",
      kind: "project",
      description: "Ook in schooljaar 2021-2022 draait het project vroegtijdige schoolverlaters/Twentse belofte. In dit regionale plan om voortijdig schoolverlaten terug te dringen zetten we de succesvolle delen van het vorige plan voort.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      // "Vanaf 1 augustus 2020": the one exact start date of the page.
      id: "jonge-kind",
      name: "Project Het Jonge Kind inclusief Kansrijke Start",
      kind: "project",
      description:
        "Vanaf 1 augustus 2020 krijgt elke peuter met een (risico op een) taalachterstand in Almelo een aanbod van 16 uur Voor- en Vroegschoolse Educatie (VVE) per week. … In 2022 zetten we de activiteiten voor Het Jonge Kind, Kansrijke Start en Nu Niet Zwanger voort.",
      plannedStart: "2020-08-01",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started", startedOn: "2020-08-01" },
    },
    {
      id: "sgmw",
      name: "Schoolgericht maatschappelijk werk (SGMW)",
      kind: "measure",
      description: "Daardoor wordt vanaf januari 2021 ook schoolmaatschappelijk werk ingezet in de voorschool voor peuters met een taalachterstand. … We willen met SGMW meer collectief en preventief handelen.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started", startedOn: "2021-01-01" },
    },
    {
      id: "poh-jeugd",
      name: "Praktijkondersteuners huisartsen (POH) Jeugd en Gezin",
      kind: "measure",
      description:
        "Doel van de POH-ers Jeugd en Gezin is om hulpvragen nog adequater en preventiever op te pakken zodat we inzet van zwaardere zorg voorkomen. We willen via een evaluatie in 2022 beeld brengen wat de resultaten hiervan zijn.",
      milestones: [{ id: "evaluatie", label: "Evaluatie resultaten POH-ers Jeugd en Gezin", due: "2022-12-31" }],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      id: "jeugdhulp-onderwijs",
      name: "Jeugdhulp in het onderwijs en kinderopvang: pilots op twee zorgintensieve scholen",
      kind: "pilot",
      description:
        "Een mogelijkheid hiertoe is door de individuele bekostiging van jeugdhulp in het onderwijs om te zetten naar groepsgerichte financiering om daarmee de administratieve druk te verlichten, de kwaliteit van jeugdhulp te verbeteren en een besparing van 10% van de kosten van jeugdhulp op school te realiseren. … In 2022 starten we op twee zorgintensieve scholen met pilots voor de ontwikkeling van onderwijs-jeugdhulp arrangementen.",
      milestones: [{ id: "start-pilots", label: "Start pilots op twee zorgintensieve scholen", due: "2022-12-31" }],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      id: "ombouw-dagbehandeling",
      name: "Ombouw van de dagbehandeling",
      kind: "measure",
      description:
        "De ombouw van de dagbehandeling betreft een lopend traject in het verlengde van de aanpak van jeugdhulp in het onderwijs, waarbij wordt gekeken of de dagbehandeling kan worden ingevoegd bij een reguliere kinderopvang. … Met deze maatregel is gestart in 2021 en deze loopt door in 2022.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    // ── Doel 3 ──
    {
      id: "budgetten-ontschotten",
      name: "Budgetten ontschotten",
      kind: "measure",
      description: "Wij zijn voornemens de begroting van bedrijfsvoering Uitvoering Sociaal en de begroting voor de BUIG/bijstand, Wmo en Jeugd te ontschotten.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      id: "regionale-samenwerking",
      name: "Regionale samenwerking",
      kind: "other",
      description: "Wij hanteren richting het samenwerkingsverband Samen14 een positief-kritische houding, door mee te denken op inhoud en zo nodig eigen keuzes te maken waar dit lokaal beleid raakt.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
      partners: ["Samen14", "Menzis", "OZJT"],
    },
    {
      id: "taakstelling",
      name: "Taakstelling Wmo en Jeugd: drie maatregelenplannen",
      kind: "measure",
      description:
        "Om beter uit te komen met de Rijksmiddelen is voor Wmo en Jeugd een taakstelling opgenomen van in totaal 7,52 miljoen euro structureel. Na besluitvorming in de perspectiefnota 2020 resteert daarvan ongeveer 4,8 miljoen euro structureel. Om deze taakstellingen te realiseren hebben wij drie maatregelenplannen opgesteld. In 2022 blijven we inzetten op het uitvoeren van deze maatregelen, teneinde de taakstelling te realiseren.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
      budget: { programme: "zorg", amount: parseAmount("7,52", { unit: "million" }), note: "een taakstelling opgenomen van in totaal 7,52 miljoen euro structureel" },
    },
    {
      id: "lobby",
      name: "Lobby",
      kind: "other",
      description: "Almelo voert de lobby in samenspraak met onze regio, met de VNG en de G40.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
      partners: ["VNG", "G40"],
    },
    // ── Doel 4 ──
    {
      // "Begin 2022": the first quarter, at the latest 31 maart 2022.
      id: "bso-plus",
      name: "Pilots versterking algemeen voorliggende voorziening: Buitenschoolse Opvang Plus",
      kind: "pilot",
      description:
        "Begin 2022 gaat er een Buitenschoolse Opvang Plus draaien. Hierbij bestaat het plusdeel uit kleinere, prikkelarme groepen met passende begeleiding, in samenwerking met maatschappelijke partners en mogelijk een jeugdhulpaanbieder.",
      milestones: [{ id: "bso-plus-draait", label: "Buitenschoolse Opvang Plus draait (begin 2022)", due: "2022-03-31" }],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      id: "ketenaanpak-mo",
      name: "Integrale ketenaanpak Maatschappelijke opvang",
      kind: "measure",
      description:
        "Deze maatregelen zijn eind 2021 grotendeels ingevoerd in de zes gemeenten, bij de woningcorporaties en de betrokken zorgaanbieders en worden in 2022 opgenomen in het reguliere proces. Met de ketenpartners in de maatschappelijke opvang, woningbouwcorporaties en gemeenten wordt een pilot Transferpunt Wonen uitgevoerd",
      milestones: [{ id: "regulier", label: "Maatregelen opgenomen in het reguliere proces", due: "2022-12-31" }],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      id: "doorbraakmethode",
      name: "Doorbraakmethode/MPG aanpak",
      kind: "project",
      description:
        "In de doorbraakmethode werken wijkcoaches en actieonderzoekers van het Instituut voor Publieke Waarden (IPW) samen om systeemfalen achter individuele voordeuren snel te herstellen. … In 2022 zal er worden ingezet op het verder verduurzamen van het project als ook het vergroten van de kennis bij de coaches.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
      partners: ["IPW"],
    },
    {
      id: "gi-verwijsindex",
      name: "Project Gecertificeerde instellingen (GI) en digitale verwijsindex",
      kind: "project",
      description:
        "In dit project beoordelen we de verwijzingen die worden gedaan door de gecertificeerde instellingen. … Het project zal met een korte evaluatie afgerond worden met als voornemen dit als reguliere werkwijze voort te zetten.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      // "uiterlijk op 01.01.2023": an exact date.
      id: "zorg-naar-werk",
      name: "Doorlopende lijn zorg naar werk",
      kind: "measure",
      description: "In 2022 doen we hier ervaring mee op, waarna ons doel is om deze integrale werkwijze uiterlijk op 01.01.2023 te borgen binnen de bestaande uitvoeringsstructuur.",
      milestones: [{ id: "borging", label: "Integrale werkwijze geborgd binnen de bestaande uitvoeringsstructuur", due: "2023-01-01" }],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      // "In 2021-2022 wordt gewerkt aan": planned to end by 31 december 2022.
      id: "zorg-en-veiligheid",
      name: "Zorg en Veiligheid",
      kind: "measure",
      description:
        "In 2021-2022 wordt gewerkt aan het uitwisselen van kennis en informatie en het opbouwen van structurele samenwerking tussen interne en externe ketenpartners op verschillende thema’s die beide domeinen raken.",
      plannedEnd: "2022-12-31",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started" },
    },
    {
      id: "laaggeletterdheid",
      name: "Aanpak laaggeletterdheid",
      kind: "measure",
      description:
        "Wij hebben daarom een, naar doelgroep gedifferentieerd, aanvalsplan laaggeletterdheid opgesteld, in overleg met het onderwijs, Taalpunt, de bibliotheek en andere partners. In 2022 starten we met de uitvoering van dit plan.",
      milestones: [{ id: "start-uitvoering", label: "Start uitvoering aanvalsplan laaggeletterdheid", due: "2022-12-31" }],
      revisions: [],
      lifecycle: { state: "planned" },
    },
  ],
  indicators: [
    {
      id: "vve-bereik",
      name: "Peuters die het VVE-programma aangeboden krijgen",
      kind: "performance",
      unit: { kind: "count", label: "peuters" },
      direction: "higherIsBetter",
      accumulation: "periodic",
      targets: [{ period: "2022", comparator: "atLeast", value: 250, note: "In 2022 willen we dat minimaal 250 peuters in Almelo dit VVE-programma aangeboden krijgen" }],
      measurements: [],
    },
    {
      // The seed gives "minimaal niveau 3" (= "voldoende"); the range 1–4 of the Inspectie's scale is not in it.
      id: "vve-kwaliteit",
      name: "Kwaliteit van het VVE-aanbod (indicator Inspectie Onderwijs)",
      description: "[schaal 1–4 van de Inspectie van het Onderwijs: het bereik staat niet in de bron, alleen niveau 3 = voldoende]",
      kind: "effect",
      unit: { kind: "ordinal", min: 1, max: 4 },
      direction: "higherIsBetter",
      accumulation: "stock",
      targets: [
        {
          period: "2022",
          comparator: "atLeast",
          value: 3,
          note: "Onze ambitie voor eind 2022 is dat de kwaliteit van het VVE-aanbod op het niveau voldoende ligt (indicator Inspectie Onderwijs, minimaal niveau 3).",
        },
      ],
      measurements: [],
    },
    {
      // "In de loop van twee jaar zullen 100 deelnemers": a running total from 0 before the werving started
      // (voorjaar 2021) to at least 100 two years later (voorjaar 2023, at the latest May 2023).
      id: "gli-deelnemers",
      name: "GLI-deelnemers begeleid",
      kind: "performance",
      unit: { kind: "count", label: "deelnemers" },
      direction: "higherIsBetter",
      accumulation: "cumulative",
      baseline: { period: "2021-02", value: 0, note: "[nul vóór de start van de werving: Voorjaar 2021 is … gestart met de werving]" },
      targets: [
        {
          period: "2023-05",
          comparator: "atLeast",
          value: 100,
          note: "In de loop van twee jaar zullen 100 deelnemers begeleid worden om een structurele verbetering van gezondheid en leefstijl te realiseren. [twee jaar na voorjaar 2021: uiterlijk mei 2023]",
        },
      ],
      measurements: [],
    },
    {
      id: "besparing-jeugdhulp-school",
      name: "Besparing op de kosten van jeugdhulp op school",
      kind: "effect",
      unit: { kind: "percentage" },
      direction: "higherIsBetter",
      accumulation: "periodic",
      targets: [{ period: "2022", comparator: "atLeast", value: 10, note: "een besparing van 10% van de kosten van jeugdhulp op school te realiseren [periode niet in de bron: hier het begrotingsjaar 2022]" }],
      measurements: [],
    },
  ],
};

const document: Begroting = {
  type: "begroting",
  municipality: { code: "GM0141", name: "Almelo" },
  year: 2022,
  title: "Programmabegroting 2022",
  programmes: [zorg],
};

/**
 * Almelo's Programma Zorg 2022 as a planning document (a begroting), validated with
 * `parsePlanningDocument`. Plain JSON-serialisable data.
 */
export function almeloZorg2022(): Begroting {
  return validated(document);
}

/** The options the summary is computed with: the date, and the P&C deadlines of 2022 still ahead on it. */
export function summaryOptions(asOf: IsoDate = DEFAULT_AS_OF): SummaryOptions {
  return { asOf, deadlines: deadlinesAhead(2022, asOf), windowDays: 30 };
}

/** The programme summary on `asOf`, as computed by `programmeSummary`. */
export function assess(asOf: IsoDate = DEFAULT_AS_OF): ProgrammeSummary {
  return programmeSummary(almeloZorg2022().programmes[0] as Programme, summaryOptions(asOf));
}

/** The printed status summary on `asOf` (Dutch text). */
export function summarise(asOf: IsoDate = DEFAULT_AS_OF): string {
  const doc = almeloZorg2022();
  const programme = doc.programmes[0] as Programme;
  const options = summaryOptions(asOf);
  return printSummary(doc, programme, programmeSummary(programme, options), options, {
    ...(asOf === DEFAULT_AS_OF ? { why: "halverwege het begrotingsjaar 2022" } : {}),
    remarks: [
      "een begroting bevat plannen, geen realisaties: indicatoren zonder meting hebben 'geen gegevens', en na een geplande datum zonder gemelde realisatie volgt 'vertraagd'/'verlopen'.",
    ],
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asOf = process.argv[2] ?? DEFAULT_AS_OF;
  if (!isIsoDate(asOf)) {
    process.stderr.write(`Usage: npx tsx examples/almelo-zorg-2022.ts [YYYY-MM-DD]; "${asOf}" is not an ISO date.\n`);
    process.exit(2);
  }
  process.stdout.write(summarise(asOf));
}
