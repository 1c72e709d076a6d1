import type { BudgetLine, Nature } from "../budget/index.js";
import type { Issue, ParseResult } from "../errors/Issue.js";
import { languageOption } from "../errors/_internal/languageOption.js";
import { parseIn } from "../errors/_internal/schemas.js";
import type { Cents } from "../money/index.js";
import { numberToCents } from "./_internal/decimal.js";
import { describe, fail } from "./_internal/fail.js";
import { Iv3DeliverySchema } from "./schemas.js";
import type { Iv3Delivery } from "./types.js";

/**
 * Options for {@link parseIv3Delivery}: what the budget lines made from a
 * delivery get for what Iv3 does not have.
 *
 * @example
 * ```ts
 * import type { ParseIv3Options } from "opkoers/io";
 *
 * const options: ParseIv3Options = { phase: "realisatie", programme: "iv3" };
 * options.phase; //=> "realisatie"
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface ParseIv3Options {
  /**
   * The phase id of the lines. Default: from `metadata.periode`: 0 →
   * `"begroting"`, 1–4 → `"realisatie-q1"` … `"realisatie-q4"`, 5 → `"realisatie"`.
   */
  readonly phase?: string;
  /**
   * The programme of the lines (Iv3 has no programmes): a code, or a function
   * of the taakveld. Default: the hoofdtaakveld, the part of the taakveld
   * before the first dot (`"6.71a"` → `"6"`).
   */
  readonly programme?: string | ((taakveld: string) => string);
  /** The nature of the lines (Iv3 does not say); default `"structureel"`. */
  readonly nature?: Nature;
  /** The language of the issues' messages: `"en"` (default) or `"nl"` (zod's Dutch locale for this parse only). @since 0.2.0 */
  readonly lang?: "nl" | "en";
}

/**
 * An Iv3 delivery read back: the delivery as checked, and its lasten and baten
 * as budget lines.
 *
 * @example
 * ```ts
 * import type { Iv3Import } from "opkoers/io";
 *
 * type Lines = Iv3Import["lines"];
 * const none: Lines = [];
 * none.length; //=> 0
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export interface Iv3Import {
  /** The delivery, with only the keys of the CBS schema (`details` and other extra keys of the cells are left out). */
  readonly delivery: Iv3Delivery;
  /**
   * One line per cell: first the lasten cells (expenses = bedrag × € 1.000,
   * revenue 0), then the baten cells (revenue = bedrag × € 1.000), in the
   * delivery's order; year = boekjaar.
   */
  readonly lines: readonly BudgetLine[];
}

const THOUSAND = 100_000n;
const PHASES = ["begroting", "realisatie-q1", "realisatie-q2", "realisatie-q3", "realisatie-q4", "realisatie"] as const;

/**
 * Read an Iv3 delivery (parsed JSON, e.g. `JSON.parse` of the file) and turn
 * its lasten and baten into budget lines. Reading never throws for bad data:
 * every problem comes back as an {@link Issue} with its path — the structure
 * of CBS's `iv3_data_schema_v2_1_1.json` (zod issue codes, such as
 * `unrecognized_keys` or `invalid_type`), and `fraction_of_cent`,
 * `amount_out_of_range`, `invalid_boekjaar` or `empty_code` for what the
 * schema allows but a budget line cannot hold. Amounts are read exactly by
 * their decimal form (`12.5` thousand is € 12.500,00). Whether the codes are
 * in the CBS lists is for {@link checkCbsDelivery}.
 *
 * @param json - The delivery, as parsed JSON.
 * @param options - Phase, programme and nature of the lines, and the language of the messages (`lang`).
 * @returns The delivery and its lines, or every issue found.
 * @throws {@link DomainError} `invalid_option` – when the options are not an object, an option is not valid, or the `programme` function gives no programme code (only for the options; bad data gives issues).
 *
 * @example
 * ```ts
 * import { parseIv3Delivery } from "opkoers/io";
 *
 * const json = {
 *   metadata: {
 *     overheidslaag: "Gemeente", overheidsnummer: "0034", overheidsnaam: "Almere", boekjaar: 2023, periode: 5,
 *     status: "Realisatie", datum: "2024-07-10T09:00:00Z", details_openbaar: false, financieel_pakket: "onbekend", export_software: "opkoers",
 *   },
 *   contact: { naam: "P. Afzender", email: "p.afzender@almere.nl", telefoon: "036 123 4567" },
 *   data: { lasten: [{ taakveld: "7.1", categorie: "3.8", bedrag: 12.5 }], baten: [], balans_lasten: [], balans_baten: [], balans_standen: [] },
 * };
 * const result = parseIv3Delivery(json);
 * result.ok && result.value.lines[0];
 * //=> { programme: "7", taakveld: "7.1", categorie: "3.8", year: 2023, phase: "realisatie", expenses: 1250000, revenue: 0, nature: "structureel" }
 *
 * const bad = parseIv3Delivery({ ...json, data: { ...json.data, lasten: [{ taakveld: "7.1", categorie: "3.8", bedrag: "12,5" }] } });
 * bad.ok || bad.issues.map((issue) => issue.path.join(".")); //=> ["data.lasten.0.bedrag"]
 * ```
 *
 * @category Iv3 deliveries
 * @since 0.1.0
 */
