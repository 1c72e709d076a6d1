// Almere, Programmabegroting 2024, programma Gezondheid — the policy half as typed data, and its status on a date.
// Seed 000: ../shared/seeds/000_e09942d5b91cb652.txt ("Deze pagina is gebouwd op 11/13/2023").
// (examples/almere-gezondheid-2024.ts is the money half of the same page: the lasten/baten shares.)
//
// Built ONLY from the seed. Every text field (ambition, goal statement, description, note) is a verbatim quote;
// fragments are joined with " … ", and our own remarks stand in [square brackets]. test/examples checks the
// quotes against the seed file. How dates in words become ISO dates (the same in every seed example):
//   - "vanaf 2024" (in force from): the first day, 1 januari 2024;
//   - "in 2024", "najaar 2021", "begin 2022" as a due date: the LAST day of that period (31 december 2024), the
//     latest date on which the text is still kept — a milestone is not called overdue before the text allows;
//   - a begroting holds plans, not realisations: no indicator measurements, no milestone achieved, and an
//     activity is "started" only when the text says so. After a planned date has passed, the summary therefore
//     says "vertraagd"/"verlopen": the plan's date passed and the source reports no realisation.
// The seed has no indicators for this programme and names no taakvelden, so both lists are empty.
//
// Default date: 30 september 2024, the eve of "De nieuwe contractperiode collectief vervoer Wmo start op
// 1 oktober 2024" and the end of Q3, so the milestone and the Iv3 Q3 delivery to CBS are both due.
//
// Run: npx tsx examples/almere-gezondheid-2024-programma.ts [asOf]
import { pathToFileURL } from "node:url";
import { isIsoDate, type IsoDate } from "../src/calendar/index.js";
import { parseAmount } from "../src/money/index.js";
import { programmeSummary, type Begroting, type Programme, type ProgrammeSummary, type SummaryOptions } from "../src/policy/index.js";
import { deadlinesAhead, printSummary, validated } from "./_print.js";

/** The date the summary is printed for by default: the eve of the new Wmo transport contract (1 oktober 2024). */
export const DEFAULT_AS_OF: IsoDate = "2024-09-30";

const gezondheid: Programme = {
  code: "gezondheid",
  name: "Gezondheid",
  ambition:
    "De toegankelijkheid van zorg in Almere staat steeds meer onder druk. … We geven dit grote prioriteit en willen hier, samen met partners uit het zorgdomein, langs verschillende lijnen aan werken: … het verminderen van de druk op de zorg; … intensievere samenwerking; … preventie die werkt.",
  portfolioHolders: [],
  taakvelden: [],
  partners: ["De Schoor", "VMCA"],
  // Seed: "Lasten & baten 46.634 4,1 % 4.742 0,4 %" (× € 1.000; the percentages are shares of the whole begroting).
  finances: { expenses: parseAmount("46.634", { unit: "thousand" }), revenue: parseAmount("4.742", { unit: "thousand" }) },
  // Seed, "Doelstellingen bij dit programma": the four bullets, verbatim.
  goals: [
    {
      id: "welzijn",
      statement: "Voor het welzijnsaanbod zijn vanaf 2024 meerjarige subsidieafspraken van kracht met De Schoor en de VMCA. Zij maken per stadsdeel een uitvoeringsplan.",
      horizon: { year: 2024 },
      indicatorIds: [],
      activityIds: ["subsidie-welzijn"],
    },
    {
      id: "zorgtransformatie",
      statement:
        "In 2024 wordt er, in het kader van het Integraal Zorgakkoord (IZA), een aanvraag gedaan voor de zorgtransformatie van ons gezondheidsbeleid. De implementatie van de plannen wordt gestart in 2024 en zal een aantal jaar kosten.",
      horizon: { year: 2024 },
      indicatorIds: [],
      activityIds: ["iza-zorgtransformatie"],
    },
    {
      id: "gala",
      statement: "In 2024 worden de ketenaanpakken voor Welzijn op Recept, Valpreventie en de Gecombineerde Leefstijlinterventies uitgewerkt en wordt er gestart met de implementatie.",
      horizon: { year: 2024 },
      indicatorIds: [],
      activityIds: ["gala-ketenaanpakken"],
    },
    {
      id: "mobiliteit",
      statement:
        "In 2024 werken we toe naar toekomstbestendige inclusieve mobiliteit voor onze inwoners. Op 1 oktober 2024 gaat het nieuwe aanbesteedde contract vervoer in. Daarna stellen we een gecontracteerde mobiliteitsregisseur aan.",
      horizon: { year: 2024 },
      indicatorIds: [],
      activityIds: ["wmo-vervoer", "mobiliteitsregisseur", "vervoer-samenbrengen"],
    },
  ],
  activities: [
    {
      // "vanaf 2024 ... van kracht": in force from 1 januari 2024 — the text states it, so the agreements count as started then.
      id: "subsidie-welzijn",
      name: "Meerjarige subsidieafspraken welzijnsaanbod met De Schoor en de VMCA",
      kind: "subsidy",
      description:
        "Voor het welzijnsaanbod zijn vanaf 2024 meerjarige subsidieafspraken van kracht met De Schoor en de VMCA. Zij maken per stadsdeel een uitvoeringsplan. Niet in elk stadsdeel is namelijk dezelfde inzet nodig.",
      plannedStart: "2024-01-01",
      milestones: [],
      revisions: [],
      lifecycle: { state: "started", startedOn: "2024-01-01" },
      partners: ["De Schoor", "VMCA"],
    },
    {
      // "In 2024 wordt er ... een aanvraag gedaan" / "De implementatie ... wordt gestart in 2024": both due by 31 december 2024.
      // (Seed 001, a 2025 article, adds "Vanuit IZA werd eind 2024 20 miljoen euro aan transformatiegelden toegekend";
      // that is a later source without a date, so the milestone is not marked achieved here.)
      id: "iza-zorgtransformatie",
      name: "Aanvraag en start implementatie zorgtransformatie (IZA, Positief Gezond Almere)",
      kind: "project",
      description:
        "Via het programma Positief Gezond Almere (PGA) wordt gewerkt aan zorgtransformaties. … In 2024 wordt er, in het kader van het Integraal Zorgakkoord (IZA), een aanvraag gedaan voor de zorgtransformatie van ons gezondheidsbeleid. De implementatie van de plannen wordt gestart in 2024 en zal een aantal jaar kosten.",
      milestones: [
        { id: "aanvraag", label: "Aanvraag zorgtransformatie in het kader van het IZA gedaan", due: "2024-12-31" },
        { id: "start-implementatie", label: "Implementatie van de plannen gestart", due: "2024-12-31" },
      ],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      id: "gala-ketenaanpakken",
      name: "Ketenaanpakken Welzijn op Recept, Valpreventie en Gecombineerde Leefstijlinterventies (GALA)",
      kind: "measure",
      description: "In 2024 worden de ketenaanpakken voor Welzijn op Recept, Valpreventie en de Gecombineerde Leefstijlinterventies uitgewerkt en wordt er gestart met de implementatie.",
      milestones: [
        { id: "uitgewerkt", label: "Ketenaanpakken uitgewerkt", due: "2024-12-31" },
        { id: "start-implementatie", label: "Start implementatie ketenaanpakken", due: "2024-12-31" },
      ],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      // The one exact date of the page: the new contract period starts on 1 oktober 2024.
      id: "wmo-vervoer",
      name: "Nieuw contract Wmo collectief vervoer",
      kind: "contract",
      description: "De nieuwe contractperiode collectief vervoer Wmo start op 1 oktober 2024. … Op 1 oktober 2024 gaat het nieuwe aanbesteedde contract vervoer in.",
      milestones: [{ id: "contract-start", label: "Nieuwe contractperiode collectief vervoer Wmo start", due: "2024-10-01" }],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      // "Daarna" (after 1 oktober 2024): no date in the source, so none here.
      id: "mobiliteitsregisseur",
      name: "Gecontracteerde mobiliteitsregisseur aanstellen",
      kind: "contract",
      description: "Daarnaast stellen we een gecontracteerde mobiliteitsregisseur aan. … Daarna stellen we een gecontracteerde mobiliteitsregisseur aan.",
      milestones: [],
      revisions: [],
      lifecycle: { state: "planned" },
    },
    {
      // "in 2025-2026": planned from 1 januari 2025 to 31 december 2026.
      id: "vervoer-samenbrengen",
      name: "Buurthopper, Buurtmobiel en andere vervoersvormen gefaseerd samenbrengen in het Wmo collectief vervoer",
      kind: "measure",
      description:
        "De ontwikkeling van de Buurthopper en Buurtmobiel Almere zijn hier voorbeelden van, die we uit gaan breiden. Deze en andere vormen van vervoer en ondersteuning brengen we in 2025-2026 gefaseerd samen in het opnieuw gecontracteerde Wmo collectief vervoer via een aanbesteding.",
      plannedStart: "2025-01-01",
      plannedEnd: "2026-12-31",
      milestones: [],
      revisions: [],
      lifecycle: { state: "planned" },
    },
  ],
  indicators: [],
};

