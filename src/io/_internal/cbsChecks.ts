import { joinList } from "../../errors/_internal/joinList.js";
import {
  beleidsindicatorCodesOf,
  cbsErrorMessage,
  isBoekjaar,
  isForbiddenCombination,
  isValidCategorie,
  kengetallenOf,
  plausibilityChecksOf,
  taakveldenOf,
} from "../../reference/index.js";
import type { Assessment } from "../../status/index.js";
import type { CbsCheckStatus, CbsOffence } from "../types.js";
import { fail } from "./fail.js";

/** One cell to check: a side of a budget line, or an entry of a delivery table. */
export interface CodeCell {
  readonly index: number;
  readonly path: readonly (string | number)[];
  /** The line of the file the budget line was read from, when known. */
  readonly line?: number;
  readonly side: "lasten" | "baten";
  readonly taakveld: string;
  readonly categorie: string | undefined;
  readonly year: number;
  /** No amount (a budget line with both amounts zero, a delivery cell with bedrag 0): only unknown codes count. */
  readonly amountless: boolean;
}

/** Per boekjaar: taakveld code → bookable. */
const bookableCache = new Map<number, ReadonlyMap<string, boolean>>();

function taakvelden(year: number): ReadonlyMap<string, boolean> {
  let map = bookableCache.get(year);
  if (map === undefined) {
    map = new Map(taakveldenOf(year).map((t) => [t.code, t.bookable]));
    bookableCache.set(year, map);
  }
  return map;
}

/** Throws `unknown_boekjaar` for a year without CBS code lists. */
export function assertYear(year: number, where: string): void {
  if (!isBoekjaar(year)) {
    fail("unknown_boekjaar", `${where} has boekjaar ${String(year)}; opkoers has the CBS code lists of 2017–2026 only.`, { boekjaar: year });
  }
}

const MAX_LISTED = 3;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function listed(offences: readonly CbsOffence[], describeOne: (o: CbsOffence) => string, lang: "nl" | "en"): string {
  const shown = offences.slice(0, MAX_LISTED).map(describeOne).join("; ");
  const rest = offences.length - MAX_LISTED;
  if (rest <= 0) return shown;
  return lang === "nl" ? `${shown}; en nog ${rest} andere` : `${shown}; and ${rest} more`;
}

/**
 * Where an offence is: the line of the file (`line 7` / `regel 7`) when known, else its index in the array checked
 * (`lines[5]`, `lasten[3]`).
 */
const where = (o: CbsOffence, lang: "nl" | "en"): string =>
  o.line !== undefined ? `${lang === "nl" ? "regel" : "line"} ${o.line}` : `${o.path[0] === "lines" ? "lines" : o.side}[${o.index}]`;

function codeAssessment(
  code: "DF001" | "DF002" | "DF005" | "DF006",
  what: LocalizedWhat,
  checked: number,
  offences: readonly CbsOffence[],
  years: readonly number[],
  extraNl: (o: CbsOffence) => string,
  nl: (o: CbsOffence) => string,
  en: (o: CbsOffence) => string,
): Assessment<CbsCheckStatus> {
  const status: CbsCheckStatus = checked === 0 ? "notApplicable" : offences.length === 0 ? "pass" : "fail";
  const yearText = { nl: joinList(years.map(String), "and", "nl"), en: joinList(years.map(String), "and", "en") };
  let message;
  if (status === "notApplicable") {
    message = { nl: `Geen ${what.nl} om te controleren.`, en: `No ${what.en} to check.` };
  } else if (status === "pass") {
    message = {
      nl: `Alle ${checked} ${what.nl} zijn toegestaan volgens de CBS-lijsten van ${yearText.nl}.`,
      en: `All ${checked} ${what.en} are allowed by the CBS lists of ${yearText.en}.`,
    };
  } else {
    const first = offences[0] as CbsOffence;
    const cbs = cbsErrorMessage(code, { onderdeel: first.side, fout: first.code, extra: extraNl(first) }).message;
    // CBS's own message for the first offence leads the Dutch text; both languages then list the same offences.
    const count = offences.length;
    message = {
      nl: `${first.line === undefined ? "" : `Regel ${first.line}: `}${cbs} ${count} van de ${checked} ${what.nl} ${count === 1 ? "is" : "zijn"} niet toegestaan volgens de CBS-lijsten van ${yearText.nl}: ${listed(offences, nl, "nl")}.`,
      en: `${count} of ${checked} ${what.en} ${count === 1 ? "is" : "are"} not allowed by the CBS lists of ${yearText.en}: ${listed(offences, en, "en")}.`,
    };
  }
  return {
    status,
    ruleId: `cbs.${code}`,
    inputs: { checked, offending: offences },
    thresholds: { boekjaren: years },
    message,
    ...(status === "fail" ? { severity: "error" as const } : {}),
  };
}

