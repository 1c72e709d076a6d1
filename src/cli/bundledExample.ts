import { parseReportInput, type ReportInput } from "../report/index.js";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "./_internal/seedBudget.js";
import { ALMELO_ZORG_2022, ALMERE_GEZONDHEID_2024 } from "./_internal/seedPlanning.js";

/**
 * The example that `opkoers report` uses when no file is given, so that the
 * command shows what it does on a fresh machine. It is built from the seed
 * programmes and shipped inside the package. `opkoers iv3` never uses it: an
 * Iv3 delivery is made only from a file the user gives, so that no delivery
 * with an invented sender can be mistaken for a real one (the example has no
 * `iv3` sender block).
 *
 * 1. **Almere, begroting 2024, programma Gezondheid** (report date
 *    2024-10-20, three-colour scale): the goals and activities of the seed,
 *    and a budget document with the seed's lasten 46.634 and baten 4.742
 *    (× € 1.000) — the taakveld split, the algemene dekkingsmiddelen, the
 *    meerjarenraming, begrotingswijziging 1, the prognose and the delivery
 *    dates of the P&C deadlines are illustrative and labelled so in the data.
 * 2. **Almelo, begroting 2022, Programma Zorg** (report date 2022-10-15,
 *    four-colour scale): the goals, activities, indicators and targets of the
 *    seed; the indicator measurements are illustrative (the seed has none).
 *    No budget document: the seed has no figures for the programme.
 *
 * The envelopes go through {@link parseReportInput}, as a file would.
 *
 * @returns The report inputs, one per report.
 * @throws Never (a test checks that the example is valid).
 *
 * @example
 * ```ts
 * import { bundledExample } from "opkoers/cli";
 *
 * const [almere, almelo] = bundledExample();
 * almere?.planning.municipality.name; //=> "Almere"
 * almere?.budget?.lines[0]?.expenses; //=> 4513400000
 * almelo?.planning.programmes[0]?.name; //=> "Zorg"
 * ```
 *
 * @category CLI
 * @since 0.1.0
 */
export function bundledExample(): readonly ReportInput[] {
  const envelopes = [
    {
      planning: ALMERE_GEZONDHEID_2024,
      budget: ALMERE_GEZONDHEID_2024_BUDGET,
      asOf: "2024-10-20",
      scale: "threeColour",
      deviationPolicy: "nieuwkoop2017",
      // ILLUSTRATIVE delivery dates (the seed does not say when Almere delivered).
      submissions: { "begroting.2024": "2023-11-09", "iv3.begroting.2024": "2023-11-09", "jaarstukken.2022": "2023-07-06", "iv3.2024-Q1": "2024-04-29", "iv3.2024-Q2": "2024-07-30" }
    },
    { planning: ALMELO_ZORG_2022, asOf: "2022-10-15", scale: "fourColour" },
  ];
  const parsed = parseReportInput(envelopes);
  /* c8 ignore next */
  if (!parsed.ok) throw new Error(`The bundled example is not valid: ${parsed.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.value;
}
