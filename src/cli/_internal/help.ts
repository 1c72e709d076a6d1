// Help texts of the opkoers command line, in Dutch and English.
import type { ReportLanguage } from "../../report/index.js";

const EXIT_CODES = {
  nl: `Afsluitcodes:
  0  gelukt (bestand geldig, rapport geschreven, CBS-controles geslaagd)
  1  ongeldige invoer of bevindingen (problemen in het bestand, afgebroken of binair bestand, CBS-controle gefaald)
  2  verkeerd gebruik (onbekend commando of optie, ontbrekend of onleesbaar bestand, ongeldige optiewaarde)`,
  en: `Exit codes:
  0  ok (file valid, report written, CBS checks passed)
  1  invalid input or findings (problems in the file, truncated or binary file, a CBS check failed)
  2  usage error (unknown command or option, missing or unreadable file, bad option value)`,
} as const;

const MAIN = {
  nl: `opkoers — planning & control van gemeenten (BBV, Iv3) op de opdrachtregel

Gebruik: opkoers <commando> [opties]

Commando's:
  validate <bestand>           controleer een planningsdocument, begrotingsdocument, rapportinvoer,
                               Iv3-aanlevering (JSON) of begroting als CSV
  report [<bestand>]           voortgangsrapportage (zonder bestand: het meegeleverde voorbeeld)
  iv3 <bestand> --boekjaar <jaar>
                               Iv3-aanlevering (JSON) maken en de CBS-controles draaien
  schema [<documentsoort>]     JSON Schema afdrukken (planning, begroting, bestuursrapportage,
                               jaarverslag, budget, report)

Algemene opties:
  --lang nl|en                 taal van teksten en labels (standaard nl)
  -h, --help                   hulp (ook per commando: opkoers report --help)
  -v, --version                versie

${EXIT_CODES.nl}
`,
  en: `opkoers — Dutch municipal planning & control (BBV, Iv3) on the command line

Usage: opkoers <command> [options]

Commands:
  validate <file>              check a planning document, budget document, report envelope,
                               Iv3 delivery (JSON) or a budget CSV
  report [<file>]              status report (without a file: the bundled example)
  iv3 <file> --boekjaar <year>
                               make an Iv3 delivery (JSON) and run the CBS checks
  schema [<document type>]     print a JSON Schema (planning, begroting, bestuursrapportage,
                               jaarverslag, budget, report)

Global options:
  --lang nl|en                 language of texts and labels (default nl)
  -h, --help                   help (also per command: opkoers report --help)
  -v, --version                version

${EXIT_CODES.en}
`,
} as const;

const CSV_OPTIONS = {
  nl: `CSV-opties (begrotingsregels; kolommen op kopnaam: Taakveld, Lasten, Baten, of Bedrag + Soort (L/B),
en naar keuze Categorie, Programma, Kostenplaats, Omschrijving, Jaar, Fase, Gemeente):
  --encoding utf-8|windows-1252|utf-16le|utf-16be
                               tekenset van het bestand (standaard UTF-8, of UTF-16 met byte-order mark);
                               windows-1252 is wat Excel bewaart als "CSV (gescheiden door lijstscheidingsteken)"
  --year <jaar>                jaar van elke regel als er geen kolom Jaar is
  --phase <fase>               fase van elke regel als er geen kolom Fase is (standaard: begroting)
  --unit euro|thousand|million bedragen in euro (standaard), × € 1.000 of × € 1 mln
  --number-format dutch|dot    1.234,56 (standaard) of 1234.56
  --delimiter ';'|','|tab      scheidingsteken (standaard: ; als de eerste regel er een heeft)
  --signs asWritten|revenueNegative|expensesNegative
                               tekenconventie van het bestand (standaard asWritten)`,
  en: `CSV options (budget lines; columns by header: Taakveld, Lasten, Baten, or Bedrag + Soort (L/B),
and optionally Categorie, Programma, Kostenplaats, Omschrijving, Jaar, Fase, Gemeente; English headers
taakveld, expenses, revenue, amount, side, category, programme, cost centre, description, year, phase work too):
  --encoding utf-8|windows-1252|utf-16le|utf-16be
                               the file's encoding (default UTF-8, or UTF-16 with a byte-order mark);
                               windows-1252 is what Excel writes for "CSV (semicolon delimited)"
  --year <year>                year of every line when there is no year column
  --phase <phase>              phase of every line when there is no phase column (default: begroting)
  --unit euro|thousand|million amounts in euros (default), × € 1,000 or × € 1 mln
  --number-format dutch|dot    1.234,56 (default) or 1234.56
  --delimiter ';'|','|tab      separator (default: ; when the first line has one)
  --signs asWritten|revenueNegative|expensesNegative
                               the file's sign convention (default asWritten)`,
} as const;

