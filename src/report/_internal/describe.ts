// Plain checks and descriptions of values passed to the report functions, for DomainError messages that never throw themselves.

/** An object that is not null and not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A short description of any value for a message: `null`, `an array`, `"text"`, `42`, `an object`, … */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${String(value)}n`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}
