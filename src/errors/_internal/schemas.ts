// The language of the messages of one parse. Only schemas.ts files import zod (house rule): this file holds the
// wiring of zod's Dutch locale and the language that opkoers's own schema messages are written in.
//
// The language is chosen per parse, never by zod's global configuration (`z.config`), which belongs to the
// application: `parseIn` passes zod's Dutch locale as the error map of that one `safeParse` call, and sets the
// language that opkoers's own messages (`say`, `saying`) are written in for the duration of that synchronous call
// only (restored in `finally`, also when it throws). Outside such a call — e.g. a schema used directly — the
// messages are English, as zod's default locale is.
import type { z } from "zod";
import nl from "zod/v4/locales/nl.js";
import type { Issue } from "../Issue.js";
import { issuesFromZod } from "../issuesFromZod.js";

/** The languages of user-visible messages. */
export type MessageLanguage = "nl" | "en";

let current: MessageLanguage = "en";

// zod's own Dutch messages ("Ongeldige invoer: verwacht string, ontving getal"), for the per-parse error map;
// made on the first Dutch parse, so that an import that never parses in Dutch does not build it.
let dutchMap: ReturnType<typeof nl>["localeError"] | undefined;
const dutch = (): ReturnType<typeof nl>["localeError"] => (dutchMap ??= nl().localeError);

/** The message in the language of the parse under way: English outside a parse that asked for Dutch. */
export function say(en: string, nlText: string): string {
  return current === "nl" ? nlText : en;
}

/** A schema-level `error` option that answers in the language of the parse under way. */
export function saying(en: string, nlText: string): () => string {
  return () => say(en, nlText);
}

/** Run `run` with the messages of opkoers's own checks in `lang` (restored afterwards). */
export function inLanguage<T>(lang: MessageLanguage, run: () => T): T {
  const previous = current;
  current = lang;
  try {
    return run();
  } finally {
    current = previous;
  }
}

/** The outcome of {@link parseIn}: the data, or the issues with their messages already written. */
export type ParsedIn<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: Issue[] };

/**
 * `schema.safeParse(value)` with every message in `lang`: zod's built-in messages through its locale, per parse.
 * The issues are converted inside the call: zod may write an issue's message only when `error.issues` is read, and
 * that must happen while the language is set.
 */
export function parseIn<S extends z.ZodType>(schema: S, value: unknown, lang: MessageLanguage): ParsedIn<z.output<S>> {
  return inLanguage(lang, () => {
    const result = lang === "nl" ? schema.safeParse(value, { error: dutch() }) : schema.safeParse(value);
    return result.success ? { success: true, data: result.data } : { success: false, issues: issuesFromZod(result.error.issues) };
  });
}
