// Lists in generated sentences, as each language writes them: "a, b of c" / "a, b or c" (Dutch never takes a
// comma before "en"/"of"; English here follows the same shape, without the serial comma, so that both
// languages carry the same items in the same order).

/** The conjunction that closes a list: "of"/"or" for alternatives, "en"/"and" for all of them. */
export type ListConjunction = "or" | "and";

const WORDS = { nl: { or: "of", and: "en" }, en: { or: "or", and: "and" } } as const;

/** Join items as a sentence does: `[]` → "", `[a]` → "a", `[a, b]` → "a of b", `[a, b, c]` → "a, b of c". */
export function joinList(items: readonly string[], conjunction: ListConjunction, lang: "nl" | "en"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${WORDS[lang][conjunction]} ${items[items.length - 1] as string}`;
}
