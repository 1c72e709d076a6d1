import { groupThousands } from "../../money/_internal/groupThousands.js";
import type { LocalizedText } from "../../status/index.js";
import type { IndicatorUnit, Target } from "../types.js";

const NUMBER = { nl: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }), en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }) };
const EURO = { nl: new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 0, maximumFractionDigits: 2 }), en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 0, maximumFractionDigits: 2 }) };

type Lang = "nl" | "en";

const GROUP = { nl: ".", en: "," };

/** A plain number in Dutch or English notation (at most two decimals). */
export function formatNumber(value: number, lang: Lang): string {
  // Whole numbers, the common case, are grouped by hand: the same text as Intl.NumberFormat's for nl-NL and en-GB
  // (a property test compares them), at a fraction of its cost; indicatorStatus formats ten numbers per indicator
  // (bench/RESULTS.md). −0 is left to Intl, which writes it "-0".
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return value < 0 ? `-${groupThousands(-value, GROUP[lang])}` : groupThousands(value, GROUP[lang]);
  return NUMBER[lang].format(value);
}

/** A value in its unit: "250 peuters", "43 %", "8,4 per 1.000 inwoners", "€ 9.600", "niveau 3 (voldoende)", "ja". */
export function formatValue(value: number, unit: IndicatorUnit, lang: Lang): string {
  const n = formatNumber(value, lang);
  switch (unit.kind) {
    case "count":
      return unit.label === undefined ? n : `${n} ${unit.label}`;
    case "percentage":
      return lang === "nl" ? `${n} %` : `${n}%`;
    case "rate":
      return `${n} per ${formatNumber(unit.per, lang)} ${unit.of}`;
    case "money":
      return `€ ${EURO[lang].format(value / 100)}`;
    case "ordinal": {
      const label = unit.labels?.[value - unit.min];
      return `${lang === "nl" ? "niveau" : "level"} ${n}${label === undefined ? "" : ` (${label})`}`;
    }
    case "boolean":
      return value === 1 ? (lang === "nl" ? "ja" : "yes") : value === 0 ? (lang === "nl" ? "nee" : "no") : n;
    case "quantity":
      return `${n} ${unit.label}`;
  }
}

/** A target in words: "ten minste 250 peuters" / "at least 250 peuters". */
export function formatTarget(target: Target, unit: IndicatorUnit): LocalizedText {
  if (target.comparator === "between") {
    return {
      nl: `tussen ${formatValue(target.min, unit, "nl")} en ${formatValue(target.max, unit, "nl")}`,
      en: `between ${formatValue(target.min, unit, "en")} and ${formatValue(target.max, unit, "en")}`,
    };
  }
  const words = { atLeast: ["ten minste", "at least"], atMost: ["ten hoogste", "at most"], equal: ["gelijk aan", "equal to"] }[target.comparator];
  return { nl: `${words[0] ?? ""} ${formatValue(target.value, unit, "nl")}`, en: `${words[1] ?? ""} ${formatValue(target.value, unit, "en")}` };
}

/** A progress fraction as a whole percentage: "72 %" / "72%". */
export function formatProgress(fraction: number, lang: Lang): string {
  const n = formatNumber(Math.round(fraction * 100), lang);
  return lang === "nl" ? `${n} %` : `${n}%`;
}


/** "1 dag" / "5 dagen", "1 day" / "5 days". */
export function formatDays(days: number): LocalizedText {
  return { nl: `${days} ${days === 1 ? "dag" : "dagen"}`, en: `${days} ${days === 1 ? "day" : "days"}` };
}
