import { DomainError } from "../DomainError.js";

/** The `lang` option of a parse function: "en" when absent; throws `invalid_option` for anything but "nl" or "en". */
export function languageOption(lang: unknown, where: string): "nl" | "en" {
  if (lang === undefined) return "en";
  if (lang === "nl" || lang === "en") return lang;
  const shown = typeof lang === "string" ? JSON.stringify(lang) : typeof lang;
  throw new DomainError("invalid_option", `The lang option of ${where} must be "nl" or "en", but it is ${shown}.`, { option: "lang", value: lang });
}
