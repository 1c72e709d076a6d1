import type { Beleidsindicator } from "../types.js";

/**
 * The verplichte beleidsindicatoren, HAND-WRITTEN from reference/bbv-domain.md §4 (national numbering 1–39
 * as on waarstaatjegemeente.nl). The text of the ministeriële regeling itself was not available to the
 * reference: the list is reconstructed from municipal begrotingen and jaarverslagen, and each entry names
 * one such document. Entries the reference marks UNCONFIRMED carry `unconfirmed`.
 *
 * `fromBoekjaar` is 2017 for all: the renewed BBV (Stb. 2016, 101) applies from begroting 2017, and the
 * earliest evidence is from 2018 documents. Whether the whole set still applies in 2024–2026 is itself
 * UNCONFIRMED (bbv-domain.md §12 item 3); the catalogue keeps every entry without a known end in force.
 */
const WSJG = "https://goirle.begroting-2018.nl/p5637/beleidsindicatoren";
const TERNEUZEN_2018_VEILIGHEID = "https://terneuzen.begroting-2018.nl/p194/indicatoren";
const BAARLE = "https://baarle-nassau.begroting-2018.nl/p4901/indicatoren-bbv";
const TERNEUZEN_2018_ONDERWIJS = "https://terneuzen.begroting-2018.nl/p197/indicatoren";
const TERNEUZEN_2018_SOCIAAL = "https://terneuzen.begroting-2018.nl/p199/indicatoren";
const BEVERWIJK_MILIEU = "https://beverwijk.begroting-2020.nl/p3207/beleidsindicatoren";
const ALPHEN_CHAAM = "https://alphen-chaam.begroting-2018.nl/p4495/indicatoren-bbv";

type Entry = Omit<Beleidsindicator, "fromBoekjaar">;