const COMMANDS = {
  validate: {
    nl: `Gebruik: opkoers validate <bestand> [opties]

Controleert een bestand en noemt elk probleem met zijn plaats (pad in het JSON-document, of regel en kolom
in de CSV, de regel zoals een editor hem nummert) en een toelichting. De soort wordt herkend aan de extensie en de inhoud:
  planningsdocument   JSON met "type": begroting | bestuursrapportage | jaarverslag
  begrotingsdocument  JSON met "budgetYear" en "lines"
  rapportinvoer       JSON met "planning" (en "budget", "asOf", …), of een lijst daarvan
  Iv3-aanlevering     JSON met "metadata" en "data" (ook de CBS-controles)
  begroting als CSV   .csv, .tsv of .txt

Opties:
  --as planning|budget|report|iv3|csv   soort opgeven in plaats van herkennen
  --format text|json           uitvoer als tekst (standaard) of als JSON met de issues
  --lang nl|en                 taal

${CSV_OPTIONS.nl}

${EXIT_CODES.nl}
`,
    en: `Usage: opkoers validate <file> [options]

Checks a file and lists every problem with where it is (the path in the JSON document, or line and column
in the CSV, the line as an editor numbers it) and a message. The kind is recognised by extension and content:
  planning document   JSON with "type": begroting | bestuursrapportage | jaarverslag
  budget document     JSON with "budgetYear" and "lines"
  report envelope     JSON with "planning" (and "budget", "asOf", …), or an array of them
  Iv3 delivery        JSON with "metadata" and "data" (the CBS checks run too)
  budget CSV          .csv, .tsv or .txt

Options:
  --as planning|budget|report|iv3|csv   give the kind instead of recognising it
  --format text|json           output as text (default) or as JSON with the issues
  --lang nl|en                 language

${CSV_OPTIONS.en}

${EXIT_CODES.en}
`,
  },
  report: {
    nl: `Gebruik: opkoers report [<bestand>] [opties]

Voortgangsrapportage: per programma de doelen, indicatoren en activiteiten met hun status, de begroting
(primitief, na wijziging, realisatie of prognose, verschil, afwijkingen die een toelichting vragen), het
overzicht van baten en lasten, het structureel evenwicht en het toezichtregime, en de P&C-termijnen rond
de peildatum. Zonder bestand: het meegeleverde voorbeeld (Almere Gezondheid 2024, Almelo Zorg 2022).

Het bestand is een planningsdocument, of rapportinvoer (zie opkoers schema report):
  { "planning": {…}, "budget": {…}, "asOf": "2024-10-20", "scale": "threeColour",
    "deviationPolicy": "nieuwkoop2017", "windowDays": 30, "submissions": { "begroting.2024": "2023-11-09" } }
of een lijst daarvan.

Opties:
  --as-of JJJJ-MM-DD           peildatum (standaard: "asOf" van het bestand, anders vandaag)
  --format text|markdown|html|json
                               uitvoer (standaard text); html is één zelfstandig bestand met grafieken
  --out <bestand>              schrijf naar een bestand in plaats van naar de standaarduitvoer (nooit
                               het invoerbestand)
  --scale <id>                 statusschaal: threeColour, fourColour, jaarverslag, almereKpi, …
  --deviation-policy <id>      toelichtingsdrempel: nieuwkoop2017, nuenen2019, lingewaard2018, …
  --window <dagen>             P&C-termijnen binnen zoveel dagen rond de peildatum (standaard 30)
  --lang nl|en                 taal

${EXIT_CODES.nl}
`,
    en: `Usage: opkoers report [<file>] [options]

Status report: per programme the goals, indicators and activities with their status, the budget (original,
amended, actual or forecast, difference, deviations that need an explanation), the overview of revenue and
expenses, the structural balance and supervision regime, and the P&C deadlines around the report date.
Without a file: the bundled example (Almere Gezondheid 2024, Almelo Zorg 2022).

The file is a planning document, or a report envelope (see opkoers schema report):
  { "planning": {…}, "budget": {…}, "asOf": "2024-10-20", "scale": "threeColour",
    "deviationPolicy": "nieuwkoop2017", "windowDays": 30, "submissions": { "begroting.2024": "2023-11-09" } }
or an array of envelopes.

Options:
  --as-of YYYY-MM-DD           report date (default: the file's "asOf", else today)
  --format text|markdown|html|json
                               output (default text); html is one self-contained file with charts
  --out <file>                 write to a file instead of standard output (never the input file)
  --scale <id>                 status scale: threeColour, fourColour, jaarverslag, almereKpi, …
  --deviation-policy <id>      explanation threshold: nieuwkoop2017, nuenen2019, lingewaard2018, …
  --window <days>              P&C deadlines within this many days of the report date (default 30)
  --lang nl|en                 language

${EXIT_CODES.en}
`,
  },
  iv3: {
    nl: `Gebruik: opkoers iv3 <bestand> --boekjaar <jaar> [opties]

Maakt een Iv3-aanlevering (JSON volgens het CBS-schema, bedragen × € 1.000) uit een begrotingsdocument, een
rapportinvoer met "budget" of een begroting als CSV, en draait de CBS-controles (DF001, DF002, DF005,
DF006, PF006). Het bestand is verplicht: van het meegeleverde voorbeeld wordt geen aanlevering gemaakt. De
aanlevering gaat naar --out of naar de standaarduitvoer; de uitkomst van de controles naar de
standaardfoutuitvoer (met --out: standaarduitvoer).

Opties:
  --boekjaar <jaar>            boekjaar (verplicht)
  --periode 0|1|2|3|4|5        0 begroting (standaard), 1–4 kwartaal, 5 jaarrekening
  --phase <fase>[,<fase>…]     alleen regels van deze fasen (standaard: periode 0 de primitieve begroting,
                               1–4 de realisatie van dat kwartaal, 5 de realisatie van het jaar)
  --out <bestand>              schrijf de aanlevering naar een bestand (niet het invoerbestand; niet als een
                               CBS-controle faalt: een bestaand bestand blijft dan ongewijzigd)
  --book-resultaat             boek het resultaat (baten − lasten) op taakveld 0.11, categorie 7.1, zodat
                               totaal lasten = totaal baten (PF006)
  --datum <tijdstip>           tijdstip van aanlevering, bv. 2024-11-14T16:00:00Z (standaard: nu)
  --overheidsnummer <nnnn>     CBS-nummer (standaard uit de gemeentecode GMnnnn of "iv3" in de rapportinvoer)
  --naam <naam>                naam van de gemeente
  --contact-naam, --contact-email, --contact-telefoon
                               contactpersoon (standaard uit "iv3.contact" in de rapportinvoer)
  --lang nl|en                 taal

${CSV_OPTIONS.nl}

${EXIT_CODES.nl}
`,
    en: `Usage: opkoers iv3 <file> --boekjaar <year> [options]

Makes an Iv3 delivery (JSON in CBS's schema, amounts × € 1,000) from a budget document, a report envelope
with "budget", or a budget CSV, and runs the CBS checks (DF001, DF002, DF005, DF006, PF006). The file is
required: no delivery is made of the bundled example. The delivery goes to --out or to standard output; the
outcome of the checks to standard error (with --out: standard output).

Options:
  --boekjaar <year>            boekjaar (required)
  --periode 0|1|2|3|4|5        0 budget (default), 1–4 quarter, 5 annual accounts
  --phase <phase>[,<phase>…]   only lines of these phases (default: period 0 the original budget,
                               1–4 the actuals of that quarter, 5 the actuals of the year)
  --out <file>                 write the delivery to a file (not the input file; not when a CBS check
                               fails: an existing file then stays as it was)
  --book-resultaat             book the resultaat (baten − lasten) on taakveld 0.11, categorie 7.1, so
                               that total lasten = total baten (PF006)
  --datum <timestamp>          time of delivery, e.g. 2024-11-14T16:00:00Z (default: now)
  --overheidsnummer <nnnn>     CBS number (default from the municipality code GMnnnn or "iv3" in the envelope)
  --naam <name>                name of the municipality
  --contact-naam, --contact-email, --contact-telefoon
                               contact person (default from "iv3.contact" in the envelope)
  --lang nl|en                 language

${CSV_OPTIONS.en}

${EXIT_CODES.en}
`,
  },
  schema: {
    nl: `Gebruik: opkoers schema [<documentsoort>] [--out <bestand>]

Drukt het JSON Schema (draft 2020-12) af van:
  planning             een planningsdocument, elk van de drie soorten (standaard)
  begroting, bestuursrapportage, jaarverslag
                       één soort planningsdocument
  budget               een begrotingsdocument (regels, fasen, wijzigingen)
  report               de invoer van opkoers report: rapportinvoer, een lijst daarvan of een planningsdocument

${EXIT_CODES.nl}
`,
    en: `Usage: opkoers schema [<document type>] [--out <file>]

Prints the JSON Schema (draft 2020-12) of:
  planning             a planning document of any of the three types (default)
  begroting, bestuursrapportage, jaarverslag
                       one type of planning document
  budget               a budget document (lines, phases, amendments)
  report               the input of opkoers report: envelope, array of envelopes or planning document

${EXIT_CODES.en}
`,
  },
} as const;

/** The help text of the program or of one command. */
export function helpText(command: keyof typeof COMMANDS | undefined, lang: ReportLanguage): string {
  return command === undefined ? MAIN[lang] : COMMANDS[command][lang];
}