interface LocalizedWhat {
  readonly nl: string;
  readonly en: string;
}

/** DF001 (taakveld) and DF002 (categorie, grijze cellen) over the cells. */
export function checkCodes(cells: readonly CodeCell[]): readonly [Assessment<CbsCheckStatus>, Assessment<CbsCheckStatus>] {
  const df001: CbsOffence[] = [];
  const df002: CbsOffence[] = [];
  const years = new Set<number>();
  let withCategorie = 0;
  for (const cell of cells) {
    years.add(cell.year);
    const base = { index: cell.index, path: cell.path, ...(cell.line === undefined ? {} : { line: cell.line }), side: cell.side, taakveld: cell.taakveld, ...(cell.categorie === undefined ? {} : { categorie: cell.categorie }), year: cell.year };
    const bookable = taakvelden(cell.year).get(cell.taakveld);
    if (bookable === undefined) df001.push({ ...base, code: cell.taakveld, reason: "unknownCode" });
    else if (!bookable && !cell.amountless) df001.push({ ...base, code: cell.taakveld, reason: "notBookable" });
    if (cell.categorie === undefined) continue;
    withCategorie++;
    if (!isValidCategorie(cell.categorie, cell.side, cell.year)) {
      df002.push({ ...base, code: cell.categorie, reason: "unknownCode" });
    } else if (bookable === true && !cell.amountless && isForbiddenCombination({ side: cell.side, taakveld: cell.taakveld, categorie: cell.categorie }, cell.year)) {
      df002.push({ ...base, code: cell.categorie, reason: "forbiddenCombination" });
    }
  }
  const yearList = [...years].sort((a, b) => a - b);
  const taakveldNl = (o: CbsOffence): string =>
    o.reason === "notBookable"
      ? `Het taakveld staat in de CBS-lijst van ${o.year}, maar CBS accepteert er geen bedragen meer op.`
      : `Het taakveld staat niet in de CBS-lijst van ${o.year}.`;
  const taakveldListNl = (o: CbsOffence): string =>
    `${where(o, "nl")}: taakveld ${o.code} ${o.reason === "notBookable" ? `accepteert in ${o.year} geen bedragen` : `staat niet in de lijst van ${o.year}`}`;
  const taakveldEn = (o: CbsOffence): string =>
    `${where(o, "en")}: taakveld ${o.code} ${o.reason === "notBookable" ? `accepts no amounts in ${o.year}` : `is not in the ${o.year} list`}`;
  const categorieNl = (o: CbsOffence): string =>
    o.reason === "forbiddenCombination"
      ? `De combinatie met taakveld ${o.taakveld ?? ""} is een grijze cel in ${o.year}.`
      : `De categorie staat niet in de CBS-lijst ${o.side} van ${o.year}.`;
  const categorieListNl = (o: CbsOffence): string =>
    `${where(o, "nl")}: categorie ${o.code} ${o.reason === "forbiddenCombination" ? `op taakveld ${o.taakveld ?? ""} is een verboden combinatie (grijze cel) in ${o.year}` : `staat niet in de lijst ${o.side} van ${o.year}`}`;
  const categorieEn = (o: CbsOffence): string =>
    `${where(o, "en")}: categorie ${o.code} ${o.reason === "forbiddenCombination" ? `on taakveld ${o.taakveld ?? ""} is a forbidden combination (grijze cel) in ${o.year}` : `is not in the ${o.year} list of ${o.side}`}`;
  return [
    codeAssessment("DF001", { nl: "taakvelden", en: "taakvelden" }, cells.length, df001, yearList, taakveldNl, taakveldListNl, taakveldEn),
    codeAssessment("DF002", { nl: "categorieën", en: "categorieën" }, withCategorie, df002, yearList, categorieNl, categorieListNl, categorieEn),
  ];
}