const ENTRIES: readonly Entry[] = [
  { number: 1, taakveld: "0", name: "Formatie", unit: "Fte per 1.000 inwoners", source: "eigen begroting", iv3Code: "bi.1", evidence: WSJG },
  { number: 2, taakveld: "0", name: "Bezetting", unit: "Fte per 1.000 inwoners", source: "eigen begroting", iv3Code: "bi.2", evidence: WSJG },
  { number: 3, taakveld: "0", name: "Apparaatskosten", unit: "kosten per inwoner", source: "eigen begroting", iv3Code: "bi.3", evidence: WSJG },
  { number: 4, taakveld: "0", name: "Externe inhuur", unit: "kosten als % van totale loonsom + totale kosten inhuur externen", source: "eigen begroting", iv3Code: "bi.4", evidence: WSJG },
  { number: 5, taakveld: "0", name: "Overhead", unit: "% van totale lasten", source: "eigen begroting", iv3Code: "bi.5", evidence: WSJG },
  { number: 6, taakveld: "1", name: "Verwijzingen Halt", unit: "aantal per 10.000 inwoners 12–17 jaar (later shown per 1.000 jongeren)", source: "Bureau Halt", evidence: TERNEUZEN_2018_VEILIGHEID },
  { number: 7, taakveld: "1", name: "Hardekernjongeren", unit: "aantal per 10.000 inwoners", source: "KLPD", endedIn: 2018, evidence: "https://terneuzen.jaarverslag-2018.nl/p4141/indicatoren" },
  { number: 8, taakveld: "1", name: "Winkeldiefstallen", unit: "per 1.000 inwoners", source: "CBS", evidence: TERNEUZEN_2018_VEILIGHEID },
  { number: 9, taakveld: "1", name: "Geweldsmisdrijven", unit: "per 1.000 inwoners", source: "CBS", evidence: TERNEUZEN_2018_VEILIGHEID },
  { number: 10, taakveld: "1", name: "Diefstallen uit woning", unit: "per 1.000 inwoners", source: "CBS", evidence: TERNEUZEN_2018_VEILIGHEID },
  { number: 11, taakveld: "1", name: "Vernielingen en beschadigingen (in de openbare ruimte)", unit: "per 1.000 inwoners", source: "CBS", evidence: TERNEUZEN_2018_VEILIGHEID },
  {
    number: 12, taakveld: "2", name: "Ziekenhuisopname na verkeersongeval met een motorvoertuig", unit: "%", source: "VeiligheidNL",
    evidence: "https://goirle.begroting-2018.nl/p5611/beleidsindicatoren",
    unconfirmed: "The number 12, the source VeiligheidNL and whether the indicator still applies are UNCONFIRMED (bbv-domain.md §4, §12).",
  },
  {
    number: 13, taakveld: "2", name: "Ziekenhuisopname na verkeersongeval met een fietser", unit: "%", source: "VeiligheidNL",
    evidence: "https://goirle.begroting-2018.nl/p5611/beleidsindicatoren",
    unconfirmed: "The number 13, the source VeiligheidNL and whether the indicator still applies are UNCONFIRMED (bbv-domain.md §4, §12).",
  },
  { number: 14, taakveld: "3", name: "Functiemenging", unit: "% (0 = alleen wonen … 100 = alleen werken)", source: "LISA", evidence: BAARLE },
  {
    number: 15, taakveld: "3", name: "Bruto Gemeentelijk Product", unit: "verhouding verwacht/gemeten product", source: "Atlas voor gemeenten", evidence: BAARLE,
    unconfirmed: "Whether the indicator still applies is UNCONFIRMED (bbv-domain.md §4, §12).",
  },
  { number: 16, taakveld: "3", name: "Vestigingen (van bedrijven)", unit: "per 1.000 inwoners 15–64 jaar", source: "LISA", evidence: BAARLE },
  { number: 17, taakveld: "4", name: "Absoluut verzuim", unit: "per 1.000 leerlingen", source: "DUO / Ingrado", evidence: TERNEUZEN_2018_ONDERWIJS },
  { number: 18, taakveld: "4", name: "Relatief verzuim", unit: "per 1.000 leerlingen", source: "DUO / Ingrado", evidence: TERNEUZEN_2018_ONDERWIJS },
  { number: 19, taakveld: "4", name: "Voortijdig schoolverlaters zonder startkwalificatie (vsv-ers)", unit: "% deelnemers VO en MBO", source: "DUO / Ingrado", evidence: TERNEUZEN_2018_ONDERWIJS },
  {
    number: 20, taakveld: "5", name: "Niet-sporters", unit: "% (19+ not weekly sporting)", source: "Gezondheidsmonitor (GGD/CBS/RIVM)",
    evidence: "https://amstelveen.begroting-2021.nl/p29061/programma-2-onderwijs-en-ontplooiing",
    unconfirmed: "The number 20 is inferred from the gap in the numbering: UNCONFIRMED (bbv-domain.md §4, §12).",
  },
  { number: 21, taakveld: "6", name: "Banen", unit: "per 1.000 inwoners 15–64 jaar", source: "LISA", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 22, taakveld: "6", name: "Jongeren met een delict voor de rechter", unit: "% 12 t/m 21 jarigen", source: "Verwey-Jonker (Kinderen in Tel), later CBS Jeugd", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 23, taakveld: "6", name: "Kinderen in uitkeringsgezin", unit: "% kinderen tot 18 jaar", source: "Verwey-Jonker, later CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 24, taakveld: "6", name: "Netto arbeidsparticipatie", unit: "% werkzame beroepsbevolking t.o.v. beroepsbevolking", source: "CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 25, taakveld: "6", name: "Achterstandsleerlingen", unit: "% 4 t/m 12 jarigen", source: "Verwey-Jonker", endedIn: 2018, evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 26, taakveld: "6", name: "Werkloze jongeren", unit: "% 16 t/m 22 jarigen", source: "Verwey-Jonker, later CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 27, taakveld: "6", name: "Personen met een bijstandsuitkering", unit: "per 10.000 inwoners (18+)", source: "CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 28, taakveld: "6", name: "Lopende re-integratievoorzieningen", unit: "per 10.000 inwoners 15–64 jaar", source: "CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 29, taakveld: "6", name: "Jongeren met jeugdhulp", unit: "% van alle jongeren tot 18 jaar", source: "CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 30, taakveld: "6", name: "Jongeren met jeugdbescherming", unit: "% van alle jongeren tot 18 jaar", source: "CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  { number: 31, taakveld: "6", name: "Jongeren met jeugdreclassering", unit: "% van alle jongeren 12–22/23 jaar", source: "CBS", evidence: TERNEUZEN_2018_SOCIAAL },
  {
    number: 32, taakveld: "6", name: "Cliënten met een maatwerkarrangement WMO", unit: "per 1.000 (Terneuzen 2018) / per 10.000 inwoners (later)", source: "GMSD / CBS",
    evidence: "https://eindhoven.begroting-2023.nl/p13305/bbv-indicatoren",
  },
  { number: 33, taakveld: "7", name: "Omvang huishoudelijk restafval", unit: "kg per inwoner", source: "CBS", evidence: BEVERWIJK_MILIEU },
  { number: 34, taakveld: "7", name: "Hernieuwbare elektriciteit", unit: "%", source: "Rijkswaterstaat Klimaatmonitor", evidence: BEVERWIJK_MILIEU },
  { number: 35, taakveld: "8", name: "Gemiddelde WOZ-waarde", unit: "duizend euro", source: "CBS", evidence: ALPHEN_CHAAM },
  { number: 36, taakveld: "8", name: "Nieuw gebouwde woningen", unit: "aantal per 1.000 woningen", source: "BAG (ABF Systeem Woningvoorraad in Gouda)", evidence: ALPHEN_CHAAM },
  { number: 37, taakveld: "8", name: "Demografische druk", unit: "% ((0–19 + 65+) / 20–64)", source: "CBS", evidence: ALPHEN_CHAAM },
  { number: 38, taakveld: "8", name: "Gemeentelijke woonlasten eenpersoonshuishouden", unit: "euro", source: "COELO", evidence: ALPHEN_CHAAM },
  { number: 39, taakveld: "8", name: "Gemeentelijke woonlasten meerpersoonshuishouden", unit: "euro", source: "COELO", evidence: ALPHEN_CHAAM },
];

/** The catalogue, frozen, in number order. */
export const BELEIDSINDICATOR_CATALOGUE: readonly Beleidsindicator[] = /* @__PURE__ */ Object.freeze(
  ENTRIES.map((entry) => Object.freeze({ ...entry, fromBoekjaar: 2017 })),
);
