import type { Amendment, BudgetDocument } from "../types.js";
import type { Declared } from "./amendmentChecks.js";
import { isObject } from "./assertInput.js";
import { fail } from "./fail.js";

/** A budget document passed to a function, with what it declares. */
export interface DocumentArgument {
  readonly doc: BudgetDocument;
  readonly declared: Declared;
  /** The ids of its amendments. */
  readonly ids: ReadonlySet<string>;
  /** The numbers of its amendments. */
  readonly numbers: ReadonlySet<number>;
}

/**
 * Check that a value has the shape of a budget document as far as amendments need it (an object whose programmes,
 * taakvelden, phases, lines and amendments are lists, its declarations and amendments objects) and collect what it
 * declares. The lines are not read: they are shared, never changed. Throws `invalid_document` otherwise, never a
 * TypeError. Read outside data with parseBudget first; this only guards against a wrong argument.
 */
export function documentArgument(value: unknown, fn: string): DocumentArgument {
  const bad = (what: string): never => fail("invalid_document", `${fn} needs a budget document (read one with parseBudget), but ${what}.`, { argument: "doc" });
  if (!isObject(value)) return bad(`it was given ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}`);
  const doc = value as Partial<Record<keyof BudgetDocument, unknown>>;
  const list = (key: keyof BudgetDocument, optional = false): readonly unknown[] => {
    const items = doc[key];
    if (optional && items === undefined) return [];
    if (!Array.isArray(items)) return bad(`its ${key} is not a list`);
    return items;
  };
  const objects = (key: keyof BudgetDocument, optional = false): readonly Record<string, unknown>[] => {
    const items = list(key, optional);
    items.forEach((item, i) => {
      if (!isObject(item)) bad(`its ${key}[${i}] is not an object`);
    });
    return items as readonly Record<string, unknown>[];
  };
  const programmes = objects("programmes");
  const taakvelden = list("taakvelden");
  const reserves = objects("reserves", true);
  const phases = objects("phases");
  list("lines");
  const amendments = objects("amendments") as readonly Partial<Record<keyof Amendment, unknown>>[];
  const strings = (values: readonly unknown[]): Set<string> => new Set(values.filter((v): v is string => typeof v === "string"));
  return {
    doc: value as unknown as BudgetDocument,
    declared: {
      programmes: strings(programmes.map((p) => p["code"])),
      taakvelden: strings(taakvelden),
      reserves: strings(reserves.map((r) => r["code"])),
      phases: strings(phases.map((p) => p["id"])),
    },
    ids: strings(amendments.map((a) => a.id)),
    numbers: new Set(amendments.map((a) => a.number).filter((n): n is number => typeof n === "number")),
  };
}