/** DF005 (kengetallen) or DF006 (beleidsindicatoren) of a delivery. */
export function checkIndicatorCodes(
  code: "DF005" | "DF006",
  entries: readonly string[],
  year: number,
): Assessment<CbsCheckStatus> {
  const side = code === "DF005" ? "kengetallen" : "beleidsindicatoren";
  const valid = new Set((code === "DF005" ? kengetallenOf(year) : beleidsindicatorCodesOf(year)).map((c) => c.code));
  const offences: CbsOffence[] = [];
  entries.forEach((entry, index) => {
    if (!valid.has(entry)) offences.push({ index, path: ["data", side, index], side, year, code: entry, reason: "unknownCode" });
  });
  const nl = (o: CbsOffence): string => `De code staat niet in de CBS-lijst ${side} van ${o.year}.`;
  const listNl = (o: CbsOffence): string => `${where(o, "nl")}: ${o.code} staat niet in de lijst van ${o.year}`;
  const en = (o: CbsOffence): string => `${where(o, "en")}: ${o.code} is not in the ${o.year} list`;
  return codeAssessment(code, { nl: side, en: side === "kengetallen" ? "kengetallen (financial ratios)" : "beleidsindicatoren (policy indicators)" }, entries.length, offences, [year], nl, listNl, en);
}

/** The figures PF006 compares, for one group. */
export interface Pf006Input {
  readonly subject: string;
  readonly year: number;
  readonly period: number | undefined;
  readonly lasten: bigint;
  readonly baten: bigint;
  readonly tolerance: bigint;
  /** Formats an amount in cents for the CBS message (euros for lines, thousands for a delivery). */
  readonly format: (cents: bigint) => string;
  readonly unit: "euro" | "thousand";
}

/** PF006: totaal lasten taakvelden = totaal baten taakvelden, within the tolerance. */
export function checkPf006(input: Pf006Input): Assessment<CbsCheckStatus> {
  const { subject, year, period, lasten, baten, tolerance, format, unit } = input;
  const difference = lasten - baten;
  for (const [name, value] of [["total lasten", lasten], ["total baten", baten], ["difference", difference]] as const) {
    if (value > MAX_SAFE || value < -MAX_SAFE) fail("amount_out_of_range", `PF006 for ${subject}: the ${name} is beyond ±(2^53 − 1) cents.`, { subject });
  }
  const magnitude = difference < 0n ? -difference : difference;
  const check = plausibilityChecksOf(year).find((c) => c.code === "PF006");
  const periods = check?.scopes.flatMap((scope) => scope.periods ?? []) ?? [];
  const base = {
    ruleId: "cbs.PF006",
    subject,
    inputs: { totalExpenses: Number(lasten), totalRevenue: Number(baten), difference: Number(difference), unit: "cents", ...(period === undefined ? {} : { period }) },
    thresholds: { tolerance: Number(tolerance), ...(periods.length > 0 ? { periods } : {}) },
  };
  if (check === undefined) {
    return {
      ...base,
      status: "notApplicable",
      message: {
        nl: `Controle PF006 komt niet voor in het CBS-definitiebestand van ${year}.`,
        en: `Check PF006 is not in the CBS definition file of ${year}.`,
      },
    };
  }
  if (period !== undefined && periods.length > 0 && !periods.includes(period)) {
    return {
      ...base,
      status: "notApplicable",
      message: {
        nl: `Controle PF006 geldt in ${year} voor periode ${periods.join(" en ")}, niet voor periode ${period}.`,
        en: `In ${year} check PF006 applies to period ${periods.join(" and ")}, not to period ${period}.`,
      },
    };
  }
  const unitEn = unit === "euro" ? "" : " thousand";
  const unitNl = unit === "euro" ? "" : " duizend";
  if (magnitude <= tolerance) {
    return {
      ...base,
      status: "pass",
      message: {
        nl: `Totaal lasten taakvelden (${format(lasten)}${unitNl}) is gelijk aan totaal baten taakvelden (${format(baten)}${unitNl}); het verschil van ${format(magnitude)}${unitNl} valt binnen de toegestane ${format(tolerance)}${unitNl}.`,
        en: `Total expenses over the taakvelden (${format(lasten)}${unitEn}) equal total revenue (${format(baten)}${unitEn}); the difference of ${format(magnitude)}${unitEn} is within the allowed ${format(tolerance)}${unitEn}.`,
      },
    };
  }
  return {
    ...base,
    status: "fail",
    severity: "error",
    message: {
      nl: `${cbsErrorMessage("PF006", { fout: format(magnitude), goed: format(tolerance) }).message} Totaal lasten taakvelden: ${format(lasten)}${unitNl}; totaal baten taakvelden: ${format(baten)}${unitNl}.`,
      en: `Check: total expenses over the taakvelden (${format(lasten)}${unitEn}) do not equal total revenue (${format(baten)}${unitEn}). The difference is ${format(magnitude)}${unitEn}, while at most ${format(tolerance)}${unitEn} is allowed.`,
    },
  };
}