const document: Begroting = {
  type: "begroting",
  municipality: { code: "GM0034", name: "Almere" },
  year: 2024,
  title: "Programmabegroting 2024",
  programmes: [gezondheid],
};

/**
 * Almere's programme Gezondheid 2024 as a planning document (a begroting), validated with
 * `parsePlanningDocument`. Plain JSON-serialisable data.
 */
export function almereGezondheid2024Programma(): Begroting {
  return validated(document);
}

/** The options the summary is computed with: the date, and the P&C deadlines of 2024 still ahead on it. */
export function summaryOptions(asOf: IsoDate = DEFAULT_AS_OF): SummaryOptions {
  return { asOf, deadlines: deadlinesAhead(2024, asOf), windowDays: 30 };
}

/** The programme summary on `asOf`, as computed by `programmeSummary`. */
export function assess(asOf: IsoDate = DEFAULT_AS_OF): ProgrammeSummary {
  const programme = almereGezondheid2024Programma().programmes[0] as Programme;
  return programmeSummary(programme, summaryOptions(asOf));
}

/** The printed status summary on `asOf` (Dutch text). */
export function summarise(asOf: IsoDate = DEFAULT_AS_OF): string {
  const doc = almereGezondheid2024Programma();
  const programme = doc.programmes[0] as Programme;
  const options = summaryOptions(asOf);
  return printSummary(doc, programme, programmeSummary(programme, options), options, {
    ...(asOf === DEFAULT_AS_OF ? { why: "de dag voor de start van het nieuwe contract Wmo collectief vervoer (1 oktober 2024) en het einde van Q3" } : {}),
    remarks: ["een begroting bevat plannen, geen realisaties: na een geplande datum zonder gemelde realisatie volgt 'vertraagd'/'verlopen'."],
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asOf = process.argv[2] ?? DEFAULT_AS_OF;
  if (!isIsoDate(asOf)) {
    process.stderr.write(`Usage: npx tsx examples/almere-gezondheid-2024-programma.ts [YYYY-MM-DD]; "${asOf}" is not an ISO date.\n`);
    process.exit(2);
  }
  process.stdout.write(summarise(asOf));
}