export function parseIv3Delivery(json: unknown, options: ParseIv3Options = {}): ParseResult<Iv3Import> {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    fail("invalid_option", `parseIv3Delivery's options are ${describe(options)}; use an object such as { phase: "realisatie" }.`, { value: options });
  }
  const { programme, nature = "structureel" } = options;
  if (programme !== undefined && typeof programme !== "string" && typeof programme !== "function") {
    fail("invalid_option", `programme is ${describe(programme)}; use a code or a function of the taakveld.`, { option: "programme" });
  }
  if (nature !== "structureel" && nature !== "incidenteel") fail("invalid_option", `nature is ${describe(nature)}; use "structureel" or "incidenteel".`, { option: "nature" });
  if (options.phase !== undefined && (typeof options.phase !== "string" || options.phase === "")) {
    fail("invalid_option", `phase is ${describe(options.phase)}; use a non-empty phase id.`, { option: "phase" });
  }
  const lang = languageOption(options.lang, "parseIv3Delivery");
  const nl = lang === "nl";
  const parsed = parseIn(Iv3DeliverySchema, json, lang);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const delivery = parsed.data;
  const issues: Issue[] = [];
  const { boekjaar, periode } = delivery.metadata;
  if (!Number.isInteger(boekjaar) || boekjaar < 1900 || boekjaar > 2999) {
    issues.push({ path: ["metadata", "boekjaar"], code: "invalid_boekjaar", message: nl ? `Het boekjaar ${describe(boekjaar)} is geen jaar (een geheel getal 1900–2999).` : `The boekjaar ${describe(boekjaar)} is not a year (a whole number 1900–2999).` });
  }
  const phase = options.phase ?? PHASES[periode];
  const programmeOf = (taakveld: string): string => {
    if (typeof programme === "string") return programme;
    if (typeof programme === "function") {
      const code: unknown = programme(taakveld);
      if (typeof code !== "string" || code === "") fail("invalid_option", `The programme function gave ${describe(code)} for taakveld ${describe(taakveld)}; it must give a non-empty programme code.`, { option: "programme", taakveld });
      return code;
    }
    return taakveld.split(".")[0] as string;
  };
  const lines: BudgetLine[] = [];
  for (const side of ["lasten", "baten"] as const) {
    delivery.data[side].forEach((cell, index) => {
      const path = ["data", side, index];
      for (const key of ["taakveld", "categorie"] as const) {
        if (cell[key].trim() === "") issues.push({ path: [...path, key], code: "empty_code", message: nl ? `De ${key} van ${side}[${index}] is leeg.` : `The ${key} of ${side}[${index}] is empty.` });
      }
      const cents = numberToCents(cell.bedrag, THOUSAND);
      if (typeof cents === "string") {
        const message =
          cents === "fraction_of_cent"
            ? nl
              ? `Het bedrag ${describe(cell.bedrag)} van ${side}[${index}] (duizenden euro's) heeft een fractie van een cent.`
              : `The bedrag ${describe(cell.bedrag)} of ${side}[${index}] (thousands of euros) has a fraction of a cent.`
            : cents === "amount_out_of_range"
              ? nl
                ? `Het bedrag ${describe(cell.bedrag)} van ${side}[${index}] (duizenden euro's) ligt buiten ±(2^53 − 1) cent.`
                : `The bedrag ${describe(cell.bedrag)} of ${side}[${index}] (thousands of euros) is beyond ±(2^53 − 1) cents.`
              : nl
                ? `Het bedrag ${describe(cell.bedrag)} van ${side}[${index}] is geen eindig getal.`
                : `The bedrag ${describe(cell.bedrag)} of ${side}[${index}] is not a finite number.`;
        issues.push({ path: [...path, "bedrag"], code: cents, message });
        return;
      }
      if (issues.length > 0) return;
      const amount = cents;
      const zero = 0 as Cents;
      lines.push({
        programme: programmeOf(cell.taakveld),
        taakveld: cell.taakveld,
        categorie: cell.categorie,
        year: boekjaar,
        phase,
        expenses: side === "lasten" ? amount : zero,
        revenue: side === "baten" ? amount : zero,
        nature,
      });
    });
  }
  return issues.length === 0 ? { ok: true, value: { delivery, lines } } : { ok: false, issues };
}
