/** The months' names, as `periodLabel` and `dateLabel` write them. */
export const MONTHS: Readonly<Record<"nl" | "en", readonly string[]>> = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};
